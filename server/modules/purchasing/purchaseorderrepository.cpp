#include "server/modules/purchasing/purchaseorderrepository.h"

#include "server/storage/database.h"
#include "server/storage/listquery.h"
#include "server/storage/queryresult.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace Erp::Server::Purchasing {

using Storage::exec;

namespace {

const QString kColumns = QStringLiteral(
    "o.id, o.number, o.supplier_id, s.code, s.name, o.warehouse_id, w.code, w.name, "
    "o.order_date, o.expected_date, o.currency, o.notes, o.state, o.net, o.tax, o.gross, "
    "o.created_by, o.created_at, o.sent_at, o.confirmed_at, o.received_at, o.cancelled_at, "
    "o.updated_at, o.version");
constexpr int kColumnCount = 24;
constexpr int CountCap = 10000;
const QString kFrom = QStringLiteral(" FROM purchase_orders o JOIN suppliers s ON s.id = "
                                     "o.supplier_id JOIN warehouses w ON w.id = o.warehouse_id");

QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

PurchaseOrder readOrder(const QSqlQuery& q)
{
    PurchaseOrder o;
    o.id = q.value(0).toLongLong();
    o.number = q.value(1).toString();
    o.supplierId = q.value(2).toLongLong();
    o.supplierCode = q.value(3).toString();
    o.supplierName = q.value(4).toString();
    o.warehouseId = q.value(5).toLongLong();
    o.warehouseCode = q.value(6).toString();
    o.warehouseName = q.value(7).toString();
    o.orderDate = q.value(8).toString();
    o.expectedDate = q.value(9).toString();
    o.currency = q.value(10).toString();
    o.notes = q.value(11).toString();
    o.state = q.value(12).toString();
    o.net = q.value(13).toLongLong();
    o.tax = q.value(14).toLongLong();
    o.gross = q.value(15).toLongLong();
    o.createdBy = q.value(16).toLongLong();
    o.createdAt = q.value(17).toString();
    o.sentAt = q.value(18).toString();
    o.confirmedAt = q.value(19).toString();
    o.receivedAt = q.value(20).toString();
    o.cancelledAt = q.value(21).toString();
    o.updatedAt = q.value(22).toString();
    o.version = q.value(23).toLongLong();
    return o;
}

void bindHeader(QSqlQuery& q, const PurchaseOrder& o)
{
    q.bindValue(QStringLiteral(":supplier"), o.supplierId);
    q.bindValue(QStringLiteral(":warehouse"), o.warehouseId);
    q.bindValue(QStringLiteral(":order_date"), o.orderDate);
    q.bindValue(QStringLiteral(":expected_date"), text(o.expectedDate));
    q.bindValue(QStringLiteral(":currency"), o.currency);
    q.bindValue(QStringLiteral(":notes"), text(o.notes));
    q.bindValue(QStringLiteral(":net"), o.net);
    q.bindValue(QStringLiteral(":tax"), o.tax);
    q.bindValue(QStringLiteral(":gross"), o.gross);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

std::optional<PurchaseOrder> PurchaseOrderRepository::byId(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kColumns + kFrom +
                                 QStringLiteral(" WHERE o.id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    std::optional<PurchaseOrder> o;
    if (q.next())
        o = readOrder(q);
    q.finish();
    if (o) {
        loadLines(*o);
        loadReceipts(*o);
    }
    return o;
}

void PurchaseOrderRepository::loadLines(PurchaseOrder& o)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT l.id, l.product_id, p.sku, p.name, p.unit, l.qty, l.unit_cost, l.tax_rate, "
        "l.net, l.tax, l.gross, l.received_qty FROM purchase_order_lines l "
        "JOIN products p ON p.id = l.product_id WHERE l.order_id = :id ORDER BY l.position"));
    q.bindValue(QStringLiteral(":id"), o.id);
    exec(q);
    while (q.next()) {
        PurchaseOrderLine l;
        l.id = q.value(0).toLongLong();
        l.productId = q.value(1).toLongLong();
        l.sku = q.value(2).toString();
        l.name = q.value(3).toString();
        l.unit = q.value(4).toString();
        l.qty = q.value(5).toLongLong();
        l.unitCost = q.value(6).toLongLong();
        l.taxRate = q.value(7).toLongLong();
        l.net = q.value(8).toLongLong();
        l.tax = q.value(9).toLongLong();
        l.gross = q.value(10).toLongLong();
        l.receivedQty = q.value(11).toLongLong();
        o.lines.append(l);
    }
    q.finish();
}

