#pragma once

#include "server/modules/crm/pipeline.h"
#include "server/platform/recordrules.h"

#include <QJsonObject>

namespace Erp::Rpc {
struct CallContext;
class FieldErrors;
} // namespace Erp::Rpc
namespace Erp::Platform {
class EventBus;
struct NumberSeries;
} // namespace Erp::Platform

namespace Erp::Server::Crm {

class CustomerService;
class PipelineConfig;

/// The rules of opportunities (crm.opportunity.*): editing, moving through the stages, winning
/// (a draft sales order through the sales module) and losing (with a reason). Every step takes
/// the version it was read at (-32009 when stale), is audited, recorded in the stage history
/// and pushed as event.changed {entity: "crm.opportunity"}.
class OpportunityService final
{
public:
    OpportunityService(CustomerService& customers, PipelineConfig& config,
                       const Platform::EventBus& events)
        : m_customers(customers)
        , m_config(config)
        , m_events(events)
    {}

    /// The record rule entity ("sales sees only what it owns": crm.opportunity.own).
    static const QString& recordEntity();
    static Platform::RowScope visibleTo(const Rpc::CallContext& ctx);
    static const Platform::NumberSeries& numberSeries();

    /// With products of interest and stage history; -32004 when unknown or not visible.
    QJsonObject get(Rpc::CallContext& ctx, qint64 id);
    QJsonObject list(Rpc::CallContext& ctx, const QJsonObject& listParams);
    /// A new open opportunity in `stage_id` (default: the first open stage) with the stage's
    /// probability unless given; -32022 for bad fields.
    QJsonObject create(Rpc::CallContext& ctx, const QJsonObject& fields);
    /// Writes a prepared record (create, a lead's qualification, the demo): number, first
    /// history row, audit.
    Opportunity insert(Rpc::CallContext& ctx, Opportunity o, const Stage& stage);
    /// Changes an open opportunity; -32030 crm.opportunity.closed once won or lost.
    QJsonObject update(Rpc::CallContext& ctx, qint64 id, qint64 version, const QJsonObject& fields);
    /// Moves an open opportunity to another open stage (its probability becomes the stage's).
    /// A won or lost stage is reached through win / lose only (-32030).
    QJsonObject move(Rpc::CallContext& ctx, qint64 id, qint64 version, qint64 stageId);
    /// Closes as won: asks sales for a draft order of the customer and the products of
    /// interest (crm.quotation_requested) and links it. -32030 without customer or products.
    QJsonObject win(Rpc::CallContext& ctx, qint64 id, qint64 version);
    /// Closes as lost with a reason of crm.lost_reason.* (-32022 on reason_id without one).
    QJsonObject lose(Rpc::CallContext& ctx, qint64 id, qint64 version, qint64 reasonId,
                     const QString& note);
    /// CSV of the list's rows (filter/search as the list; the record rule applies).
    QJsonObject exportRows(Rpc::CallContext& ctx, const QJsonObject& params);

private:
    Opportunity loadOpen(Rpc::CallContext& ctx, qint64 id, qint64 version);
    /// Writes a stage change of `o` (already changed in memory) with history, audit and the
    /// automation's follow-up activities.
    QJsonObject finishMove(Rpc::CallContext& ctx, Opportunity& o, const QJsonObject& before,
                           qint64 fromStageId, qint64 expectedVersion);
    void checkFields(Rpc::CallContext& ctx, const Opportunity& o, Rpc::FieldErrors& errors);
    QJsonObject detail(Rpc::CallContext& ctx, qint64 id);

    CustomerService& m_customers;
    PipelineConfig& m_config;
    const Platform::EventBus& m_events;
};

} // namespace Erp::Server::Crm
