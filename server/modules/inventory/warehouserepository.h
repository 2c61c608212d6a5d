#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Erp::Storage {
class Database;
struct ListQuery;
} // namespace Erp::Storage

namespace Erp::Server::Inventory {

/// A bin or area inside a warehouse; moves may name one.
struct Location
{
    qint64 id = 0;
    QString code;
    QString name;
    bool active = true;
};

struct Warehouse
{
    qint64 id = 0;
    QString code;
    QString name;
    QString address;
    int priority = 100; ///< allocation order, lower first
    bool active = true;
    QList<Location> locations;
    QString createdAt;
    QString updatedAt;
    qint64 version = 0;
};

QJsonObject toJson(const Warehouse& w);

/// All SQL of warehouses and their locations.
class WarehouseRepository final
{
public:
    explicit WarehouseRepository(Storage::Database& db)
        : m_db(db)
    {}

    std::optional<Warehouse> byId(qint64 id);
    qint64 idByCode(const QString& code, qint64 excludingId);
    /// Inserts the warehouse and its locations; sets ids, version and timestamps.
    void insert(Warehouse& w);
    /// Rewrites the record if `expectedVersion` still matches (locations: ids > 0 are updated,
    /// others inserted, existing ones left out are deactivated); false on a stale version.
    bool update(Warehouse& w, qint64 expectedVersion);
    /// Sum of on-hand over all products in the warehouse (thousandths).
    qint64 onHand(qint64 warehouseId);
    QJsonObject list(const Storage::ListQuery& query);

private:
    void loadLocations(Warehouse& w);
    void writeLocations(Warehouse& w);

    Storage::Database& m_db;
};

} // namespace Erp::Server::Inventory
