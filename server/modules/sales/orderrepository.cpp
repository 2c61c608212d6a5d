#include "server/modules/sales/orderrepository.h"

#include "common/jsonrpc.h"
#include "server/platform/jsontext.h"
#include "server/storage/database.h"
#include "server/storage/listquery.h"
#include "server/storage/queryresult.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Erp::Server::Sales {

using Storage::exec;

namespace {

const QString kColumns = QStringLiteral(
    "o.id, o.number, o.customer_id, c.code, c.name, c.email, c.credit_limit, o.contact_name, "
    "o.contact_phone, o.contact_email, o.shipping_address, o.order_date, o.requested_date, "
    "o.channel, o.external_ref, o.currency, o.net, o.tax, o.gross, o.notes, o.state, "
    "o.review_reasons, o.reject_reason, o.cancel_reason, o.amendments, o.has_backorder, "
    "o.has_return, o.submitted_at, o.approved_at, o.allocated_at, o.shipped_at, o.delivered_at, "
    "o.completed_at, o.cancelled_at, o.created_at, o.updated_at, o.version");
const QString kFrom =
    QStringLiteral(" FROM sales_orders o JOIN customers c ON c.id = o.customer_id");

const QString kJoinedLineColumns = QStringLiteral(
    "l.id, l.product_id, l.sku, l.name, l.unit, l.qty, l.unit_price, l.discount_pct, l.tax_rate, "
    "l.net, l.tax, l.gross, l.allocated_qty, l.shipped_qty, l.returned_qty, l.notes, l.position");

/// A row as a JSON array (the load statement) read like a result row.
struct JsonRow
{
    QJsonArray a;
    qint64 integer(int i) const { return a.at(i).toInteger(); }
    QString text(int i) const { return a.at(i).toString(); }
};

/// A row of a result set.
struct SqlRow
{
    const QSqlQuery& q;
    int offset = 0;
    qint64 integer(int i) const { return q.value(offset + i).toLongLong(); }
    QString text(int i) const { return q.value(offset + i).toString(); }
};

template <typename Row>
Order readOrderRow(const Row& r)
{
    Order o;
    o.id = r.integer(0);
    o.number = r.text(1);
    o.customerId = r.integer(2);
    o.customerCode = r.text(3);
    o.customerName = r.text(4);
    o.customerEmail = r.text(5);
    o.customerCredit = r.integer(6);
    o.contactName = r.text(7);
    o.contactPhone = r.text(8);
    o.contactEmail = r.text(9);
    o.shippingAddress = r.text(10);
    o.orderDate = r.text(11);
    o.requestedDate = r.text(12);
    o.channel = r.text(13);
    o.externalRef = r.text(14);
    o.currency = r.text(15);
    o.net = r.integer(16);
    o.tax = r.integer(17);
    o.gross = r.integer(18);
    o.notes = r.text(19);
    o.state = r.text(20);
    o.reviewReasons = QJsonDocument::fromJson(r.text(21).toUtf8()).array();
    o.rejectReason = r.text(22);
    o.cancelReason = r.text(23);
    o.amendments = int(r.integer(24));
    o.hasBackorder = r.integer(25) != 0;
    o.hasReturn = r.integer(26) != 0;
    o.submittedAt = r.text(27);
    o.approvedAt = r.text(28);
    o.allocatedAt = r.text(29);
    o.shippedAt = r.text(30);
    o.deliveredAt = r.text(31);
    o.completedAt = r.text(32);
    o.cancelledAt = r.text(33);
    o.createdAt = r.text(34);
    o.updatedAt = r.text(35);
    o.version = r.integer(36);
    return o;
}

Order readOrderJson(const QJsonArray& a)
{
    return readOrderRow(JsonRow{a});
}

OrderLine readLine(const QJsonArray& a)
{
    const JsonRow r{a};
    OrderLine l;
    l.id = r.integer(0);
    l.productId = r.integer(1);
    l.sku = r.text(2);
    l.name = r.text(3);
    l.unit = r.text(4);
    l.qty = r.integer(5);
    l.unitPrice = r.integer(6);
    l.discount = r.integer(7);
    l.taxRate = r.integer(8);
    l.net = r.integer(9);
    l.tax = r.integer(10);
    l.gross = r.integer(11);
    l.allocatedQty = r.integer(12);
    l.shippedQty = r.integer(13);
    l.returnedQty = r.integer(14);
    l.notes = r.text(15);
    l.position = int(r.integer(16));
    return l;
}

QString idsJson(const QList<qint64>& ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
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

const QString& OrderRepository::columns()
{
    return kColumns;
}

const QString& OrderRepository::from()
{
    return kFrom;
}

Order OrderRepository::readOrder(const QSqlQuery& q)
{
    return readOrderRow(SqlRow{q});
}

std::optional<Order> OrderRepository::load(qint64 id, bool lock)
{
    // The order and its lines come back as two JSON arrays: the driver sets up every result
    // column again on each execution, and 53 columns cost more than the statement itself.
    // Integers stay exact (JSON integers are read as 64-bit integers).
    const Storage::SqlDialect& sql = m_db.sql();
    const QString lines = QStringLiteral("(SELECT ") +
                          sql.jsonArrayAgg(sql.jsonArray(kJoinedLineColumns, false)) +
                          QStringLiteral(" FROM sales_order_lines l WHERE l.order_id = o.id)");
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT ") + sql.jsonArray(kColumns) + QStringLiteral(", ") +
                      lines + kFrom + QStringLiteral(" WHERE o.id = :id") +
                      (lock ? sql.forUpdateOf(QStringLiteral("o")) : QString()));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    std::optional<Order> o;
    QByteArray header;
    QByteArray lineRows;
    if (q.next()) {
        header = q.value(0).toByteArray();
        lineRows = q.value(1).toByteArray();
    }
    q.finish();
    if (header.isEmpty())
        return o;
    o = readOrderJson(QJsonDocument::fromJson(header).array());
    for (const QJsonValue& v : QJsonDocument::fromJson(lineRows).array())
        o->lines.append(readLine(v.toArray()));
    std::sort(o->lines.begin(), o->lines.end(),
              [](const OrderLine& a, const OrderLine& b) { return a.position < b.position; });
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
    const qint64 id = Storage::oneInteger(q);
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
    o.id = Storage::oneInteger(q);
    o.version = 1;
    o.createdAt = o.updatedAt = now;
    insertLines(o);
}

void OrderRepository::insertLines(Order& o)
{
    // Up to 8 lines per statement (one cached statement per size); RETURNING the position tells
    // which id belongs to which line.
    constexpr int Chunk = 8;
    for (qsizetype start = 0; start < o.lines.size(); start += Chunk) {
        const int n = int(qMin<qsizetype>(Chunk, o.lines.size() - start));
        QStringList tuples;
        for (int i = 0; i < n; ++i)
            tuples.append(QStringLiteral("(:order, :pos%1, :product%1, :sku%1, :name%1, :unit%1, "
                                         ":qty%1, :price%1, :discount%1, :rate%1, :net%1, :tax%1, "
                                         ":gross%1, :notes%1)")
                              .arg(i));
        QSqlQuery& q = m_db.prepared(
            QStringLiteral("INSERT INTO sales_order_lines (order_id, position, product_id, sku, "
                           "name, unit, qty, unit_price, discount_pct, tax_rate, net, tax, gross, "
                           "notes) VALUES ") +
            tuples.join(QLatin1String(", ")) + QStringLiteral(" RETURNING id, position"));
        q.bindValue(QStringLiteral(":order"), o.id);
        for (int i = 0; i < n; ++i) {
            const OrderLine& l = o.lines.at(start + i);
            const QString k = QString::number(i);
            q.bindValue(QStringLiteral(":pos") + k, int(start + i));
            q.bindValue(QStringLiteral(":product") + k, l.productId);
            q.bindValue(QStringLiteral(":sku") + k, l.sku);
            q.bindValue(QStringLiteral(":name") + k, l.name);
            q.bindValue(QStringLiteral(":unit") + k, l.unit);
            q.bindValue(QStringLiteral(":qty") + k, l.qty);
            q.bindValue(QStringLiteral(":price") + k, l.unitPrice);
            q.bindValue(QStringLiteral(":discount") + k, l.discount);
            q.bindValue(QStringLiteral(":rate") + k, l.taxRate);
            q.bindValue(QStringLiteral(":net") + k, l.net);
            q.bindValue(QStringLiteral(":tax") + k, l.tax);
            q.bindValue(QStringLiteral(":gross") + k, l.gross);
            q.bindValue(QStringLiteral(":notes") + k, text(l.notes));
        }
        exec(q);
        while (q.next())
            o.lines[q.value(1).toInt()].id = q.value(0).toLongLong();
        q.finish();
    }
}

namespace {

/// What a lifecycle step writes (updateState), and update() writes along with the rest.
const QString kLifecycleSet = QStringLiteral(
    "state = :state, review_reasons = :reasons, reject_reason = :reject_reason, cancel_reason = "
    ":cancel_reason, amendments = :amendments, has_backorder = :backorder, has_return = "
    ":has_return, submitted_at = :submitted_at, approved_at = :approved_at, allocated_at = "
    ":allocated_at, shipped_at = :shipped_at, delivered_at = :delivered_at, completed_at = "
    ":completed_at, cancelled_at = :cancelled_at, updated_at = :now, version = version + 1 "
    "WHERE id = :id AND version = :version");

/// Binds kLifecycleSet's values, runs the versioned UPDATE and, when it took, gives the order
/// its new version and time; false when another user changed the order meanwhile.
bool updateVersioned(QSqlQuery& q, Order& o, qint64 expectedVersion)
{
    const QString now = Storage::nowText();
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

} // namespace

bool OrderRepository::update(Order& o, qint64 expectedVersion)
{
    static const QString sql =
        QStringLiteral(
            "UPDATE sales_orders SET customer_id = :customer, contact_name = :contact_name, "
            "contact_phone = :contact_phone, contact_email = :contact_email, shipping_address = "
            ":address, order_date = :order_date, requested_date = :requested_date, channel = "
            ":channel, external_ref = :external_ref, currency = :currency, net = :net, tax = :tax, "
            "gross = :gross, notes = :notes, ") +
        kLifecycleSet;
    QSqlQuery& q = m_db.prepared(sql);
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
    return updateVersioned(q, o, expectedVersion);
}

bool OrderRepository::updateState(Order& o, qint64 expectedVersion)
{
    // Only what a lifecycle step changes: the indexes on date, customer, channel and amounts
    // stay untouched.
    static const QString sql = QStringLiteral("UPDATE sales_orders SET ") + kLifecycleSet;
    return updateVersioned(m_db.prepared(sql), o, expectedVersion);
}

void OrderRepository::replaceLines(Order& o)
{
    QSqlQuery& del =
        m_db.prepared(QStringLiteral("DELETE FROM sales_order_lines WHERE order_id = :id"));
    del.bindValue(QStringLiteral(":id"), o.id);
    exec(del);
    insertLines(o);
}

void OrderRepository::updateLineProgress(const QList<OrderLine>& lines)
{
    if (lines.isEmpty())
        return;
    if (lines.size() == 1) {
        const OrderLine& l = lines.first();
        QSqlQuery& q = m_db.prepared(
            QStringLiteral("UPDATE sales_order_lines SET allocated_qty = :allocated, shipped_qty = "
                           ":shipped, returned_qty = :returned WHERE id = :id"));
        q.bindValue(QStringLiteral(":allocated"), l.allocatedQty);
        q.bindValue(QStringLiteral(":shipped"), l.shippedQty);
        q.bindValue(QStringLiteral(":returned"), l.returnedQty);
        q.bindValue(QStringLiteral(":id"), l.id);
        exec(q);
        return;
    }
    // Several lines in one statement: [[id, allocated, shipped, returned], ...] as JSON.
    QJsonArray rows;
    for (const OrderLine& l : lines)
        rows.append(QJsonArray{l.id, l.allocatedQty, l.shippedQty, l.returnedQty});
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("UPDATE sales_order_lines SET allocated_qty = d.a, shipped_qty = d.s, "
                       "returned_qty = d.r FROM (") +
        m_db.sql().jsonRowsSelect(
            QStringLiteral("rows"),
            {QStringLiteral("id"), QStringLiteral("a"), QStringLiteral("s"), QStringLiteral("r")}) +
        QStringLiteral(") AS d WHERE sales_order_lines.id = d.id"));
    q.bindValue(QStringLiteral(":rows"),
                QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
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

void OrderRepository::addEvents(qint64 orderId, const QString& at, const QString& by,
                                const QString& action1, const QString& from1, const QString& to1,
                                const QString& note1, const QString& action2, const QString& to2,
                                const QString& note2)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO sales_order_events (order_id, at, by_user, action, from_state, to_state, "
        "note) VALUES (:order, :at, :by, :action1, :from1, :to1, :note1), (:order, :at, :by, "
        ":action2, :to1, :to2, :note2)"));
    q.bindValue(QStringLiteral(":order"), orderId);
    q.bindValue(QStringLiteral(":at"), at);
    q.bindValue(QStringLiteral(":by"), text(by));
    q.bindValue(QStringLiteral(":action1"), action1);
    q.bindValue(QStringLiteral(":from1"), text(from1));
    q.bindValue(QStringLiteral(":to1"), text(to1));
    q.bindValue(QStringLiteral(":note1"), text(note1));
    q.bindValue(QStringLiteral(":action2"), action2);
    q.bindValue(QStringLiteral(":to2"), text(to2));
    q.bindValue(QStringLiteral(":note2"), text(note2));
    exec(q);
}

QString OrderRepository::idListSelect() const
{
    return m_db.sql().idListSelect();
}

QHash<qint64, QList<Allocation>> OrderRepository::availableByWarehouse(const QList<qint64>& ids)
{
    QHash<qint64, QList<Allocation>> out;
    if (ids.isEmpty())
        return out;
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT l.product_id, l.warehouse_id, w.code, l.on_hand - l.reserved FROM "
                       "stock_levels l JOIN warehouses w ON w.id = l.warehouse_id WHERE "
                       "w.active = 1 AND l.on_hand > l.reserved AND l.product_id IN (") +
        idListSelect() + QStringLiteral(") ORDER BY l.product_id, w.priority, w.code"));
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    q.bindValue(QStringLiteral(":ids"),
                QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)));
    exec(q);
    while (q.next())
        out[q.value(0).toLongLong()].append(
            {0, q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong()});
    q.finish();
    return out;
}

