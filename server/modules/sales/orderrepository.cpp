#include "server/modules/sales/orderrepository.h"

#include "common/jsonrpc.h"
#include "server/storage/database.h"
#include "server/storage/listquery.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Erp::Server::Sales {

using Storage::exec;

namespace {

constexpr int CountCap = 10000;
constexpr int SearchCountCap = 1000;

const QString kColumns = QStringLiteral(
    "o.id, o.number, o.customer_id, c.code, c.name, c.email, c.credit_limit, o.contact_name, "
    "o.contact_phone, o.contact_email, o.shipping_address, o.order_date, o.requested_date, "
    "o.channel, o.external_ref, o.currency, o.net, o.tax, o.gross, o.notes, o.state, "
    "o.review_reasons, o.reject_reason, o.cancel_reason, o.amendments, o.has_backorder, "
    "o.has_return, o.submitted_at, o.approved_at, o.allocated_at, o.shipped_at, o.delivered_at, "
    "o.completed_at, o.cancelled_at, o.created_at, o.updated_at, o.version");
constexpr int kColumnCount = 37;
const QString kFrom =
    QStringLiteral(" FROM sales_orders o JOIN customers c ON c.id = o.customer_id");

const QString kLineColumns =
    QStringLiteral("id, product_id, sku, name, unit, qty, unit_price, discount_pct, tax_rate, net, "
                   "tax, gross, allocated_qty, shipped_qty, returned_qty, notes");

Order readOrder(const QSqlQuery& q)
{
    Order o;
    o.id = q.value(0).toLongLong();
    o.number = q.value(1).toString();
    o.customerId = q.value(2).toLongLong();
    o.customerCode = q.value(3).toString();
    o.customerName = q.value(4).toString();
    o.customerEmail = q.value(5).toString();
    o.customerCredit = q.value(6).toLongLong();
    o.contactName = q.value(7).toString();
    o.contactPhone = q.value(8).toString();
    o.contactEmail = q.value(9).toString();
    o.shippingAddress = q.value(10).toString();
    o.orderDate = q.value(11).toString();
    o.requestedDate = q.value(12).toString();
    o.channel = q.value(13).toString();
    o.externalRef = q.value(14).toString();
    o.currency = q.value(15).toString();
    o.net = q.value(16).toLongLong();
    o.tax = q.value(17).toLongLong();
    o.gross = q.value(18).toLongLong();
    o.notes = q.value(19).toString();
    o.state = q.value(20).toString();
    o.reviewReasons = QJsonDocument::fromJson(q.value(21).toString().toUtf8()).array();
    o.rejectReason = q.value(22).toString();
    o.cancelReason = q.value(23).toString();
    o.amendments = q.value(24).toInt();
    o.hasBackorder = q.value(25).toInt() != 0;
    o.hasReturn = q.value(26).toInt() != 0;
    o.submittedAt = q.value(27).toString();
    o.approvedAt = q.value(28).toString();
    o.allocatedAt = q.value(29).toString();
    o.shippedAt = q.value(30).toString();
    o.deliveredAt = q.value(31).toString();
    o.completedAt = q.value(32).toString();
    o.cancelledAt = q.value(33).toString();
    o.createdAt = q.value(34).toString();
    o.updatedAt = q.value(35).toString();
    o.version = q.value(36).toLongLong();
    return o;
}

OrderLine readLine(const QSqlQuery& q)
{
    OrderLine l;
    l.id = q.value(0).toLongLong();
    l.productId = q.value(1).toLongLong();
    l.sku = q.value(2).toString();
    l.name = q.value(3).toString();
    l.unit = q.value(4).toString();
    l.qty = q.value(5).toLongLong();
    l.unitPrice = q.value(6).toLongLong();
    l.discount = q.value(7).toLongLong();
    l.taxRate = q.value(8).toLongLong();
    l.net = q.value(9).toLongLong();
    l.tax = q.value(10).toLongLong();
    l.gross = q.value(11).toLongLong();
    l.allocatedQty = q.value(12).toLongLong();
    l.shippedQty = q.value(13).toLongLong();
    l.returnedQty = q.value(14).toLongLong();
    l.notes = q.value(15).toString();
    return l;
}

QVariant nullableText(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

std::optional<Order> OrderRepository::load(qint64 id, bool lock)
{
    const bool forUpdate = lock && m_db.dialect() == Storage::Dialect::Postgres;
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kColumns + kFrom +
                                 QStringLiteral(" WHERE o.id = :id") +
                                 (forUpdate ? QStringLiteral(" FOR UPDATE OF o") : QString()));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    std::optional<Order> o;
    if (q.next())
        o = readOrder(q);
    q.finish();
    if (!o)
        return o;
    QSqlQuery& l = m_db.prepared(QStringLiteral("SELECT ") + kLineColumns +
                                 QStringLiteral(" FROM sales_order_lines WHERE order_id = :id "
                                                "ORDER BY position"));
    l.bindValue(QStringLiteral(":id"), id);
    exec(l);
    while (l.next())
        o->lines.append(readLine(l));
    l.finish();
    return o;
}

std::optional<CustomerInfo> OrderRepository::customer(qint64 id)
{
    // The default shipping address (else the default billing one) as one line of text.
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT c.id, c.code, c.name, c.status, c.contact_name, c.phone, c.email, c.currency, "
        "c.credit_limit, (SELECT a.province || a.city || a.district || ' ' || a.line1 || "
        "CASE WHEN a.postcode <> '' THEN ' ' || a.postcode ELSE '' END "
        "FROM customer_addresses a WHERE a.customer_id = c.id "
        "ORDER BY CASE a.kind WHEN 'shipping' THEN 0 ELSE 1 END, a.is_default DESC, a.position "
        "LIMIT 1) FROM customers c WHERE c.id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    std::optional<CustomerInfo> c;
    if (q.next()) {
        c = CustomerInfo{};
        c->id = q.value(0).toLongLong();
        c->code = q.value(1).toString();
        c->name = q.value(2).toString();
        c->status = q.value(3).toString();
        c->contactName = q.value(4).toString();
        c->phone = q.value(5).toString();
        c->email = q.value(6).toString();
        c->currency = q.value(7).toString();
        c->creditLimit = q.value(8).toLongLong();
        c->shippingAddress = q.value(9).toString().trimmed();
    }
    q.finish();
    return c;
}

qint64 OrderRepository::customerIdByCode(const QString& code)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id FROM customers WHERE code = :code AND status = 'active'"));
    q.bindValue(QStringLiteral(":code"), code);
    exec(q);
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

void OrderRepository::insert(Order& o, qint64 userId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO sales_orders (number, customer_id, contact_name, contact_phone, "
        "contact_email, shipping_address, order_date, requested_date, channel, external_ref, "
        "currency, net, tax, gross, notes, state, created_by, created_at, updated_at, version) "
        "VALUES (:number, :customer, :contact_name, :contact_phone, :contact_email, :address, "
        ":order_date, :requested_date, :channel, :external_ref, :currency, :net, :tax, :gross, "
        ":notes, :state, :by, :now, :now, 1) RETURNING id"));
    const QString now = Storage::nowText();
    q.bindValue(QStringLiteral(":number"), o.number);
    q.bindValue(QStringLiteral(":customer"), o.customerId);
    q.bindValue(QStringLiteral(":contact_name"), text(o.contactName));
    q.bindValue(QStringLiteral(":contact_phone"), text(o.contactPhone));
    q.bindValue(QStringLiteral(":contact_email"), text(o.contactEmail));
    q.bindValue(QStringLiteral(":address"), text(o.shippingAddress));
    q.bindValue(QStringLiteral(":order_date"), o.orderDate);
    q.bindValue(QStringLiteral(":requested_date"), text(o.requestedDate));
    q.bindValue(QStringLiteral(":channel"), o.channel);
    q.bindValue(QStringLiteral(":external_ref"), text(o.externalRef));
    q.bindValue(QStringLiteral(":currency"), o.currency);
    q.bindValue(QStringLiteral(":net"), o.net);
    q.bindValue(QStringLiteral(":tax"), o.tax);
    q.bindValue(QStringLiteral(":gross"), o.gross);
    q.bindValue(QStringLiteral(":notes"), text(o.notes));
    q.bindValue(QStringLiteral(":state"), o.state);
    q.bindValue(QStringLiteral(":by"),
                userId > 0 ? QVariant(userId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":now"), now);
    exec(q);
    o.id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    o.version = 1;
    o.createdAt = o.updatedAt = now;
    insertLines(o);
}

