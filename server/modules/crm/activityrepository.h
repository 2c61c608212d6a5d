#pragma once

#include "server/modules/crm/pipeline.h"

#include <optional>

class QSqlQuery;

namespace Erp::Storage {
class Database;
struct ListQuery;
} // namespace Erp::Storage

namespace Erp::Server::Crm {

/// All SQL of activities (crm_activities).
class ActivityRepository final
{
public:
    explicit ActivityRepository(Storage::Database& db)
        : m_db(db)
    {}

    std::optional<Activity> byId(qint64 id);
    void insert(Activity& a);
    bool update(const Activity& a, qint64 expectedVersion);
    /// {rows, total, ...}; filter {owner_id, done, customer_id, lead_id, opportunity_id,
    /// order_id, overdue}; `now` decides what is overdue. The order puts overdue ones first
    /// (open and due before `now`), then by due time.
    QJsonObject list(const Storage::ListQuery& query, const QString& now);
    /// The customer's activities (directly or through its opportunities), newest due first.
    QList<Activity> ofCustomer(qint64 customerId, int limit, qint64* total);

private:
    QString where(const Storage::ListQuery& query) const;
    void bind(QSqlQuery& q, const Storage::ListQuery& query, const QString& now) const;

    Storage::Database& m_db;
};

} // namespace Erp::Server::Crm
