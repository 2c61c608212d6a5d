// The financial statements and VAT on SQLite and PostgreSQL: the balance sheet (会小企01表) and
// income statement (会小企02表) from posted entries — every line's amount, the balance sheet
// balancing with profit not yet closed, accounts added by the user landing on their type's
// line, an unbalanced store detected — the generic chart's pair, and the VAT report with the
// month-end transfer (转出未交增值税), a credit carried forward (留抵), the generic settlement
// and the refusals (future month, closed month).
#include "server/servercore.h"
#include "server/storage/database.h"
#include "tests/server/purchasingtest.h"
#include "tests/support/servertest.h"

#include <QDate>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Erp;
using Erp::Test::fieldCodes;
using Erp::Test::ServerTest;
using Erp::Test::Purchasing::obj;
using Session = ServerTest::Session;

namespace {

QJsonObject line(const char* account, const char* debit, const char* credit)
{
    QJsonObject l{{"account_code", account}};
    if (*debit)
        l.insert("debit", debit);
    if (*credit)
        l.insert("credit", credit);
    return l;
}

void post(ServerTest& t, Session& s, const QString& date, const QJsonArray& lines)
{
    t.call(s, "finance.entry.create",
           {{"date", date}, {"description", "test"}, {"lines", lines}, {"post", true}});
}

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

QString thisMonth()
{
    return QDate::currentDate().toString("yyyy-MM");
}

/// "<last year>-MM-DD": a date of the previous fiscal year (the books start in January).
QString lastYear(const char* monthDay)
{
    return QStringLiteral("%1-%2").arg(QDate::currentDate().year() - 1).arg(monthDay);
}

/// The amounts of a statement by row: {row: [first column, second column]}.
QHash<int, QStringList> byRow(const QJsonObject& statement, const char* first, const char* second)
{
    QHash<int, QStringList> out;
    for (const QJsonValue& v : statement.value("rows").toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value("row").toInt() > 0)
            out.insert(r.value("row").toInt(),
                       {r.value(first).toString(), r.value(second).toString()});
    }
    return out;
}

/// The VAT report's row of a month.
QJsonObject vatRow(const QJsonObject& report, const QString& period)
{
    for (const QJsonValue& v : report.value("rows").toArray())
        if (v.toObject().value("period").toString() == period)
            return v.toObject();
    return {};
}

/// "code debit credit" per line of an entry, in line order.
QStringList entryLines(ServerTest& t, Session& s, qint64 id)
{
    QStringList out;
    for (const QJsonValue& v :
         obj(t.call(s, "finance.entry.get", {{"id", id}})).value("lines").toArray()) {
        const QJsonObject l = v.toObject();
        out.append(QStringLiteral("%1 %2 %3")
                       .arg(l.value("account_code").toString(), l.value("debit").toString(),
                            l.value("credit").toString()));
    }
    return out;
}

} // namespace