void OrderRepository::insertLines(Order& o)
{
    int position = 0;
    for (OrderLine& l : o.lines) {
        QSqlQuery& q = m_db.prepared(QStringLiteral(
            "INSERT INTO sales_order_lines (order_id, position, product_id, sku, name, unit, qty, "
            "unit_price, discount_pct, tax_rate, net, tax, gross, notes) VALUES (:order, :pos, "
            ":product, :sku, :name, :unit, :qty, :price, :discount, :rate, :net, :tax, :gross, "
            ":notes) RETURNING id"));
        q.bindValue(QStringLiteral(":order"), o.id);
        q.bindValue(QStringLiteral(":pos"), position++);
        q.bindValue(QStringLiteral(":product"), l.productId);
        q.bindValue(QStringLiteral(":sku"), l.sku);
        q.bindValue(QStringLiteral(":name"), l.name);
        q.bindValue(QStringLiteral(":unit"), l.unit);
        q.bindValue(QStringLiteral(":qty"), l.qty);
        q.bindValue(QStringLiteral(":price"), l.unitPrice);
        q.bindValue(QStringLiteral(":discount"), l.discount);
        q.bindValue(QStringLiteral(":rate"), l.taxRate);
        q.bindValue(QStringLiteral(":net"), l.net);
        q.bindValue(QStringLiteral(":tax"), l.tax);
        q.bindValue(QStringLiteral(":gross"), l.gross);
        q.bindValue(QStringLiteral(":notes"), text(l.notes));
        exec(q);
        l.id = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
    }
}

