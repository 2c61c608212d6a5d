#pragma once

#include "server/modules/crm/pipeline.h"
#include "server/platform/recordrules.h"

#include <QJsonObject>

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Server::Crm {

class CustomerService;
class OpportunityService;
class PipelineConfig;

/// The rules of leads (crm.lead.*): new -> qualified (an opportunity) -> converted (a customer)
/// | lost (with a reason). Conversion runs the customer master's duplicate check, so a customer
/// is never typed twice. Audited, versioned, pushed as event.changed {entity: "crm.lead"}.
class LeadService final
{
public:
    LeadService(CustomerService& customers, OpportunityService& opportunities,
                PipelineConfig& config)
        : m_customers(customers)
        , m_opportunities(opportunities)
        , m_config(config)
    {}

    /// The record rule entity (crm.lead.own).
    static const QString& recordEntity();
    static Platform::RowScope visibleTo(const Rpc::CallContext& ctx);

    QJsonObject get(Rpc::CallContext& ctx, qint64 id);
    QJsonObject list(Rpc::CallContext& ctx, const QJsonObject& listParams);
    /// A new lead; without owner_id the automation's round robin assigns one (or none).
    QJsonObject create(Rpc::CallContext& ctx, const QJsonObject& fields);
    /// Changes a new or qualified lead; -32030 crm.lead.closed once converted or lost.
    QJsonObject update(Rpc::CallContext& ctx, qint64 id, qint64 version, const QJsonObject& fields);
    /// new -> qualified: creates its opportunity (title, amount, expected_close, products from
    /// `fields`); returns {lead, opportunity}.
    QJsonObject qualify(Rpc::CallContext& ctx, qint64 id, qint64 version,
                        const QJsonObject& fields);
    /// new|qualified -> converted: links `customerId` (when > 0), else creates a customer from
    /// the lead unless it looks like an existing one (-32030, data.reason "duplicates", the
    /// candidates in data.duplicates; `allowDuplicates` creates it anyway). The lead's
    /// opportunities without a customer get it. Returns {lead, customer_id, customer_created}.
    QJsonObject convert(Rpc::CallContext& ctx, qint64 id, qint64 version, qint64 customerId,
                        bool allowDuplicates);
    /// new|qualified -> lost with a reason (-32022 on reason_id without one).
    QJsonObject lose(Rpc::CallContext& ctx, qint64 id, qint64 version, qint64 reasonId,
                     const QString& note);
    QJsonObject exportRows(Rpc::CallContext& ctx, const QJsonObject& params);

    /// The customer master's fields for a customer made from `lead`.
    static QJsonObject customerFields(const Lead& lead);

private:
    Lead loadOpen(Rpc::CallContext& ctx, qint64 id, qint64 version, const QString& action);
    QJsonObject store(Rpc::CallContext& ctx, const Lead& lead, const QJsonObject& before,
                      qint64 expectedVersion);

    CustomerService& m_customers;
    OpportunityService& m_opportunities;
    PipelineConfig& m_config;
};

} // namespace Erp::Server::Crm
