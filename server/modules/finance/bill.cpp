#include "server/modules/finance/bill.h"

#include "common/money.h"

#include <QJsonArray>

namespace Erp::Server::Finance {

namespace {

QString amount(qint64 minor)
{
    return Money(minor).toString();
}

QString qtyText(qint64 qty)
{
    return Decimal(qty, 3).toString();
}

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonObject lineJson(const BillLine& l)
{
    QJsonObject out{
        {QStringLiteral("id"), l.id},
        {QStringLiteral("line_no"), l.lineNo},
        {QStringLiteral("purchase_order_line_id"), idOrNull(l.poLineId)},
        {QStringLiteral("product_id"), idOrNull(l.productId)},
        {QStringLiteral("description"), l.description},
        {QStringLiteral("flags"), QJsonArray::fromStringList(l.flags)},
    };
    insertTaxedJson(out, l);
    if (l.poLineId > 0)
        out.insert(QStringLiteral("match"),
                   QJsonObject{{QStringLiteral("ordered_qty"), qtyText(l.orderedQty)},
                               {QStringLiteral("received_qty"), qtyText(l.receivedQty)},
                               {QStringLiteral("billed_before_qty"), qtyText(l.billedBefore)},
                               {QStringLiteral("billed_qty"), qtyText(l.billedBefore + l.qty)},
                               {QStringLiteral("po_price"), amount(l.poPrice)},
                               {QStringLiteral("received_value"), amount(l.grni)},
                               {QStringLiteral("price_difference"), amount(l.variance())}});
    return out;
}

} // namespace

bool Bill::isUnposted() const
{
    return state == QLatin1String("draft") || state == QLatin1String("awaiting_approval") ||
           state == QLatin1String("approved");
}

bool Bill::isOpen() const
{
    return state == QLatin1String("posted") || state == QLatin1String("partially_paid") ||
           state == QLatin1String("paid");
}

QJsonObject toJson(const Bill& b)
{
    QJsonArray lines;
    for (const BillLine& l : b.lines)
        lines.append(lineJson(l));
    return QJsonObject{
        {QStringLiteral("id"), b.id},
        {QStringLiteral("number"), b.number.isEmpty() ? QJsonValue() : QJsonValue(b.number)},
        {QStringLiteral("supplier_id"), b.supplierId},
        {QStringLiteral("supplier_code"), b.supplierCode},
        {QStringLiteral("supplier_name"), b.supplierName},
        {QStringLiteral("purchase_order_id"), idOrNull(b.purchaseOrderId)},
        {QStringLiteral("order_number"), b.orderNumber},
        {QStringLiteral("supplier_ref"), b.supplierRef},
        {QStringLiteral("supplier_date"), b.supplierDate},
        {QStringLiteral("date"), dateText(b.date)},
        {QStringLiteral("due_date"), dateText(b.dueDate)},
        {QStringLiteral("currency"), b.currency},
        {QStringLiteral("net"), amount(b.net)},
        {QStringLiteral("tax"), amount(b.tax)},
        {QStringLiteral("total"), amount(b.total)},
        {QStringLiteral("paid"), amount(b.paid)},
        {QStringLiteral("open"), amount(b.open())},
        {QStringLiteral("state"), b.state},
        {QStringLiteral("needs_approval"), b.needsApproval},
        {QStringLiteral("approved_at"), b.approvedAt},
        {QStringLiteral("approved_by"), b.approvedBy},
        {QStringLiteral("notes"), b.notes},
        {QStringLiteral("entry_id"), idOrNull(b.entryId)},
        {QStringLiteral("reversal_entry_id"), idOrNull(b.reversalEntryId)},
        {QStringLiteral("created_at"), b.createdAt},
        {QStringLiteral("created_by"), b.createdBy},
        {QStringLiteral("posted_at"), b.postedAt},
        {QStringLiteral("posted_by"), b.postedBy},
        {QStringLiteral("updated_at"), b.updatedAt},
        {QStringLiteral("version"), b.version},
        {QStringLiteral("lines"), lines},
    };
}

QJsonObject toJson(const BillAllocation& a)
{
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("bill_id"), a.billId},
        {QStringLiteral("bill_number"), a.billNumber},
        {QStringLiteral("payment_id"), a.paymentId},
        {QStringLiteral("payment_number"), a.paymentNumber},
        {QStringLiteral("amount"), amount(a.amount)},
        {QStringLiteral("effective_date"), a.effectiveDate},
        {QStringLiteral("created_at"), a.createdAt},
        {QStringLiteral("created_by"), a.createdBy},
    };
}

} // namespace Erp::Server::Finance
