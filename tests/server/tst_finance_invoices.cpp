// Customer invoices, credit notes, payments and the aging (finance.invoice.*, finance.payment.*,
// finance.report.aging) on SQLite and PostgreSQL: 价税分离 per line for every rate, invoices
// from an order shipped in parts that never bill more than is shipped, the posting in the same
// transaction, gapless numbers, credit notes, payments applied partly, over-paid and unapplied,
// aging buckets as of a date, and finance.check comparing the receivables with the ledger.
#include "tests/server/purchasingtest.h"
#include "tests/server/salesshop.h"

#include <QDate>
#include <QJsonDocument>
#include <QTest>

using namespace Erp;
using namespace SalesTest;
using Erp::Test::fieldCodes;

namespace {

QJsonObject obj(const QJsonValue& v)
{
    return v.toObject();
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
    kinds.sort();
    return kinds;
}

QString year()
{
    return QString::number(QDate::currentDate().year());
}

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

} // namespace

class TestFinanceInvoices final : public QObject
{
    Q_OBJECT

    /// A free invoice of `customer`, posted, with one line of `gross` at 13 % tax-inclusive.
    static QJsonObject postedInvoice(Shop& s, qint64 customer, const char* gross,
                                     const QString& date = {})
    {
        QJsonObject p{{"customer_id", customer},
                      {"post", true},
                      {"lines", QJsonArray{freeLine("服务费", "1", gross, "13.00", true)}}};
        if (!date.isEmpty())
            p.insert("date", date);
        return obj(s.t.call(s.admin, "finance.invoice.create", p));
    }

private slots:
    void taxIsSplitPerLineForEveryRate()
    {
        Shop s(QStringLiteral("inv_tax"));
        const QJsonArray lines{
            // Tax-inclusive 100.00: 金额 = round(100 / (1 + rate)), 税额 = the rest.
            freeLine("13%", "1", "100.00", "13.00", true), // 88.50 + 11.50
            freeLine("9%", "1", "100.00", "9.00", true),   // 91.74 + 8.26
            freeLine("6%", "1", "100.00", "6.00", true),   // 94.34 + 5.66
            freeLine("3%", "1", "100.00", "3.00", true),   // 97.09 + 2.91
            freeLine("1%", "1", "100.00", "1.00", true),   // 99.01 + 0.99
            freeLine("0%", "1", "100.00", "0.00", true),   // 100.00 + 0.00
            freeLine("113", "1", "113.00", "13.00", true), // 100.00 + 13.00
            freeLine("3x9.99", "3", "9.99", "9.00", true), // 29.97: 27.50 + 2.47
            // Tax-exclusive: 金额 = round(qty × price), 税额 = round(金额 × rate), half up.
            freeLine("3x33.33", "3", "33.33", "13.00"),  // 99.99 + 12.9987 -> 13.00
            freeLine("10.50@3", "1", "10.50", "3.00"),   // 10.50 + 0.315 -> 0.32
            freeLine("0.50@1", "1", "0.50", "1.00"),     // 0.50 + 0.005 -> 0.01
            freeLine("2.5x3.33", "2.5", "3.33", "6.00"), // 8.325 -> 8.33 + 0.4998 -> 0.50
        };
        const QJsonObject inv = obj(s.t.call(s.admin, "finance.invoice.create",
                                             {{"customer_id", s.customer}, {"lines", lines}}));
        const QStringList expected{"88.50/11.50", "91.74/8.26",  "94.34/5.66",   "97.09/2.91",
                                   "99.01/0.99",  "100.00/0.00", "100.00/13.00", "27.50/2.47",
                                   "99.99/13.00", "10.50/0.32",  "0.50/0.01",    "8.33/0.50"};
        QStringList got;
        for (const QJsonValue& v : inv.value("lines").toArray())
            got.append(v.toObject().value("net").toString() + "/" +
                       v.toObject().value("tax").toString());
        QCOMPARE(got, expected);
        // Totals are the sums of the lines.
        QCOMPARE(inv.value("net").toString(), QStringLiteral("817.50"));
        QCOMPARE(inv.value("tax").toString(), QStringLiteral("58.62"));
        QCOMPARE(inv.value("total").toString(), QStringLiteral("876.12"));
        QCOMPARE(inv.value("state").toString(), QStringLiteral("draft"));
        QVERIFY(inv.value("number").isNull());

        // Only the Chinese VAT rates; the field is named.
        Rpc::Error e;
        QCOMPARE(s.t.callCode(s.admin, "finance.invoice.create",
                              {{"customer_id", s.customer},
                               {"lines", QJsonArray{freeLine("a", "1", "1.00", "13.00"),
                                                    freeLine("b", "1", "1.00", "5.00")}}},
                              &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList{"lines[1].tax_rate:invalid"});
        QCOMPARE(s.t.callCode(s.admin, "finance.invoice.create",
                              {{"customer_id", s.customer},
                               {"lines", QJsonArray{freeLine("a", "0", "1.005", "13.00")}}},
                              &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e),
                 (QStringList{"lines[0].qty:positive", "lines[0].unit_price:scale"}));
    }

    void orderShippedInTwoPartsIsInvoicedTwiceNeverBeyondShipped()
    {
        Shop s(QStringLiteral("inv_order"));
        s.receive(s.pen, s.sh, "10");
        s.receive(s.ink, s.sh, "10");
        QJsonObject o = s.act("submit", s.order({line(s.pen, "4"), line(s.ink, "2")}));
        o = s.act("pick", s.act("allocate", o));
        const qint64 penLine = idOf(lineOf(o, 0));
        const qint64 inkLine = idOf(lineOf(o, 1));
        Rpc::Error e;
        // Nothing shipped: nothing to invoice.
        QCOMPARE(s.t.callCode(s.admin, "finance.invoice.create", {{"order_id", o.value("id")}}, &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("finance.invoice.nothing_to_invoice"));

        o = s.act("ship", o,
                  {{"lines", QJsonArray{QJsonObject{{"line_id", penLine}, {"qty", "1.5"}}}}});
        QJsonObject first =
            obj(s.t.call(s.admin, "finance.invoice.create", {{"order_id", o.value("id")}}));
        QCOMPARE(first.value("lines").toArray().size(), 1);
        QCOMPARE(lineOf(first).value("order_line_id").toInteger(), penLine);
        QCOMPARE(lineOf(first).value("qty").toString(), QStringLiteral("1.500"));
        QCOMPARE(first.value("total").toString(), QStringLiteral("33.90")); // 30.00 + 3.90
        QCOMPARE(first.value("customer_id").toInteger(), s.customer);
        QCOMPARE(first.value("order_number"), o.value("number"));
        // The draft holds the shipped quantity: a second invoice cannot bill it again.
        QCOMPARE(s.t.callCode(s.admin, "finance.invoice.create",
                              {{"order_id", o.value("id")},
                               {"lines", QJsonArray{QJsonObject{{"order_line_id", penLine},
                                                                {"qty", "0.5"}}}}},
                              &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList{"lines[0].qty:exceeds_shipped"});
        // Nor can the draft itself grow beyond what is shipped.
        QCOMPARE(s.t.callCode(s.admin, "finance.invoice.update",
                              with(idVersion(first),
                                   {{"lines", QJsonArray{QJsonObject{{"order_line_id", penLine},
                                                                     {"qty", "2"}}}}}),
                              &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList{"lines[0].qty:exceeds_shipped"});

        first = obj(s.t.call(s.admin, "finance.invoice.post", idVersion(first)));
        QCOMPARE(first.value("number").toString(), QStringLiteral("INV%1-000001").arg(year()));
        QCOMPARE(first.value("state").toString(), QStringLiteral("posted"));
        QCOMPARE(first.value("due_date").toString(),
                 QDate::currentDate().addDays(30).toString(Qt::ISODate)); // the customer's terms
        QCOMPARE(first.value("open").toString(), QStringLiteral("33.90"));

        // The rest ships; the second invoice takes exactly the rest.
        o = s.act("ship", o);
        QJsonObject second = obj(s.t.call(s.admin, "finance.invoice.create",
                                          {{"order_id", o.value("id")}, {"post", true}}));
        QCOMPARE(second.value("number").toString(), QStringLiteral("INV%1-000002").arg(year()));
        const QJsonArray lines = second.value("lines").toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).toObject().value("order_line_id").toInteger(), penLine);
        QCOMPARE(lines.at(0).toObject().value("qty").toString(), QStringLiteral("2.500"));
        QCOMPARE(lines.at(1).toObject().value("order_line_id").toInteger(), inkLine);
        QCOMPARE(lines.at(1).toObject().value("qty").toString(), QStringLiteral("2.000"));
        QCOMPARE(second.value("total").toString(), QStringLiteral("67.80")); // 60.00 + 7.80
        QCOMPARE(s.t.callCode(s.admin, "finance.invoice.create", {{"order_id", o.value("id")}}, &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("finance.invoice.nothing_to_invoice"));

        // Booked: Dr 1122 (the customer) / Cr 5001 + Cr 222102, linked both ways.
        const QJsonObject tb = obj(s.t.call(s.admin, "finance.report.trial_balance"));
        QCOMPARE(tbRow(tb, "1122").value("debit").toString(), QStringLiteral("101.70"));
        QCOMPARE(tbRow(tb, "5001").value("credit").toString(), QStringLiteral("90.00"));
        QCOMPARE(tbRow(tb, "222102").value("credit").toString(), QStringLiteral("11.70"));
        QVERIFY(tb.value("balanced").toBool());
        const QJsonObject entry =
            obj(s.t.call(s.admin, "finance.entry.get", {{"id", first.value("entry_id")}}));
        QCOMPARE(entry.value("source_type").toString(), QStringLiteral("invoice"));
        QCOMPARE(entry.value("source_id"), first.value("id"));
        QCOMPARE(entry.value("source_ref"), first.value("number"));
        QCOMPARE(entry.value("journal").toString(), QStringLiteral("sales"));
        const QJsonArray el = entry.value("lines").toArray();
        QCOMPARE(el.size(), 3);
        QCOMPARE(el.at(0).toObject().value("account_code").toString(), QStringLiteral("1122"));
        QCOMPARE(el.at(0).toObject().value("debit").toString(), QStringLiteral("33.90"));
        QCOMPARE(el.at(0).toObject().value("partner_type").toString(), QStringLiteral("customer"));
        QCOMPARE(el.at(0).toObject().value("partner_id").toInteger(), s.customer);
        QCOMPARE(el.at(1).toObject().value("account_code").toString(), QStringLiteral("5001"));
        QCOMPARE(el.at(1).toObject().value("credit").toString(), QStringLiteral("30.00"));
        QCOMPARE(el.at(2).toObject().value("account_code").toString(), QStringLiteral("222102"));
        QCOMPARE(el.at(2).toObject().value("credit").toString(), QStringLiteral("3.90"));
        QCOMPARE(obj(s.t.call(s.admin, "finance.invoice.list",
                              {{"filter", QJsonObject{{"order_id", o.value("id")}}}}))
                     .value("total")
                     .toInt(),
                 2);
        const QJsonObject check = obj(s.t.call(s.admin, "finance.check"));
        QVERIFY2(check.value("ok").toBool(), qPrintable(QJsonDocument(check).toJson()));

        // A credit note gives the quantity back: it can be invoiced again, once.
        const QJsonObject note = obj(s.t.call(s.admin, "finance.invoice.credit", idVersion(first)));
        QCOMPARE(note.value("kind").toString(), QStringLiteral("credit_note"));
        QJsonObject again =
            obj(s.t.call(s.admin, "finance.invoice.create", {{"order_id", o.value("id")}}));
        QCOMPARE(again.value("lines").toArray().size(), 1);
        QCOMPARE(lineOf(again).value("qty").toString(), QStringLiteral("1.500"));
    }

    void shipmentsAreInvoicedAutomaticallyWhenSet()
    {
        Shop s(QStringLiteral("inv_auto"));
        s.receive(s.pen, s.sh, "10");
        s.receive(s.ink, s.sh, "10");
        QJsonObject settings = obj(s.t.call(s.admin, "finance.company.get"));
        QCOMPARE(settings.value("invoice_on_shipment").toBool(), false);
        // Off: a shipment books its cost, no invoice.
        QJsonObject first = s.act("submit", s.order({line(s.ink, "1")}));
        first = s.act("ship", s.act("pick", s.act("allocate", first)));
        auto invoicesOf = [&s](const QJsonObject& o) {
            return obj(s.t.call(
                           s.admin, "finance.invoice.list",
                           {{"filter", QJsonObject{{"order_id", o.value("id")}}}, {"sort", "id"}}))
                .value("rows")
                .toArray();
        };
        QCOMPARE(invoicesOf(first).size(), 0);

        settings =
            obj(s.t.call(s.admin, "finance.company.update",
                         {{"version", settings.value("version")}, {"invoice_on_shipment", true}}));
        QCOMPARE(settings.value("invoice_on_shipment").toBool(), true);
        QJsonObject o = s.act("submit", s.order({line(s.pen, "4"), line(s.ink, "2")}));
        o = s.act("pick", s.act("allocate", o));
        o = s.act(
            "ship", o,
            {{"lines", QJsonArray{QJsonObject{{"line_id", idOf(lineOf(o, 0))}, {"qty", "1"}}}}});
        QJsonArray invoices = invoicesOf(o);
        QCOMPARE(invoices.size(), 1);
        QCOMPARE(invoices.at(0).toObject().value("state").toString(), QStringLiteral("posted"));
        QCOMPARE(invoices.at(0).toObject().value("total").toString(),
                 QStringLiteral("22.60")); // 1 × 20.00 + 13 %
        o = s.act("ship", o);
        invoices = invoicesOf(o);
        QCOMPARE(invoices.size(), 2);
        QCOMPARE(invoices.at(1).toObject().value("total").toString(),
                 QStringLiteral("79.10")); // 3 × 20.00 + 2 × 5.00 = 70.00 + 9.10
        QCOMPARE(invoices.at(1).toObject().value("number").toString(),
                 QStringLiteral("INV%1-000002").arg(year()));
        // Nothing is left to invoice by hand.
        Rpc::Error e;
        QCOMPARE(s.t.callCode(s.admin, "finance.invoice.create", {{"order_id", o.value("id")}}, &e),
                 int(Rpc::BusinessRule));
        const QJsonObject check = obj(s.t.call(s.admin, "finance.check"));
        QVERIFY2(check.value("ok").toBool(), qPrintable(QJsonDocument(check).toJson()));
    }

    void creditCheckCountsWhatIsNotPaid()
    {
        Shop s(QStringLiteral("inv_creditcheck"));
        s.receive(s.pen, s.sh, "20");
        const qint64 careful = s.newCustomer("谨慎客户", "100.00", "careful@example.cn");
        auto submit = [&s, careful](const char* qty) {
            return s.act("submit", s.order({line(s.pen, qty)}, careful));
        };
        QJsonObject a = submit("2"); // 45.20
        QCOMPARE(a.value("state").toString(), QStringLiteral("approved"));
        a = s.act("ship", s.act("pick", s.act("allocate", a)));
        const QJsonObject invoice = obj(s.t.call(s.admin, "finance.invoice.create",
                                                 {{"order_id", a.value("id")}, {"post", true}}));
        QCOMPARE(invoice.value("total").toString(), QStringLiteral("45.20"));
        // The invoiced order counts once: 45.20 unpaid + 22.60 = 67.80.
        QCOMPARE(submit("1").value("state").toString(), QStringLiteral("approved"));
        // 45.20 unpaid + 22.60 open + 45.20 = 113.00: above the limit.
        const QJsonObject c = submit("2");
        QCOMPARE(c.value("state").toString(), QStringLiteral("submitted"));
        QVERIFY(reasonCodes(c).contains("credit_limit"));
        // Paid, the invoice no longer counts: 22.60 + 45.20 open + 22.60 = 90.40.
        s.t.call(s.admin, "finance.payment.create",
                 {{"partner_type", "customer"},
                  {"partner_id", careful},
                  {"amount", "45.20"},
                  {"allocations", QJsonArray{QJsonObject{{"invoice_id", invoice.value("id")},
                                                         {"amount", "45.20"}}}}});
        QCOMPARE(submit("1").value("state").toString(), QStringLiteral("approved"));
    }

    void postedInvoicesChangeOnlyByCreditNotesAndNumbersAreGapless()
    {
        Shop s(QStringLiteral("inv_credit"));
        Session accountant = s.t.userWithRoles("kuaiji", {"accountant"});
        Session seller = s.t.userWithRoles("xiaoshou", {"sales"});
        QJsonObject draft =
            obj(s.t.call(accountant, "finance.invoice.create",
                         {{"customer_id", s.customer},
                          {"lines", QJsonArray{freeLine("钢笔", "10", "20.00", "13.00"),
                                               freeLine("墨水", "4", "5.00", "13.00")}}}));
        Rpc::Error e;
        // Sales reads invoices but does not write them.
        QCOMPARE(s.t.callCode(seller, "finance.invoice.list"), 0);
        QCOMPARE(s.t.callCode(seller, "finance.invoice.create",
                              {{"customer_id", s.customer},
                               {"lines", QJsonArray{freeLine("x", "1", "1.00", "13.00")}}}),
                 int(Rpc::Forbidden));
        // A stale version is refused.
        QCOMPARE(s.t.callCode(accountant, "finance.invoice.update",
                              {{"id", draft.value("id")}, {"version", 99}, {"notes", "x"}}),
                 int(Rpc::VersionConflict));
        // A posting refused (closed period) takes no number.
        const QString lastMonth = QDate::currentDate().addMonths(-1).toString("yyyy-MM");
        QJsonObject old =
            obj(s.t.call(accountant, "finance.invoice.create",
                         {{"customer_id", s.customer},
                          {"date", QDate::currentDate().addMonths(-1).toString(Qt::ISODate)},
                          {"lines", QJsonArray{freeLine("x", "1", "1.00", "13.00")}}}));
        s.t.call(accountant, "finance.period.close", {{"period", lastMonth}});
        QCOMPARE(s.t.callCode(accountant, "finance.invoice.post", idVersion(old), &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("finance.period.closed"));
        old = obj(s.t.call(accountant, "finance.invoice.get", {{"id", old.value("id")}}));
        QCOMPARE(old.value("state").toString(), QStringLiteral("draft"));
        QJsonObject inv = obj(s.t.call(accountant, "finance.invoice.post", idVersion(draft)));
        QCOMPARE(inv.value("number").toString(), QStringLiteral("INV%1-000001").arg(year()));
        QCOMPARE(inv.value("total").toString(), QStringLiteral("248.60")); // 220.00 + 28.60

        // Posted: nothing changes but the fapiao (digits, at most 20).
        QCOMPARE(s.t.callCode(accountant, "finance.invoice.update",
                              with(idVersion(inv), {{"notes", "changed"}}), &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("finance.invoice.posted"));
        QCOMPARE(s.t.callCode(accountant, "finance.invoice.cancel", idVersion(inv), &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(s.t.callCode(accountant, "finance.invoice.update",
                              with(idVersion(inv), {{"fapiao_number", "1234A"}}), &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList{"fapiao_number:invalid"});
        inv = obj(s.t.call(accountant, "finance.invoice.update",
                           with(idVersion(inv), {{"fapiao_number", "04403260011220260001"},
                                                 {"fapiao_date", "2026-12-01"}})));
        QCOMPARE(inv.value("fapiao_number").toString(), QStringLiteral("04403260011220260001"));
        QCOMPARE(inv.value("number").toString(), QStringLiteral("INV%1-000001").arg(year()));

        // A draft is cancelled (no number), a posted invoice credited by lines, then in full.
        QJsonObject spare =
            obj(s.t.call(accountant, "finance.invoice.create",
                         {{"customer_id", s.customer},
                          {"lines", QJsonArray{freeLine("x", "1", "9.00", "6.00")}}}));
        spare = obj(s.t.call(accountant, "finance.invoice.cancel", idVersion(spare)));
        QCOMPARE(spare.value("state").toString(), QStringLiteral("cancelled"));
        const qint64 penLine = idOf(lineOf(inv, 0));
        QCOMPARE(s.t.callCode(accountant, "finance.invoice.credit",
                              with(idVersion(inv),
                                   {{"lines", QJsonArray{QJsonObject{{"invoice_line_id", penLine},
                                                                     {"qty", "11"}}}}}),
                              &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList{"lines[0].qty:exceeds_open"});
        QJsonObject cn1 = obj(s.t.call(
            accountant, "finance.invoice.credit",
            with(idVersion(inv), {{"reason", "3 pens broken"},
                                  {"lines", QJsonArray{QJsonObject{{"invoice_line_id", penLine},
                                                                   {"qty", "3"}}}}})));
        QCOMPARE(cn1.value("number").toString(), QStringLiteral("CN%1-000001").arg(year()));
        QCOMPARE(cn1.value("total").toString(), QStringLiteral("67.80")); // 60.00 + 7.80
        QCOMPARE(cn1.value("credit_of"), inv.value("id"));
        inv = obj(s.t.call(accountant, "finance.invoice.get", {{"id", inv.value("id")}}));
        QCOMPARE(inv.value("credited").toString(), QStringLiteral("67.80"));
        QCOMPARE(inv.value("open").toString(), QStringLiteral("180.80"));
        QCOMPARE(inv.value("state").toString(), QStringLiteral("partially_paid"));
        // The rest in full: exactly what is left, never more.
        const QJsonObject cn2 = obj(s.t.call(accountant, "finance.invoice.credit", idVersion(inv)));
        QCOMPARE(cn2.value("number").toString(), QStringLiteral("CN%1-000002").arg(year()));
        QCOMPARE(cn2.value("total").toString(), QStringLiteral("180.80"));
        inv = obj(s.t.call(accountant, "finance.invoice.get", {{"id", inv.value("id")}}));
        QCOMPARE(inv.value("state").toString(), QStringLiteral("credited"));
        QCOMPARE(inv.value("open").toString(), QStringLiteral("0.00"));
        QCOMPARE(s.t.callCode(accountant, "finance.invoice.credit", idVersion(inv), &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("finance.invoice.nothing_to_credit"));
        // The reverse posting nets the books to zero.
        const QJsonObject tb = obj(s.t.call(accountant, "finance.report.trial_balance"));
        QCOMPARE(tbRow(tb, "1122").value("debit").toString(), QStringLiteral("248.60"));
        QCOMPARE(tbRow(tb, "1122").value("credit").toString(), QStringLiteral("248.60"));
        QCOMPARE(tbRow(tb, "5001").value("debit").toString(), QStringLiteral("220.00"));
        QCOMPARE(tbRow(tb, "222102").value("debit").toString(), QStringLiteral("28.60"));
        const QJsonObject entry =
            obj(s.t.call(accountant, "finance.entry.get", {{"id", cn1.value("entry_id")}}));
        QCOMPARE(entry.value("lines").toArray().at(0).toObject().value("credit").toString(),
                 QStringLiteral("67.80"));

        // Numbers follow without a gap after the refused posting.
        s.t.call(s.admin, "finance.period.reopen", {{"period", lastMonth}, {"reason", "late"}});
        old = obj(s.t.call(accountant, "finance.invoice.post", idVersion(old)));
        QCOMPARE(old.value("number").toString(), QStringLiteral("INV%1-000002").arg(year()));
        QVERIFY(obj(s.t.call(accountant, "finance.check")).value("ok").toBool());

        // With the record rule "sees only customers they own" on, a clerk sees the invoices of
        // his customers only.
        const qint64 his =
            idOf(s.t.call(seller, "crm.customer.create", {{"name", "小销售的客户"}}));
        const QJsonObject hisInvoice = postedInvoice(s, his, "11.30");
        const QJsonObject role = obj(s.t.call(s.admin, "admin.role.list", {{"search", "sales"}}))
                                     .value("rows")
                                     .toArray()
                                     .at(0)
                                     .toObject();
        QCOMPARE(role.value("name").toString(), QStringLiteral("sales"));
        const QJsonObject current =
            obj(s.t.call(s.admin, "admin.role.get", {{"id", role.value("id")}}));
        s.t.call(s.admin, "admin.role.update",
                 {{"id", role.value("id")},
                  {"version", current.value("version")},
                  {"record_rules", QJsonArray{"crm.customer.own"}}});
        seller = s.t.login(QStringLiteral("xiaoshou"), QStringLiteral("password-1"));
        const QJsonArray visible =
            obj(s.t.call(seller, "finance.invoice.list")).value("rows").toArray();
        QCOMPARE(visible.size(), 1);
        QCOMPARE(visible.at(0).toObject().value("id"), hisInvoice.value("id"));
        QCOMPARE(s.t.callCode(seller, "finance.invoice.get", {{"id", inv.value("id")}}),
                 int(Rpc::NotFound));
        QCOMPARE(obj(s.t.call(seller, "finance.invoice.get", {{"id", hisInvoice.value("id")}}))
                     .value("total")
                     .toString(),
                 QStringLiteral("11.30"));
    }

    void paymentsApplyPartlyOverpayAndUnapply()
    {
        Shop s(QStringLiteral("inv_pay"));
        const qint64 hq = idOf(s.t.call(s.admin, "purchasing.supplier.create",
                                        Erp::Test::Purchasing::chineseSupplier()));
        QJsonObject a = postedInvoice(s, s.customer, "113.00");
        QJsonObject b = postedInvoice(s, s.customer, "226.00");
        Rpc::Error e;
        QJsonObject pay = obj(s.t.call(
            s.admin, "finance.payment.create",
            {{"partner_type", "customer"},
             {"partner_id", s.customer},
             {"amount", "200.00"},
             {"reference", "招商银行 回单 001"},
             {"allocations",
              QJsonArray{QJsonObject{{"invoice_id", a.value("id")}, {"amount", "113.00"}},
                         QJsonObject{{"invoice_id", b.value("id")}, {"amount", "50.00"}}}}}));
        QCOMPARE(pay.value("number").toString(), QStringLiteral("PAY%1-000001").arg(year()));
        QCOMPARE(pay.value("applied").toString(), QStringLiteral("163.00"));
        QCOMPARE(pay.value("unapplied").toString(), QStringLiteral("37.00"));
        QCOMPARE(pay.value("state").toString(), QStringLiteral("partially_applied"));
        a = obj(s.t.call(s.admin, "finance.invoice.get", {{"id", a.value("id")}}));
        b = obj(s.t.call(s.admin, "finance.invoice.get", {{"id", b.value("id")}}));
        QCOMPARE(a.value("state").toString(), QStringLiteral("paid"));
        QCOMPARE(b.value("state").toString(), QStringLiteral("partially_paid"));
        QCOMPARE(b.value("open").toString(), QStringLiteral("176.00"));

        // More than the payment has left, or than the invoice is open, is refused.
        QCOMPARE(
            s.t.callCode(s.admin, "finance.payment.apply",
                         with(idVersion(pay),
                              {{"allocations", QJsonArray{QJsonObject{{"invoice_id", b.value("id")},
                                                                      {"amount", "40.00"}}}}}),
                         &e),
            int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList{"allocations:exceeds_unapplied"});
        QCOMPARE(
            s.t.callCode(s.admin, "finance.payment.apply",
                         with(idVersion(pay),
                              {{"allocations", QJsonArray{QJsonObject{{"invoice_id", a.value("id")},
                                                                      {"amount", "1.00"}}}}}),
                         &e),
            int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList{"allocations[0].invoice_id:unknown"}); // paid
        QCOMPARE(s.t.callCode(s.admin, "finance.payment.apply",
                              {{"id", pay.value("id")},
                               {"version", 1},
                               {"allocations", QJsonArray{QJsonObject{{"invoice_id", b.value("id")},
                                                                      {"amount", "1.00"}}}}}),
                 int(Rpc::VersionConflict));

        // Unapply: the invoice is open again, the money is credit again (audited).
        const qint64 allocationA =
            pay.value("allocations").toArray().at(0).toObject().value("id").toInteger();
        pay = obj(s.t.call(s.admin, "finance.payment.unapply",
                           with(idVersion(pay), {{"allocation_id", allocationA}})));
        QCOMPARE(pay.value("unapplied").toString(), QStringLiteral("150.00"));
        QCOMPARE(pay.value("allocations").toArray().size(), 1);
        a = obj(s.t.call(s.admin, "finance.invoice.get", {{"id", a.value("id")}}));
        QCOMPARE(a.value("state").toString(), QStringLiteral("posted"));
        QCOMPARE(a.value("open").toString(), QStringLiteral("113.00"));
        const QJsonArray audit =
            obj(s.t.call(s.admin, "admin.audit.list",
                         {{"filter", QJsonObject{{"entity", "finance.payment"},
                                                 {"entity_id", pay.value("id")}}}}))
                .value("rows")
                .toArray();
        QVERIFY(audit.size() >= 3); // created, applied, unapplied

        // Applied again later, the rest of B with it: 150.00 = 113.00 + 37.00.
        pay = obj(s.t.call(
            s.admin, "finance.payment.apply",
            with(idVersion(pay),
                 {{"allocations",
                   QJsonArray{QJsonObject{{"invoice_id", a.value("id")}, {"amount", "113.00"}},
                              QJsonObject{{"invoice_id", b.value("id")}, {"amount", "37.00"}}}}})));
        QCOMPARE(pay.value("state").toString(), QStringLiteral("applied"));
        b = obj(s.t.call(s.admin, "finance.invoice.get", {{"id", b.value("id")}}));
        QCOMPARE(b.value("open").toString(), QStringLiteral("139.00"));

        // Over-payment: 500.00 from a customer with 139.00 open stays credit on them.
        const QJsonObject over =
            obj(s.t.call(s.admin, "finance.payment.create",
                         {{"partner_type", "customer"},
                          {"partner_id", s.customer},
                          {"amount", "500.00"},
                          {"allocations", QJsonArray{QJsonObject{{"invoice_id", b.value("id")},
                                                                 {"amount", "139.00"}}}}}));
        QCOMPARE(over.value("unapplied").toString(), QStringLiteral("361.00"));
        b = obj(s.t.call(s.admin, "finance.invoice.get", {{"id", b.value("id")}}));
        QCOMPARE(b.value("state").toString(), QStringLiteral("paid"));
        QJsonObject aging =
            obj(s.t.call(s.admin, "finance.report.aging", {{"kind", "receivable"}}));
        QCOMPARE(aging.value("rows").toArray().size(), 1);
        QCOMPARE(aging.value("totals").toObject().value("unapplied").toString(),
                 QStringLiteral("-361.00"));
        QCOMPARE(aging.value("totals").toObject().value("total").toString(),
                 QStringLiteral("-361.00"));
        // The receivable account says the same: 339.00 invoiced, 700.00 received.
        QJsonObject tb = obj(s.t.call(s.admin, "finance.report.trial_balance"));
        QCOMPARE(tbRow(tb, "1122").value("closing_credit").toString(), QStringLiteral("361.00"));
        QCOMPARE(tbRow(tb, "1002").value("debit").toString(), QStringLiteral("700.00"));

        // A supplier payment without bills stays an open credit on the supplier.
        const QJsonObject sp = obj(
            s.t.call(s.admin, "finance.payment.create",
                     {{"partner_type", "supplier"}, {"partner_id", hq}, {"amount", "1000.00"}}));
        QCOMPARE(sp.value("kind").toString(), QStringLiteral("payment"));
        const QJsonObject entry =
            obj(s.t.call(s.admin, "finance.entry.get", {{"id", sp.value("entry_id")}}));
        QCOMPARE(entry.value("lines").toArray().at(0).toObject().value("account_code").toString(),
                 QStringLiteral("220201"));
        QCOMPARE(entry.value("lines").toArray().at(1).toObject().value("account_code").toString(),
                 QStringLiteral("1002"));
        QCOMPARE(
            s.t.callCode(s.admin, "finance.payment.apply",
                         with(idVersion(sp),
                              {{"allocations", QJsonArray{QJsonObject{{"invoice_id", b.value("id")},
                                                                      {"amount", "1.00"}}}}}),
                         &e),
            int(Rpc::ValidationFailed));
        aging = obj(s.t.call(s.admin, "finance.report.aging", {{"kind", "payable"}}));
        QCOMPARE(aging.value("rows").toArray().size(), 1);
        QCOMPARE(aging.value("rows").toArray().at(0).toObject().value("partner_id").toInteger(),
                 hq);
        QCOMPARE(aging.value("totals").toObject().value("unapplied").toString(),
                 QStringLiteral("-1000.00"));
        QCOMPARE(obj(s.t.call(s.admin, "finance.payment.list",
                              {{"filter", QJsonObject{{"partner_type", "customer"}}}}))
                     .value("total")
                     .toInt(),
                 2);
        const QJsonObject check = obj(s.t.call(s.admin, "finance.check"));
        QVERIFY2(check.value("ok").toBool(), qPrintable(QJsonDocument(check).toJson()));
    }

    void agingBucketsByDaysPastDueAsOfADate()
    {
        Shop s(QStringLiteral("inv_aging"));
        // Payment terms 30 days: due = date + 30. As of 2026-06-30:
        const QDate asOf(2026, 6, 30);
        const qint64 other = s.newCustomer("北京远航科技有限公司", "0", "cw@yuanhang.example.cn");
        postedInvoice(s, s.customer, "1.00", "2026-05-31");  // due 06-30: current
        postedInvoice(s, s.customer, "2.00", "2026-06-15");  // due 07-15: current
        postedInvoice(s, s.customer, "10.00", "2026-05-01"); // due 05-31, 30 days: 1-30
        postedInvoice(s, s.customer, "20.00", "2026-04-30"); // due 05-30, 31 days: 31-60
        postedInvoice(s, s.customer, "40.00", "2026-03-02"); // due 04-01, 90 days: 61-90
        const QJsonObject old =
            postedInvoice(s, s.customer, "80.00", "2026-03-01"); // due 03-31, 91 days: > 90
        postedInvoice(s, other, "7.00", "2026-06-01");           // the other customer, current
        postedInvoice(s, s.customer, "999.00", "2026-07-05");    // after the date: not yet
        // Paid after the date: still open as of it. Paid before it: settled.
        s.t.call(s.admin, "finance.payment.create",
                 {{"partner_type", "customer"},
                  {"partner_id", s.customer},
                  {"date", "2026-07-10"},
                  {"amount", "80.00"},
                  {"allocations",
                   QJsonArray{QJsonObject{{"invoice_id", old.value("id")}, {"amount", "80.00"}}}}});
        s.t.call(s.admin, "finance.payment.create",
                 {{"partner_type", "customer"},
                  {"partner_id", other},
                  {"date", "2026-06-20"},
                  {"amount", "10.00"}}); // 3.00 more than owed: unapplied credit

        const QJsonObject aging =
            obj(s.t.call(s.admin, "finance.report.aging",
                         {{"kind", "receivable"}, {"as_of", asOf.toString(Qt::ISODate)}}));
        const QJsonArray rows = aging.value("rows").toArray();
        QCOMPARE(rows.size(), 2);
        QJsonObject mine;
        QJsonObject theirs;
        for (const QJsonValue& v : rows)
            (v.toObject().value("partner_id").toInteger() == s.customer ? mine : theirs) =
                v.toObject();
        QCOMPARE(mine.value("current").toString(), QStringLiteral("3.00"));
        QCOMPARE(mine.value("d1_30").toString(), QStringLiteral("10.00"));
        QCOMPARE(mine.value("d31_60").toString(), QStringLiteral("20.00"));
        QCOMPARE(mine.value("d61_90").toString(), QStringLiteral("40.00"));
        QCOMPARE(mine.value("over_90").toString(), QStringLiteral("80.00"));
        QCOMPARE(mine.value("unapplied").toString(), QStringLiteral("0.00"));
        QCOMPARE(mine.value("total").toString(), QStringLiteral("153.00"));
        QCOMPARE(theirs.value("current").toString(), QStringLiteral("7.00"));
        QCOMPARE(theirs.value("unapplied").toString(), QStringLiteral("-10.00"));
        QCOMPARE(theirs.value("total").toString(), QStringLiteral("-3.00"));
        const QJsonObject totals = aging.value("totals").toObject();
        QCOMPARE(totals.value("current").toString(), QStringLiteral("10.00"));
        QCOMPARE(totals.value("total").toString(), QStringLiteral("150.00"));

        // Today the old invoice is paid and the July one counts.
        const QJsonObject later = obj(s.t.call(s.admin, "finance.report.aging",
                                               {{"kind", "receivable"}, {"as_of", "2026-07-31"}}));
        QCOMPARE(later.value("totals").toObject().value("over_90").toString(),
                 QStringLiteral("40.00")); // the 03-02 invoice, due 04-01: 121 days
        QCOMPARE(later.value("totals").toObject().value("total").toString(),
                 QStringLiteral("1069.00")); // 150.00 + 999.00 - 80.00

        // The open items of one customer, with days past due.
        const QJsonObject detail = obj(s.t.call(
            s.admin, "finance.report.aging",
            {{"kind", "receivable"}, {"as_of", "2026-06-30"}, {"partner_id", s.customer}}));
        const QJsonArray items = detail.value("items").toArray();
        QCOMPARE(items.size(), 6);
        QCOMPARE(items.at(0).toObject().value("days_past_due").toInt(), 91);
        QCOMPARE(items.at(0).toObject().value("open").toString(), QStringLiteral("80.00"));

        // finance.check: the documents equal the 1122 balance; an amount changed in SQL is found.
        QJsonObject check = obj(s.t.call(s.admin, "finance.check"));
        QVERIFY2(check.value("ok").toBool(), qPrintable(QJsonDocument(check).toJson()));
        s.sql(QStringLiteral("UPDATE fin_invoices SET total = total + 100 WHERE id = %1")
                  .arg(old.value("id").toInteger()));
        check = obj(s.t.call(s.admin, "finance.check"));
        QVERIFY(!check.value("ok").toBool());
        QCOMPARE(problemKinds(check), QStringList{"receivable_mismatch"});
        const QJsonObject problem = check.value("problems").toArray().at(0).toObject();
        QCOMPARE(problem.value("account_code").toString(), QStringLiteral("1122"));
        QCOMPARE(problem.value("ledger").toString(), QStringLiteral("1069.00"));
        QCOMPARE(problem.value("documents").toString(), QStringLiteral("1070.00"));
        s.sql(QStringLiteral("UPDATE fin_invoices SET total = total - 100 WHERE id = %1")
                  .arg(old.value("id").toInteger()));
        // An opening balance written by hand on 1122 is no open item: shown, not a problem.
        s.t.call(
            s.admin, "finance.entry.create",
            {{"post", true},
             {"lines", QJsonArray{QJsonObject{{"account_code", "1122"}, {"debit", "500.00"}},
                                  QJsonObject{{"account_code", "3001"}, {"credit", "500.00"}}}}});
        check = obj(s.t.call(s.admin, "finance.check"));
        QVERIFY2(check.value("ok").toBool(), qPrintable(QJsonDocument(check).toJson()));
        const QJsonObject receivables = check.value("receivables").toObject();
        QCOMPARE(receivables.value("documents").toString(), QStringLiteral("1069.00"));
        QCOMPARE(receivables.value("other_entries").toString(), QStringLiteral("500.00"));
        QCOMPARE(receivables.value("balance").toString(), QStringLiteral("1569.00"));

        // A merged customer's invoices and receipts become the survivor's.
        s.t.call(s.admin, "crm.customer.merge",
                 {{"survivor_id", s.customer}, {"duplicate_id", other}});
        const QJsonObject merged =
            obj(s.t.call(s.admin, "finance.report.aging",
                         {{"kind", "receivable"}, {"as_of", asOf.toString(Qt::ISODate)}}));
        QCOMPARE(merged.value("rows").toArray().size(), 1);
        QCOMPARE(merged.value("rows").toArray().at(0).toObject().value("total").toString(),
                 QStringLiteral("150.00"));
        QVERIFY(obj(s.t.call(s.admin, "finance.check")).value("ok").toBool());

        // An allocation changed in SQL no longer matches what the invoice and the payment say.
        s.sql(
            QStringLiteral("UPDATE fin_allocations SET amount = amount - 100 WHERE invoice_id = %1")
                .arg(old.value("id").toInteger()));
        check = obj(s.t.call(s.admin, "finance.check"));
        QCOMPARE(problemKinds(check), (QStringList{"allocation_mismatch", "allocation_mismatch"}));
        QStringList documents;
        for (const QJsonValue& v : check.value("problems").toArray())
            documents.append(v.toObject().value("document").toString() + ":" +
                             v.toObject().value("recorded").toString() + "/" +
                             v.toObject().value("allocated").toString());
        documents.sort();
        QCOMPARE(documents, (QStringList{"invoice:80.00/79.00", "payment:80.00/79.00"}));
    }
};

QTEST_GUILESS_MAIN(TestFinanceInvoices)
#include "tst_finance_invoices.moc"
