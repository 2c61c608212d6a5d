// Supplier bills (finance.bill.*) with the three-way match, on SQLite and PostgreSQL: bills from
// a purchase order by the received, not yet billed quantity, the match's flags (quantity beyond
// what is received, price differing from the order), the tolerance and the approval it needs
// (refused without finance.bill.approve), the posting's lines (GRNI, price variance, input VAT,
// payable) in the same transaction, gapless numbers, the reversal of a posted bill, supplier
// payments applied partly, over-paid and unapplied, the payables aging and finance.check.
#include "server/servercore.h"
#include "server/storage/database.h"
#include "tests/server/purchasingtest.h"
#include "tests/support/servertest.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Erp;
using namespace Erp::Test::Purchasing;
using Erp::Test::fieldCodes;
using Erp::Test::ServerTest;
using Session = ServerTest::Session;

namespace {

QJsonObject idVersion(const QJsonObject& o)
{
    return {{"id", o.value("id")}, {"version", o.value("version")}};
}

QJsonObject with(QJsonObject o, const QJsonObject& more)
{
    for (auto it = more.begin(); it != more.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject lineAt(const QJsonObject& doc, int n = 0)
{
    return doc.value("lines").toArray().at(n).toObject();
}

QStringList flags(const QJsonObject& line)
{
    QStringList out;
    for (const QJsonValue& v : line.value("flags").toArray())
        out.append(v.toString());
    return out;
}

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

/// "account_code debit/credit" of each line of an entry.
QStringList entryLines(const QJsonObject& entry)
{
    QStringList out;
    for (const QJsonValue& v : entry.value("lines").toArray()) {
        const QJsonObject l = v.toObject();
        out.append(l.value("account_code").toString() + QLatin1Char(' ') +
                   l.value("debit").toString() + QLatin1Char('/') + l.value("credit").toString());
    }
    return out;
}

QJsonObject freeLine(const char* description, const char* qty, const char* price, const char* rate,
                     bool inclusive = false)
{
    return {{"description", description},
            {"qty", qty},
            {"unit_price", price},
            {"tax_rate", rate},
            {"price_includes_tax", inclusive}};
}

QString day(int offset)
{
    return QDate::currentDate().addDays(offset).toString(Qt::ISODate);
}

struct Books
{
    explicit Books(const QString& tag)
        : t(tag)
        , admin(t.admin())
        , w(setup(t, admin))
    {}

    /// A confirmed order of `lines` from the Chinese supplier (60 days' terms) into SH.
    QJsonObject order(const QJsonArray& lines)
    {
        QJsonObject o = draft(t, admin, w.hq, w.sh, lines);
        o = step(t, admin, "send", o);
        return step(t, admin, "confirm", o);
    }

    QJsonObject receive(const QJsonObject& o, int line, const char* qty)
    {
        const qint64 lineId = lineAt(o, line).value("id").toInteger();
        return obj(
            t.call(admin, "purchasing.order.receive",
                   with(idVersion(o),
                        {{"lines", QJsonArray{QJsonObject{{"line_id", lineId}, {"qty", qty}}}}})));
    }

    QJsonObject bill(const QJsonObject& params)
    {
        return obj(t.call(admin, "finance.bill.create", params));
    }

    QJsonObject act(const char* action, const QJsonObject& b, const QJsonObject& more = {})
    {
        return obj(t.call(admin, QStringLiteral("finance.bill.") + QLatin1String(action),
                          with(idVersion(b), more)));
    }

    QJsonObject entry(const QJsonObject& b)
    {
        return obj(t.call(admin, "finance.entry.get", {{"id", b.value("entry_id")}}));
    }

    QJsonObject check() { return obj(t.call(admin, "finance.check")); }

    void sql(const QString& statement)
    {
        QSqlQuery q(t.core().database().connection());
        if (!q.exec(statement))
            QFAIL(qPrintable(q.lastError().text()));
    }

    ServerTest t;
    Session admin;
    World w;
};

} // namespace

class TestFinanceBills final : public QObject
{
    Q_OBJECT

private slots:
    void billFromOrderPostsGrniVarianceVatAndPayable()
    {
        Books b(QStringLiteral("bill_post"));
        // 100 pens at 2.50 and 10 ink at 8.00 (13 %); 60 pens and the ink arrive: the receipt
        // booked Dr 1405 / Cr 220202 230.00.
        QJsonObject po = b.order(QJsonArray{line(b.w.pen, "100"), line(b.w.ink, "10")});
        po = b.receive(po, 0, "60");
        po = b.receive(po, 1, "10");

        // The bill takes what is received and not billed, at the order's prices.
        QJsonObject bill = b.bill({{"purchase_order_id", po.value("id")},
                                   {"supplier_ref", "44031234567890123456"},
                                   {"supplier_date", day(0)}});
        QCOMPARE(bill.value("state").toString(), QStringLiteral("draft"));
        QCOMPARE(bill.value("supplier_id").toInteger(), b.w.hq);
        QCOMPARE(bill.value("order_number"), po.value("number"));
        QCOMPARE(bill.value("lines").toArray().size(), 2);
        QCOMPARE(lineAt(bill).value("qty").toString(), QStringLiteral("60.000"));
        QCOMPARE(lineAt(bill).value("unit_price").toString(), QStringLiteral("2.50"));
        const QJsonObject match = lineAt(bill).value("match").toObject();
        QCOMPARE(match.value("ordered_qty").toString(), QStringLiteral("100.000"));
        QCOMPARE(match.value("received_qty").toString(), QStringLiteral("60.000"));
        QCOMPARE(match.value("billed_before_qty").toString(), QStringLiteral("0.000"));
        QCOMPARE(match.value("po_price").toString(), QStringLiteral("2.50"));
        QCOMPARE(flags(lineAt(bill)), QStringList());
        QCOMPARE(bill.value("total").toString(), QStringLiteral("259.90")); // 230.00 + 29.90
        QCOMPARE(bill.value("due_date").toString(), day(60));               // the supplier's terms

        // The supplier bills the pens at 2.55: exactly 2 % more, within the tolerance, flagged.
        const qint64 penLine = lineAt(bill).value("purchase_order_line_id").toInteger();
        const qint64 inkLine = lineAt(bill, 1).value("purchase_order_line_id").toInteger();
        bill = b.act("update", bill,
                     {{"lines", QJsonArray{QJsonObject{{"purchase_order_line_id", penLine},
                                                       {"unit_price", "2.55"}},
                                           QJsonObject{{"purchase_order_line_id", inkLine}}}}});
        QCOMPARE(flags(lineAt(bill)), QStringList{"price_differs"});
        QCOMPARE(lineAt(bill).value("match").toObject().value("price_difference").toString(),
                 QStringLiteral("3.00"));
        QCOMPARE(bill.value("state").toString(), QStringLiteral("draft"));
        QCOMPARE(bill.value("needs_approval").toBool(), false);

        bill = b.act("post", bill);
        QCOMPARE(bill.value("number").toString(), QStringLiteral("BILL%1-000001").arg(year()));
        QCOMPARE(bill.value("state").toString(), QStringLiteral("posted"));
        QCOMPARE(bill.value("open").toString(), QStringLiteral("263.29"));
        // Dr GRNI the received value, Dr variance the price difference, Dr input VAT (19.89 +
        // 10.40), Cr payable the gross, the supplier named.
        const QJsonObject entry = b.entry(bill);
        QCOMPARE(entry.value("journal").toString(), QStringLiteral("purchases"));
        QCOMPARE(entry.value("source_type").toString(), QStringLiteral("bill"));
        QCOMPARE(entry.value("source_ref"), bill.value("number"));
        QCOMPARE(entryLines(entry), (QStringList{"220202 230.00/0.00", "5401 3.00/0.00",
                                                 "222101 30.29/0.00", "220201 0.00/263.29"}));
        const QJsonObject payable = entry.value("lines").toArray().at(3).toObject();
        QCOMPARE(payable.value("partner_type").toString(), QStringLiteral("supplier"));
        QCOMPARE(payable.value("partner_id").toInteger(), b.w.hq);
        // The receipt and the bill clear GRNI.
        const QJsonObject tb = obj(b.t.call(b.admin, "finance.report.trial_balance"));
        QCOMPARE(tbRow(tb, "220202").value("debit").toString(), QStringLiteral("230.00"));
        QCOMPARE(tbRow(tb, "220202").value("credit").toString(), QStringLiteral("230.00"));
        QVERIFY(tb.value("balanced").toBool());
        // The bill shows its entry; the order shows its bills.
        const QJsonArray entries =
            obj(b.t.call(b.admin, "finance.entry.for_source",
                         {{"source_type", "bill"}, {"source_id", bill.value("id")}}))
                .value("rows")
                .toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).toObject().value("id"), bill.value("entry_id"));
        QCOMPARE(obj(b.t.call(b.admin, "finance.bill.list",
                              {{"filter", QJsonObject{{"purchase_order_id", po.value("id")}}}}))
                     .value("total")
                     .toInt(),
                 1);
        // Nothing is left to bill until more arrives.
        Rpc::Error e;
        QCOMPARE(b.t.callCode(b.admin, "finance.bill.create",
                              {{"purchase_order_id", po.value("id")}}, &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("finance.bill.nothing_to_bill"));
        po = obj(b.t.call(b.admin, "purchasing.order.get", {{"id", po.value("id")}}));
        po = b.receive(po, 0, "40");
        const QJsonObject second = b.bill({{"purchase_order_id", po.value("id")}});
        QCOMPARE(second.value("lines").toArray().size(), 1);
        QCOMPARE(lineAt(second).value("qty").toString(), QStringLiteral("40.000"));
        QCOMPARE(lineAt(second).value("match").toObject().value("billed_before_qty").toString(),
                 QStringLiteral("60.000"));
        const QJsonObject check = b.check();
        QVERIFY2(check.value("ok").toBool(), qPrintable(QJsonDocument(check).toJson()));
    }

    void priceAboveToleranceNeedsApproval()
    {
        Books b(QStringLiteral("bill_approve"));
        QJsonObject po = b.order(QJsonArray{line(b.w.pen, "100")});
        po = b.receive(po, 0, "100");
        const qint64 penLine = lineAt(po).value("id").toInteger();
        const QJsonArray dearer{
            QJsonObject{{"purchase_order_line_id", penLine}, {"unit_price", "2.60"}}};
        // 10.00 more on 250.00: 4 %, above the default 2 %.
        QJsonObject bill = b.bill({{"purchase_order_id", po.value("id")}, {"lines", dearer}});
        QCOMPARE(flags(lineAt(bill)), (QStringList{"price_differs", "over_tolerance"}));
        QCOMPARE(bill.value("state").toString(), QStringLiteral("awaiting_approval"));
        QCOMPARE(bill.value("needs_approval").toBool(), true);

        // The tolerance is the books' setting: 5 % lets it pass, an amount of 5.00 does not.
        QJsonObject settings = obj(b.t.call(b.admin, "finance.company.get"));
        QCOMPARE(settings.value("bill_tolerance_pct").toString(), QStringLiteral("2.00"));
        settings =
            obj(b.t.call(b.admin, "finance.company.update",
                         {{"version", settings.value("version")}, {"bill_tolerance_pct", "5.00"}}));
        bill = b.act("update", bill, {{"lines", dearer}});
        QCOMPARE(bill.value("state").toString(), QStringLiteral("draft"));
        QCOMPARE(flags(lineAt(bill)), QStringList{"price_differs"});
        settings = obj(
            b.t.call(b.admin, "finance.company.update",
                     {{"version", settings.value("version")}, {"bill_tolerance_amount", "5.00"}}));
        bill = b.act("update", bill, {{"lines", dearer}});
        QCOMPARE(bill.value("state").toString(), QStringLiteral("awaiting_approval"));

        // Not posted before approval.
        Rpc::Error e;
        QCOMPARE(b.t.callCode(b.admin, "finance.bill.post", idVersion(bill), &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("finance.bill.needs_approval"));
        // A clerk who writes and posts bills may not approve them.
        b.t.call(b.admin, "admin.role.create",
                 {{"name", "payables"},
                  {"permissions",
                   QJsonArray{"finance.bill.read", "finance.bill.write", "finance.bill.post"}}});
        Session clerk = b.t.userWithRoles("clerk", {"payables"});
        QCOMPARE(b.t.callCode(clerk, "finance.bill.approve", idVersion(bill), &e),
                 int(Rpc::Forbidden));
        QCOMPARE(b.t.callCode(clerk, "finance.bill.post", idVersion(bill), &e),
                 int(Rpc::BusinessRule));
        // The manager approves (audited); then the clerk posts.
        Session manager = b.t.userWithRoles("boss", {"manager"});
        bill = obj(b.t.call(manager, "finance.bill.approve", idVersion(bill)));
        QCOMPARE(bill.value("state").toString(), QStringLiteral("approved"));
        QCOMPARE(bill.value("approved_by").toString(), QStringLiteral("boss"));
        QCOMPARE(b.t.callCode(manager, "finance.bill.approve", idVersion(bill), &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.data.toObject().value("reason").toString(),
                 QStringLiteral("illegal_transition"));
        const QJsonArray audit =
            obj(b.t.call(b.admin, "admin.audit.list",
                         {{"filter", QJsonObject{{"entity", "finance.bill"},
                                                 {"entity_id", bill.value("id")}}}}))
                .value("rows")
                .toArray();
        bool approvalAudited = false;
        for (const QJsonValue& v : audit)
            approvalAudited |=
                v.toObject().value("after").toObject().value("approved_by") == QJsonValue("boss");
        QVERIFY(approvalAudited);
        bill = obj(b.t.call(clerk, "finance.bill.post", idVersion(bill)));
        QCOMPARE(bill.value("state").toString(), QStringLiteral("posted"));
        QCOMPARE(entryLines(b.entry(bill)),
                 (QStringList{"220202 250.00/0.00", "5401 10.00/0.00", "222101 33.80/0.00",
                              "220201 0.00/293.80"}));
    }

    void quantityBeyondReceivedIsFlaggedAndNeedsApproval()
    {
        Books b(QStringLiteral("bill_qty"));
        QJsonObject po = b.order(QJsonArray{line(b.w.pen, "100")});
        po = b.receive(po, 0, "40");
        const qint64 penLine = lineAt(po).value("id").toInteger();
        QJsonObject bill = b.bill({{"purchase_order_id", po.value("id")}});
        QCOMPARE(lineAt(bill).value("qty").toString(), QStringLiteral("40.000"));
        QCOMPARE(bill.value("state").toString(), QStringLiteral("draft"));
        // The supplier bills 50: beyond what is received, flagged, awaiting approval.
        const QJsonObject stale = bill;
        bill =
            b.act("update", bill,
                  {{"lines",
                    QJsonArray{QJsonObject{{"purchase_order_line_id", penLine}, {"qty", "50"}}}}});
        QCOMPARE(flags(lineAt(bill)), QStringList{"qty_over_received"});
        QCOMPARE(bill.value("state").toString(), QStringLiteral("awaiting_approval"));
        Rpc::Error e;
        QCOMPARE(b.t.callCode(b.admin, "finance.bill.post", idVersion(bill), &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("finance.bill.needs_approval"));
        // A stale version is refused.
        QCOMPARE(b.t.callCode(b.admin, "finance.bill.update",
                              with(idVersion(stale), {{"notes", "x"}}), &e),
                 int(Rpc::VersionConflict));
        // Validation names the field.
        QCOMPARE(b.t.callCode(b.admin, "finance.bill.update",
                              with(idVersion(bill),
                                   {{"lines", QJsonArray{QJsonObject{
                                                  {"purchase_order_line_id", penLine + 999}}}}}),
                              &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList{"lines[0].purchase_order_line_id:unknown"});
        QCOMPARE(b.t.callCode(b.admin, "finance.bill.create",
                              {{"supplier_id", b.w.hq},
                               {"lines", QJsonArray{freeLine("x", "1", "1.00", "5.00")}}},
                              &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList{"lines[0].tax_rate:invalid"});

        bill = b.act("approve", bill);
        bill = b.act("post", bill);
        // GRNI is cleared for the billed quantity at the order's price: 10 pens are billed
        // before they arrive (a debit on GRNI until they do).
        QCOMPARE(entryLines(b.entry(bill)),
                 (QStringList{"220202 125.00/0.00", "222101 16.25/0.00", "220201 0.00/141.25"}));
        po = obj(b.t.call(b.admin, "purchasing.order.get", {{"id", po.value("id")}}));
        b.receive(po, 0, "10");
        const QJsonObject tb = obj(b.t.call(b.admin, "finance.report.trial_balance"));
        QCOMPARE(tbRow(tb, "220202").value("debit").toString(), QStringLiteral("125.00"));
        QCOMPARE(tbRow(tb, "220202").value("credit").toString(), QStringLiteral("125.00"));

        // A posted bill changes only the supplier's reference; approving it is illegal.
        QCOMPARE(b.t.callCode(b.admin, "finance.bill.update",
                              with(idVersion(bill), {{"notes", "x"}}), &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("finance.bill.posted"));
        bill = b.act("update", bill, {{"supplier_ref", "12345678"}});
        QCOMPARE(bill.value("supplier_ref").toString(), QStringLiteral("12345678"));
        QCOMPARE(b.t.callCode(b.admin, "finance.bill.approve", idVersion(bill), &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("finance.bill.illegal_transition"));
        const QJsonObject check = b.check();
        QVERIFY2(check.value("ok").toBool(), qPrintable(QJsonDocument(check).toJson()));
    }

    void freeBillsNumbersAndReversal()
    {
        Books b(QStringLiteral("bill_free"));
        auto freight = [&](const QString& date) {
            return b.bill({{"supplier_id", b.w.hq},
                           {"date", date},
                           {"lines", QJsonArray{freeLine("运费", "1", "109.00", "9.00", true)}}});
        };
        QJsonObject first = freight(day(0));
        QCOMPARE(first.value("net").toString(), QStringLiteral("100.00"));
        QCOMPARE(first.value("tax").toString(), QStringLiteral("9.00"));
        first = b.act("post", first);
        QCOMPARE(first.value("number").toString(), QStringLiteral("BILL%1-000001").arg(year()));
        // Without an order: Dr the expense role (管理费用).
        QCOMPARE(entryLines(b.entry(first)),
                 (QStringList{"5602 100.00/0.00", "222101 9.00/0.00", "220201 0.00/109.00"}));

        // A bill refused in a closed month takes no number.
        const QDate today = QDate::currentDate();
        if (today.month() > 1) {
            const QString closed = QDate(today.year(), 1, 1).toString("yyyy-MM");
            b.t.call(b.admin, "finance.period.close", {{"period", closed}});
            const QJsonObject old = freight(QDate(today.year(), 1, 15).toString(Qt::ISODate));
            Rpc::Error e;
            QCOMPARE(b.t.callCode(b.admin, "finance.bill.post", idVersion(old), &e),
                     int(Rpc::BusinessRule));
            QCOMPARE(e.messageId(), QStringLiteral("finance.period.closed"));
        }
        QJsonObject second = b.act("post", freight(day(0)));
        QCOMPARE(second.value("number").toString(), QStringLiteral("BILL%1-000002").arg(year()));

        // A posted bill is taken back by the reversal of its entry, with a reason.
        Rpc::Error e;
        QCOMPARE(b.t.callCode(b.admin, "finance.bill.cancel", idVersion(second), &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList{"reason:required"});
        second = b.act("cancel", second, {{"reason", "重复录入"}});
        QCOMPARE(second.value("state").toString(), QStringLiteral("reversed"));
        QVERIFY(second.value("reversal_entry_id").toInteger() > 0);
        const QJsonObject tb = obj(b.t.call(b.admin, "finance.report.trial_balance"));
        QCOMPARE(tbRow(tb, "5602").value("closing_debit").toString(), QStringLiteral("100.00"));
        // A draft is simply cancelled; a cancelled bill cannot be posted.
        QJsonObject third = b.act("cancel", freight(day(0)));
        QCOMPARE(third.value("state").toString(), QStringLiteral("cancelled"));
        QCOMPARE(b.t.callCode(b.admin, "finance.bill.post", idVersion(third), &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.data.toObject().value("reason").toString(),
                 QStringLiteral("illegal_transition"));
        const QJsonObject check = b.check();
        QVERIFY2(check.value("ok").toBool(), qPrintable(QJsonDocument(check).toJson()));
    }

    void paymentsApplyToBillsAgingAndCheck()
    {
        Books b(QStringLiteral("bill_pay"));
        auto posted = [&](qint64 supplier, const char* gross, const QString& date,
                          const QString& due) {
            QJsonObject p{{"supplier_id", supplier},
                          {"date", date},
                          {"lines", QJsonArray{freeLine("服务费", "1", gross, "13.00", true)}}};
            if (!due.isEmpty())
                p.insert("due_date", due);
            return b.act("post", b.bill(p));
        };
        const QJsonObject a = posted(b.w.hq, "113.00", day(-70), day(-40));
        QJsonObject bb = posted(b.w.hq, "226.00", day(0), {});
        const QJsonObject other = posted(b.w.acme, "11.30", day(0), {});
        QCOMPARE(bb.value("due_date").toString(), day(60));

        // One payment settles A and part of B.
        QJsonObject pay1 = obj(b.t.call(
            b.admin, "finance.payment.create",
            {{"partner_type", "supplier"},
             {"partner_id", b.w.hq},
             {"amount", "150.00"},
             {"allocations",
              QJsonArray{QJsonObject{{"bill_id", a.value("id")}, {"amount", "113.00"}},
                         QJsonObject{{"bill_id", bb.value("id")}, {"amount", "37.00"}}}}}));
        QCOMPARE(pay1.value("applied").toString(), QStringLiteral("150.00"));
        QCOMPARE(pay1.value("allocations").toArray().size(), 2);
        auto billOf = [&](const QJsonObject& x) {
            return obj(b.t.call(b.admin, "finance.bill.get", {{"id", x.value("id")}}));
        };
        QCOMPARE(billOf(a).value("state").toString(), QStringLiteral("paid"));
        bb = billOf(bb);
        QCOMPARE(bb.value("state").toString(), QStringLiteral("partially_paid"));
        QCOMPARE(bb.value("open").toString(), QStringLiteral("189.00"));

        // An over-payment stays a credit on the supplier after paying B in full.
        QJsonObject pay2 = obj(
            b.t.call(b.admin, "finance.payment.create",
                     {{"partner_type", "supplier"}, {"partner_id", b.w.hq}, {"amount", "300.00"}}));
        Rpc::Error e;
        QCOMPARE(
            b.t.callCode(b.admin, "finance.payment.apply",
                         with(idVersion(pay2),
                              {{"allocations", QJsonArray{QJsonObject{{"bill_id", bb.value("id")},
                                                                      {"amount", "189.01"}}}}}),
                         &e),
            int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList{"allocations[0].amount:exceeds_open"});
        QCOMPARE(b.t.callCode(
                     b.admin, "finance.payment.apply",
                     with(idVersion(pay2),
                          {{"allocations", QJsonArray{QJsonObject{{"bill_id", other.value("id")},
                                                                  {"amount", "1.00"}}}}}),
                     &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList{"allocations[0].bill_id:unknown"});
        pay2 =
            obj(b.t.call(b.admin, "finance.payment.apply",
                         with(idVersion(pay2),
                              {{"allocations", QJsonArray{QJsonObject{{"bill_id", bb.value("id")},
                                                                      {"amount", "189.00"}}}}})));
        QCOMPARE(pay2.value("unapplied").toString(), QStringLiteral("111.00"));
        QCOMPARE(billOf(bb).value("state").toString(), QStringLiteral("paid"));
        // A paid bill is not reversed.
        QCOMPARE(b.t.callCode(b.admin, "finance.bill.cancel",
                              with(idVersion(billOf(bb)), {{"reason", "x"}}), &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("finance.bill.paid"));

        // Unapplying A's allocation (audited on the bill) opens it again.
        const qint64 allocationA =
            pay1.value("allocations").toArray().at(0).toObject().value("id").toInteger();
        pay1 = obj(b.t.call(b.admin, "finance.payment.unapply",
                            with(idVersion(pay1), {{"allocation_id", allocationA}})));
        QCOMPARE(pay1.value("applied").toString(), QStringLiteral("37.00"));
        const QJsonObject aAgain = billOf(a);
        QCOMPARE(aAgain.value("state").toString(), QStringLiteral("posted"));
        QCOMPARE(aAgain.value("open").toString(), QStringLiteral("113.00"));
        const QJsonArray audit =
            obj(b.t.call(b.admin, "admin.audit.list",
                         {{"filter",
                           QJsonObject{{"entity", "finance.bill"}, {"entity_id", a.value("id")}}}}))
                .value("rows")
                .toArray();
        bool unapplyAudited = false;
        for (const QJsonValue& v : audit)
            unapplyAudited |= v.toObject().value("after").toObject().contains("unapplied_payment");
        QVERIFY(unapplyAudited);

        // Payables: A is 40 days past due, the unapplied payments are a credit.
        QJsonObject aging = obj(b.t.call(b.admin, "finance.report.aging",
                                         {{"kind", "payable"}, {"partner_id", b.w.hq}}));
        QJsonObject row = aging.value("rows").toArray().at(0).toObject();
        QCOMPARE(row.value("partner_id").toInteger(), b.w.hq);
        QCOMPARE(row.value("current").toString(), QStringLiteral("0.00"));
        QCOMPARE(row.value("d31_60").toString(), QStringLiteral("113.00"));
        QCOMPARE(row.value("unapplied").toString(), QStringLiteral("-224.00"));
        QCOMPARE(row.value("total").toString(), QStringLiteral("-111.00"));
        QCOMPARE(aging.value("items").toArray().size(), 3); // A, both payments
        // As of 50 days ago only A existed, not yet due.
        aging = obj(
            b.t.call(b.admin, "finance.report.aging", {{"kind", "payable"}, {"as_of", day(-50)}}));
        QCOMPARE(aging.value("rows").toArray().size(), 1);
        row = aging.value("rows").toArray().at(0).toObject();
        QCOMPARE(row.value("current").toString(), QStringLiteral("113.00"));
        QCOMPARE(row.value("total").toString(), QStringLiteral("113.00"));

        // finance.check: the bills and payments equal the payable account.
        QJsonObject check = b.check();
        QVERIFY2(check.value("ok").toBool(), qPrintable(QJsonDocument(check).toJson()));
        QCOMPARE(check.value("payables").toObject().value("documents").toString(),
                 QStringLiteral("-99.70")); // 113 + 226 + 11.30 - 450
        // A bill's amount changed in SQL is found; so is an allocation.
        b.sql(QStringLiteral("UPDATE fin_bills SET total = total + 100 WHERE id = %1")
                  .arg(a.value("id").toInteger()));
        check = b.check();
        QVERIFY(!check.value("ok").toBool());
        QCOMPARE(problemKinds(check), QStringList{"payable_mismatch"});
        b.sql(QStringLiteral("UPDATE fin_bills SET total = total - 100 WHERE id = %1")
                  .arg(a.value("id").toInteger()));
        b.sql(QStringLiteral("UPDATE fin_bill_allocations SET amount = amount - 100 WHERE "
                             "bill_id = %1 AND amount > 100")
                  .arg(bb.value("id").toInteger()));
        check = b.check();
        QCOMPARE(problemKinds(check), QStringList{"allocation_mismatch"});
    }
};

QTEST_GUILESS_MAIN(TestFinanceBills)
#include "tst_finance_bills.moc"