void PurchaseOrderRepository::loadReceipts(PurchaseOrder& o)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT r.id, r.number, r.location_id, r.notes, r.received_at, r.received_by_name, "
        "rl.order_line_id, rl.product_id, rl.qty, rl.move_id FROM purchase_receipts r "
        "JOIN purchase_receipt_lines rl ON rl.receipt_id = r.id WHERE r.order_id = :id "
        "ORDER BY r.id, rl.id"));
    q.bindValue(QStringLiteral(":id"), o.id);
    exec(q);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (o.receipts.isEmpty() || o.receipts.last().id != id) {
            Receipt r;
            r.id = id;
            r.number = q.value(1).toString();
            r.locationId = q.value(2).toLongLong();
            r.notes = q.value(3).toString();
            r.receivedAt = q.value(4).toString();
            r.receivedByName = q.value(5).toString();
            o.receipts.append(r);
        }
        o.receipts.last().lines.append({q.value(6).toLongLong(), q.value(7).toLongLong(),
                                        q.value(8).toLongLong(), q.value(9).toLongLong()});
    }
    q.finish();
}

void PurchaseOrderRepository::insert(PurchaseOrder& o)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO purchase_orders (number, supplier_id, warehouse_id, order_date, "
        "expected_date, currency, notes, state, net, tax, gross, created_by, created_at, "
        "updated_at, version) VALUES (:number, :supplier, :warehouse, :order_date, "
        ":expected_date, :currency, :notes, :state, :net, :tax, :gross, :created_by, :now, :now, "
        "1) RETURNING id"));
    bindHeader(q, o);
    q.bindValue(QStringLiteral(":number"), o.number);
    q.bindValue(QStringLiteral(":state"), o.state);
    q.bindValue(QStringLiteral(":created_by"), nullableId(o.createdBy));
    const QString now = Storage::nowText();
    q.bindValue(QStringLiteral(":now"), now);
    exec(q);
    o.id = Storage::oneInteger(q);
    o.version = 1;
    o.createdAt = o.updatedAt = now;
    writeLines(o);
}

bool PurchaseOrderRepository::updateDraft(PurchaseOrder& o, qint64 expectedVersion)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE purchase_orders SET supplier_id = :supplier, warehouse_id = :warehouse, "
        "order_date = :order_date, expected_date = :expected_date, currency = :currency, "
        "notes = :notes, net = :net, tax = :tax, gross = :gross, updated_at = :now, "
        "version = version + 1 WHERE id = :id AND version = :version AND state = 'draft'"));
    bindHeader(q, o);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":id"), o.id);
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    exec(q);
    if (q.numRowsAffected() != 1)
        return false;
    QSqlQuery& del =
        m_db.prepared(QStringLiteral("DELETE FROM purchase_order_lines WHERE order_id = :id"));
    del.bindValue(QStringLiteral(":id"), o.id);
    exec(del);
    writeLines(o);
    return true;
}

void PurchaseOrderRepository::writeLines(PurchaseOrder& o)
{
    int position = 0;
    for (PurchaseOrderLine& l : o.lines) {
        QSqlQuery& q = m_db.prepared(QStringLiteral(
            "INSERT INTO purchase_order_lines (order_id, position, product_id, qty, unit_cost, "
            "tax_rate, net, tax, gross, received_qty) VALUES (:order, :pos, :product, :qty, "
            ":cost, :rate, :net, :tax, :gross, :received) RETURNING id"));
        q.bindValue(QStringLiteral(":order"), o.id);
        q.bindValue(QStringLiteral(":pos"), position++);
        q.bindValue(QStringLiteral(":product"), l.productId);
        q.bindValue(QStringLiteral(":qty"), l.qty);
        q.bindValue(QStringLiteral(":cost"), l.unitCost);
        q.bindValue(QStringLiteral(":rate"), l.taxRate);
        q.bindValue(QStringLiteral(":net"), l.net);
        q.bindValue(QStringLiteral(":tax"), l.tax);
        q.bindValue(QStringLiteral(":gross"), l.gross);
        q.bindValue(QStringLiteral(":received"), l.receivedQty);
        exec(q);
        l.id = Storage::oneInteger(q);
    }
}

