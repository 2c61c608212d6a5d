#include "server/modules/inventory/stockrepository.h"

#include "server/storage/database.h"
#include "server/storage/queryresult.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace Erp::Server::Inventory {

using Storage::exec;

namespace {

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

/// Binds the key of a reservation row (document line, product, warehouse).
void bindKey(QSqlQuery& q, const StockSource& s, qint64 productId, qint64 warehouseId)
{
    q.bindValue(QStringLiteral(":type"), s.type);
    q.bindValue(QStringLiteral(":source"), s.id);
    q.bindValue(QStringLiteral(":line"), s.lineId);
    q.bindValue(QStringLiteral(":p"), productId);
    q.bindValue(QStringLiteral(":w"), warehouseId);
}

const QString kKey =
    QStringLiteral(" WHERE source_type = :type AND source_id = :source AND source_line_id = :line "
                   "AND product_id = :p AND warehouse_id = :w");

} // namespace

std::optional<StockRepository::Valuation> StockRepository::lockValuation(qint64 productId)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("UPDATE products SET stock_qty = stock_qty WHERE id = :id RETURNING "
                       "stock_qty, stock_value, cost, category"));
    q.bindValue(QStringLiteral(":id"), productId);
    exec(q);
    std::optional<Valuation> v;
    if (q.next())
        v = Valuation{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                      q.value(3).toString()};
    q.finish();
    return v;
}

bool StockRepository::productExists(qint64 productId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT 1 FROM products WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), productId);
    exec(q);
    return Storage::oneValue(q).has_value();
}

void StockRepository::writeValuation(qint64 productId, qint64 qty, qint64 value, qint64 cost)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("UPDATE products SET stock_qty = :qty, stock_value = :value, cost = :cost "
                       "WHERE id = :id"));
    q.bindValue(QStringLiteral(":qty"), qty);
    q.bindValue(QStringLiteral(":value"), value);
    q.bindValue(QStringLiteral(":cost"), cost);
    q.bindValue(QStringLiteral(":id"), productId);
    exec(q);
}

QList<ProductValuation> StockRepository::compareValuation()
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT p.id, p.category, p.stock_qty, p.stock_value, COALESCE(m.qty, 0), "
        "COALESCE(m.value, 0) FROM products p LEFT JOIN (SELECT product_id, CAST(SUM(qty) AS "
        "BIGINT) AS qty, CAST(SUM(value) AS BIGINT) AS value FROM stock_moves GROUP BY "
        "product_id) m ON m.product_id = p.id ORDER BY p.id"));
    exec(q);
    QList<ProductValuation> out;
    while (q.next()) {
        ProductValuation v;
        v.productId = q.value(0).toLongLong();
        v.category = q.value(1).toString();
        v.qty = q.value(2).toLongLong();
        v.value = q.value(3).toLongLong();
        v.ledgerQty = q.value(4).toLongLong();
        v.ledgerValue = q.value(5).toLongLong();
        out.append(v);
    }
    q.finish();
    return out;
}

void StockRepository::writeRunningTotals(qint64 productId, qint64 qty, qint64 value)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE products SET stock_qty = :qty, stock_value = :value WHERE id = :id"));
    q.bindValue(QStringLiteral(":qty"), qty);
    q.bindValue(QStringLiteral(":value"), value);
    q.bindValue(QStringLiteral(":id"), productId);
    exec(q);
}

std::optional<bool> StockRepository::warehouseActive(qint64 warehouseId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT active FROM warehouses WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), warehouseId);
    exec(q);
    const std::optional<QVariant> active = Storage::oneValue(q);
    return active ? std::optional<bool>(active->toInt() != 0) : std::nullopt;
}

qint64 StockRepository::locationWarehouse(qint64 locationId)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT warehouse_id FROM warehouse_locations WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), locationId);
    exec(q);
    const qint64 id = Storage::oneInteger(q);
    return id;
}