bool OrderRepository::update(Order& o, qint64 expectedVersion)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE sales_orders SET customer_id = :customer, contact_name = :contact_name, "
        "contact_phone = :contact_phone, contact_email = :contact_email, shipping_address = "
        ":address, order_date = :order_date, requested_date = :requested_date, channel = "
        ":channel, external_ref = :external_ref, currency = :currency, net = :net, tax = :tax, "
        "gross = :gross, notes = :notes, state = :state, review_reasons = :reasons, "
        "reject_reason = :reject_reason, cancel_reason = :cancel_reason, amendments = "
        ":amendments, has_backorder = :backorder, has_return = :has_return, submitted_at = "
        ":submitted_at, approved_at = :approved_at, allocated_at = :allocated_at, shipped_at = "
        ":shipped_at, delivered_at = :delivered_at, completed_at = :completed_at, cancelled_at = "
        ":cancelled_at, updated_at = :now, version = version + 1 "
        "WHERE id = :id AND version = :version"));
    const QString now = Storage::nowText();
    q.bindValue(QStringLiteral(":customer"), o.customerId);
    q.bindValue(QStringLiteral(":contact_name"), text(o.contactName));
    q.bindValue(QStringLiteral(":contact_phone"), text(o.contactPhone));
    q.bindValue(QStringLiteral(":contact_email"), text(o.contactEmail));
    q.bindValue(QStringLiteral(":address"), text(o.shippingAddress));
    q.bindValue(QStringLiteral(":order_date"), o.orderDate);
    q.bindValue(QStringLiteral(":requested_date"), text(o.requestedDate));
    q.bindValue(QStringLiteral(":channel"), o.channel);
    q.bindValue(QStringLiteral(":external_ref"), text(o.externalRef));
    q.bindValue(QStringLiteral(":currency"), o.currency);
    q.bindValue(QStringLiteral(":net"), o.net);
    q.bindValue(QStringLiteral(":tax"), o.tax);
    q.bindValue(QStringLiteral(":gross"), o.gross);
    q.bindValue(QStringLiteral(":notes"), text(o.notes));
    q.bindValue(QStringLiteral(":state"), o.state);
    q.bindValue(QStringLiteral(":reasons"),
                QString::fromUtf8(QJsonDocument(o.reviewReasons).toJson(QJsonDocument::Compact)));
    q.bindValue(QStringLiteral(":reject_reason"), text(o.rejectReason));
    q.bindValue(QStringLiteral(":cancel_reason"), text(o.cancelReason));
    q.bindValue(QStringLiteral(":amendments"), o.amendments);
    q.bindValue(QStringLiteral(":backorder"), o.hasBackorder ? 1 : 0);
    q.bindValue(QStringLiteral(":has_return"), o.hasReturn ? 1 : 0);
    q.bindValue(QStringLiteral(":submitted_at"), nullableText(o.submittedAt));
    q.bindValue(QStringLiteral(":approved_at"), nullableText(o.approvedAt));
    q.bindValue(QStringLiteral(":allocated_at"), nullableText(o.allocatedAt));
    q.bindValue(QStringLiteral(":shipped_at"), nullableText(o.shippedAt));
    q.bindValue(QStringLiteral(":delivered_at"), nullableText(o.deliveredAt));
    q.bindValue(QStringLiteral(":completed_at"), nullableText(o.completedAt));
    q.bindValue(QStringLiteral(":cancelled_at"), nullableText(o.cancelledAt));
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":id"), o.id);
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    exec(q);
    if (q.numRowsAffected() != 1)
        return false;
    o.version = expectedVersion + 1;
    o.updatedAt = now;
    return true;
}

