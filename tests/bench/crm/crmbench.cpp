// erp-crm-bench --db URL [--runs N]: the server-side time of customer list and search calls,
// measured through the real dispatcher (no network), as median and p95 over N runs.
// erp-crm-bench --db URL --replay N: N searches for random four-character substrings of the
// stored names, codes and phones (limit 100), one after the other: searches per second of
// the server's own work (erp-bench --mix search replays the same over TCP).
#include "server/rpc/dispatcher.h"
#include "server/servercore.h"
#include "server/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

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
    const QCommandLineOption replayOpt(QStringLiteral("replay"),
                                       QStringLiteral("Replay N four-character searches."),
                                       QStringLiteral("n"));
    cli.addOptions({dbOpt, runsOpt, replayOpt});
    cli.process(app);

    Erp::Server::ServerCore core;
    QString error;
    if (!core.open(Erp::Server::ServerCore::Options::store(cli.value(dbOpt),
                                                           QStringLiteral("admin-password")),
                   &error)) {
        std::fprintf(stderr, "erp-crm-bench: %s\n", qPrintable(error));
        return 2;
    }
    Erp::Rpc::Identity admin;
    admin.userId = 1;
    admin.username = QStringLiteral("admin");
    admin.grants = {QStringLiteral("*")};
    admin.grantsEpoch = core.dispatcher().grantsEpoch();

    if (cli.isSet(replayOpt)) {
        std::vector<QList<uint>> texts;
        {
            QSqlQuery q(core.database().connection());
            q.exec(QStringLiteral("SELECT name, code, phone FROM customers"));
            while (q.next())
                for (int i = 0; i < 3; ++i)
                    if (const QList<uint> points = q.value(i).toString().toUcs4();
                        points.size() >= 4)
                        texts.push_back(points);
        }
        if (texts.empty())
            return 2;
        uint64_t state = 0x9e3779b97f4a7c15ull;
        auto next = [&state](uint64_t bound) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            return state % bound;
        };
        std::vector<QByteArray> lines;
        for (int i = 0; i < 2000; ++i) {
            const QList<uint>& points = texts[next(texts.size())];
            const qsizetype start = qsizetype(next(uint64_t(points.size() - 3)));
            lines.push_back(
                request(QStringLiteral("crm.customer.list"),
                        {{QStringLiteral("search"),
                          QString::fromUcs4(
                              reinterpret_cast<const char32_t*>(points.constData() + start), 4)},
                         {QStringLiteral("limit"), 100}}));
        }
        const int n = cli.value(replayOpt).toInt();
        qint64 bytes = 0;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < n; ++i)
            bytes +=
                core.dispatcher().handleLine(lines[size_t(i) % lines.size()], admin).reply.size();
        const double s = t.nsecsElapsed() / 1e9;
        std::printf("replay: %d searches in %.2f s = %.0f/s, %.0f reply bytes per search\n", n, s,
                    n / s, double(bytes) / n);
        core.database().closeThreadConnection();
        return 0;
    }

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
        {"search \"贸易\" (2 chars)",
         {{QStringLiteral("search"), QStringLiteral("贸易")}, {QStringLiteral("limit"), 100}}},
        {"search \"科技\", active, by city desc",
         {{QStringLiteral("search"), QStringLiteral("科技")},
          {QStringLiteral("filter"),
           QJsonObject{{QStringLiteral("status"), QStringLiteral("active")}}},
          {QStringLiteral("sort"), QStringLiteral("-city")},
          {QStringLiteral("limit"), 100}}},
        {"search \"科\" (1 char)",
         {{QStringLiteral("search"), QStringLiteral("科")}, {QStringLiteral("limit"), 100}}},
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