std::optional<qint64> StockRepository::openingQty(qint64 productId, qint64 warehouseId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT COUNT(*), COALESCE(SUM(qty), 0) FROM stock_moves WHERE product_id = :p AND "
        "warehouse_id = :w AND source_type = 'opening'"));
    q.bindValue(QStringLiteral(":p"), productId);
    q.bindValue(QStringLiteral(":w"), warehouseId);
    exec(q);
    std::optional<qint64> qty;
    if (q.next() && q.value(0).toLongLong() > 0)
        qty = q.value(1).toLongLong();
    q.finish();
    return qty;
}

bool StockRepository::changeOnHand(qint64 productId, qint64 warehouseId, qint64 qty)
{
    // One conditional statement: on PostgreSQL the row lock re-evaluates the condition against
    // the newest row, so concurrent moves can never take stock below what is reserved.
    auto update = [&] {
        QSqlQuery& q = m_db.prepared(QStringLiteral(
            "UPDATE stock_levels SET on_hand = on_hand + :q WHERE product_id = :p AND "
            "warehouse_id = :w AND on_hand + :q >= reserved"));
        q.bindValue(QStringLiteral(":q"), qty);
        q.bindValue(QStringLiteral(":p"), productId);
        q.bindValue(QStringLiteral(":w"), warehouseId);
        exec(q);
        return q.numRowsAffected() == 1;
    };
    if (update())
        return true;
    if (qty < 0)
        return false;
    // The first arrival in this warehouse: create the row (a concurrent creator wins quietly).
    QSqlQuery& ins = m_db.prepared(QStringLiteral(
        "INSERT INTO stock_levels (product_id, warehouse_id, on_hand, reserved) VALUES (:p, :w, "
        "0, 0) ON CONFLICT (product_id, warehouse_id) DO NOTHING"));
    ins.bindValue(QStringLiteral(":p"), productId);
    ins.bindValue(QStringLiteral(":w"), warehouseId);
    exec(ins);
    return update();
}

qint64 StockRepository::insertMove(const StockMove& move, qint64 value, qint64 userId,
                                   const QString& username, const QString& now)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO stock_moves (product_id, warehouse_id, location_id, kind, qty, value, "
        "reason, source_type, source_id, source_ref, created_at, created_by, created_by_name) "
        "VALUES (:p, :w, :loc, :kind, :qty, :value, :reason, :type, :source, :ref, :now, :by, "
        ":by_name) RETURNING id"));
    q.bindValue(QStringLiteral(":value"), value);
    q.bindValue(QStringLiteral(":p"), move.productId);
    q.bindValue(QStringLiteral(":w"), move.warehouseId);
    q.bindValue(QStringLiteral(":loc"), nullableId(move.locationId));
    q.bindValue(QStringLiteral(":kind"), move.kind);
    q.bindValue(QStringLiteral(":qty"), move.qty);
    q.bindValue(QStringLiteral(":reason"), move.reason.isNull() ? QStringLiteral("") : move.reason);
    q.bindValue(QStringLiteral(":type"),
                move.source.type.isEmpty() ? QStringLiteral("manual") : move.source.type);
    q.bindValue(QStringLiteral(":source"), nullableId(move.source.id));
    q.bindValue(QStringLiteral(":ref"),
                move.source.ref.isNull() ? QStringLiteral("") : move.source.ref);
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":by"), nullableId(userId));
    q.bindValue(QStringLiteral(":by_name"), username.isNull() ? QStringLiteral("") : username);
    exec(q);
    const qint64 id = Storage::oneInteger(q);
    return id;
}

QPair<qint64, qint64> StockRepository::level(qint64 productId, qint64 warehouseId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT on_hand, reserved FROM stock_levels WHERE product_id = :p AND warehouse_id = :w"));
    q.bindValue(QStringLiteral(":p"), productId);
    q.bindValue(QStringLiteral(":w"), warehouseId);
    exec(q);
    QPair<qint64, qint64> out{0, 0};
    if (q.next())
        out = {q.value(0).toLongLong(), q.value(1).toLongLong()};
    q.finish();
    return out;
}

bool StockRepository::addReserved(qint64 productId, qint64 warehouseId, qint64 qty)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("UPDATE stock_levels SET reserved = reserved + :q WHERE product_id = :p AND "
                       "warehouse_id = :w AND on_hand - reserved >= :q"));
    q.bindValue(QStringLiteral(":q"), qty);
    q.bindValue(QStringLiteral(":p"), productId);
    q.bindValue(QStringLiteral(":w"), warehouseId);
    exec(q);
    return q.numRowsAffected() == 1;
}