void OrderRepository::replaceLines(Order& o)
{
    QSqlQuery& del =
        m_db.prepared(QStringLiteral("DELETE FROM sales_order_lines WHERE order_id = :id"));
    del.bindValue(QStringLiteral(":id"), o.id);
    exec(del);
    insertLines(o);
}

void OrderRepository::updateLineProgress(const OrderLine& l)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("UPDATE sales_order_lines SET allocated_qty = :allocated, shipped_qty = "
                       ":shipped, returned_qty = :returned WHERE id = :id"));
    q.bindValue(QStringLiteral(":allocated"), l.allocatedQty);
    q.bindValue(QStringLiteral(":shipped"), l.shippedQty);
    q.bindValue(QStringLiteral(":returned"), l.returnedQty);
    q.bindValue(QStringLiteral(":id"), l.id);
    exec(q);
}

void OrderRepository::addEvent(qint64 orderId, const QString& at, const QString& by,
                               const QString& action, const QString& from, const QString& to,
                               const QString& note)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO sales_order_events (order_id, at, by_user, action, from_state, to_state, "
        "note) VALUES (:order, :at, :by, :action, :from, :to, :note)"));
    q.bindValue(QStringLiteral(":order"), orderId);
    q.bindValue(QStringLiteral(":at"), at);
    q.bindValue(QStringLiteral(":by"), text(by));
    q.bindValue(QStringLiteral(":action"), action);
    q.bindValue(QStringLiteral(":from"), text(from));
    q.bindValue(QStringLiteral(":to"), text(to));
    q.bindValue(QStringLiteral(":note"), text(note));
    exec(q);
}

QJsonArray OrderRepository::events(qint64 orderId)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT at, by_user, action, from_state, to_state, note FROM "
                                     "sales_order_events WHERE order_id = :id ORDER BY id"));
    q.bindValue(QStringLiteral(":id"), orderId);
    exec(q);
    QJsonArray out;
    while (q.next())
        out.append(QJsonObject{{QStringLiteral("at"), q.value(0).toString()},
                               {QStringLiteral("by"), q.value(1).toString()},
                               {QStringLiteral("action"), q.value(2).toString()},
                               {QStringLiteral("from_state"), q.value(3).toString()},
                               {QStringLiteral("to_state"), q.value(4).toString()},
                               {QStringLiteral("note"), q.value(5).toString()}});
    q.finish();
    return out;
}

QList<Allocation> OrderRepository::allocations(qint64 orderId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT r.source_line_id, r.warehouse_id, w.code, r.qty FROM stock_reservations r "
        "JOIN warehouses w ON w.id = r.warehouse_id WHERE r.source_type = 'sales_order' AND "
        "r.source_id = :id ORDER BY r.source_line_id, w.priority, w.code"));
    q.bindValue(QStringLiteral(":id"), orderId);
    exec(q);
    QList<Allocation> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    q.value(3).toLongLong()});
    q.finish();
    return out;
}

