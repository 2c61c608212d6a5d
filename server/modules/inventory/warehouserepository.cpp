#include "server/modules/inventory/warehouserepository.h"

#include "server/storage/database.h"
#include "server/storage/listquery.h"
#include "server/storage/queryresult.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace Erp::Server::Inventory {

using Storage::exec;

namespace {

const QString kColumns = QStringLiteral(
    "w.id, w.code, w.name, w.address, w.priority, w.active, w.created_at, w.updated_at, "
    "w.version");

Warehouse readWarehouse(const QSqlQuery& q)
{
    Warehouse w;
    w.id = q.value(0).toLongLong();
    w.code = q.value(1).toString();
    w.name = q.value(2).toString();
    w.address = q.value(3).toString();
    w.priority = q.value(4).toInt();
    w.active = q.value(5).toInt() != 0;
    w.createdAt = q.value(6).toString();
    w.updatedAt = q.value(7).toString();
    w.version = q.value(8).toLongLong();
    return w;
}

QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

QJsonObject toJson(const Warehouse& w)
{
    QJsonArray locations;
    for (const Location& l : w.locations)
        locations.append(QJsonObject{{QStringLiteral("id"), l.id},
                                     {QStringLiteral("code"), l.code},
                                     {QStringLiteral("name"), l.name},
                                     {QStringLiteral("active"), l.active}});
    return QJsonObject{
        {QStringLiteral("id"), w.id},
        {QStringLiteral("code"), w.code},
        {QStringLiteral("name"), w.name},
        {QStringLiteral("address"), w.address},
        {QStringLiteral("priority"), w.priority},
        {QStringLiteral("active"), w.active},
        {QStringLiteral("locations"), locations},
        {QStringLiteral("created_at"), w.createdAt},
        {QStringLiteral("updated_at"), w.updatedAt},
        {QStringLiteral("version"), w.version},
    };
}

std::optional<Warehouse> WarehouseRepository::byId(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM warehouses w WHERE w.id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    std::optional<Warehouse> w;
    if (q.next())
        w = readWarehouse(q);
    q.finish();
    if (w)
        loadLocations(*w);
    return w;
}

void WarehouseRepository::loadLocations(Warehouse& w)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id, code, name, active FROM warehouse_locations WHERE warehouse_id = :id "
        "ORDER BY code, id"));
    q.bindValue(QStringLiteral(":id"), w.id);
    exec(q);
    w.locations.clear();
    while (q.next())
        w.locations.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toInt() != 0});
    q.finish();
}

qint64 WarehouseRepository::idByCode(const QString& code, qint64 excludingId)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT id FROM warehouses WHERE code = :code AND id <> :id"));
    q.bindValue(QStringLiteral(":code"), code);
    q.bindValue(QStringLiteral(":id"), excludingId);
    exec(q);
    const qint64 id = Storage::oneInteger(q);
    return id;
}

void WarehouseRepository::insert(Warehouse& w)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO warehouses (code, name, address, priority, active, created_at, updated_at, "
        "version) VALUES (:code, :name, :address, :priority, :active, :now, :now, 1) "
        "RETURNING id"));
    const QString now = Storage::nowText();
    q.bindValue(QStringLiteral(":code"), w.code);
    q.bindValue(QStringLiteral(":name"), w.name);
    q.bindValue(QStringLiteral(":address"), text(w.address));
    q.bindValue(QStringLiteral(":priority"), w.priority);
    q.bindValue(QStringLiteral(":active"), w.active ? 1 : 0);
    q.bindValue(QStringLiteral(":now"), now);
    exec(q);
    w.id = Storage::oneInteger(q);
    w.version = 1;
    w.createdAt = w.updatedAt = now;
    writeLocations(w);
}

