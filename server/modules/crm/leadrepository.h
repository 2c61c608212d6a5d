#pragma once

#include "server/modules/crm/pipeline.h"
#include "server/platform/recordrules.h"

#include <optional>

class QSqlQuery;

namespace Erp::Storage {
class Database;
struct ListQuery;
} // namespace Erp::Storage

namespace Erp::Server::Crm {

/// All SQL of leads (crm_leads). Every read appends the caller's RowScope (`l.owner_id`, the
/// record rule crm.lead.own); writes do not.
class LeadRepository final
{
public:
    explicit LeadRepository(Storage::Database& db, Platform::RowScope scope = {})
        : m_db(db)
        , m_scope(std::move(scope))
    {}

    std::optional<Lead> byId(qint64 id);
    void insert(Lead& l);
    bool update(const Lead& l, qint64 expectedVersion);
    /// {rows, total, total_capped, next_after}; filter {state, owner_id, source}; search over
    /// name, contact, phone, e-mail, campaign and region.
    QJsonObject list(const Storage::ListQuery& query);
    /// Every lead the query matches (export), at most `max` (+1 to see there were more).
    QList<Lead> listAll(const Storage::ListQuery& query, int max);

private:
    QString where(const Storage::ListQuery& query) const;
    void bind(QSqlQuery& q, const Storage::ListQuery& query) const;

    Storage::Database& m_db;
    Platform::RowScope m_scope;
};

} // namespace Erp::Server::Crm
