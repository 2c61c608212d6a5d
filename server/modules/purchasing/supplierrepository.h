#pragma once

#include "server/modules/purchasing/supplier.h"

#include <QJsonObject>

#include <optional>

class QSqlQuery;

namespace Erp::Storage {
class Database;
struct ListQuery;
} // namespace Erp::Storage

namespace Erp::Server::Purchasing {

/// All SQL of the supplier master.
class SupplierRepository final
{
public:
    explicit SupplierRepository(Storage::Database& db)
        : m_db(db)
    {}

    std::optional<Supplier> byId(qint64 id);
    qint64 idByCode(const QString& code);
    qint64 idByTaxId(const QString& taxId, qint64 excludingId);
    /// The first supplier of exactly this name (case-insensitive), or 0 (import without codes).
    qint64 idByName(const QString& name);
    /// Inserts the record; sets its id, version and timestamps.
    void insert(Supplier& s);
    /// Rewrites the record if `expectedVersion` still matches; false on a stale version.
    bool update(const Supplier& s, qint64 expectedVersion);
    /// {rows, total, total_capped, next_after}; filter {active: true|false}.
    QJsonObject list(const Storage::ListQuery& query);

private:
    QString whereClause(const Storage::ListQuery& query) const;
    void bindWhere(QSqlQuery& q, const Storage::ListQuery& query) const;

    Storage::Database& m_db;
};

} // namespace Erp::Server::Purchasing
