// erp-oms-bench --db URL [--runs N] [--only TEXT]: the server-side time of order lists, stock
// levels and order metrics on a store filled by erp-oms-datagen, measured through the real
// dispatcher (no network), as median and p95 over N runs.
#include "server/rpc/dispatcher.h"
#include "server/servercore.h"
#include "server/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

/// The PostgreSQL server process of this connection when it runs on this machine (its CPU
/// time is in /proc), else 0.
qint64 backendPid = 0;

/// CPU time so far of this process and of its PostgreSQL server process, in milliseconds.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    double ms = double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    if (backendPid > 0) {
        // First field of schedstat: nanoseconds on a CPU.
        QFile f(QStringLiteral("/proc/%1/schedstat").arg(backendPid));
        if (f.open(QIODevice::ReadOnly))
            ms += f.readAll().split(' ').value(0).toDouble() / 1e6;
    }
    return ms;
}

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
    const QCommandLineOption onlyOpt(
        QStringLiteral("only"), QStringLiteral("Run only the cases whose label contains this."),
        QStringLiteral("text"));
    cli.addOptions({dbOpt, runsOpt, onlyOpt});
    cli.process(app);

    Erp::Server::ServerCore core;
    QString error;
    if (!core.open(Erp::Server::ServerCore::Options::store(cli.value(dbOpt),
                                                           QStringLiteral("admin-password")),
                   &error)) {
        std::fprintf(stderr, "erp-oms-bench: %s\n", qPrintable(error));
        return 2;
    }
    Erp::Rpc::Identity admin;
    admin.userId = 1;
    admin.username = QStringLiteral("admin");
    admin.grants = {QStringLiteral("*")};
    admin.grantsEpoch = core.dispatcher().grantsEpoch();

    QJsonArray productIds;
    {
        QSqlQuery q(core.database().connection());
        if (core.database().dialect() == Erp::Storage::Dialect::Postgres &&
            q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next() &&
            QFile::exists(QStringLiteral("/proc/%1/schedstat").arg(q.value(0).toLongLong())))
            backendPid = q.value(0).toLongLong();
        q.exec(QStringLiteral("SELECT id FROM products ORDER BY id LIMIT 10000"));
        while (q.next())
            productIds.append(q.value(0).toLongLong());
    }

    struct Case
    {
        const char* label;
        QString method;
        QJsonObject params;
    };
    const QString list = QStringLiteral("sales.order.list");
    auto state = [](const QJsonValue& s) { return QJsonObject{{QStringLiteral("state"), s}}; };
    const std::vector<Case> cases{
        {"orders: newest first",
         list,
         {{QStringLiteral("sort"), QStringLiteral("-order_date")}, {QStringLiteral("limit"), 100}}},
        {"orders: shipped, newest first",
         list,
         {{QStringLiteral("filter"), state(QStringLiteral("shipped"))},
          {QStringLiteral("sort"), QStringLiteral("-order_date")},
          {QStringLiteral("limit"), 100}}},
        {"orders: submitted, oldest first",
         list,
         {{QStringLiteral("filter"), state(QStringLiteral("submitted"))},
          {QStringLiteral("sort"), QStringLiteral("order_date")},
          {QStringLiteral("limit"), 100}}},
        {"orders: open states, newest first",
         list,
         {{QStringLiteral("filter"),
           state(QJsonArray{QStringLiteral("submitted"), QStringLiteral("approved"),
                            QStringLiteral("allocated"), QStringLiteral("picking")})},
          {QStringLiteral("sort"), QStringLiteral("-order_date")},
          {QStringLiteral("limit"), 100}}},
        {"orders: search number BO765432",
         list,
         {{QStringLiteral("search"), QStringLiteral("BO765432")}, {QStringLiteral("limit"), 100}}},
        {"orders: search without a match",
         list,
         {{QStringLiteral("search"), QStringLiteral("zzqx")}, {QStringLiteral("limit"), 100}}},
        {"orders: search number prefix BO7654",
         list,
         {{QStringLiteral("search"), QStringLiteral("BO7654")}, {QStringLiteral("limit"), 100}}},
        {"orders: search customer 科技",
         list,
         {{QStringLiteral("search"), QStringLiteral("科技")}, {QStringLiteral("limit"), 100}}},
        {"orders: search one reference TB50765433",
         list,
         {{QStringLiteral("search"), QStringLiteral("TB50765433")},
          {QStringLiteral("limit"), 100}}},
        {"orders: search one customer BC0001234",
         list,
         {{QStringLiteral("search"), QStringLiteral("BC0001234")}, {QStringLiteral("limit"), 100}}},
        {"orders: search BO1 (111,111), by number",
         list,
         {{QStringLiteral("search"), QStringLiteral("BO1")},
          {QStringLiteral("sort"), QStringLiteral("number")},
          {QStringLiteral("limit"), 100}}},
        {"orders: search BO1 (111,111), by date",
         list,
         {{QStringLiteral("search"), QStringLiteral("BO1")}, {QStringLiteral("limit"), 100}}},
        {"orders: search 科技, by customer name",
         list,
         {{QStringLiteral("search"), QStringLiteral("科技")},
          {QStringLiteral("sort"), QStringLiteral("customer_name")},
          {QStringLiteral("limit"), 100}}},
        {"orders: search 科技, shipped, by number",
         list,
         {{QStringLiteral("filter"), state(QStringLiteral("shipped"))},
          {QStringLiteral("search"), QStringLiteral("科技")},
          {QStringLiteral("sort"), QStringLiteral("number")},
          {QStringLiteral("limit"), 100}}},
        {"orders: search BO7654, four open states",
         list,
         {{QStringLiteral("filter"),
           state(QJsonArray{QStringLiteral("submitted"), QStringLiteral("approved"),
                            QStringLiteral("allocated"), QStringLiteral("picking")})},
          {QStringLiteral("search"), QStringLiteral("BO7654")},
          {QStringLiteral("limit"), 100}}},
        {"stock levels: 10,000 products",
         QStringLiteral("inventory.stock.levels"),
         {{QStringLiteral("product_ids"), productIds}}},
        {"stock levels: first page",
         QStringLiteral("inventory.stock.levels"),
         {{QStringLiteral("limit"), 100}}},
        {"stock: low stock", QStringLiteral("inventory.stock.low"), {}},
        {"metrics: one quarter",
         QStringLiteral("sales.report.metrics"),
         {{QStringLiteral("from"), QStringLiteral("2026-09-01")},
          {QStringLiteral("to"), QStringLiteral("2026-11-30")}}},
        {"metrics: all orders", QStringLiteral("sales.report.metrics"), {}},
    };
    const int runs = cli.value(runsOpt).toInt();
    // cpu ms: CPU time per call (median) of this process and, for a PostgreSQL server on this
    // machine, of its server process: the work itself, which a busy machine does not inflate.
    std::printf("%-40s %10s %10s %8s %8s\n", "case", "median ms", "p95 ms", "cpu ms", "rows");
    for (const Case& c : cases) {
        if (cli.isSet(onlyOpt) && !QString::fromUtf8(c.label).contains(cli.value(onlyOpt)))
            continue;
        const QByteArray line = request(c.method, c.params);
        std::vector<double> ms;
        std::vector<double> cpu;
        int rows = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            const double cpuStart = cpuMs();
            t.start();
            const auto outcome = core.dispatcher().handleLine(line, admin);
            ms.push_back(t.nsecsElapsed() / 1e6);
            cpu.push_back(cpuMs() - cpuStart);
            const QJsonObject reply = QJsonDocument::fromJson(outcome.reply).object();
            if (reply.contains(QStringLiteral("error"))) {
                std::fprintf(stderr, "%s: %s\n", c.label, outcome.reply.left(300).constData());
                break;
            }
            rows = int(reply.value(QStringLiteral("result"))
                           .toObject()
                           .value(QStringLiteral("rows"))
                           .toArray()
                           .size());
        }
        std::sort(ms.begin(), ms.end());
        std::sort(cpu.begin(), cpu.end());
        std::printf("%-40s %10.2f %10.2f %8.2f %8d\n", c.label, ms[ms.size() / 2],
                    ms[size_t(double(ms.size()) * 0.95)], cpu[cpu.size() / 2], rows);
    }
    core.database().closeThreadConnection();
    return 0;
}
