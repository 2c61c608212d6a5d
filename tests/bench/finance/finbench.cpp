// erp-fin-bench --db URL [--lines N] [--runs R] [--only TEXT]: fills the books with posted
// journal entries of three lines (sales with output VAT, purchases with input VAT, expenses
// paid from the bank, customer receipts) spread over the fiscal year so far, until the ledger
// holds N lines — each posted through the real dispatcher (numbers, hash chain, balances), so
// finance.check must stay clean — then times the reports and the check through the dispatcher
// (no network), as median and p95 over R runs. Re-running on a filled store only measures.
#include "server/rpc/dispatcher.h"
#include "server/servercore.h"
#include "server/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
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

/// CPU time of this process so far, in milliseconds (what a busy machine does not inflate).
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

QByteArray request(const QString& method, const QJsonObject& params)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                     {QStringLiteral("id"), 1},
                                     {QStringLiteral("method"), method},
                                     {QStringLiteral("params"), params}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject line(const char* account, qint64 debitFen, qint64 creditFen)
{
    QJsonObject l{{QStringLiteral("account_code"), QLatin1String(account)}};
    const auto text = [](qint64 fen) {
        return QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
    };
    if (debitFen)
        l.insert(QStringLiteral("debit"), text(debitFen));
    else
        l.insert(QStringLiteral("credit"), text(creditFen));
    return l;
}

