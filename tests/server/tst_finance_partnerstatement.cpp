// The customer statement (finance.report.statement) on SQLite and PostgreSQL: the opening
// balance from everything before the range, invoices, credit notes and receipts in the range
// with the running balance, drafts, other customers and later documents left out, the closing
// balance equal to the aging's total as of the end date, and the next range opening where this
// one closed.
#include "tests/server/salesshop.h"

#include <QTest>

using namespace Erp;
using namespace SalesTest;

namespace {

QJsonObject freeLine(const char* description, const char* gross)
{
    return {{"description", description},
            {"qty", "1"},
            {"unit_price", gross},
            {"tax_rate", "13.00"},
            {"price_includes_tax", true}};
}

QStringList describe(const QJsonArray& lines)
{
    QStringList out;
    for (const QJsonValue& v : lines) {
        const QJsonObject l = v.toObject();
        out.append(QStringLiteral("%1 %2 %3/%4=%5")
                       .arg(l.value("date").toString(), l.value("kind").toString(),
                            l.value("debit").toString(), l.value("credit").toString(),
                            l.value("balance").toString()));
    }
    return out;
}

} // namespace

class TestFinancePartnerStatement final : public QObject
{
    Q_OBJECT

    static QJsonObject invoice(Shop& s, qint64 customer, const QString& date,
                               const QJsonArray& lines, bool post = true)
    {
        return s.t
            .call(s.admin, "finance.invoice.create",
                  {{"customer_id", customer}, {"date", date}, {"post", post}, {"lines", lines}})
            .toObject();
    }

