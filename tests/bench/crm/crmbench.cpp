// erp-crm-bench --db URL [--runs N]: the server-side time of customer list and search calls,
// measured through the real dispatcher (no network), as median and p95 over N runs.
#include "server/rpc/dispatcher.h"
#include "server/servercore.h"
#include "server/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

QByteArray request(const QString& method, const QJsonObject& params)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                     {QStringLiteral("id"), 1},
                                     {QStringLiteral("method"), method},
                                     {QStringLiteral("params"), params}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Store URL."),
                                   QStringLiteral("url"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs per case."),
                                     QStringLiteral("n"), QStringLiteral("30"));
    cli.addOptions({dbOpt, runsOpt});
    cli.process(app);

    Erp::Server::ServerCore core;
    QString error;
    if (!core.open({cli.value(dbOpt), QStringLiteral("admin-password"), false, false}, &error)) {
        std::fprintf(stderr, "erp-crm-bench: %s\n", qPrintable(error));
        return 2;
    }
    Erp::Rpc::Identity admin;
    admin.userId = 1;
    admin.username = QStringLiteral("admin");
    admin.grants = {QStringLiteral("*")};
    admin.grantsEpoch = core.dispatcher().grantsEpoch();

    struct Case
    {
        const char* label;
        QJsonObject params;
    };
    std::vector<Case> cases{
        {"first page sorted by name",
         {{QStringLiteral("sort"), QStringLiteral("name")}, {QStringLiteral("limit"), 100}}},
        {"first page, active, sorted by name",
         {{QStringLiteral("filter"),
           QJsonObject{{QStringLiteral("status"), QStringLiteral("active")}}},
          {QStringLiteral("limit"), 100}}},
        {"page 500 sorted by name",
         {{QStringLiteral("sort"), QStringLiteral("name")},
          {QStringLiteral("offset"), 50000},
          {QStringLiteral("limit"), 100}}},
        {"sorted by city desc",
         {{QStringLiteral("sort"), QStringLiteral("-city")}, {QStringLiteral("limit"), 100}}},
        {"search \"科技\" (2 chars)",
         {{QStringLiteral("search"), QStringLiteral("科技")}, {QStringLiteral("limit"), 100}}},
        {"search \"华为科技\"",
         {{QStringLiteral("search"), QStringLiteral("华为科技")}, {QStringLiteral("limit"), 100}}},
        {"search \"northwind\"",
         {{QStringLiteral("search"), QStringLiteral("northwind")}, {QStringLiteral("limit"), 100}}},
        {"search \"13800\" (phone digits)",
         {{QStringLiteral("search"), QStringLiteral("13800")}, {QStringLiteral("limit"), 100}}},
        {"search \"G0765432\" (one code)",
         {{QStringLiteral("search"), QStringLiteral("G0765432")}, {QStringLiteral("limit"), 100}}},
        {"filter city 深圳市",
         {{QStringLiteral("filter"),
           QJsonObject{{QStringLiteral("province"), QStringLiteral("广东省")},
                       {QStringLiteral("city"), QStringLiteral("深圳市")}}},
          {QStringLiteral("limit"), 100}}},
    };
    // Deep paging the way the client scrolls: "after" the last row of page 500 (keyset).
    {
        const QByteArray deep = request(QStringLiteral("crm.customer.list"),
                                        {{QStringLiteral("sort"), QStringLiteral("name")},
                                         {QStringLiteral("offset"), 49900},
                                         {QStringLiteral("limit"), 100}});
        const QJsonValue after =
            QJsonDocument::fromJson(core.dispatcher().handleLine(deep, admin).reply)
                .object()
                .value(QStringLiteral("result"))
                .toObject()
                .value(QStringLiteral("next_after"));
        cases.push_back({"page 501 by keyset (after)",
                         {{QStringLiteral("sort"), QStringLiteral("name")},
                          {QStringLiteral("after"), after},
                          {QStringLiteral("limit"), 100}}});
    }
    const int runs = cli.value(runsOpt).toInt();
    std::printf("%-40s %10s %10s %8s\n", "case", "median ms", "p95 ms", "rows");
    for (const Case& c : cases) {
        const QByteArray line = request(QStringLiteral("crm.customer.list"), c.params);
        std::vector<double> ms;
        int rows = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            const auto outcome = core.dispatcher().handleLine(line, admin);
            ms.push_back(t.nsecsElapsed() / 1e6);
            rows = int(QJsonDocument::fromJson(outcome.reply)
                           .object()
                           .value(QStringLiteral("result"))
                           .toObject()
                           .value(QStringLiteral("rows"))
                           .toArray()
                           .size());
        }
        std::sort(ms.begin(), ms.end());
        std::printf("%-40s %10.2f %10.2f %8d\n", c.label, ms[ms.size() / 2],
                    ms[size_t(ms.size() * 0.95)], rows);
    }
    core.database().closeThreadConnection();
    return 0;
}