QJsonArray OrderRepository::shipments(qint64 orderId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT s.id, s.number, s.carrier, s.tracking, s.shipped_at, s.created_by, "
        "sl.order_line_id, l.sku, sl.warehouse_id, w.code, sl.qty FROM sales_shipments s "
        "JOIN sales_shipment_lines sl ON sl.shipment_id = s.id "
        "JOIN sales_order_lines l ON l.id = sl.order_line_id "
        "JOIN warehouses w ON w.id = sl.warehouse_id WHERE s.order_id = :id ORDER BY s.id, sl.id"));
    q.bindValue(QStringLiteral(":id"), orderId);
    exec(q);
    QJsonArray out;
    QJsonObject current;
    QJsonArray lines;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (current.value(QLatin1String("id")).toInteger() != id) {
            if (!current.isEmpty()) {
                current.insert(QStringLiteral("lines"), lines);
                out.append(current);
                lines = QJsonArray();
            }
            current = QJsonObject{{QStringLiteral("id"), id},
                                  {QStringLiteral("number"), q.value(1).toString()},
                                  {QStringLiteral("carrier"), q.value(2).toString()},
                                  {QStringLiteral("tracking"), q.value(3).toString()},
                                  {QStringLiteral("shipped_at"), q.value(4).toString()},
                                  {QStringLiteral("by"), q.value(5).toString()}};
        }
        lines.append(QJsonObject{{QStringLiteral("line_id"), q.value(6).toLongLong()},
                                 {QStringLiteral("sku"), q.value(7).toString()},
                                 {QStringLiteral("warehouse_id"), q.value(8).toLongLong()},
                                 {QStringLiteral("warehouse_code"), q.value(9).toString()},
                                 {QStringLiteral("qty"), qtyText(q.value(10).toLongLong())}});
    }
    q.finish();
    if (!current.isEmpty()) {
        current.insert(QStringLiteral("lines"), lines);
        out.append(current);
    }
    return out;
}

QJsonArray OrderRepository::returns(qint64 orderId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT r.id, r.number, r.reason, r.created_at, r.created_by, rl.order_line_id, l.sku, "
        "rl.warehouse_id, w.code, rl.qty, rl.disposition FROM sales_returns r "
        "JOIN sales_return_lines rl ON rl.return_id = r.id "
        "JOIN sales_order_lines l ON l.id = rl.order_line_id "
        "JOIN warehouses w ON w.id = rl.warehouse_id WHERE r.order_id = :id ORDER BY r.id, rl.id"));
    q.bindValue(QStringLiteral(":id"), orderId);
    exec(q);
    QJsonArray out;
    QJsonObject current;
    QJsonArray lines;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (current.value(QLatin1String("id")).toInteger() != id) {
            if (!current.isEmpty()) {
                current.insert(QStringLiteral("lines"), lines);
                out.append(current);
                lines = QJsonArray();
            }
            current = QJsonObject{{QStringLiteral("id"), id},
                                  {QStringLiteral("number"), q.value(1).toString()},
                                  {QStringLiteral("reason"), q.value(2).toString()},
                                  {QStringLiteral("created_at"), q.value(3).toString()},
                                  {QStringLiteral("by"), q.value(4).toString()}};
        }
        lines.append(QJsonObject{{QStringLiteral("line_id"), q.value(5).toLongLong()},
                                 {QStringLiteral("sku"), q.value(6).toString()},
                                 {QStringLiteral("warehouse_id"), q.value(7).toLongLong()},
                                 {QStringLiteral("warehouse_code"), q.value(8).toString()},
                                 {QStringLiteral("qty"), qtyText(q.value(9).toLongLong())},
                                 {QStringLiteral("disposition"), q.value(10).toString()}});
    }
    q.finish();
    if (!current.isEmpty()) {
        current.insert(QStringLiteral("lines"), lines);
        out.append(current);
    }
    return out;
}

QHash<qint64, qint64> OrderRepository::shippedFrom(qint64 orderId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT sl.order_line_id, sl.warehouse_id FROM sales_shipment_lines sl JOIN "
        "sales_shipments s ON s.id = sl.shipment_id WHERE s.order_id = :id ORDER BY sl.id"));
    q.bindValue(QStringLiteral(":id"), orderId);
    exec(q);
    QHash<qint64, qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    q.finish();
    return out;
}

qint64 OrderRepository::insertShipment(qint64 orderId, const QString& number,
                                       const QString& carrier, const QString& tracking,
                                       const QString& at, const QString& by)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO sales_shipments (order_id, number, carrier, tracking, shipped_at, "
        "created_by) VALUES (:order, :number, :carrier, :tracking, :at, :by) RETURNING id"));
    q.bindValue(QStringLiteral(":order"), orderId);
    q.bindValue(QStringLiteral(":number"), number);
    q.bindValue(QStringLiteral(":carrier"), text(carrier));
    q.bindValue(QStringLiteral(":tracking"), text(tracking));
    q.bindValue(QStringLiteral(":at"), at);
    q.bindValue(QStringLiteral(":by"), text(by));
    exec(q);
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