/// The i-th generated entry: four kinds in turn, amounts varying with i.
QJsonArray entryLines(qint64 i)
{
    const qint64 net = 10000 + (i * 7919) % 990000; // 100.00 .. 10,000.00
    const qint64 vat = net * 13 / 100;
    switch (i % 4) {
    case 0:
        return {line("1122", net + vat, 0), line("5001", 0, net), line("222102", 0, vat)};
    case 1:
        return {line("1405", net, 0), line("222101", vat, 0), line("220201", 0, net + vat)};
    case 2:
        return {line("5602", net / 2, 0), line("5601", net / 2, 0), line("1002", 0, net)};
    default:
        return {line("1002", net, 0), line("1122", 0, net / 3), line("1122", 0, net - net / 3)};
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Store URL."),
                                   QStringLiteral("url"));
    const QCommandLineOption linesOpt(QStringLiteral("lines"),
                                      QStringLiteral("Journal lines to have (default 1000000)."),
                                      QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs per case."),
                                     QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption onlyOpt(
        QStringLiteral("only"), QStringLiteral("Run only the cases whose label contains this."),
        QStringLiteral("text"));
    cli.addOptions({dbOpt, linesOpt, runsOpt, onlyOpt});
    cli.process(app);

    Erp::Server::ServerCore core;
    QString error;
    if (!core.open(Erp::Server::ServerCore::Options::store(cli.value(dbOpt),
                                                           QStringLiteral("admin-password")),
                   &error)) {
        std::fprintf(stderr, "erp-fin-bench: %s\n", qPrintable(error));
        return 2;
    }
    Erp::Rpc::Identity admin;
    admin.userId = 1;
    admin.username = QStringLiteral("admin");
    admin.grants = {QStringLiteral("*")};
    admin.grantsEpoch = core.dispatcher().grantsEpoch();

    qint64 have = 0;
    {
        QSqlQuery q(core.database().connection());
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM fin_entry_lines")) && q.next())
            have = q.value(0).toLongLong();
    }
    const qint64 want = cli.value(linesOpt).toLongLong();
    const QDate today = QDate::currentDate();
    const QDate yearStart(today.year(), 1, 1);
    const qint64 days = yearStart.daysTo(today) + 1;
    if (have < want) {
        const qint64 entries = (want - have + 2) / 3;
        std::fprintf(stderr, "posting %lld entries (%lld lines in the books now)\n",
                     qlonglong(entries), qlonglong(have));
        QElapsedTimer t;
        t.start();
        for (qint64 i = 0; i < entries; ++i) {
            const QDate date = yearStart.addDays(i * days / entries);
            const auto outcome = core.dispatcher().handleLine(
                request(QStringLiteral("finance.entry.create"),
                        {{QStringLiteral("date"), date.toString(Qt::ISODate)},
                         {QStringLiteral("journal"), QLatin1String(i % 4 == 0   ? "sales"
                                                                   : i % 4 == 1 ? "purchases"
                                                                                : "bank")},
                         {QStringLiteral("description"), QStringLiteral("bench %1").arg(i)},
                         {QStringLiteral("lines"), entryLines(i)},
                         {QStringLiteral("post"), true}}),
                admin);
            if (outcome.reply.contains("\"error\"")) {
                std::fprintf(stderr, "erp-fin-bench: %s\n", outcome.reply.left(300).constData());
                return 1;
            }
            if ((i + 1) % 50000 == 0)
                std::fprintf(stderr, "  %lld entries, %.0f /s\n", qlonglong(i + 1),
                             (i + 1) * 1000.0 / double(qMax<qint64>(1, t.elapsed())));
        }
        std::printf("posted %lld three-line entries in %.1f s: %.0f entries/s\n",
                    qlonglong(entries), t.elapsed() / 1000.0,
                    entries * 1000.0 / double(qMax<qint64>(1, t.elapsed())));
    }

    struct Case
    {
        const char* label;
        QString method;
        QJsonObject params;
        int runs = 0; ///< 0: --runs
    };
    const QString month = today.toString(QStringLiteral("yyyy-MM"));
    const std::vector<Case> cases{
        {"trial balance: the year", QStringLiteral("finance.report.trial_balance"), {}},
        {"ledger 1122: first page",
         QStringLiteral("finance.report.ledger"),
         {{QStringLiteral("account_code"), QStringLiteral("1122")},
          {QStringLiteral("limit"), 100}}},
        {"ledger 5602: first page",
         QStringLiteral("finance.report.ledger"),
         {{QStringLiteral("account_code"), QStringLiteral("5602")},
          {QStringLiteral("limit"), 100}}},
        {"ledger 1122: page 2,000",
         QStringLiteral("finance.report.ledger"),
         {{QStringLiteral("account_code"), QStringLiteral("1122")},
          {QStringLiteral("offset"), 199900},
          {QStringLiteral("limit"), 100}}},
        {"balance sheet",
         QStringLiteral("finance.report.balance_sheet"),
         {{QStringLiteral("period"), month}}},
        {"income statement",
         QStringLiteral("finance.report.income_statement"),
         {{QStringLiteral("period"), month}}},
        {"VAT: twelve months", QStringLiteral("finance.report.vat"), {}},
        {"entries: newest first",
         QStringLiteral("finance.entry.list"),
         {{QStringLiteral("limit"), 100}}},
        {"finance.check", QStringLiteral("finance.check"), {}, 3},
    };
    std::printf("%-32s %10s %10s %10s %8s\n", "case", "median ms", "p95 ms", "cpu ms", "rows");
    for (const Case& c : cases) {
        if (cli.isSet(onlyOpt) && !QString::fromUtf8(c.label).contains(cli.value(onlyOpt)))
            continue;
        const QByteArray line = request(c.method, c.params);
        const int runs = c.runs > 0 ? c.runs : cli.value(runsOpt).toInt();
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
            const QJsonObject result = reply.value(QStringLiteral("result")).toObject();
            rows = int(result.value(QStringLiteral("rows")).toArray().size());
            if (c.method == QLatin1String("finance.check") &&
                !result.value(QStringLiteral("ok")).toBool())
                std::fprintf(stderr, "finance.check found problems: %s\n",
                             outcome.reply.left(500).constData());
        }
        std::sort(ms.begin(), ms.end());
        std::sort(cpu.begin(), cpu.end());
        std::printf("%-32s %10.2f %10.2f %10.2f %8d\n", c.label, ms[ms.size() / 2],
                    ms[size_t(double(ms.size()) * 0.95)], cpu[cpu.size() / 2], rows);
    }
    core.database().closeThreadConnection();
    return 0;
}