bool PurchaseOrderRepository::setState(qint64 id, qint64 expectedVersion, const QString& state)
{
    // The timestamp column comes from this fixed table, never from the caller.
    static const QHash<QString, QString> stamps{
        {QStringLiteral("sent"), QStringLiteral(", sent_at = :now")},
        {QStringLiteral("confirmed"), QStringLiteral(", confirmed_at = :now")},
        {QStringLiteral("received"), QStringLiteral(", received_at = :now")},
        {QStringLiteral("cancelled"), QStringLiteral(", cancelled_at = :now")},
    };
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("UPDATE purchase_orders SET state = :state, updated_at = :now") +
        stamps.value(state) +
        QStringLiteral(", version = version + 1 WHERE id = :id AND version = :version"));
    q.bindValue(QStringLiteral(":state"), state);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    exec(q);
    return q.numRowsAffected() == 1;
}

bool PurchaseOrderRepository::addReceived(qint64 lineId, qint64 qty)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("UPDATE purchase_order_lines SET received_qty = received_qty + :qty "
                       "WHERE id = :id AND received_qty + :qty <= qty"));
    q.bindValue(QStringLiteral(":qty"), qty);
    q.bindValue(QStringLiteral(":id"), lineId);
    exec(q);
    return q.numRowsAffected() == 1;
}

void PurchaseOrderRepository::insertReceipt(Receipt& r, qint64 orderId, qint64 warehouseId,
                                            qint64 userId, const QString& username)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO purchase_receipts (number, order_id, warehouse_id, location_id, notes, "
        "received_at, received_by, received_by_name) VALUES (:number, :order, :warehouse, "
        ":location, :notes, :now, :user, :username) RETURNING id"));
    r.receivedAt = Storage::nowText();
    r.receivedByName = username;
    q.bindValue(QStringLiteral(":number"), r.number);
    q.bindValue(QStringLiteral(":order"), orderId);
    q.bindValue(QStringLiteral(":warehouse"), warehouseId);
    q.bindValue(QStringLiteral(":location"), nullableId(r.locationId));
    q.bindValue(QStringLiteral(":notes"), text(r.notes));
    q.bindValue(QStringLiteral(":now"), r.receivedAt);
    q.bindValue(QStringLiteral(":user"), nullableId(userId));
    q.bindValue(QStringLiteral(":username"), text(username));
    exec(q);
    r.id = Storage::oneInteger(q);
}

void PurchaseOrderRepository::insertReceiptLine(qint64 receiptId, const ReceiptLine& line)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO purchase_receipt_lines (receipt_id, order_line_id, product_id, qty, "
        "move_id) VALUES (:receipt, :line, :product, :qty, :move)"));
    q.bindValue(QStringLiteral(":receipt"), receiptId);
    q.bindValue(QStringLiteral(":line"), line.orderLineId);
    q.bindValue(QStringLiteral(":product"), line.productId);
    q.bindValue(QStringLiteral(":qty"), line.qty);
    q.bindValue(QStringLiteral(":move"), line.moveId);
    exec(q);
}