class TestFinanceStatements final : public QObject
{
    Q_OBJECT
private slots:
    void balanceSheetAndIncomeStatementOfTheChineseChart()
    {
        ServerTest t(QStringLiteral("fin_statements"));
        Session s = t.userWithRoles("kuaiji", {"accountant"});
        // Last year: the owners put in 100,000.00 (the year-start column shows it).
        post(t, s, lastYear("12-31"),
             {line("1002", "100000.00", ""), line("3001", "", "100000.00")});
        // This month: a sale, a purchase, its cost, expenses, a fixed asset and its
        // depreciation, other income and income tax.
        const QString d = today();
        post(t, s, d,
             {line("1122", "11300.00", ""), line("5001", "", "10000.00"),
              line("222102", "", "1300.00")});
        post(t, s, d,
             {line("1405", "5000.00", ""), line("222101", "650.00", ""),
              line("220201", "", "5650.00")});
        post(t, s, d, {line("5401", "3000.00", ""), line("1405", "", "3000.00")});
        post(t, s, d, {line("5602", "800.00", ""), line("1002", "", "800.00")});
        post(t, s, d, {line("1601", "2400.00", ""), line("1002", "", "2400.00")});
        post(t, s, d, {line("5602", "200.00", ""), line("1602", "", "200.00")});
        post(t, s, d, {line("1002", "50.00", ""), line("5301", "", "50.00")});
        post(t, s, d, {line("5801", "100.00", ""), line("222105", "", "100.00")});

        const QJsonObject bs =
            obj(t.call(s, "finance.report.balance_sheet", {{"period", thisMonth()}}));
        QVERIFY(bs.value("balanced").toBool());
        QCOMPARE(bs.value("chart").toString(), QStringLiteral("cn_small"));
        const QHash<int, QStringList> b = byRow(bs, "closing", "year_start");
        const QList<std::tuple<int, const char*, const char*>> expected = {
            {1, "96850.00", "100000.00"},   // 货币资金
            {4, "11300.00", "0.00"},        // 应收账款
            {9, "2000.00", "0.00"},         // 存货
            {12, "2000.00", "0.00"},        // 其中：库存商品
            {15, "110150.00", "100000.00"}, // 流动资产合计
            {18, "2400.00", "0.00"},        // 固定资产原价
            {19, "200.00", "0.00"},         // 减：累计折旧
            {20, "2200.00", "0.00"},        // 固定资产账面价值
            {29, "2200.00", "0.00"},        // 非流动资产合计
            {30, "112350.00", "100000.00"}, // 资产总计
            {33, "5650.00", "0.00"},        // 应付账款
            {36, "750.00", "0.00"},         // 应交税费: 1,300 − 650 + 100
            {41, "6400.00", "0.00"},        // 流动负债合计
            {47, "6400.00", "0.00"},        // 负债合计
            {48, "100000.00", "100000.00"}, // 实收资本
            {51, "5950.00", "0.00"},        // 未分配利润: this year's profit, not yet closed
            {52, "105950.00", "100000.00"}, // 所有者权益合计
            {53, "112350.00", "100000.00"}, // 负债和所有者权益总计
        };
        for (const auto& [row, closing, yearStart] : expected)
            QCOMPARE(b.value(row), (QStringList{closing, yearStart}));
        QCOMPARE(b.value(10), (QStringList{"0.00", "0.00"})); // 原材料: nothing there

        const QJsonObject is =
            obj(t.call(s, "finance.report.income_statement", {{"period", thisMonth()}}));
        const QHash<int, QStringList> i = byRow(is, "month", "year");
        QCOMPARE(i.value(1), (QStringList{"10000.00", "10000.00"})); // 营业收入
        QCOMPARE(i.value(2), (QStringList{"3000.00", "3000.00"}));   // 营业成本
        QCOMPARE(i.value(14), (QStringList{"1000.00", "1000.00"}));  // 管理费用
        QCOMPARE(i.value(21), (QStringList{"6000.00", "6000.00"}));  // 营业利润
        QCOMPARE(i.value(22), (QStringList{"50.00", "50.00"}));      // 营业外收入
        QCOMPARE(i.value(30), (QStringList{"6050.00", "6050.00"}));  // 利润总额
        QCOMPARE(i.value(31), (QStringList{"100.00", "100.00"}));    // 所得税费用
        QCOMPARE(i.value(32), (QStringList{"5950.00", "5950.00"})); // 净利润 = 未分配利润's change
        QCOMPARE(is.value("rows").toArray().at(0).toObject().value("name").toString(),
                 QStringLiteral("一、营业收入"));

        // Accounts the user adds land on a line: a sub-account on its parent's, a new
        // first-level account on its type's fallback — the sheet still balances.
        t.call(s, "finance.account.create",
               {{"code", "560101"}, {"name", "广告费"}, {"parent_code", "5601"}});
        t.call(s, "finance.account.create",
               {{"code", "1999"},
                {"name", "其他资产"},
                {"type", "asset"},
                {"normal_balance", "debit"}});
        post(t, s, d, {line("560101", "300.00", ""), line("1002", "", "300.00")});
        post(t, s, d, {line("1999", "500.00", ""), line("3002", "", "500.00")});
        const QJsonObject after =
            obj(t.call(s, "finance.report.balance_sheet", {{"period", thisMonth()}}));
        QVERIFY(after.value("balanced").toBool());
        const QHash<int, QStringList> a = byRow(after, "closing", "year_start");
        QCOMPARE(a.value(14).first(), QStringLiteral("500.00"));  // 其他流动资产
        QCOMPARE(a.value(49).first(), QStringLiteral("500.00"));  // 资本公积
        QCOMPARE(a.value(51).first(), QStringLiteral("5650.00")); // profit less 300
        QCOMPARE(a.value(30).first(), QStringLiteral("112550.00"));
        const QHash<int, QStringList> i2 =
            byRow(obj(t.call(s, "finance.report.income_statement", {{"period", thisMonth()}})),
                  "month", "year");
        QCOMPARE(i2.value(11).first(), QStringLiteral("300.00")); // 销售费用, by its sub-account
        QCOMPARE(i2.value(32).first(), QStringLiteral("5650.00")); // 净利润

        // Books changed behind the server's back no longer balance: the sheet says so.
        QSqlQuery q(t.core().database().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE fin_balances SET debit = debit + 100 WHERE "
                                      "period = '%1' AND account_id = (SELECT id FROM "
                                      "fin_accounts WHERE code = '1122')")
                           .arg(thisMonth())));
        QVERIFY(!obj(t.call(s, "finance.report.balance_sheet", {{"period", thisMonth()}}))
                     .value("balanced")
                     .toBool());

        // Month parameters are checked.
        Rpc::Error e;
        QCOMPARE(t.callCode(s, "finance.report.balance_sheet", {{"period", "2026-13"}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList{"period:invalid"});
    }

    void ledgerTotalsAcrossWholeAndBegunMonths()
    {
        // Lines on many days of three months of last year; every range that starts or ends
        // inside a month must give the same opening, closing and count as adding up the lines.
        ServerTest t(QStringLiteral("fin_ledger_ranges"));
        Session s = t.userWithRoles("kuaiji", {"accountant"});
        struct Posted
        {
            QDate date;
            qint64 debit;
        };
        QList<Posted> all;
        const QDate start(QDate::currentDate().year() - 1, 3, 1);
        for (int i = 0; i < 40; ++i) {
            const QDate d = start.addDays(i * 7 % 92);
            const qint64 fen = 1000 + i * 137;
            const QString amount =
                QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
            post(t, s, d.toString(Qt::ISODate),
                 {QJsonObject{{"account_code", "1122"}, {"debit", amount}},
                  QJsonObject{{"account_code", "5001"}, {"credit", amount}}});
            all.append({d, fen});
        }
        const auto money = [](qint64 fen) {
            return QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
        };
        const QList<std::pair<int, int>> ranges = {{0, 91},  {0, 30},  {5, 40},  {31, 60},
                                                   {10, 85}, {17, 17}, {45, 91}, {-20, 100}};
        for (const auto& [f, to] : ranges) {
            const QDate from = start.addDays(f);
            const QDate until = start.addDays(to);
            qint64 before = 0;
            qint64 within = 0;
            qint64 count = 0;
            for (const Posted& p : all) {
                if (p.date < from)
                    before += p.debit;
                else if (p.date <= until) {
                    within += p.debit;
                    ++count;
                }
            }
            const QJsonObject ledger = obj(t.call(s, "finance.report.ledger",
                                                  {{"account_code", "1122"},
                                                   {"from", from.toString(Qt::ISODate)},
                                                   {"to", until.toString(Qt::ISODate)},
                                                   {"limit", 1000}}));
            const QString label = from.toString(Qt::ISODate) + " .. " + until.toString(Qt::ISODate);
            QVERIFY2(ledger.value("opening_balance").toString() == money(before),
                     qPrintable(label));
            QVERIFY2(ledger.value("closing_balance").toString() == money(before + within),
                     qPrintable(label));
            QVERIFY2(ledger.value("total").toInteger() == count, qPrintable(label));
            QVERIFY2(ledger.value("rows").toArray().size() == count, qPrintable(label));
            // In date order, the running balance ending at the closing balance.
            QString last;
            for (const QJsonValue& v : ledger.value("rows").toArray()) {
                QVERIFY(v.toObject().value("date").toString() >= last);
                last = v.toObject().value("date").toString();
            }
            if (count > 0)
                QCOMPARE(ledger.value("rows").toArray().last().toObject().value("balance"),
                         ledger.value("closing_balance"));
        }
        QVERIFY(obj(t.call(s, "finance.check")).value("ok").toBool());
    }

    void journalListingInDateOrderWithTotals()
    {
        ServerTest t(QStringLiteral("fin_journal"));
        Session s = t.userWithRoles("kuaiji", {"accountant"});
        const QString d1 = lastYear("04-03");
        const QString d2 = lastYear("04-20");
        const QString d3 = lastYear("05-02");
        // Posted out of date order; a draft and another journal's entry in between.
        post(t, s, d2, {line("5602", "300.00", ""), line("1002", "", "300.00")});
        post(t, s, d1,
             {line("1122", "1130.00", ""), line("5001", "", "1000.00"),
              line("222102", "", "130.00")});
        t.call(s, "finance.entry.create",
               {{"date", d1},
                {"description", "draft"},
                {"lines", QJsonArray{line("5602", "1.00", ""), line("1002", "", "1.00")}}});
        t.call(s, "finance.entry.create",
               {{"date", d2},
                {"journal", "bank"},
                {"description", "bank"},
                {"post", true},
                {"lines", QJsonArray{line("1002", "500.00", ""), line("1122", "", "500.00")}}});
        post(t, s, d3, {line("5602", "70.00", ""), line("1002", "", "70.00")});

        const QJsonObject april =
            obj(t.call(s, "finance.report.journal", {{"from", d1}, {"to", lastYear("04-30")}}));
        QStringList seen;
        for (const QJsonValue& v : april.value("rows").toArray()) {
            const QJsonObject r = v.toObject();
            seen.append(r.value("date").toString().right(5) + " " +
                        r.value("account_code").toString() + " " + r.value("debit").toString() +
                        "/" + r.value("credit").toString());
            QVERIFY(!r.value("account_name").toString().isEmpty());
            QVERIFY(r.value("entry_id").toInteger() > 0);
        }
        QCOMPARE(seen, (QStringList{"04-03 1122 1130.00/0.00", "04-03 5001 0.00/1000.00",
                                    "04-03 222102 0.00/130.00", "04-20 5602 300.00/0.00",
                                    "04-20 1002 0.00/300.00", "04-20 1002 500.00/0.00",
                                    "04-20 1122 0.00/500.00"}));
        QCOMPARE(april.value("total").toInt(), 7);
        QCOMPARE(april.value("totals").toObject().value("debit").toString(),
                 QStringLiteral("1930.00"));
        QCOMPARE(april.value("totals").toObject().value("credit").toString(),
                 QStringLiteral("1930.00"));

        // One journal; a page of it; the counts and sums stay those of the whole range.
        const QJsonObject bank = obj(
            t.call(s, "finance.report.journal", {{"from", d1}, {"to", d3}, {"journal", "bank"}}));
        QCOMPARE(bank.value("rows").toArray().size(), 2);
        QCOMPARE(bank.value("totals").toObject().value("debit").toString(),
                 QStringLiteral("500.00"));
        const QJsonObject page = obj(t.call(
            s, "finance.report.journal", {{"from", d1}, {"to", d3}, {"offset", 7}, {"limit", 5}}));
        QCOMPARE(page.value("total").toInt(), 9);
        QCOMPARE(page.value("rows").toArray().size(), 2);
        QCOMPARE(page.value("rows").toArray().first().toObject().value("date").toString(), d3);

        Rpc::Error e;
        QCOMPARE(t.callCode(s, "finance.report.journal", {{"journal", "nope"}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList{"journal:invalid"});
        QCOMPARE(t.callCode(s, "finance.report.journal", {{"from", d3}, {"to", d1}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList{"to:range"});
        Session clerk = t.userWithRoles("xiaoshou", {"sales"});
        QCOMPARE(t.callCode(clerk, "finance.report.journal", {}), int(Rpc::Forbidden));
    }

    void genericChartStatements()
    {
        ServerTest t(QStringLiteral("fin_statements_generic"));
        Session s = t.userWithRoles("kuaiji", {"accountant"});
        const QJsonObject settings = obj(t.call(s, "finance.company.get"));
        t.call(s, "finance.company.update",
               {{"version", settings.value("version")}, {"chart", "generic"}});
        const QString d = today();
        post(t, s, d, {line("1020", "50000.00", ""), line("3010", "", "50000.00")});
        post(
            t, s, d,
            {line("1100", "1130.00", ""), line("4010", "", "1000.00"), line("2100", "", "130.00")});
        post(t, s, d, {line("5010", "600.00", ""), line("1200", "", "600.00")});
        post(t, s, d, {line("1200", "2000.00", ""), line("2010", "", "2000.00")});
        post(t, s, d, {line("6020", "300.00", ""), line("1020", "", "300.00")});
        post(t, s, d, {line("6900", "20.00", ""), line("2300", "", "20.00")});

        const QJsonObject bs =
            obj(t.call(s, "finance.report.balance_sheet", {{"period", thisMonth()}}));
        QVERIFY(bs.value("balanced").toBool());
        const QHash<int, QStringList> b = byRow(bs, "closing", "year_start");
        QCOMPARE(b.value(1).first(), QStringLiteral("49700.00"));  // cash and bank
        QCOMPARE(b.value(3).first(), QStringLiteral("1400.00"));   // inventory
        QCOMPARE(b.value(11).first(), QStringLiteral("52230.00")); // total assets
        QCOMPARE(b.value(23).first(), QStringLiteral("80.00"));    // retained earnings
        QCOMPARE(b.value(26).first(), QStringLiteral("52230.00"));
        const QHash<int, QStringList> i =
            byRow(obj(t.call(s, "finance.report.income_statement", {{"period", thisMonth()}})),
                  "month", "year");
        QCOMPARE(i.value(5).first(), QStringLiteral("400.00")); // gross profit
        QCOMPARE(i.value(6).first(), QStringLiteral("300.00")); // operating expenses, not 6900
        QCOMPARE(i.value(8).first(), QStringLiteral("20.00"));  // income tax
        QCOMPARE(i.value(9).first(), QStringLiteral("80.00"));  // net profit
    }

    void vatIsTransferredAtMonthEndAndACreditCarriesForward()
    {
        ServerTest t(QStringLiteral("fin_vat"));
        Session s = t.userWithRoles("kuaiji", {"accountant"});
        const QString oct = lastYear("10-15").left(7);
        const QString nov = lastYear("11-15").left(7);
        const QString dec = lastYear("12-15").left(7);
        // October: more input VAT than output: nothing to transfer, 1,500.00 carried forward.
        // (Materials by voucher on 1403: 1405 holds the stock ledger's value, which finance.check
        // compares with it.)
        post(t, s, lastYear("10-05"),
             {line("1403", "10000.00", ""), line("222101", "2000.00", ""),
              line("220201", "", "12000.00")});
        post(t, s, lastYear("10-20"),
             {line("1122", "4500.00", ""), line("5001", "", "4000.00"),
              line("222102", "", "500.00")});
        QJsonObject r = obj(t.call(s, "finance.vat.transfer", {{"period", oct}}));
        QVERIFY(r.value("entry_id").isNull());
        QCOMPARE(r.value("transferred").toString(), QStringLiteral("0.00"));
        QCOMPARE(r.value("carried_forward").toString(), QStringLiteral("1500.00"));
        // November: 3,000.00 output less October's credit: 1,500.00 moves to 未交增值税.
        post(t, s, lastYear("11-10"),
             {line("1122", "26000.00", ""), line("5001", "", "23000.00"),
              line("222102", "", "3000.00")});
        r = obj(t.call(s, "finance.vat.transfer", {{"period", nov}}));
        QCOMPARE(r.value("transferred").toString(), QStringLiteral("1500.00"));
        const qint64 entry = r.value("entry_id").toInteger();
        QVERIFY(entry > 0);
        QCOMPARE(entryLines(t, s, entry),
                 (QStringList{"222103 1500.00 0.00", "222104 0.00 1500.00"}));
        const QJsonObject posted = obj(t.call(s, "finance.entry.get", {{"id", entry}}));
        QCOMPARE(posted.value("date").toString(), lastYear("11-30"));
        QCOMPARE(posted.value("source_type").toString(), QStringLiteral("vat_transfer"));
        // Done once: a second call finds nothing left.
        r = obj(t.call(s, "finance.vat.transfer", {{"period", nov}}));
        QVERIFY(r.value("entry_id").isNull());
        QCOMPARE(r.value("transferred").toString(), QStringLiteral("0.00"));
        // December: the VAT is paid.
        post(t, s, lastYear("12-15"), {line("222104", "1500.00", ""), line("1002", "", "1500.00")});

        const QJsonObject report =
            obj(t.call(s, "finance.report.vat", {{"from", oct}, {"to", dec}}));
        const QJsonObject o = vatRow(report, oct);
        QCOMPARE(o.value("output_vat").toString(), QStringLiteral("500.00"));
        QCOMPARE(o.value("input_vat").toString(), QStringLiteral("2000.00"));
        QCOMPARE(o.value("net").toString(), QStringLiteral("-1500.00"));
        QCOMPARE(o.value("carried_forward").toString(), QStringLiteral("1500.00"));
        QCOMPARE(o.value("to_transfer").toString(), QStringLiteral("0.00"));
        const QJsonObject n = vatRow(report, nov);
        QCOMPARE(n.value("output_vat").toString(), QStringLiteral("3000.00"));
        QCOMPARE(n.value("input_vat").toString(), QStringLiteral("0.00"));
        QCOMPARE(n.value("transferred").toString(), QStringLiteral("1500.00"));
        QCOMPARE(n.value("carried_forward").toString(), QStringLiteral("0.00"));
        QCOMPARE(n.value("to_transfer").toString(), QStringLiteral("0.00"));
        QCOMPARE(n.value("unpaid").toString(), QStringLiteral("1500.00"));
        QCOMPARE(vatRow(report, dec).value("unpaid").toString(), QStringLiteral("0.00"));
        QCOMPARE(report.value("totals").toObject().value("net").toString(),
                 QStringLiteral("1500.00"));

        // A closed month refuses the transfer; a future one is not a month to transfer.
        post(t, s, lastYear("12-20"),
             {line("1122", "113.00", ""), line("5001", "", "100.00"), line("222102", "", "13.00")});
        t.call(s, "finance.period.close", {{"period", dec}});
        Rpc::Error e;
        QCOMPARE(t.callCode(s, "finance.vat.transfer", {{"period", dec}}, &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("finance.period.closed"));
        QCOMPARE(t.callCode(s, "finance.vat.transfer",
                            {{"period", QDate::currentDate().addMonths(1).toString("yyyy-MM")}},
                            &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList{"period:range"});
        QCOMPARE(obj(t.call(s, "finance.check")).value("ok").toBool(), true);
    }

    void genericChartSettlesVatIntoVatPayable()
    {
        ServerTest t(QStringLiteral("fin_vat_generic"));
        Session s = t.userWithRoles("kuaiji", {"accountant"});
        const QJsonObject settings = obj(t.call(s, "finance.company.get"));
        t.call(s, "finance.company.update",
               {{"version", settings.value("version")}, {"chart", "generic"}});
        const QString sep = lastYear("09-15").left(7);
        post(
            t, s, lastYear("09-03"),
            {line("1100", "1130.00", ""), line("4010", "", "1000.00"), line("2100", "", "130.00")});
        post(t, s, lastYear("09-04"),
             {line("1200", "500.00", ""), line("1400", "50.00", ""), line("2010", "", "550.00")});
        const QJsonObject r = obj(t.call(s, "finance.vat.transfer", {{"period", sep}}));
        QCOMPARE(r.value("transferred").toString(), QStringLiteral("80.00"));
        QCOMPARE(entryLines(t, s, r.value("entry_id").toInteger()),
                 (QStringList{"1400 0.00 50.00", "2100 130.00 0.00", "2110 0.00 80.00"}));
        const QJsonObject row =
            vatRow(obj(t.call(s, "finance.report.vat", {{"from", sep}, {"to", sep}})), sep);
        // The settlement's own lines are not sales or purchases.
        QCOMPARE(row.value("output_vat").toString(), QStringLiteral("130.00"));
        QCOMPARE(row.value("input_vat").toString(), QStringLiteral("50.00"));
        QCOMPARE(row.value("transferred").toString(), QStringLiteral("80.00"));
        QCOMPARE(row.value("unpaid").toString(), QStringLiteral("80.00"));
        QCOMPARE(row.value("to_transfer").toString(), QStringLiteral("0.00"));
    }
};

QTEST_GUILESS_MAIN(TestFinanceStatements)
#include "tst_finance_statements.moc"
