// Registration of finance.invoice.*, finance.payment.*, finance.report.aging and
// finance.report.statement: parameters in, service call, result out.
#include "server/modules/finance/financemodule.h"

#include "common/permission.h"
#include "server/modules/finance/partnerstatement.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/registry.h"

namespace Erp::Server::Finance {

using namespace Rpc;

namespace {

qint64 idOf(const QJsonObject& p, const char* key = "id")
{
    return p.value(QLatin1String(key)).toInteger();
}

/// The fields of an invoice, declared once for create and update.
MethodSpec& invoiceFields(MethodSpec& spec)
{
    return spec
        .param(QStringLiteral("date"), ParamType::String, Optional,
               QStringLiteral("ISO date, default today; the due date follows from the "
                              "customer's payment terms"),
               10)
        .param(QStringLiteral("lines"), ParamType::Array, Optional,
               QStringLiteral("[{order_line_id, qty}] for lines of the order, or [{description, "
                              "qty: \"2.000\", unit_price: \"10.00\", tax_rate: \"13.00\" (13, 9, "
                              "6, 0, 3, 1), price_includes_tax?, discount_pct?, product_id?}]"))
        .param(QStringLiteral("notes"), ParamType::String, Optional, {}, 500)
        .param(QStringLiteral("fapiao_number"), ParamType::String, Optional,
               QStringLiteral("the fapiao's number: up to 20 digits"), 20)
        .param(QStringLiteral("fapiao_date"), ParamType::String, Optional, {}, 10);
}

void needPost(CallContext& ctx)
{
    if (!permissionGranted(ctx.identity.grants, QStringLiteral("finance.invoice.post")))
        throw Error(
            Rpc::Forbidden, QStringLiteral("Posting needs the permission finance.invoice.post"),
            QJsonObject{{QStringLiteral("permission"), QStringLiteral("finance.invoice.post")}})
            .withId(QStringLiteral("finance.invoice.post_forbidden"));
}

} // namespace

void FinanceModule::registerInvoiceMethods(MethodRegistry& r)
{
    InvoiceService* invoices = &m_invoices;
    PaymentService* payments = &m_payments;
    const QString invoiceRead = QStringLiteral("finance.invoice.read");
    const QString invoiceWrite = QStringLiteral("finance.invoice.write");
    const QString invoicePost = QStringLiteral("finance.invoice.post");
    const QString paymentRead = QStringLiteral("finance.payment.read");
    const QString paymentWrite = QStringLiteral("finance.payment.write");

    MethodSpec create(QStringLiteral("finance.invoice.create"));
    invoiceFields(create)
        .describe(QStringLiteral(
            "A customer invoice as a draft: from a sales order (order_id; lines default to every "
            "shipped, not yet invoiced quantity and never go beyond it) or free (customer_id and "
            "lines). Per line 金额 and 税额 are rounded half up to 0.01; a tax-inclusive price is "
            "split as 金额 = round(含税 / (1 + rate)), 税额 = 含税 − 金额. post: true posts it at "
            "once (needs finance.invoice.post)."))
        .needs(invoiceWrite)
        .param(QStringLiteral("order_id"), ParamType::Id)
        .param(QStringLiteral("customer_id"), ParamType::Id)
        .param(QStringLiteral("post"), ParamType::Boolean)
        .handle([invoices](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            if (p.value(QLatin1String("post")).toBool())
                needPost(ctx);
            return invoices->create(ctx, p);
        });
    r.add(create);
    MethodSpec update(QStringLiteral("finance.invoice.update"));
    invoiceFields(update)
        .describe(QStringLiteral(
            "Change a draft (lines replaced as a whole). A posted invoice changes only its "
            "fapiao_number and fapiao_date (audited); anything else is -32030: credit it."))
        .needs(invoiceWrite)
        .param(QStringLiteral("id"), ParamType::Id, Required)
        .param(QStringLiteral("version"), ParamType::Integer, Required)
        .param(QStringLiteral("customer_id"), ParamType::Id)
        .handle([invoices](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return invoices->update(ctx, idOf(p), idOf(p, "version"), p);
        });
    r.add(update);
    r.add(MethodSpec(QStringLiteral("finance.invoice.get"))
              .describe(QStringLiteral("One invoice or credit note with its lines and "
                                       "allocations (payments and credit notes settling it)."))
              .needs(invoiceRead)
              .reads()
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .handle([invoices](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return invoices->get(ctx, idOf(p));
              }));
    MethodSpec list(QStringLiteral("finance.invoice.list"));
    listParams(list)
        .filters({QStringLiteral("kind"), QStringLiteral("state"), QStringLiteral("from"),
                  QStringLiteral("to"), QStringLiteral("customer_id"), QStringLiteral("order_id"),
                  QStringLiteral("open")})
        .describe(QStringLiteral(
            "Invoices and credit notes without their lines, newest first. filter {kind: invoice | "
            "credit_note, state, from, to, customer_id, order_id, open: true (posted or "
            "partially paid)}; search: number, customer, order number or fapiao number. Sort: "
            "date, due_date, number, state, total, customer."))
        .needs(invoiceRead)
        .reads()
        .handle([invoices](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return invoices->list(ctx, p);
        });
    r.add(list);
    r.add(MethodSpec(QStringLiteral("finance.invoice.post"))
              .describe(QStringLiteral(
                  "Post a draft: it gets its number (INV2026-000001, gapless per year) and its "
                  "due date, and books Dr receivable (the customer) / Cr revenue + Cr output VAT "
                  "in the same transaction. -32030 in a closed period."))
              .needs(invoicePost)
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .handle([invoices](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return invoices->post(ctx, idOf(p), idOf(p, "version"));
              }));
    r.add(MethodSpec(QStringLiteral("finance.invoice.credit"))
              .describe(QStringLiteral(
                  "Cancel a posted invoice in full or by lines with a credit note (CN2026-000001, "
                  "posted at once, the reverse posting). It settles the invoice's open amount; "
                  "the rest stays a credit on the customer. Returns the credit note."))
              .needs(invoicePost)
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .param(QStringLiteral("lines"), ParamType::Array, Optional,
                     QStringLiteral("[{invoice_line_id, qty?}]; default: everything not credited "
                                    "yet"))
              .param(QStringLiteral("date"), ParamType::String, Optional, {}, 10)
              .param(QStringLiteral("reason"), ParamType::String, Optional, {}, 500)
              .handle([invoices](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return invoices->credit(ctx, idOf(p), idOf(p, "version"), p);
              }));
    r.add(MethodSpec(QStringLiteral("finance.invoice.cancel"))
              .describe(QStringLiteral("Cancel a draft (it never had a number); a posted invoice "
                                       "is cancelled by a credit note."))
              .needs(invoiceWrite)
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .handle([invoices](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return invoices->cancel(ctx, idOf(p), idOf(p, "version"));
              }));

    // Payments.
    r.add(MethodSpec(QStringLiteral("finance.payment.create"))
              .describe(QStringLiteral(
                  "Record money received from a customer (Dr bank / Cr receivable) or paid to a "
                  "supplier (Dr payable / Cr bank), posted at once (PAY2026-000001); allocations "
                  "apply it to invoices right away. What is not applied stays a credit on the "
                  "partner."))
              .needs(paymentWrite)
              .param(QStringLiteral("partner_type"), ParamType::String, Required,
                     QStringLiteral("customer or supplier"), 20)
              .param(QStringLiteral("partner_id"), ParamType::Id, Required)
              .param(QStringLiteral("amount"), ParamType::String, Required,
                     QStringLiteral("\"1000.00\""), 20)
              .param(QStringLiteral("date"), ParamType::String, Optional, {}, 10)
              .param(QStringLiteral("reference"), ParamType::String, Optional, {}, 100)
              .param(QStringLiteral("notes"), ParamType::String, Optional, {}, 500)
              .param(QStringLiteral("allocations"), ParamType::Array, Optional,
                     QStringLiteral("[{invoice_id, amount}]"))
              .handle([payments](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return payments->create(ctx, p);
              }));
    r.add(MethodSpec(QStringLiteral("finance.payment.apply"))
              .describe(QStringLiteral(
                  "Apply a payment to one or several open invoices of its partner, in part or in "
                  "full: [{invoice_id, amount}] (at most each invoice's open amount, together at "
                  "most what is unapplied). Invoice states follow their open amounts."))
              .needs(paymentWrite)
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .param(QStringLiteral("allocations"), ParamType::Array, Required,
                     QStringLiteral("[{invoice_id, amount}]"))
              .handle([payments](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return payments->apply(ctx, idOf(p), idOf(p, "version"), p);
              }));
    r.add(MethodSpec(QStringLiteral("finance.payment.unapply"))
              .describe(QStringLiteral(
                  "Take one allocation of a payment back (audited): the invoice's open amount "
                  "and state return, the amount is unapplied credit again."))
              .needs(paymentWrite)
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .param(QStringLiteral("allocation_id"), ParamType::Id, Required)
              .handle([payments](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return payments->unapply(ctx, idOf(p), idOf(p, "version"),
                                           idOf(p, "allocation_id"));
              }));
    r.add(MethodSpec(QStringLiteral("finance.payment.get"))
              .describe(QStringLiteral("One payment with its allocations."))
              .needs(paymentRead)
              .reads()
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .handle([payments](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return payments->get(ctx, idOf(p));
              }));
    MethodSpec paymentList(QStringLiteral("finance.payment.list"));
    listParams(paymentList)
        .filters({QStringLiteral("kind"), QStringLiteral("partner_type"),
                  QStringLiteral("partner_id"), QStringLiteral("from"), QStringLiteral("to"),
                  QStringLiteral("unapplied")})
        .describe(QStringLiteral(
            "Payments, newest first: {id, number, kind: receipt | payment, partner_type, "
            "partner_id, partner_name, date, amount, applied, unapplied, state: unapplied | "
            "partially_applied | applied, reference}. filter {kind, partner_type, partner_id, "
            "from, to, unapplied: true}; search: number, reference or partner."))
        .needs(paymentRead)
        .reads()
        .handle([payments](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return payments->list(ctx, p);
        });
    r.add(paymentList);

    r.add(MethodSpec(QStringLiteral("finance.report.aging"))
              .describe(QStringLiteral(
                  "Receivables or payables as of a date (default today): per partner {partner_id, "
                  "partner_code, partner_name, current, d1_30, d31_60, d61_90, over_90, "
                  "unapplied, total} by days past the due date, and totals; unapplied: payments "
                  "and credit notes not applied yet (negative). With partner_id also its open "
                  "items {id, kind, number, date, due_date, days_past_due, open}."))
              .needs(QStringLiteral("finance.report.read"))
              .reads()
              .param(QStringLiteral("kind"), ParamType::String, Required,
                     QStringLiteral("receivable or payable"), 20)
              .param(QStringLiteral("as_of"), ParamType::String, Optional, {}, 10)
              .param(QStringLiteral("partner_id"), ParamType::Id)
              .handle([payments](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return payments->aging(ctx, p);
              }));
    r.add(MethodSpec(QStringLiteral("finance.report.statement"))
              .describe(QStringLiteral(
                  "A customer statement: the balance before from (opening), every posted "
                  "invoice (debit), credit note and receipt (credit) dated from..to with the "
                  "running balance {date, kind, number, debit, credit, balance, source_type, "
                  "source_id}, the closing balance and the aging as of to {current, d1_30, "
                  "d31_60, d61_90, over_90, unapplied, total}. Default: this month so far."))
              .needs(QStringLiteral("finance.report.read"))
              .reads()
              .param(QStringLiteral("customer_id"), ParamType::Id, Required)
              .param(QStringLiteral("from"), ParamType::String, Optional, {}, 10)
              .param(QStringLiteral("to"), ParamType::String, Optional, {}, 10)
              .handle([](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return PartnerStatement::statement(ctx, p);
              }));
}

} // namespace Erp::Server::Finance