void OrderRepository::insertShipmentLine(qint64 shipmentId, qint64 lineId, qint64 warehouseId,
                                         qint64 qty)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("INSERT INTO sales_shipment_lines (shipment_id, order_line_id, "
                       "warehouse_id, qty) VALUES (:shipment, :line, :warehouse, :qty)"));
    q.bindValue(QStringLiteral(":shipment"), shipmentId);
    q.bindValue(QStringLiteral(":line"), lineId);
    q.bindValue(QStringLiteral(":warehouse"), warehouseId);
    q.bindValue(QStringLiteral(":qty"), qty);
    exec(q);
}

qint64 OrderRepository::insertReturn(qint64 orderId, const QString& number, const QString& reason,
                                     const QString& at, const QString& by)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("INSERT INTO sales_returns (order_id, number, reason, created_at, "
                       "created_by) VALUES (:order, :number, :reason, :at, :by) RETURNING id"));
    q.bindValue(QStringLiteral(":order"), orderId);
    q.bindValue(QStringLiteral(":number"), number);
    q.bindValue(QStringLiteral(":reason"), text(reason));
    q.bindValue(QStringLiteral(":at"), at);
    q.bindValue(QStringLiteral(":by"), text(by));
    exec(q);
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

void OrderRepository::insertReturnLine(qint64 returnId, qint64 lineId, qint64 warehouseId,
                                       qint64 qty, const QString& disposition)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO sales_return_lines (return_id, order_line_id, warehouse_id, qty, "
        "disposition) VALUES (:ret, :line, :warehouse, :qty, :disposition)"));
    q.bindValue(QStringLiteral(":ret"), returnId);
    q.bindValue(QStringLiteral(":line"), lineId);
    q.bindValue(QStringLiteral(":warehouse"), warehouseId);
    q.bindValue(QStringLiteral(":qty"), qty);
    q.bindValue(QStringLiteral(":disposition"), disposition);
    exec(q);
}

qint64 OrderRepository::exposure(qint64 customerId, qint64 excludingId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT COALESCE(SUM(gross), 0) FROM sales_orders WHERE customer_id = :customer AND "
        "state IN ('submitted', 'approved', 'allocated', 'picking', 'shipped', 'delivered') AND "
        "id <> :id"));
    q.bindValue(QStringLiteral(":customer"), customerId);
    q.bindValue(QStringLiteral(":id"), excludingId);
    exec(q);
    const qint64 sum = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return sum;
}

QList<BackorderLine> OrderRepository::backorderLines(qint64 productId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT o.id, l.id FROM sales_orders o JOIN sales_order_lines l ON l.order_id = o.id "
        "WHERE o.has_backorder = 1 AND o.state IN ('allocated', 'picking') AND l.product_id = "
        ":product AND l.allocated_qty < l.qty ORDER BY o.allocated_at, o.id, l.position"));
    q.bindValue(QStringLiteral(":product"), productId);
    exec(q);
    QList<BackorderLine> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    q.finish();
    return out;
}

QHash<qint64, qint64> OrderRepository::backorderDemand()
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT l.product_id, SUM(l.qty - l.allocated_qty) FROM sales_orders o JOIN "
        "sales_order_lines l ON l.order_id = o.id WHERE o.has_backorder = 1 AND o.state IN "
        "('allocated', 'picking') AND l.allocated_qty < l.qty GROUP BY l.product_id"));
    exec(q);
    QHash<qint64, qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    q.finish();
    return out;
}

qint64 OrderRepository::idByExternalRef(const QString& channel, const QString& externalRef)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id FROM sales_orders WHERE channel = :channel AND external_ref = :ref"));
    q.bindValue(QStringLiteral(":channel"), channel);
    q.bindValue(QStringLiteral(":ref"), externalRef);
    exec(q);
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

int OrderRepository::moveCustomer(qint64 fromId, qint64 toId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE sales_orders SET customer_id = :to, updated_at = :now, version = version + 1 "
        "WHERE customer_id = :from"));
    q.bindValue(QStringLiteral(":to"), toId);
    q.bindValue(QStringLiteral(":from"), fromId);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    exec(q);
    return q.numRowsAffected();
}