QHash<qint64, LineProduct> OrderRepository::lineProducts(const QList<qint64>& ids)
{
    QHash<qint64, LineProduct> out;
    if (ids.isEmpty())
        return out;
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id, sku, name, unit, list_price, cost, tax_rate, active FROM "
                       "products WHERE id IN (") +
        idListSelect() + QStringLiteral(")"));
    q.bindValue(QStringLiteral(":ids"), idsJson(ids));
    exec(q);
    while (q.next())
        out.insert(q.value(0).toLongLong(),
                   {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                    q.value(6).toLongLong(), q.value(7).toInt() != 0});
    q.finish();
    return out;
}

QHash<qint64, ReviewFacts> OrderRepository::reviewFacts(const QList<qint64>& ids)
{
    QHash<qint64, ReviewFacts> out;
    if (ids.isEmpty())
        return out;
    // Available as inventory counts it: on hand minus reserved over the active warehouses.
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT p.id, p.cost, CAST(COALESCE((SELECT SUM(l.on_hand - l.reserved) "
                       "FROM stock_levels l JOIN warehouses w ON w.id = l.warehouse_id AND "
                       "w.active = 1 WHERE l.product_id = p.id), 0) AS BIGINT) FROM products p "
                       "WHERE p.id IN (") +
        idListSelect() + QStringLiteral(")"));
    q.bindValue(QStringLiteral(":ids"), idsJson(ids));
    exec(q);
    while (q.next())
        out.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    q.finish();
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
    const qint64 id = Storage::oneInteger(q);
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
    const qint64 id = Storage::oneInteger(q);
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
    const qint64 sum = Storage::oneInteger(q);
    return sum;
}

QList<qint64> OrderRepository::exposureOrders(qint64 customerId, qint64 excludingId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id FROM sales_orders WHERE customer_id = :customer AND state IN ('submitted', "
        "'approved', 'allocated', 'picking', 'shipped', 'delivered') AND id <> :id"));
    q.bindValue(QStringLiteral(":customer"), customerId);
    q.bindValue(QStringLiteral(":id"), excludingId);
    exec(q);
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    q.finish();
    return out;
}

