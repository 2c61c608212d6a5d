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

/// All SQL of opportunities, their products of interest and stage history. Every read of
/// opportunities appends the caller's RowScope (`o.owner_id`, the record rule
/// crm.opportunity.own); writes do not.
class OpportunityRepository final
{
public:
    explicit OpportunityRepository(Storage::Database& db, Platform::RowScope scope = {})
        : m_db(db)
        , m_scope(std::move(scope))
    {}

    /// With its products of interest.
    std::optional<Opportunity> byId(qint64 id);
    /// Inserts the record and its products; sets id and version.
    void insert(Opportunity& o);
    /// Rewrites the record (and its products when `products`) if the version still matches.
    bool update(const Opportunity& o, qint64 expectedVersion, bool products);
    /// {rows, total, total_capped, next_after}; filter {stage_id, state, owner_id, customer_id,
    /// lead_id, close_from, close_to}; search over number, title, customer and contact.
    QJsonObject list(const Storage::ListQuery& query);
    QList<Opportunity> listAll(const Storage::ListQuery& query, int max);
    /// The customer's opportunities, newest first, at most `limit`; `total` gets their count.
    QList<Opportunity> ofCustomer(qint64 customerId, int limit, qint64* total);
    /// Gives the lead's opportunities without a customer this customer (lead conversion).
    void setCustomerOfLead(qint64 leadId, qint64 customerId);

    struct Move
    {
        qint64 fromStageId = 0;
        qint64 toStageId = 0;
        QString movedAt;
        QString movedBy;
    };
    void addHistory(qint64 opportunityId, const Move& move);
    QList<Move> history(qint64 opportunityId);

private:
    QString where(const Storage::ListQuery& query) const;
    void bind(QSqlQuery& q, const Storage::ListQuery& query) const;
    void writeProducts(const Opportunity& o);
    QList<InterestLine> products(qint64 opportunityId);

    Storage::Database& m_db;
    Platform::RowScope m_scope;
};

} // namespace Erp::Server::Crm