QString OrderRepository::whereClause(const Storage::ListQuery& query) const
{
    const QJsonObject& f = query.filter;
    QString where = QStringLiteral(" WHERE 1 = 1");
    const QJsonValue state = f.value(QLatin1String("state"));
    if (state.isString()) {
        where += QStringLiteral(" AND o.state = :state");
    } else if (state.isArray()) {
        QStringList marks;
        for (qsizetype i = 0; i < state.toArray().size(); ++i)
            marks.append(QStringLiteral(":state%1").arg(i));
        where += marks.isEmpty() ? QStringLiteral(" AND 1 = 0")
                                 : QStringLiteral(" AND o.state IN (%1)").arg(marks.join(", "));
    }
    if (f.value(QLatin1String("customer_id")).isDouble())
        where += QStringLiteral(" AND o.customer_id = :customer");
    if (f.value(QLatin1String("channel")).isString())
        where += QStringLiteral(" AND o.channel = :channel");
    if (f.value(QLatin1String("from")).isString())
        where += QStringLiteral(" AND o.order_date >= :from");
    if (f.value(QLatin1String("to")).isString())
        where += QStringLiteral(" AND o.order_date <= :to");
    if (f.value(QLatin1String("has_backorder")).isBool())
        where += QStringLiteral(" AND o.has_backorder = :backorder");
    if (!query.search.isEmpty())
        where +=
            QStringLiteral(" AND (lower(o.number) LIKE :q ESCAPE '\\' OR lower(o.external_ref) "
                           "LIKE :q ESCAPE '\\' OR lower(c.name) LIKE :q ESCAPE '\\')");
    return where;
}

void OrderRepository::bindWhere(QSqlQuery& q, const Storage::ListQuery& query) const
{
    const QJsonObject& f = query.filter;
    const QJsonValue state = f.value(QLatin1String("state"));
    if (state.isString()) {
        q.bindValue(QStringLiteral(":state"), state.toString());
    } else if (state.isArray()) {
        const QJsonArray states = state.toArray();
        for (qsizetype i = 0; i < states.size(); ++i)
            q.bindValue(QStringLiteral(":state%1").arg(i), states.at(i).toString());
    }
    if (f.value(QLatin1String("customer_id")).isDouble())
        q.bindValue(QStringLiteral(":customer"),
                    qint64(f.value(QLatin1String("customer_id")).toDouble()));
    if (f.value(QLatin1String("channel")).isString())
        q.bindValue(QStringLiteral(":channel"), f.value(QLatin1String("channel")).toString());
    if (f.value(QLatin1String("from")).isString())
        q.bindValue(QStringLiteral(":from"), f.value(QLatin1String("from")).toString());
    if (f.value(QLatin1String("to")).isString())
        q.bindValue(QStringLiteral(":to"), f.value(QLatin1String("to")).toString());
    if (f.value(QLatin1String("has_backorder")).isBool())
        q.bindValue(QStringLiteral(":backorder"),
                    f.value(QLatin1String("has_backorder")).toBool() ? 1 : 0);
    if (!query.search.isEmpty())
        q.bindValue(QStringLiteral(":q"), Storage::containsPattern(query.search.toLower()));
}

QJsonObject OrderRepository::list(const Storage::ListQuery& query)
{
    const QString where = whereClause(query);
    const int cap = query.search.isEmpty() ? CountCap : SearchCountCap;
    // The customers join is needed for counting only when the search looks at their names.
    QSqlQuery count = m_db.uncached(
        QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM sales_orders o") +
        (query.search.isEmpty() ? QString()
                                : QStringLiteral(" JOIN customers c ON c.id = o.customer_id")) +
        where + QStringLiteral(" LIMIT %1) capped").arg(cap + 1));
    bindWhere(count, query);
    exec(count);
    const qint64 counted = count.next() ? count.value(0).toLongLong() : 0;
    count.finish();

    const QString sortKey =
        query.sortExpression.isEmpty() ? QStringLiteral("NULL") : query.sortExpression;
    QSqlQuery q = m_db.uncached(QStringLiteral("SELECT ") + kColumns + QStringLiteral(", ") +
                                sortKey + kFrom + where + query.keysetCondition() + query.orderBy +
                                QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bindWhere(q, query);
    query.bindKeyset(q);
    q.bindValue(QStringLiteral(":limit"), query.limit);
    q.bindValue(QStringLiteral(":offset"), query.offset);
    exec(q);
    QJsonArray rows;
    QJsonArray nextAfter;
    while (q.next()) {
        rows.append(summaryJson(readOrder(q)));
        nextAfter = query.nextAfter(q.value(kColumnCount), q.value(0).toLongLong());
    }
    q.finish();
    const bool capped = counted > cap;
    return QJsonObject{
        {QStringLiteral("rows"), rows},
        {QStringLiteral("total"), capped ? qMax<qint64>(cap, query.offset + rows.size()) : counted},
        {QStringLiteral("total_capped"), capped},
        {QStringLiteral("next_after"),
         rows.size() == query.limit ? QJsonValue(nextAfter) : QJsonValue()}};
}

QList<MetricsRow> OrderRepository::metricsRows(const QString& from, const QString& to)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT state, order_date, requested_date, submitted_at, shipped_at, amendments, "
        "has_return FROM sales_orders WHERE order_date >= :from AND order_date <= :to"));
    q.bindValue(QStringLiteral(":from"), from);
    q.bindValue(QStringLiteral(":to"), to);
    exec(q);
    QList<MetricsRow> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toInt(),
                    q.value(6).toInt() != 0});
    q.finish();
    return out;
}