bool WarehouseRepository::update(Warehouse& w, qint64 expectedVersion)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE warehouses SET code = :code, name = :name, address = :address, priority = "
        ":priority, active = :active, updated_at = :now, version = version + 1 "
        "WHERE id = :id AND version = :version"));
    q.bindValue(QStringLiteral(":code"), w.code);
    q.bindValue(QStringLiteral(":name"), w.name);
    q.bindValue(QStringLiteral(":address"), text(w.address));
    q.bindValue(QStringLiteral(":priority"), w.priority);
    q.bindValue(QStringLiteral(":active"), w.active ? 1 : 0);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":id"), w.id);
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    exec(q);
    if (q.numRowsAffected() != 1)
        return false;
    writeLocations(w);
    return true;
}

void WarehouseRepository::writeLocations(Warehouse& w)
{
    // Locations may be named by moves: they are deactivated, never deleted.
    QSqlQuery& off = m_db.prepared(
        QStringLiteral("UPDATE warehouse_locations SET active = 0 WHERE warehouse_id = :w"));
    off.bindValue(QStringLiteral(":w"), w.id);
    exec(off);
    for (Location& l : w.locations) {
        if (l.id > 0) {
            QSqlQuery& q = m_db.prepared(QStringLiteral(
                "UPDATE warehouse_locations SET code = :code, name = :name, active = :active "
                "WHERE id = :id AND warehouse_id = :w"));
            q.bindValue(QStringLiteral(":code"), l.code);
            q.bindValue(QStringLiteral(":name"), text(l.name));
            q.bindValue(QStringLiteral(":active"), l.active ? 1 : 0);
            q.bindValue(QStringLiteral(":id"), l.id);
            q.bindValue(QStringLiteral(":w"), w.id);
            exec(q);
        } else {
            QSqlQuery& q = m_db.prepared(QStringLiteral(
                "INSERT INTO warehouse_locations (warehouse_id, code, name, active) VALUES (:w, "
                ":code, :name, :active) RETURNING id"));
            q.bindValue(QStringLiteral(":w"), w.id);
            q.bindValue(QStringLiteral(":code"), l.code);
            q.bindValue(QStringLiteral(":name"), text(l.name));
            q.bindValue(QStringLiteral(":active"), l.active ? 1 : 0);
            exec(q);
            l.id = Storage::oneInteger(q);
        }
    }
}

qint64 WarehouseRepository::onHand(qint64 warehouseId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT CAST(COALESCE(SUM(on_hand), 0) AS BIGINT) FROM stock_levels WHERE warehouse_id = "
        ":w"));
    q.bindValue(QStringLiteral(":w"), warehouseId);
    exec(q);
    const qint64 v = Storage::oneInteger(q);
    return v;
}

QJsonObject WarehouseRepository::list(const Storage::ListQuery& query)
{
    const QJsonValue active = query.filter.value(QLatin1String("active"));
    QString where = QStringLiteral(" WHERE 1 = 1");
    if (active.isBool())
        where += QStringLiteral(" AND w.active = :active");
    if (!query.search.isEmpty())
        where += QStringLiteral(" AND (lower(w.code) LIKE :q ESCAPE '\\' OR lower(w.name) LIKE :q "
                                "ESCAPE '\\' OR lower(w.address) LIKE :q ESCAPE '\\')");
    auto bind = [&](QSqlQuery& q) {
        if (active.isBool())
            q.bindValue(QStringLiteral(":active"), active.toBool() ? 1 : 0);
        if (!query.search.isEmpty())
            q.bindValue(QStringLiteral(":q"), Storage::containsPattern(query.search.toLower()));
    };
    QSqlQuery count = m_db.uncached(QStringLiteral("SELECT COUNT(*) FROM warehouses w") + where);
    bind(count);
    exec(count);
    const qint64 total = Storage::oneInteger(count);
    QSqlQuery q =
        m_db.uncached(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM warehouses w") +
                      where + query.orderBy + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bind(q);
    q.bindValue(QStringLiteral(":limit"), query.limit);
    q.bindValue(QStringLiteral(":offset"), query.offset);
    exec(q);
    QList<Warehouse> found;
    while (q.next())
        found.append(readWarehouse(q));
    q.finish();
    QJsonArray rows;
    for (Warehouse& w : found) {
        loadLocations(w);
        rows.append(toJson(w));
    }
    return QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("total"), total}};
}

} // namespace Erp::Server::Inventory