QString OrderRepository::backorderIndex() const
{
    // Without statistics SQLite would walk every allocated order of the state index; the partial
    // index holds only the few orders waiting for stock.
    return m_db.sql().indexedBy(QStringLiteral("sales_orders_backorder"));
}

QList<qint64> OrderRepository::backorderedOrders(qint64 productId)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT o.id FROM sales_orders o") + backorderIndex() +
        QStringLiteral(" WHERE o.has_backorder = 1 AND o.state IN ('allocated', 'picking') AND "
                       "EXISTS (SELECT 1 FROM sales_order_lines l WHERE l.order_id = o.id AND "
                       "l.product_id = :product AND l.allocated_qty < l.qty) ORDER BY "
                       "o.allocated_at, o.id"));
    q.bindValue(QStringLiteral(":product"), productId);
    exec(q);
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    q.finish();
    return out;
}

QHash<qint64, qint64> OrderRepository::backorderDemand()
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT l.product_id, CAST(SUM(l.qty - l.allocated_qty) AS BIGINT) FROM "
                       "sales_orders o") +
        backorderIndex() +
        QStringLiteral(" JOIN sales_order_lines l ON l.order_id = o.id WHERE o.has_backorder = 1 "
                       "AND o.state IN ('allocated', 'picking') AND l.allocated_qty < l.qty "
                       "GROUP BY l.product_id"));
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
    const qint64 id = Storage::oneInteger(q);
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
