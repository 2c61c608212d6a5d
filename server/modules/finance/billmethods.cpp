// Registration of finance.bill.*: parameters in, service call, result out.
#include "server/modules/finance/financemodule.h"

#include "server/rpc/callcontext.h"
#include "server/rpc/registry.h"

namespace Erp::Server::Finance {

using namespace Rpc;

namespace {

qint64 idOf(const QJsonObject& p, const char* key = "id")
{
    return p.value(QLatin1String(key)).toInteger();
}

/// The fields of a bill, declared once for create and update.
MethodSpec& billFields(MethodSpec& spec)
{
    return spec
        .param(QStringLiteral("date"), ParamType::String, Optional,
               QStringLiteral("ISO date the bill is booked on, default today"), 10)
        .param(QStringLiteral("due_date"), ParamType::String, Optional,
               QStringLiteral("default: the supplier's payment terms from supplier_date (or "
                              "date)"),
               10)
        .param(QStringLiteral("supplier_ref"), ParamType::String, Optional,
               QStringLiteral("the supplier's invoice (fapiao) number"), 40)
        .param(QStringLiteral("supplier_date"), ParamType::String, Optional,
               QStringLiteral("the supplier's invoice date"), 10)
        .param(QStringLiteral("lines"), ParamType::Array, Optional,
               QStringLiteral("[{purchase_order_line_id, qty?, unit_price?, tax_rate?, "
                              "price_includes_tax?}] for lines of the order (defaults: the "
                              "received, not yet billed quantity at the order's price and rate), "
                              "or [{description, qty: \"2.000\", unit_price: \"10.00\", tax_rate: "
                              "\"13.00\" (13, 9, 6, 0, 3, 1), price_includes_tax?}]"))
        .param(QStringLiteral("notes"), ParamType::String, Optional, {}, 500);
}

} // namespace

void FinanceModule::registerBillMethods(MethodRegistry& r)
{
    BillService* bills = &m_bills;
    const QString read = QStringLiteral("finance.bill.read");
    const QString write = QStringLiteral("finance.bill.write");

    MethodSpec create(QStringLiteral("finance.bill.create"));
    billFields(create)
        .describe(QStringLiteral(
            "A supplier bill as a draft: from a purchase order (purchase_order_id; lines default "
            "to every received, not yet billed quantity) or free (supplier_id and lines). The "
            "three-way match compares each order line's billed quantity and price with what was "
            "ordered, received and billed before: a quantity beyond what is received or a price "
            "difference above the tolerance (finance.company) flags the line and the bill is "
            "awaiting_approval. 价税分离 per line as invoices do."))
        .needs(write)
        .param(QStringLiteral("purchase_order_id"), ParamType::Id)
        .param(QStringLiteral("supplier_id"), ParamType::Id)
        .handle([bills](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return bills->create(ctx, p);
        });
    r.add(create);
    MethodSpec update(QStringLiteral("finance.bill.update"));
    billFields(update)
        .describe(QStringLiteral(
            "Change an unposted bill (lines replaced as a whole; the match decides again and an "
            "approval lapses). A posted bill changes only supplier_ref and supplier_date "
            "(audited); anything else is -32030."))
        .needs(write)
        .param(QStringLiteral("id"), ParamType::Id, Required)
        .param(QStringLiteral("version"), ParamType::Integer, Required)
        .handle([bills](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return bills->update(ctx, idOf(p), idOf(p, "version"), p);
        });
    r.add(update);
    r.add(MethodSpec(QStringLiteral("finance.bill.get"))
              .describe(QStringLiteral(
                  "One bill with its lines, each order line's match {ordered_qty, received_qty, "
                  "billed_before_qty, billed_qty, po_price, received_value, price_difference} "
                  "and flags, and its allocations (supplier payments settling it)."))
              .needs(read)
              .reads()
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .handle([bills](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return bills->get(ctx, idOf(p));
              }));
    MethodSpec list(QStringLiteral("finance.bill.list"));
    listParams(list)
        .filters({QStringLiteral("state"), QStringLiteral("from"), QStringLiteral("to"),
                  QStringLiteral("supplier_id"), QStringLiteral("purchase_order_id"),
                  QStringLiteral("open"), QStringLiteral("needs_approval")})
        .describe(QStringLiteral(
            "Bills without their lines, newest first. filter {state, from, to, supplier_id, "
            "purchase_order_id (the bills of an order), open: true (posted or partially paid), "
            "needs_approval}; search: number, supplier, order number or supplier_ref. Sort: "
            "date, due_date, number, state, total, supplier."))
        .needs(read)
        .reads()
        .handle([bills](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return bills->list(ctx, p);
        });
    r.add(list);
    r.add(MethodSpec(QStringLiteral("finance.bill.approve"))
              .describe(QStringLiteral(
                  "Approve a bill awaiting approval (its match found differences above the "
                  "tolerance): approved, audited with the approver; then it can be posted."))
              .needs(QStringLiteral("finance.bill.approve"))
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .handle([bills](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return bills->approve(ctx, idOf(p), idOf(p, "version"));
              }));
    r.add(MethodSpec(QStringLiteral("finance.bill.post"))
              .describe(QStringLiteral(
                  "Post a draft or approved bill: it gets its number (BILL2026-000001, gapless "
                  "per year) and books Dr goods received not invoiced (received value at the "
                  "order's price) + Dr purchase_price_variance (the difference) + Dr "
                  "purchase_expense (lines without an order) + Dr input VAT / Cr payable (the "
                  "supplier) in the same transaction. -32030 while awaiting approval or in a "
                  "closed period."))
              .needs(QStringLiteral("finance.bill.post"))
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .handle([bills](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return bills->post(ctx, idOf(p), idOf(p, "version"));
              }));
    r.add(MethodSpec(QStringLiteral("finance.bill.cancel"))
              .describe(QStringLiteral(
                  "Cancel an unposted bill; a posted bill without payments is reversed (its "
                  "entry reversed in the same transaction, state reversed, audited with the "
                  "reason, which is then required)."))
              .needs(QStringLiteral("finance.bill.post"))
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .param(QStringLiteral("reason"), ParamType::String, Optional, {}, 500)
              .handle([bills](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return bills->cancel(ctx, idOf(p), idOf(p, "version"),
                                       p.value(QLatin1String("reason")).toString().trimmed());
              }));
}

} // namespace Erp::Server::Finance