bool StockRepository::subtractReserved(qint64 productId, qint64 warehouseId, qint64 qty)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("UPDATE stock_levels SET reserved = reserved - :q WHERE product_id = :p AND "
                       "warehouse_id = :w AND reserved >= :q"));
    q.bindValue(QStringLiteral(":q"), qty);
    q.bindValue(QStringLiteral(":p"), productId);
    q.bindValue(QStringLiteral(":w"), warehouseId);
    exec(q);
    return q.numRowsAffected() == 1;
}

void StockRepository::addReservation(const StockSource& source, qint64 productId,
                                     qint64 warehouseId, qint64 qty)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO stock_reservations (product_id, warehouse_id, source_type, source_id, "
        "source_line_id, source_ref, qty, created_at) VALUES (:p, :w, :type, :source, :line, "
        ":ref, :qty, :now) ON CONFLICT (source_type, source_id, source_line_id, product_id, "
        "warehouse_id) DO UPDATE SET qty = stock_reservations.qty + excluded.qty"));
    bindKey(q, source, productId, warehouseId);
    q.bindValue(QStringLiteral(":ref"), source.ref.isNull() ? QStringLiteral("") : source.ref);
    q.bindValue(QStringLiteral(":qty"), qty);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    exec(q);
}

bool StockRepository::reduceReservation(const StockSource& source, qint64 productId,
                                        qint64 warehouseId, qint64 qty)
{
    QSqlQuery& del = m_db.prepared(QStringLiteral("DELETE FROM stock_reservations") + kKey +
                                   QStringLiteral(" AND qty = :q"));
    bindKey(del, source, productId, warehouseId);
    del.bindValue(QStringLiteral(":q"), qty);
    exec(del);
    if (del.numRowsAffected() == 1)
        return true;
    QSqlQuery& upd = m_db.prepared(QStringLiteral("UPDATE stock_reservations SET qty = qty - :q") +
                                   kKey + QStringLiteral(" AND qty > :q"));
    bindKey(upd, source, productId, warehouseId);
    upd.bindValue(QStringLiteral(":q"), qty);
    exec(upd);
    return upd.numRowsAffected() == 1;
}

QList<Reservation> StockRepository::takeReservations(const StockSource& source)
{
    // DELETE ... RETURNING: a concurrent release of the same document gets nothing back, so
    // the levels are never released twice.
    QSqlQuery& q = m_db.prepared(
        source.lineId > 0
            ? QStringLiteral("DELETE FROM stock_reservations WHERE source_type = :type AND "
                             "source_id = :source AND source_line_id = :line "
                             "RETURNING product_id, warehouse_id, qty")
            : QStringLiteral("DELETE FROM stock_reservations WHERE source_type = :type AND "
                             "source_id = :source RETURNING product_id, warehouse_id, qty"));
    q.bindValue(QStringLiteral(":type"), source.type);
    q.bindValue(QStringLiteral(":source"), source.id);
    if (source.lineId > 0)
        q.bindValue(QStringLiteral(":line"), source.lineId);
    exec(q);
    QList<Reservation> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    q.finish();
    return out;
}

QHash<qint64, qint64> StockRepository::reservations(const StockSource& source)
{
    QSqlQuery& q = m_db.prepared(
        source.lineId > 0
            ? QStringLiteral("SELECT warehouse_id, CAST(SUM(qty) AS BIGINT) FROM "
                             "stock_reservations WHERE source_type = :type AND source_id = "
                             ":source AND source_line_id = :line GROUP BY warehouse_id")
            : QStringLiteral("SELECT warehouse_id, CAST(SUM(qty) AS BIGINT) FROM "
                             "stock_reservations WHERE source_type = :type AND source_id = "
                             ":source GROUP BY warehouse_id"));
    q.bindValue(QStringLiteral(":type"), source.type);
    q.bindValue(QStringLiteral(":source"), source.id);
    if (source.lineId > 0)
        q.bindValue(QStringLiteral(":line"), source.lineId);
    exec(q);
    QHash<qint64, qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    q.finish();
    return out;
}

