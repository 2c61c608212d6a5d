// The general ledger (finance.*) on SQLite and PostgreSQL: the chart templates, entries that
// must balance, posting with gapless numbers and a hash chain, reversals, closed periods, the
// trial balance and ledger, finance.check finding rows changed behind the server's back, and
// stock postings booked in the same transaction as the stock move.
#include "common/money.h"
#include "server/servercore.h"
#include "server/storage/database.h"
#include "tests/server/purchasingtest.h"
#include "tests/support/servertest.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
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

QJsonObject entry(const QString& date, const QJsonArray& lines, const char* description = "test")
{
    return {{"date", date}, {"description", description}, {"lines", lines}};
}

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

QString month(int back = 0)
{
    return QDate::currentDate().addMonths(-back).toString("yyyy-MM");
}

/// A row of a trial balance by account code (empty when the account is not listed).
QJsonObject tbRow(const QJsonObject& tb, const QString& code)
{
    for (const QJsonValue& v : tb.value("rows").toArray())
        if (v.toObject().value("code").toString() == code)
            return v.toObject();
    return {};
}

QStringList problemKinds(const QJsonObject& check)
{
    QStringList kinds;
    for (const QJsonValue& v : check.value("problems").toArray())
        kinds.append(v.toObject().value("kind").toString());
    kinds.removeDuplicates();
    kinds.sort();
    return kinds;
}

void sql(ServerTest& t, const QString& statement)
{
    QSqlQuery q(t.core().database().connection());
    if (!q.exec(statement))
        QFAIL(qPrintable(q.lastError().text()));
}

QJsonObject posted(ServerTest& t, Session& s, const QJsonObject& e)
{
    QJsonObject p = e;
    p.insert("post", true);
    return obj(t.call(s, "finance.entry.create", p));
}

} // namespace