    static QJsonObject receipt(Shop& s, qint64 customer, const QString& date, const char* amount,
                               const QJsonArray& allocations = {})
    {
        return s.t
            .call(s.admin, "finance.payment.create",
                  {{"partner_type", "customer"},
                   {"partner_id", customer},
                   {"date", date},
                   {"amount", amount},
                   {"allocations", allocations}})
            .toObject();
    }

private slots:
    void openingLinesRunningBalanceAndClosing()
    {
        Shop s(QStringLiteral("stmt"));
        const qint64 other = s.newCustomer("深圳市福田区华强贸易有限公司", "0", "a@hq.example.cn");
        // Before the range: 100.00 invoiced, 30.00 received (not applied): opening 70.00.
        invoice(s, s.customer, "2026-03-10", {freeLine("三月服务费", "100.00")});
        receipt(s, s.customer, "2026-03-20", "30.00");
        // In April: an invoice of two lines, a credit note for its second line, a receipt.
        const QJsonObject a = invoice(s, s.customer, "2026-04-05",
                                      {freeLine("钢笔", "113.00"), freeLine("墨水", "56.50")});
        const QJsonArray aLines = a.value("lines").toArray();
        const QJsonObject note =
            s.t.call(s.admin, "finance.invoice.credit",
                     {{"id", a.value("id")},
                      {"version", a.value("version")},
                      {"date", "2026-04-12"},
                      {"lines", QJsonArray{QJsonObject{
                                    {"invoice_line_id", aLines.at(1).toObject().value("id")}}}}})
                .toObject();
        QCOMPARE(note.value("total").toString(), QStringLiteral("56.50"));
        const QJsonObject pay =
            receipt(s, s.customer, "2026-04-20", "50.00",
                    {QJsonObject{{"invoice_id", a.value("id")}, {"amount", "50.00"}}});
        // Not on the statement: a draft, another customer's invoice and receipt, May.
        invoice(s, s.customer, "2026-04-15", {freeLine("草稿", "999.00")}, false);
        invoice(s, other, "2026-04-06", {freeLine("别人的", "77.00")});
        receipt(s, other, "2026-04-07", "11.00");
        invoice(s, s.customer, "2026-05-03", {freeLine("五月", "300.00")});

        const QJsonObject st =
            s.t.call(s.admin, "finance.report.statement",
                     {{"customer_id", s.customer}, {"from", "2026-04-01"}, {"to", "2026-04-30"}})
                .toObject();
        QCOMPARE(st.value("customer_name").toString(), QStringLiteral("上海明远贸易有限公司"));
        QCOMPARE(st.value("opening").toString(), QStringLiteral("70.00"));
        const QJsonArray lines = st.value("lines").toArray();
        QCOMPARE(describe(lines), (QStringList{"2026-04-05 invoice 169.50/0.00=239.50",
                                               "2026-04-12 credit_note 0.00/56.50=183.00",
                                               "2026-04-20 receipt 0.00/50.00=133.00"}));
        // Each line names its document.
        QCOMPARE(lines.at(0).toObject().value("number").toString(), a.value("number").toString());
        QCOMPARE(lines.at(0).toObject().value("source_type").toString(),
                 QStringLiteral("finance.invoice"));
        QCOMPARE(lines.at(0).toObject().value("source_id").toInteger(), a.value("id").toInteger());
        QCOMPARE(lines.at(1).toObject().value("number").toString(),
                 note.value("number").toString());
        QCOMPARE(lines.at(2).toObject().value("source_type").toString(),
                 QStringLiteral("finance.payment"));
        QCOMPARE(lines.at(2).toObject().value("source_id").toInteger(),
                 pay.value("id").toInteger());
        QCOMPARE(st.value("debit").toString(), QStringLiteral("169.50"));
        QCOMPARE(st.value("credit").toString(), QStringLiteral("106.50"));
        QCOMPARE(st.value("closing").toString(), QStringLiteral("133.00"));

        // The aging as of the end date adds up to the closing balance: the March invoice (due
        // 04-09) is 21 days past due, what is left of the April one is current, the March
        // receipt is unapplied credit.
        const QJsonObject aging = st.value("aging").toObject();
        QCOMPARE(aging.value("current").toString(), QStringLiteral("63.00"));
        QCOMPARE(aging.value("d1_30").toString(), QStringLiteral("100.00"));
        QCOMPARE(aging.value("d31_60").toString(), QStringLiteral("0.00"));
        QCOMPARE(aging.value("over_90").toString(), QStringLiteral("0.00"));
        QCOMPARE(aging.value("unapplied").toString(), QStringLiteral("-30.00"));
        QCOMPARE(aging.value("total").toString(), st.value("closing").toString());

        // May opens where April closed.
        const QJsonObject may =
            s.t.call(s.admin, "finance.report.statement",
                     {{"customer_id", s.customer}, {"from", "2026-05-01"}, {"to", "2026-05-31"}})
                .toObject();
        QCOMPARE(may.value("opening").toString(), QStringLiteral("133.00"));
        QCOMPARE(describe(may.value("lines").toArray()),
                 QStringList{"2026-05-03 invoice 300.00/0.00=433.00"});
        QCOMPARE(may.value("closing").toString(), QStringLiteral("433.00"));

        // The whole year from the start: no opening, every document, the same closing as May.
        const QJsonObject year =
            s.t.call(s.admin, "finance.report.statement",
                     {{"customer_id", s.customer}, {"from", "2026-01-01"}, {"to", "2026-05-31"}})
                .toObject();
        QCOMPARE(year.value("opening").toString(), QStringLiteral("0.00"));
        QCOMPARE(year.value("lines").toArray().size(), 6);
        QCOMPARE(year.value("closing").toString(), QStringLiteral("433.00"));

        // The other customer: invoiced 77.00, received 11.00.
        const QJsonObject theirs =
            s.t.call(s.admin, "finance.report.statement",
                     {{"customer_id", other}, {"from", "2026-04-01"}, {"to", "2026-04-30"}})
                .toObject();
        QCOMPARE(describe(theirs.value("lines").toArray()),
                 (QStringList{"2026-04-06 invoice 77.00/0.00=77.00",
                              "2026-04-07 receipt 0.00/11.00=66.00"}));
    }

    void refusesBadParameters()
    {
        Shop s(QStringLiteral("stmt_bad"));
        Rpc::Error e;
        QCOMPARE(s.t.callCode(
                     s.admin, "finance.report.statement",
                     {{"customer_id", s.customer}, {"from", "2026-04-30"}, {"to", "2026-04-01"}},
                     &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(Erp::Test::fieldCodes(e), QStringList{"to:range"});
        QCOMPARE(s.t.callCode(s.admin, "finance.report.statement",
                              {{"customer_id", s.customer}, {"from", "April"}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(Erp::Test::fieldCodes(e), QStringList{"from:invalid"});
        QCOMPARE(s.t.callCode(s.admin, "finance.report.statement", {{"customer_id", 999999}}, &e),
                 int(Rpc::NotFound));
        QCOMPARE(s.t.callCode(s.admin, "finance.report.statement", {}, &e),
                 int(Rpc::InvalidParams)); // customer_id is required
    }
};

QTEST_GUILESS_MAIN(TestFinancePartnerStatement)
#include "tst_finance_partnerstatement.moc"