QList<StockLevel> StockRepository::levels(qint64 productId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT w.id, w.code, COALESCE(l.on_hand, 0), COALESCE(l.reserved, 0) FROM warehouses w "
        "LEFT JOIN stock_levels l ON l.warehouse_id = w.id AND l.product_id = :p "
        "WHERE w.active = 1 ORDER BY w.priority, w.code"));
    q.bindValue(QStringLiteral(":p"), productId);
    exec(q);
    QList<StockLevel> out;
    while (q.next()) {
        StockLevel l;
        l.warehouseId = q.value(0).toLongLong();
        l.warehouseCode = q.value(1).toString();
        l.onHand = q.value(2).toLongLong();
        l.reserved = q.value(3).toLongLong();
        out.append(l);
    }
    q.finish();
    return out;
}

QHash<qint64, qint64> StockRepository::available(const QList<qint64>& productIds)
{
    QHash<qint64, qint64> out;
    if (productIds.isEmpty())
        return out;
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT l.product_id, CAST(SUM(l.on_hand - l.reserved) AS BIGINT) FROM "
                       "stock_levels l JOIN warehouses w ON w.id = l.warehouse_id AND w.active = "
                       "1 WHERE l.product_id IN (") +
        m_db.sql().idListSelect() + QStringLiteral(") GROUP BY l.product_id"));
    q.bindValue(QStringLiteral(":ids"), Storage::SqlDialect::idList(productIds));
    exec(q);
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    q.finish();
    return out;
}

QList<LevelComparison> StockRepository::compareWithLedger()
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT k.product_id, k.warehouse_id, COALESCE(l.on_hand, 0), COALESCE(l.reserved, 0), "
        "COALESCE(m.qty, 0), COALESCE(r.qty, 0) FROM "
        "(SELECT product_id, warehouse_id FROM stock_levels UNION "
        "SELECT product_id, warehouse_id FROM stock_moves UNION "
        "SELECT product_id, warehouse_id FROM stock_reservations) k "
        "LEFT JOIN stock_levels l ON l.product_id = k.product_id AND l.warehouse_id = "
        "k.warehouse_id "
        "LEFT JOIN (SELECT product_id, warehouse_id, CAST(SUM(qty) AS BIGINT) AS qty FROM "
        "stock_moves GROUP BY product_id, warehouse_id) m ON m.product_id = k.product_id AND "
        "m.warehouse_id = k.warehouse_id "
        "LEFT JOIN (SELECT product_id, warehouse_id, CAST(SUM(qty) AS BIGINT) AS qty FROM "
        "stock_reservations GROUP BY product_id, warehouse_id) r ON r.product_id = "
        "k.product_id AND r.warehouse_id = k.warehouse_id "
        "ORDER BY k.product_id, k.warehouse_id"));
    exec(q);
    QList<LevelComparison> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                    q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong()});
    q.finish();
    return out;
}

void StockRepository::lockLevels()
{
    const QString lock = m_db.sql().lockTableExclusive(QStringLiteral("stock_levels"));
    if (lock.isEmpty())
        return;
    // A utility statement: PostgreSQL cannot PREPARE it, and it takes no parameters.
    Storage::execDirect(m_db, lock);
}

void StockRepository::writeLevel(qint64 productId, qint64 warehouseId, qint64 onHand,
                                 qint64 reserved)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO stock_levels (product_id, warehouse_id, on_hand, reserved) VALUES (:p, :w, "
        ":on_hand, :reserved) ON CONFLICT (product_id, warehouse_id) DO UPDATE SET on_hand = "
        "excluded.on_hand, reserved = excluded.reserved"));
    q.bindValue(QStringLiteral(":p"), productId);
    q.bindValue(QStringLiteral(":w"), warehouseId);
    q.bindValue(QStringLiteral(":on_hand"), onHand);
    q.bindValue(QStringLiteral(":reserved"), reserved);
    exec(q);
}

} // namespace Erp::Server::Inventory