class TestFinance final : public QObject
{
    Q_OBJECT
private slots:
    void chineseChartIsInstalledAndCanBeSwitchedWhileUnused()
    {
        ServerTest t(QStringLiteral("fin_chart"));
        Session s = t.userWithRoles("kuaiji", {"accountant"});
        const QJsonObject settings = obj(t.call(s, "finance.company.get"));
        QCOMPARE(settings.value("chart").toString(), QStringLiteral("cn_small"));
        QCOMPARE(settings.value("chart_locked").toBool(), false);
        QCOMPARE(settings.value("base_currency").toString(), QStringLiteral("CNY"));
        const QJsonArray all =
            obj(t.call(s, "finance.account.list", {{"limit", 1000}})).value("rows").toArray();
        QHash<QString, QJsonObject> byCode;
        for (const QJsonValue& v : all)
            byCode.insert(v.toObject().value("code").toString(), v.toObject());
        for (const char* code :
             {"1001", "1002", "1122", "1405", "1602", "2202", "2211", "2221", "3103", "5001",
              "5401", "5711", "222101", "222102", "222103", "222104", "220202"})
            QVERIFY2(byCode.contains(code), code);
        QCOMPARE(byCode.value("1001").value("name").toString(), QStringLiteral("库存现金"));
        QCOMPARE(byCode.value("1001").value("name_en").toString(), QStringLiteral("Cash on hand"));
        QCOMPARE(byCode.value("1602").value("normal_balance").toString(), QStringLiteral("credit"));
        QCOMPARE(byCode.value("2202").value("leaf").toBool(), false);
        QCOMPARE(byCode.value("220202").value("leaf").toBool(), true);
        QCOMPARE(byCode.value("220202").value("level").toInt(), 2);
        QCOMPARE(byCode.value("220202").value("parent_id"), byCode.value("2202").value("id"));
        QCOMPARE(byCode.value("5001").value("type").toString(), QStringLiteral("revenue"));
        // Code order: a parent comes before its sub-accounts.
        QStringList codes;
        for (const QJsonValue& v : all)
            codes.append(v.toObject().value("code").toString());
        QVERIFY(codes.indexOf("2202") < codes.indexOf("220201"));
        QVERIFY(codes.indexOf("220202") < codes.indexOf("2203"));

        // Still unused: the generic chart replaces it, then back.
        const QJsonObject generic =
            obj(t.call(s, "finance.company.update",
                       {{"version", settings.value("version")}, {"chart", "generic"}}));
        QCOMPARE(generic.value("chart").toString(), QStringLiteral("generic"));
        QCOMPARE(obj(t.call(s, "finance.account.list", {{"search", "Cash"}}))
                     .value("rows")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("code")
                     .toString(),
                 QStringLiteral("1010"));
        QCOMPARE(
            obj(t.call(s, "finance.account.list", {{"search", "库存现金"}})).value("total").toInt(),
            0);
        const QJsonObject back =
            obj(t.call(s, "finance.company.update",
                       {{"version", generic.value("version")}, {"chart", "cn_small"}}));
        // Once an account has lines, the chart stays.
        posted(t, s, entry(today(), {line("1002", "100.00", ""), line("3001", "", "100.00")}));
        Rpc::Error e;
        QCOMPARE(t.callCode(s, "finance.company.update",
                            {{"version", back.value("version")}, {"chart", "generic"}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList{"chart:locked"});
        QVERIFY(obj(t.call(s, "finance.company.get")).value("chart_locked").toBool());
    }

    void entriesMustBalanceAndPostingNumbersThemGaplessly()
    {
        ServerTest t(QStringLiteral("fin_entries"));
        Session s = t.userWithRoles("kuaiji", {"accountant"});
        Rpc::Error e;
        // Debits and credits differ: refused, nothing written.
        QCOMPARE(t.callCode(s, "finance.entry.create",
                            entry(today(), {line("1002", "100.00", ""), line("3001", "", "90.00")}),
                            &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList{"lines:unbalanced"});
        QCOMPARE(obj(t.call(s, "finance.entry.list")).value("total").toInt(), 0);
        // A line with both sides, a parent account, an unknown account, a bad amount.
        QCOMPARE(t.callCode(s, "finance.entry.create",
                            entry(today(), {QJsonObject{{"account_code", "1002"},
                                                        {"debit", "5.00"},
                                                        {"credit", "5.00"}},
                                            line("2202", "", "1.00"), line("9999", "1.00", ""),
                                            line("1001", "1.005", "")}),
                            &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e),
                 (QStringList{"lines[2].account_id:unknown", "lines[3].debit:scale"}));
        QCOMPARE(t.callCode(s, "finance.entry.create",
                            entry(today(), {QJsonObject{{"account_code", "1002"},
                                                        {"debit", "5.00"},
                                                        {"credit", "5.00"}},
                                            line("2202", "", "5.00")}),
                            &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e),
                 (QStringList{"lines[0].debit:one_side", "lines[1].account_id:not_leaf"}));
        QCOMPARE(
            t.callCode(s, "finance.entry.create", entry(today(), {line("1002", "5.00", "")}), &e),
            int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList{"lines:too_few"});

        // A draft has no number; posting gives the next one of the journal and year.
        const QJsonObject draft =
            obj(t.call(s, "finance.entry.create",
                       entry(today(), {line("1002", "1000.00", ""), line("3001", "", "1000.00")},
                             "投入资本")));
        QCOMPARE(draft.value("state").toString(), QStringLiteral("draft"));
        QVERIFY(draft.value("number").isNull());
        const QJsonObject second = posted(
            t, s, entry(today(), {line("5602", "35.00", ""), line("1001", "", "35.00")}, "文具"));
        const QString y = QString::number(QDate::currentDate().year());
        QCOMPARE(second.value("number").toString(), QStringLiteral("记-%1-000001").arg(y));
        QCOMPARE(second.value("debit_total").toString(), QStringLiteral("35.00"));
        const QJsonObject first =
            obj(t.call(s, "finance.entry.post",
                       {{"id", draft.value("id")}, {"version", draft.value("version")}}));
        QCOMPARE(first.value("number").toString(), QStringLiteral("记-%1-000002").arg(y));
        QCOMPARE(first.value("state").toString(), QStringLiteral("posted"));
        QCOMPARE(first.value("prev_hash").toString(), second.value("hash").toString());
        QCOMPARE(first.value("hash").toString().size(), 64);
        // Another journal counts on its own.
        QJsonObject bank = entry(today(), {line("1002", "10.00", ""), line("1122", "", "10.00")});
        bank.insert("journal", "bank");
        QCOMPARE(posted(t, s, bank).value("number").toString(),
                 QStringLiteral("银-%1-000001").arg(y));

        // Posted entries never change.
        QCOMPARE(t.callCode(s, "finance.entry.update",
                            {{"id", first.value("id")},
                             {"version", first.value("version")},
                             {"description", "x"}},
                            &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("finance.entry.posted"));
        QCOMPARE(t.callCode(s, "finance.entry.discard",
                            {{"id", first.value("id")}, {"version", first.value("version")}}),
                 int(Rpc::BusinessRule));
        // A draft can be changed and discarded; a discarded draft leaves no hole.
        const QJsonObject d2 =
            obj(t.call(s, "finance.entry.create",
                       entry(today(), {line("1002", "1.00", ""), line("3001", "", "1.00")})));
        const QJsonObject d2b = obj(
            t.call(s, "finance.entry.update",
                   {{"id", d2.value("id")},
                    {"version", d2.value("version")},
                    {"lines", QJsonArray{line("1002", "2.00", ""), line("3001", "", "2.00")}}}));
        QCOMPARE(d2b.value("debit_total").toString(), QStringLiteral("2.00"));
        QCOMPARE(t.callCode(s, "finance.entry.update",
                            {{"id", d2.value("id")},
                             {"version", d2.value("version")},
                             {"description", "stale"}}),
                 int(Rpc::VersionConflict));
        t.call(s, "finance.entry.discard",
               {{"id", d2b.value("id")}, {"version", d2b.value("version")}});
        QCOMPARE(posted(t, s, entry(today(), {line("1002", "3.00", ""), line("3001", "", "3.00")}))
                     .value("number")
                     .toString(),
                 QStringLiteral("记-%1-000003").arg(y));
        const QJsonObject check = obj(t.call(s, "finance.check"));
        QVERIFY2(check.value("ok").toBool(), qPrintable(QJsonDocument(check).toJson()));
        QCOMPARE(check.value("entries_checked").toInt(), 4);

        // Without finance.entry.post a clerk writes drafts only; sales sees no books.
        Session clerk = t.userWithRoles("clerk", {"sales"});
        QCOMPARE(t.callCode(clerk, "finance.entry.list"), int(Rpc::Forbidden));
        Session admin = t.admin();
        t.call(admin, "admin.role.create",
               {{"name", "bookkeeper"},
                {"permissions", QJsonArray{"finance.entry.write", "finance.entry.read"}}});
        Session keeper = t.userWithRoles("keeper", {"bookkeeper"});
        QCOMPARE(t.callCode(keeper, "finance.entry.create",
                            QJsonObject{{"post", true},
                                        {"lines", QJsonArray{line("1002", "1.00", ""),
                                                             line("3001", "", "1.00")}}}),
                 int(Rpc::Forbidden));
    }

    void reversalIsLinkedAndNetsToZero()
    {
        ServerTest t(QStringLiteral("fin_reverse"));
        Session s = t.userWithRoles("kuaiji", {"accountant"});
        const QJsonObject original = posted(
            t, s, entry(today(), {line("5602", "800.00", ""), line("1002", "", "800.00")}, "租金"));
        const QJsonObject storno =
            obj(t.call(s, "finance.entry.reverse",
                       {{"id", original.value("id")}, {"version", original.value("version")}}));
        QCOMPARE(storno.value("reversal_of"), original.value("id"));
        const QJsonArray lines = storno.value("lines").toArray();
        QCOMPARE(lines.at(0).toObject().value("debit").toString(), QStringLiteral("-800.00"));
        QCOMPARE(lines.at(1).toObject().value("credit").toString(), QStringLiteral("-800.00"));
        const QJsonObject after =
            obj(t.call(s, "finance.entry.get", {{"id", original.value("id")}}));
        QCOMPARE(after.value("reversed_by"), storno.value("id"));
        Rpc::Error e;
        QCOMPARE(t.callCode(s, "finance.entry.reverse",
                            {{"id", after.value("id")}, {"version", after.value("version")}}, &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("finance.entry.already_reversed"));
        const QJsonObject tb = obj(t.call(s, "finance.report.trial_balance"));
        // Red lines cancel the debits themselves: no movement is left on the account.
        QVERIFY(tbRow(tb, "5602").isEmpty());
        QVERIFY(tb.value("balanced").toBool());

        // The opposite style swaps the sides instead.
        const QJsonObject settings = obj(t.call(s, "finance.company.get"));
        t.call(s, "finance.company.update",
               {{"version", settings.value("version")}, {"reversal_style", "opposite"}});
        const QJsonObject second =
            posted(t, s, entry(today(), {line("5602", "50.00", ""), line("1002", "", "50.00")}));
        const QJsonObject opposite =
            obj(t.call(s, "finance.entry.reverse",
                       {{"id", second.value("id")}, {"version", second.value("version")}}));
        QCOMPARE(opposite.value("lines").toArray().at(0).toObject().value("credit").toString(),
                 QStringLiteral("50.00"));
        QCOMPARE(
            opposite.value("lines").toArray().at(0).toObject().value("account_code").toString(),
            QStringLiteral("5602"));
        const QJsonObject tb2 = obj(t.call(s, "finance.report.trial_balance"));
        QCOMPARE(tbRow(tb2, "5602").value("debit").toString(), QStringLiteral("50.00"));
        QCOMPARE(tbRow(tb2, "5602").value("credit").toString(), QStringLiteral("50.00"));
        QCOMPARE(tbRow(tb2, "5602").value("closing_debit").toString(), QStringLiteral("0.00"));
        QVERIFY(obj(t.call(s, "finance.check")).value("ok").toBool());
    }

    void closedPeriodsRefusePostingsAndReopeningIsItsOwnRight()
    {
        ServerTest t(QStringLiteral("fin_periods"));
        Session s = t.userWithRoles("kuaiji", {"accountant"});
        const QString lastMonth = QDate::currentDate().addMonths(-1).toString(Qt::ISODate);
        posted(t, s, entry(lastMonth, {line("1002", "10.00", ""), line("3001", "", "10.00")}));
        // A draft keeps the month open.
        const QJsonObject draft =
            obj(t.call(s, "finance.entry.create",
                       entry(lastMonth, {line("1002", "1.00", ""), line("3001", "", "1.00")})));
        Rpc::Error e;
        QCOMPARE(t.callCode(s, "finance.period.close", {{"period", month(1)}}, &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("finance.period.has_drafts"));
        t.call(s, "finance.entry.discard",
               {{"id", draft.value("id")}, {"version", draft.value("version")}});
        QCOMPARE(t.call(s, "finance.period.close", {{"period", month(1)}})
                     .toObject()
                     .value("state")
                     .toString(),
                 QStringLiteral("closed"));
        QCOMPARE(t.callCode(s, "finance.period.close", {{"period", "2026-13"}}, &e),
                 int(Rpc::ValidationFailed));

        // Posting into it is refused and takes no number.
        QCOMPARE(t.callCode(s, "finance.entry.create",
                            QJsonObject{{"date", lastMonth},
                                        {"post", true},
                                        {"lines", QJsonArray{line("1002", "5.00", ""),
                                                             line("3001", "", "5.00")}}},
                            &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("finance.period.closed"));
        QCOMPARE(e.messageArgs().value("period").toString(), month(1));
        const QJsonObject next =
            posted(t, s, entry(today(), {line("1002", "5.00", ""), line("3001", "", "5.00")}));
        QVERIFY(next.value("number").toString().endsWith("-000002"));
        // A reversal of an entry in the closed month is dated today.
        const QJsonObject list =
            obj(t.call(s, "finance.entry.list", {{"filter", QJsonObject{{"period", month(1)}}}}));
        const QJsonObject old = list.value("rows").toArray().at(0).toObject();
        const QJsonObject reversal =
            obj(t.call(s, "finance.entry.reverse",
                       {{"id", old.value("id")}, {"version", old.value("version")}}));
        QCOMPARE(reversal.value("date").toString(), today());

        // Reopening: not the accountant's; the manager's, with a reason, audited.
        QCOMPARE(
            t.callCode(s, "finance.period.reopen", {{"period", month(1)}, {"reason", "late bill"}}),
            int(Rpc::Forbidden));
        Session boss = t.userWithRoles("boss", {"manager"});
        QCOMPARE(
            t.callCode(boss, "finance.period.reopen", {{"period", month(1)}, {"reason", " "}}, &e),
            int(Rpc::ValidationFailed));
        t.call(boss, "finance.period.reopen", {{"period", month(1)}, {"reason", "late bill"}});
        posted(t, s, entry(lastMonth, {line("1002", "7.00", ""), line("3001", "", "7.00")}));
        Session admin = t.admin();
        const QJsonArray audit =
            obj(t.call(admin, "admin.audit.list",
                       {{"filter", QJsonObject{{"entity", "finance.period"}}}}))
                .value("rows")
                .toArray();
        QCOMPARE(audit.size(), 2);
        QVERIFY(QJsonDocument(audit).toJson().contains("late bill"));
        const QJsonArray months = obj(t.call(s, "finance.period.list")).value("rows").toArray();
        QCOMPARE(months.size(), 12);
    }

    void trialBalanceRollsUpAndLedgerRunsTheBalance()
    {
        ServerTest t(QStringLiteral("fin_reports"));
        Session s = t.userWithRoles("kuaiji", {"accountant"});
        const QString earlier = QDate::currentDate().addMonths(-1).toString(Qt::ISODate);
        posted(t, s, entry(earlier, {line("1002", "10000.00", ""), line("3001", "", "10000.00")}));
        posted(t, s, entry(today(), {line("1405", "1130.00", ""), line("220201", "", "1130.00")}));
        posted(t, s, entry(today(), {line("220201", "1000.00", ""), line("1002", "", "1000.00")}));
        const QJsonObject tb =
            obj(t.call(s, "finance.report.trial_balance", {{"from", month(0)}, {"to", month(0)}}));
        QVERIFY(tb.value("balanced").toBool());
        QCOMPARE(tbRow(tb, "1002").value("opening_debit").toString(), QStringLiteral("10000.00"));
        QCOMPARE(tbRow(tb, "1002").value("credit").toString(), QStringLiteral("1000.00"));
        QCOMPARE(tbRow(tb, "1002").value("closing_debit").toString(), QStringLiteral("9000.00"));
        // The parent 2202 rolls up 220201.
        QCOMPARE(tbRow(tb, "2202").value("credit").toString(), QStringLiteral("1130.00"));
        QCOMPARE(tbRow(tb, "2202").value("closing_credit").toString(), QStringLiteral("130.00"));
        QCOMPARE(tbRow(tb, "2202").value("leaf").toBool(), false);
        const QJsonObject totals = tb.value("totals").toObject();
        QCOMPARE(totals.value("opening_debit").toString(), QStringLiteral("10000.00"));
        QCOMPARE(totals.value("opening_credit").toString(), QStringLiteral("10000.00"));
        QCOMPARE(totals.value("debit").toString(), QStringLiteral("2130.00"));
        QCOMPARE(totals.value("closing_debit"), totals.value("closing_credit"));
        QVERIFY(tbRow(tb, "1001").isEmpty()); // no amounts: left out unless all: true
        QVERIFY(!tbRow(obj(t.call(s, "finance.report.trial_balance", {{"all", true}})), "1001")
                     .isEmpty());

        const QString start = QDate::currentDate().addMonths(-1).toString(Qt::ISODate);
        const QJsonObject ledger =
            obj(t.call(s, "finance.report.ledger",
                       {{"account_code", "1002"}, {"from", today()}, {"to", today()}}));
        QCOMPARE(ledger.value("opening_balance").toString(), QStringLiteral("10000.00"));
        QCOMPARE(ledger.value("rows").toArray().size(), 1);
        QCOMPARE(ledger.value("rows").toArray().at(0).toObject().value("balance").toString(),
                 QStringLiteral("9000.00"));
        QCOMPARE(ledger.value("closing_balance").toString(), QStringLiteral("9000.00"));
        // A credit account's balance grows with credits; pages keep the running balance.
        const QJsonObject payables =
            obj(t.call(s, "finance.report.ledger",
                       {{"account_code", "2202"}, {"from", start}, {"offset", 1}, {"limit", 1}}));
        QCOMPARE(payables.value("total").toInt(), 2);
        QCOMPARE(payables.value("rows").toArray().at(0).toObject().value("balance").toString(),
                 QStringLiteral("130.00"));
        QCOMPARE(payables.value("closing_balance").toString(), QStringLiteral("130.00"));
    }

    void checkFindsRowsChangedBehindTheServersBack()
    {
        ServerTest t(QStringLiteral("fin_tamper"));
        Session s = t.userWithRoles("kuaiji", {"accountant"});
        const QJsonObject a =
            posted(t, s, entry(today(), {line("1002", "500.00", ""), line("3001", "", "500.00")}));
        const QJsonObject b =
            posted(t, s, entry(today(), {line("5602", "20.00", ""), line("1002", "", "20.00")}));
        const QJsonObject c =
            posted(t, s, entry(today(), {line("5602", "30.00", ""), line("1002", "", "30.00")}));
        QVERIFY(obj(t.call(s, "finance.check")).value("ok").toBool());

        // A description edited in SQL breaks the entry's hash.
        sql(t, QStringLiteral("UPDATE fin_entries SET description = 'changed' WHERE id = %1")
                   .arg(a.value("id").toInteger()));
        QJsonObject check = obj(t.call(s, "finance.check"));
        QVERIFY(!check.value("ok").toBool());
        QCOMPARE(problemKinds(check), QStringList{"hash_mismatch"});
        sql(t, QStringLiteral("UPDATE fin_entries SET description = 'test' WHERE id = %1")
                   .arg(a.value("id").toInteger()));
        QVERIFY(obj(t.call(s, "finance.check")).value("ok").toBool());

        // An amount changed: the entry no longer balances, the balances differ, the hash breaks.
        sql(t, QStringLiteral(
                   "UPDATE fin_entry_lines SET debit = 2100 WHERE entry_id = %1 AND line_no = 1")
                   .arg(b.value("id").toInteger()));
        check = obj(t.call(s, "finance.check"));
        QCOMPARE(problemKinds(check), (QStringList{"balance_mismatch", "hash_mismatch",
                                                   "ledger_unbalanced", "unbalanced_entry"}));
        sql(t, QStringLiteral(
                   "UPDATE fin_entry_lines SET debit = 2000 WHERE entry_id = %1 AND line_no = 1")
                   .arg(b.value("id").toInteger()));
        QVERIFY(obj(t.call(s, "finance.check")).value("ok").toBool());

        // A line's copy of its entry's date moved (the ledger's index would misplace it), or
        // its line count in the monthly balances changed.
        sql(t, QStringLiteral("UPDATE fin_entry_lines SET entry_date = '2001-01-01' WHERE "
                              "entry_id = %1 AND line_no = 1")
                   .arg(b.value("id").toInteger()));
        QCOMPARE(problemKinds(obj(t.call(s, "finance.check"))), QStringList{"line_out_of_step"});
        sql(t, QStringLiteral("UPDATE fin_entry_lines SET entry_date = '%1' WHERE entry_id = %2 "
                              "AND line_no = 1")
                   .arg(today())
                   .arg(b.value("id").toInteger()));
        sql(t,
            QStringLiteral("UPDATE fin_balances SET lines = lines + 1 WHERE account_id = (SELECT "
                           "id FROM fin_accounts WHERE code = '5602')"));
        QCOMPARE(problemKinds(obj(t.call(s, "finance.check"))), QStringList{"balance_mismatch"});
        sql(t,
            QStringLiteral("UPDATE fin_balances SET lines = lines - 1 WHERE account_id = (SELECT "
                           "id FROM fin_accounts WHERE code = '5602')"));
        QVERIFY(obj(t.call(s, "finance.check")).value("ok").toBool());

        // A posted entry deleted: its number is missing and the chain is broken.
        sql(t, QStringLiteral("DELETE FROM fin_entry_lines WHERE entry_id = %1")
                   .arg(b.value("id").toInteger()));
        sql(t,
            QStringLiteral("DELETE FROM fin_entries WHERE id = %1").arg(b.value("id").toInteger()));
        check = obj(t.call(s, "finance.check"));
        QCOMPARE(problemKinds(check),
                 (QStringList{"balance_mismatch", "chain_broken", "number_gap"}));

        // The first line of an entry deleted: the entry no longer balances and its hash breaks,
        // and the check still names it (its header comes with its first line otherwise).
        sql(t, QStringLiteral("DELETE FROM fin_entry_lines WHERE entry_id = %1 AND line_no = 1")
                   .arg(c.value("id").toInteger()));
        check = obj(t.call(s, "finance.check"));
        QVERIFY(problemKinds(check).contains("unbalanced_entry"));
        bool named = false;
        for (const QJsonValue& v : check.value("problems").toArray())
            named = named || (v.toObject().value("kind").toString() == "hash_mismatch" &&
                              v.toObject().value("number") == c.value("number"));
        QVERIFY2(named, qPrintable(QJsonDocument(check).toJson()));
    }

    void stockMovesAreBookedInTheSameTransaction()
    {
        ServerTest t(QStringLiteral("fin_stock"));
        Session s = t.admin();
        const Test::Purchasing::World w = Test::Purchasing::setup(t, s);
        // Goods received against a purchase order: Dr 1405 / Cr 220202 at the order's cost.
        QJsonObject po =
            Test::Purchasing::draft(t, s, w.hq, w.sh, {Test::Purchasing::line(w.pen, "100")});
        po = Test::Purchasing::step(t, s, "send", po);
        po = Test::Purchasing::step(t, s, "confirm", po);
        po = obj(t.call(s, "purchasing.order.receive",
                        {{"id", po.value("id")}, {"version", po.value("version")}}));
        const QJsonArray entries =
            obj(t.call(s, "finance.entry.list", {{"filter", QJsonObject{{"journal", "stock"}}}}))
                .value("rows")
                .toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject receipt =
            obj(t.call(s, "finance.entry.get", {{"id", entries.at(0).toObject().value("id")}}));
        QCOMPARE(receipt.value("state").toString(), QStringLiteral("posted"));
        QVERIFY(receipt.value("automatic").toBool());
        QCOMPARE(receipt.value("source_type").toString(), QStringLiteral("purchase_order"));
        QCOMPARE(receipt.value("source_id"), po.value("id"));
        QVERIFY(receipt.value("number").toString().startsWith(QStringLiteral("存-")));
        const QJsonArray lines = receipt.value("lines").toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).toObject().value("account_code").toString(), QStringLiteral("1405"));
        QCOMPARE(lines.at(0).toObject().value("debit").toString(), QStringLiteral("250.00"));
        QCOMPARE(lines.at(1).toObject().value("account_code").toString(), QStringLiteral("220202"));
        QCOMPARE(lines.at(1).toObject().value("credit").toString(), QStringLiteral("250.00"));
        // The source document shows its entries.
        QCOMPARE(obj(t.call(s, "finance.entry.for_source",
                            {{"source_type", "purchase_order"}, {"source_id", po.value("id")}}))
                     .value("rows")
                     .toArray()
                     .size(),
                 1);

        // A foreign-currency receipt (USD) is valued at the moving average until exchange rates
        // exist; with no paper in stock yet that is its entered cost: 10 × 33.33.
        QJsonObject usd =
            Test::Purchasing::draft(t, s, w.acme, w.sh, {Test::Purchasing::line(w.paper, "10")});
        usd = Test::Purchasing::step(t, s, "send", usd);
        usd = Test::Purchasing::step(t, s, "confirm", usd);
        t.call(s, "purchasing.order.receive",
               {{"id", usd.value("id")}, {"version", usd.value("version")}});
        QCOMPARE(
            tbRow(obj(t.call(s, "finance.report.trial_balance")), "1405").value("debit").toString(),
            QStringLiteral("583.30"));

        // Scrap: Dr 5711 / Cr 1405; a count gain: Dr 1405 / Cr 5301.
        t.call(s, "inventory.stock.adjust",
               {{"product_id", w.pen},
                {"warehouse_id", w.sh},
                {"qty", "-4"},
                {"kind", "scrap"},
                {"reason", "broken"}});
        t.call(s, "inventory.stock.adjust",
               {{"product_id", w.ink},
                {"warehouse_id", w.sh},
                {"qty", "2"},
                {"kind", "adjustment"},
                {"reason", "found"}});
        QJsonObject tb = obj(t.call(s, "finance.report.trial_balance"));
        QCOMPARE(tbRow(tb, "5711").value("debit").toString(), QStringLiteral("10.00"));
        QCOMPARE(tbRow(tb, "5301").value("credit").toString(), QStringLiteral("16.00"));
        QCOMPARE(tbRow(tb, "1405").value("closing_debit").toString(), QStringLiteral("589.30"));

        // A category's own inventory account (configuration, not code).
        t.call(
            s, "inventory.product.update",
            {{"id", w.ink},
             {"version", obj(t.call(s, "inventory.product.get", {{"id", w.ink}})).value("version")},
             {"category", "原料"}});
        const QJsonObject settings = obj(t.call(s, "finance.company.get"));
        t.call(s, "finance.company.update",
               {{"version", settings.value("version")},
                {"roles",
                 QJsonArray{QJsonObject{
                     {"role", "inventory"}, {"category", "原料"}, {"account_code", "1403"}}}}});
        t.call(s, "inventory.stock.adjust",
               {{"product_id", w.ink},
                {"warehouse_id", w.sh},
                {"qty", "1"},
                {"kind", "adjustment"},
                {"reason", "found"}});
        tb = obj(t.call(s, "finance.report.trial_balance"));
        QCOMPARE(tbRow(tb, "1403").value("debit").toString(), QStringLiteral("8.00"));
        QCOMPARE(tbRow(tb, "1405").value("closing_debit").toString(), QStringLiteral("589.30"));
        // The ink's earlier 16.00 still sits on 1405 while its stock value (24.00) now belongs
        // on 1403: finance.check shows both accounts off until the accountant moves it.
        QJsonObject check = obj(t.call(s, "finance.check"));
        QStringList mismatches;
        for (const QJsonValue& v : check.value("problems").toArray())
            mismatches.append(QStringLiteral("%1 %2 %3 %4")
                                  .arg(v.toObject().value("kind").toString(),
                                       v.toObject().value("account_code").toString(),
                                       v.toObject().value("ledger").toString(),
                                       v.toObject().value("stock").toString()));
        QCOMPARE(mismatches, (QStringList{"inventory_mismatch 1403 8.00 24.00",
                                          "inventory_mismatch 1405 589.30 573.30"}));
        posted(t, s, entry(today(), {line("1403", "16.00", ""), line("1405", "", "16.00")}));
        check = obj(t.call(s, "finance.check"));
        QVERIFY2(check.value("ok").toBool(), qPrintable(QJsonDocument(check).toJson()));

        // A closed month refuses the stock move with the entry: nothing is half done.
        t.call(s, "finance.period.close", {{"period", month(0)}});
        Rpc::Error e;
        QCOMPARE(t.callCode(s, "inventory.stock.adjust",
                            {{"product_id", w.pen},
                             {"warehouse_id", w.sh},
                             {"qty", "-1"},
                             {"kind", "scrap"},
                             {"reason", "x"}},
                            &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("finance.period.closed"));
        QCOMPARE(Test::Purchasing::onHand(t, s, w.pen, w.sh), QStringLiteral("96.000"));
    }

    void demoBooksBalanceAndCheckClean()
    {
        ServerTest t(QStringLiteral("fin_demo"), true);
        Session s = t.login(QStringLiteral("liu.yang"), QStringLiteral("demo1234"));
        const QJsonObject check = obj(t.call(s, "finance.check"));
        QVERIFY2(check.value("ok").toBool(), qPrintable(QJsonDocument(check).toJson()));
        QVERIFY(check.value("entries_checked").toInt() > 20);
        // Inventory valued at the moving average: 1405 holds exactly the demo's stock value.
        QJsonObject stock;
        for (const QJsonValue& v : check.value("inventory").toArray()) {
            QCOMPARE(v.toObject().value("ledger"), v.toObject().value("stock"));
            if (v.toObject().value("account_code").toString() == QLatin1String("1405"))
                stock = v.toObject();
        }
        QVERIFY(Money::parse(stock.value("stock").toString()).value_or(Money()).minorUnits() > 0);
        // The demo books start on the first of January (of last year in a young year).
        const QDate today = QDate::currentDate();
        const int firstYear = today.dayOfYear() > 90 ? today.year() : today.year() - 1;
        const QJsonObject tb = obj(t.call(
            s, "finance.report.trial_balance",
            {{"from", QStringLiteral("%1-01").arg(firstYear)}, {"to", today.toString("yyyy-MM")}}));
        QVERIFY(tb.value("balanced").toBool());
        QVERIFY(!tbRow(tb, "1405").isEmpty());
        QVERIFY(!tbRow(tb, "5401").isEmpty()); // shipments booked their cost
        // Invoicing on shipment made the sales; customers paid most of them.
        QVERIFY(tbRow(tb, "5001").value("credit").toString().toDouble() > 100000);
        QVERIFY(tbRow(tb, "222102").value("credit").toString().toDouble() > 10000);
        QVERIFY(tbRow(tb, "1122").value("credit").toString().toDouble() > 50000);
        const QJsonObject aging = obj(t.call(s, "finance.report.aging", {{"kind", "receivable"}}));
        QVERIFY(aging.value("rows").toArray().size() > 3); // some are still open
        // The received purchase orders were billed (GRNI cleared by them), most bills paid.
        const QJsonArray bills =
            obj(t.call(s, "finance.bill.list", {{"limit", 100}})).value("rows").toArray();
        QVERIFY(bills.size() >= 10);
        QVERIFY(tbRow(tb, "222101").value("debit").toString().toDouble() > 1000); // input VAT
        QVERIFY(!obj(t.call(s, "finance.report.aging", {{"kind", "payable"}}))
                     .value("rows")
                     .toArray()
                     .isEmpty());
        // A year of business, each event booked on its day; invoices and payments numbered in
        // date order (the stock journal is numbered module by module: opening stock, purchase
        // receipts, then the orders).
        QSet<QString> months;
        for (const char* journal : {"sales", "bank"}) {
            const QJsonArray rows = obj(t.call(s, "finance.entry.list",
                                               {{"filter", QJsonObject{{"journal", journal}}},
                                                {"sort", "number"},
                                                {"limit", 1000}}))
                                        .value("rows")
                                        .toArray();
            QVERIFY2(rows.size() > 20, journal);
            QString previous;
            for (const QJsonValue& v : rows) {
                const QString date = v.toObject().value("date").toString();
                QVERIFY2(date >= previous, qPrintable(v.toObject().value("number").toString()));
                previous = date;
                months.insert(date.left(7));
            }
        }
        QVERIFY(months.size() >= 4);
    }
};

QTEST_GUILESS_MAIN(TestFinance)
#include "tst_finance.moc"
