#pragma once

#include <QJsonObject>

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Server::Crm {

class CustomerService;
class LeadService;
class OpportunityService;

/// Activities (crm.activity.*): calls, meetings, e-mails and tasks with a due time, an owner, a
/// result and a done flag, linked to a customer, lead, opportunity or sales order. Audited,
/// versioned, pushed as event.changed {entity: "crm.activity"}.
class ActivityService final
{
public:
    ActivityService(CustomerService& customers, LeadService& leads,
                    OpportunityService& opportunities)
        : m_customers(customers)
        , m_leads(leads)
        , m_opportunities(opportunities)
    {}

    QJsonObject get(Rpc::CallContext& ctx, qint64 id);
    /// filter {owner_id, done, customer_id, lead_id, opportunity_id, order_id, overdue};
    /// overdue ones first, then by due time; each row has `overdue`.
    QJsonObject list(Rpc::CallContext& ctx, const QJsonObject& listParams);
    /// The caller's open activities (done ones too with filter.done = true), overdue first.
    QJsonObject mine(Rpc::CallContext& ctx, const QJsonObject& listParams);
    /// Owner defaults to the caller; links are checked (the caller's record rules apply).
    QJsonObject create(Rpc::CallContext& ctx, const QJsonObject& fields);
    QJsonObject update(Rpc::CallContext& ctx, qint64 id, qint64 version, const QJsonObject& fields);
    /// Marks it done with `result`.
    QJsonObject complete(Rpc::CallContext& ctx, qint64 id, qint64 version, const QString& result);

private:
    CustomerService& m_customers;
    LeadService& m_leads;
    OpportunityService& m_opportunities;
};

} // namespace Erp::Server::Crm