QList<qint64> OrderRepository::demoIds(const QString& table, int limit)
{
    QSqlQuery& q = m_db.prepared(
        table == QLatin1String("products")
            ? QStringLiteral("SELECT id FROM products WHERE active = 1 ORDER BY id LIMIT :limit")
            : QStringLiteral(
                  "SELECT id FROM customers WHERE status = 'active' ORDER BY id LIMIT :limit"));
    q.bindValue(QStringLiteral(":limit"), limit);
    exec(q);
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    q.finish();
    return out;
}

void OrderRepository::backdate(qint64 orderId, const QString& orderDate,
                               const QHash<QString, QString>& stamps)
{
    // Column names come from the fixed list below, never from the caller's text.
    static const QStringList columns{QStringLiteral("submitted_at"), QStringLiteral("approved_at"),
                                     QStringLiteral("allocated_at"), QStringLiteral("shipped_at"),
                                     QStringLiteral("delivered_at"), QStringLiteral("completed_at"),
                                     QStringLiteral("cancelled_at"), QStringLiteral("created_at"),
                                     QStringLiteral("updated_at")};
    QSqlQuery& d =
        m_db.prepared(QStringLiteral("UPDATE sales_orders SET order_date = :date WHERE id = :id"));
    d.bindValue(QStringLiteral(":date"), orderDate);
    d.bindValue(QStringLiteral(":id"), orderId);
    exec(d);
    for (const QString& column : columns) {
        const QString at = stamps.value(column);
        if (at.isEmpty())
            continue;
        QSqlQuery& q = m_db.prepared(
            QStringLiteral("UPDATE sales_orders SET %1 = :at WHERE id = :id AND %1 IS NOT NULL")
                .arg(column));
        q.bindValue(QStringLiteral(":at"), at);
        q.bindValue(QStringLiteral(":id"), orderId);
        exec(q);
    }
    // The timeline follows: each action at the time of the state it led to.
    static const QHash<QString, QString> actionColumn{
        {QStringLiteral("create"), QStringLiteral("created_at")},
        {QStringLiteral("submit"), QStringLiteral("submitted_at")},
        {QStringLiteral("approve"), QStringLiteral("approved_at")},
        {QStringLiteral("reject"), QStringLiteral("approved_at")},
        {QStringLiteral("allocate"), QStringLiteral("allocated_at")},
        {QStringLiteral("pick"), QStringLiteral("allocated_at")},
        {QStringLiteral("ship"), QStringLiteral("shipped_at")},
        {QStringLiteral("deliver"), QStringLiteral("delivered_at")},
        {QStringLiteral("complete"), QStringLiteral("completed_at")},
        {QStringLiteral("cancel"), QStringLiteral("cancelled_at")},
    };
    for (auto it = actionColumn.begin(); it != actionColumn.end(); ++it) {
        const QString at = stamps.value(it.value());
        if (at.isEmpty())
            continue;
        QSqlQuery& q = m_db.prepared(QStringLiteral(
            "UPDATE sales_order_events SET at = :at WHERE order_id = :id AND action = :action"));
        q.bindValue(QStringLiteral(":at"), at);
        q.bindValue(QStringLiteral(":id"), orderId);
        q.bindValue(QStringLiteral(":action"), it.key());
        exec(q);
    }
    QSqlQuery& s = m_db.prepared(
        QStringLiteral("UPDATE sales_shipments SET shipped_at = :at WHERE order_id = :id"));
    s.bindValue(QStringLiteral(":at"), stamps.value(QStringLiteral("shipped_at")));
    s.bindValue(QStringLiteral(":id"), orderId);
    if (!stamps.value(QStringLiteral("shipped_at")).isEmpty())
        exec(s);
}

} // namespace Erp::Server::Sales
