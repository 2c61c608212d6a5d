#include "app/pages/orders/ordertypes.h"

namespace Erp::Client::Orders {

namespace {
QString str(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble()) // a number where the contract says string: show it anyway
        return QString::number(v.toDouble(), 'f', -1);
    return v.toString();
}

qint64 num(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toInteger();
}
} // namespace

OrderLine OrderLine::fromJson(const QJsonObject& o)
{
    OrderLine l;
    l.id = num(o, "id");
    l.productId = num(o, "product_id");
    l.sku = str(o, "sku");
    l.name = str(o, "name");
    if (l.name.isEmpty())
        l.name = str(o, "product_name");
    l.unit = str(o, "unit");
    l.qty = str(o, "qty");
    l.unitPrice = str(o, "unit_price");
    l.discountPct = str(o, "discount_pct");
    l.taxRate = str(o, "tax_rate");
    l.net = str(o, "net");
    l.tax = str(o, "tax");
    l.gross = str(o, "gross");
    l.allocatedQty = str(o, "allocated_qty");
    l.shippedQty = str(o, "shipped_qty");
    l.returnedQty = str(o, "returned_qty");
    l.backorderQty = str(o, "backorder_qty");
    return l;
}

Shipment Shipment::fromJson(const QJsonObject& o)
{
    Shipment s;
    s.id = num(o, "id");
    s.number = str(o, "number");
    s.carrier = str(o, "carrier");
    s.tracking = str(o, "tracking");
    s.shippedAt = str(o, "shipped_at");
    if (s.shippedAt.isEmpty())
        s.shippedAt = str(o, "created_at");
    s.by = str(o, "by");
    if (s.by.isEmpty())
        s.by = str(o, "created_by");
    for (const QJsonValue& v : o.value(QLatin1String("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        Line line;
        line.lineId = num(l, "line_id");
        line.productId = num(l, "product_id");
        line.sku = str(l, "sku");
        line.name = str(l, "name");
        if (line.name.isEmpty())
            line.name = str(l, "product_name");
        line.unit = str(l, "unit");
        line.qty = str(l, "qty");
        s.lines.append(line);
    }
    return s;
}

ReturnNote ReturnNote::fromJson(const QJsonObject& o)
{
    ReturnNote r;
    r.id = num(o, "id");
    r.number = str(o, "number");
    r.reason = str(o, "reason");
    r.createdAt = str(o, "created_at");
    r.by = str(o, "by");
    for (const QJsonValue& v : o.value(QLatin1String("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        r.lines.append({num(l, "line_id"), str(l, "sku"), str(l, "qty"), str(l, "disposition")});
    }
    return r;
}

TimelineEntry TimelineEntry::fromJson(const QJsonObject& o)
{
    TimelineEntry e;
    e.at = str(o, "at");
    e.by = str(o, "by");
    e.action = str(o, "action");
    e.fromState = str(o, "from_state");
    e.toState = str(o, "to_state");
    e.note = str(o, "note");
    e.noteRef = o.value(QLatin1String("note_ref")).toObject();
    return e;
}

Order Order::fromJson(const QJsonObject& o)
{
    Order r;
    r.id = num(o, "id");
    r.version = num(o, "version");
    r.number = str(o, "number");
    r.customerId = num(o, "customer_id");
    r.customerName = str(o, "customer_name");
    r.contactName = str(o, "contact_name");
    r.contactPhone = str(o, "contact_phone");
    r.contactEmail = str(o, "contact_email");
    r.shippingAddress = str(o, "shipping_address");
    r.orderDate = str(o, "order_date");
    r.requestedDate = str(o, "requested_date");
    r.channel = str(o, "channel");
    r.externalRef = str(o, "external_ref");
    r.currency = str(o, "currency");
    if (r.currency.isEmpty())
        r.currency = QStringLiteral("CNY");
    r.net = str(o, "net");
    r.tax = str(o, "tax");
    r.gross = str(o, "gross");
    r.notes = str(o, "notes");
    r.state = str(o, "state");
    for (const QJsonValue& v : o.value(QLatin1String("review_reasons")).toArray()) {
        if (v.isString()) {
            r.reviewReasons.append({v.toString(), v.toString(), {}});
        } else {
            const QJsonObject reason = v.toObject();
            r.reviewReasons.append({str(reason, "code"), str(reason, "message"),
                                    reason.value(QLatin1String("message_ref")).toObject()});
        }
    }
    r.rejectReason = str(o, "reject_reason");
    r.cancelReason = str(o, "cancel_reason");
    r.amendments = o.value(QLatin1String("amendments")).toInt();
    r.hasBackorder = o.value(QLatin1String("has_backorder")).toBool();
    for (const QJsonValue& v : o.value(QLatin1String("allowed_actions")).toArray())
        r.allowedActions.append(v.toString());
    for (const QJsonValue& v : o.value(QLatin1String("lines")).toArray())
        r.lines.append(OrderLine::fromJson(v.toObject()));
    for (const QJsonValue& v : o.value(QLatin1String("allocations")).toArray()) {
        const QJsonObject a = v.toObject();
        r.allocations.append({a.value(QLatin1String("line_id")).toInteger(),
                              a.value(QLatin1String("warehouse_id")).toInteger(),
                              str(a, "warehouse_code"), str(a, "qty")});
    }
    for (const QJsonValue& v : o.value(QLatin1String("shipments")).toArray())
        r.shipments.append(Shipment::fromJson(v.toObject()));
    for (const QJsonValue& v : o.value(QLatin1String("returns")).toArray())
        r.returns.append(ReturnNote::fromJson(v.toObject()));
    for (const QJsonValue& v : o.value(QLatin1String("timeline")).toArray())
        r.timeline.append(TimelineEntry::fromJson(v.toObject()));
    r.createdAt = str(o, "created_at");
    r.updatedAt = str(o, "updated_at");
    return r;
}

} // namespace Erp::Client::Orders
