#include "server/modules/purchasing/purchaseorder.h"

#include "common/ordermath.h"
#include "server/modules/inventory/units.h"

namespace Erp::Server::Purchasing {

using Inventory::moneyText;
using Inventory::qtyText;
using Inventory::rateText;

namespace {

struct Transition
{
    QString action;
    QStringList from;
    QString to;
};

const QList<Transition>& transitions()
{
    static const QList<Transition> table{
        {Action::Update, {QStringLiteral("draft")}, QStringLiteral("draft")},
        {Action::Send, {QStringLiteral("draft")}, QStringLiteral("sent")},
        {Action::Confirm, {QStringLiteral("sent")}, QStringLiteral("confirmed")},
        {Action::Receive,
         {QStringLiteral("confirmed"), QStringLiteral("partially_received")},
         QStringLiteral("partially_received")},
        {Action::Cancel,
         {QStringLiteral("draft"), QStringLiteral("sent"), QStringLiteral("confirmed")},
         QStringLiteral("cancelled")},
    };
    return table;
}

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

void PurchaseOrder::computeTotals()
{
    net = tax = gross = 0;
    for (PurchaseOrderLine& l : lines) {
        const LineAmounts a = lineAmounts(l.qty, l.unitCost, 0, l.taxRate);
        l.net = a.net;
        l.tax = a.tax;
        l.gross = a.gross;
        net += a.net;
        tax += a.tax;
        gross += a.gross;
    }
}

bool isAllowed(const QString& state, const QString& action)
{
    for (const Transition& t : transitions())
        if (t.action == action)
            return t.from.contains(state);
    return false;
}

QStringList allowedActions(const QString& state)
{
    QStringList out;
    for (const Transition& t : transitions())
        if (t.from.contains(state))
            out.append(t.action);
    return out;
}

QString targetState(const QString& action)
{
    for (const Transition& t : transitions())
        if (t.action == action)
            return t.to;
    return QString();
}

const QStringList& openStates()
{
    static const QStringList states{QStringLiteral("draft"), QStringLiteral("sent"),
                                    QStringLiteral("confirmed"),
                                    QStringLiteral("partially_received")};
    return states;
}

QJsonObject summaryJson(const PurchaseOrder& o)
{
    return QJsonObject{
        {QStringLiteral("id"), o.id},
        {QStringLiteral("number"), o.number},
        {QStringLiteral("supplier_id"), o.supplierId},
        {QStringLiteral("supplier_code"), o.supplierCode},
        {QStringLiteral("supplier_name"), o.supplierName},
        {QStringLiteral("warehouse_id"), o.warehouseId},
        {QStringLiteral("warehouse_code"), o.warehouseCode},
        {QStringLiteral("warehouse_name"), o.warehouseName},
        {QStringLiteral("order_date"), o.orderDate},
        {QStringLiteral("expected_date"), orNull(o.expectedDate)},
        {QStringLiteral("currency"), o.currency},
        {QStringLiteral("state"), o.state},
        {QStringLiteral("net"), moneyText(o.net)},
        {QStringLiteral("tax"), moneyText(o.tax)},
        {QStringLiteral("gross"), moneyText(o.gross)},
        {QStringLiteral("created_at"), o.createdAt},
        {QStringLiteral("sent_at"), orNull(o.sentAt)},
        {QStringLiteral("confirmed_at"), orNull(o.confirmedAt)},
        {QStringLiteral("received_at"), orNull(o.receivedAt)},
        {QStringLiteral("cancelled_at"), orNull(o.cancelledAt)},
        {QStringLiteral("updated_at"), o.updatedAt},
        {QStringLiteral("version"), o.version},
        {QStringLiteral("allowed_actions"), QJsonArray::fromStringList(allowedActions(o.state))},
    };
}

QJsonObject toJson(const PurchaseOrder& o)
{
    QJsonArray lines;
    for (const PurchaseOrderLine& l : o.lines)
        lines.append(QJsonObject{{QStringLiteral("id"), l.id},
                                 {QStringLiteral("product_id"), l.productId},
                                 {QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("unit"), l.unit},
                                 {QStringLiteral("qty"), qtyText(l.qty)},
                                 {QStringLiteral("unit_cost"), moneyText(l.unitCost)},
                                 {QStringLiteral("tax_rate"), rateText(l.taxRate)},
                                 {QStringLiteral("net"), moneyText(l.net)},
                                 {QStringLiteral("tax"), moneyText(l.tax)},
                                 {QStringLiteral("gross"), moneyText(l.gross)},
                                 {QStringLiteral("received_qty"), qtyText(l.receivedQty)},
                                 {QStringLiteral("open_qty"), qtyText(l.openQty())}});
    QJsonArray receipts;
    for (const Receipt& r : o.receipts) {
        QJsonArray rlines;
        for (const ReceiptLine& rl : r.lines)
            rlines.append(QJsonObject{{QStringLiteral("line_id"), rl.orderLineId},
                                      {QStringLiteral("product_id"), rl.productId},
                                      {QStringLiteral("qty"), qtyText(rl.qty)},
                                      {QStringLiteral("move_id"), rl.moveId}});
        receipts.append(QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("number"), r.number},
                                    {QStringLiteral("location_id"),
                                     r.locationId > 0 ? QJsonValue(r.locationId) : QJsonValue()},
                                    {QStringLiteral("notes"), r.notes},
                                    {QStringLiteral("received_at"), r.receivedAt},
                                    {QStringLiteral("received_by"), r.receivedByName},
                                    {QStringLiteral("lines"), rlines}});
    }
    QJsonObject json = summaryJson(o);
    json.insert(QStringLiteral("notes"), o.notes);
    json.insert(QStringLiteral("created_by"),
                o.createdBy > 0 ? QJsonValue(o.createdBy) : QJsonValue());
    json.insert(QStringLiteral("lines"), lines);
    json.insert(QStringLiteral("receipts"), receipts);
    return json;
}

} // namespace Erp::Server::Purchasing