QJsonObject PurchaseOrderRepository::list(const Storage::ListQuery& query,
                                          const QStringList& states)
{
    const QJsonObject& f = query.filter;
    QString where = QStringLiteral(" WHERE 1 = 1");
    if (!states.isEmpty()) {
        QStringList holders;
        for (qsizetype i = 0; i < states.size(); ++i)
            holders.append(QStringLiteral(":state%1").arg(i));
        where += QStringLiteral(" AND o.state IN (%1)").arg(holders.join(QLatin1String(", ")));
    }
    const bool bySupplier = f.value(QLatin1String("supplier_id")).isDouble();
    const bool byWarehouse = f.value(QLatin1String("warehouse_id")).isDouble();
    if (bySupplier)
        where += QStringLiteral(" AND o.supplier_id = :supplier");
    if (byWarehouse)
        where += QStringLiteral(" AND o.warehouse_id = :warehouse");
    if (!query.search.isEmpty())
        where += QStringLiteral(" AND (lower(o.number) LIKE :q ESCAPE '\\' OR lower(s.name) LIKE "
                                ":q ESCAPE '\\' OR s.code LIKE :code ESCAPE '\\')");
    auto bind = [&](QSqlQuery& q) {
        for (qsizetype i = 0; i < states.size(); ++i)
            q.bindValue(QStringLiteral(":state%1").arg(i), states.at(i));
        if (bySupplier)
            q.bindValue(QStringLiteral(":supplier"),
                        qint64(f.value(QLatin1String("supplier_id")).toDouble()));
        if (byWarehouse)
            q.bindValue(QStringLiteral(":warehouse"),
                        qint64(f.value(QLatin1String("warehouse_id")).toDouble()));
        if (!query.search.isEmpty()) {
            q.bindValue(QStringLiteral(":q"), Storage::containsPattern(query.search.toLower()));
            q.bindValue(QStringLiteral(":code"), Storage::containsPattern(query.search.toUpper()));
        }
    };
    // Counting every match of a long history costs more than the page: beyond the cap the list
    // says "10,000+" (total_capped), as the customer list does.
    QSqlQuery count = m_db.uncached(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1") + kFrom +
                                    where + QStringLiteral(" LIMIT %1) capped").arg(CountCap + 1));
    bind(count);
    exec(count);
    const qint64 counted = Storage::oneInteger(count);

    // The sort key rides along as the last column: it becomes next_after for keyset paging.
    const QString sortKey =
        query.sortExpression.isEmpty() ? QStringLiteral("NULL") : query.sortExpression;
    QSqlQuery q = m_db.uncached(QStringLiteral("SELECT ") + kColumns + QStringLiteral(", ") +
                                sortKey + kFrom + where + query.keysetCondition() + query.orderBy +
                                QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bind(q);
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
    const bool capped = counted > CountCap;
    return QJsonObject{{QStringLiteral("rows"), rows},
                       {QStringLiteral("total"),
                        capped ? qMax<qint64>(CountCap, query.offset + rows.size()) : counted},
                       {QStringLiteral("total_capped"), capped},
                       {QStringLiteral("next_after"),
                        rows.size() == query.limit ? QJsonValue(nextAfter) : QJsonValue()}};
}

QHash<qint64, qint64> PurchaseOrderRepository::onOrder(qint64 warehouseId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT l.product_id, CAST(SUM(l.qty - l.received_qty) AS BIGINT) FROM "
        "purchase_order_lines l JOIN purchase_orders o ON o.id = l.order_id "
        "WHERE o.state IN ('draft', 'sent', 'confirmed', 'partially_received') "
        "AND (:warehouse = 0 OR o.warehouse_id = :warehouse) GROUP BY l.product_id"));
    q.bindValue(QStringLiteral(":warehouse"), warehouseId);
    exec(q);
    QHash<qint64, qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    q.finish();
    return out;
}

QList<qint64> PurchaseOrderRepository::productsWithReorderPoint()
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id FROM products WHERE active = 1 AND reorder_point > 0 ORDER BY id"));
    exec(q);
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    q.finish();
    return out;
}

QList<qint64> PurchaseOrderRepository::activeProductIds()
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT id FROM products WHERE active = 1 ORDER BY id"));
    exec(q);
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    q.finish();
    return out;
}

QList<qint64> PurchaseOrderRepository::activeWarehouseIds()
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id FROM warehouses WHERE active = 1 ORDER BY priority, code"));
    exec(q);
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    q.finish();
    return out;
}

std::optional<bool> PurchaseOrderRepository::warehouseActive(qint64 warehouseId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT active FROM warehouses WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), warehouseId);
    exec(q);
    const std::optional<QVariant> active = Storage::oneValue(q);
    return active ? std::optional<bool>(active->toInt() != 0) : std::nullopt;
}

qint64 PurchaseOrderRepository::defaultWarehouse()
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id FROM warehouses WHERE active = 1 ORDER BY priority, code LIMIT 1"));
    exec(q);
    const qint64 id = Storage::oneInteger(q);
    return id;
}

qint64 PurchaseOrderRepository::locationWarehouse(qint64 locationId)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT warehouse_id FROM warehouse_locations WHERE id = :id "
                                     "AND active = 1"));
    q.bindValue(QStringLiteral(":id"), locationId);
    exec(q);
    const qint64 id = Storage::oneInteger(q);
    return id;
}

} // namespace Erp::Server::Purchasing
