#pragma once

#include "server/modules/crm/pipeline.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Server::Crm {

/// The pipeline's configuration: stages (crm.stage.*), lost reasons (crm.lost_reason.*) and the
/// automation rules (crm.rule.*), and what the rules do. Changes are audited and pushed as
/// event.changed; edits take the version they were read at (-32009 when stale).
class PipelineConfig final
{
public:
    /// A store without stages gets the default set (新线索 … 输单) and lost reasons; every start.
    void seedDefaults(Rpc::CallContext& ctx);

    QJsonArray stages(Rpc::CallContext& ctx, bool all);
    /// -32022 for a bad field (both won and lost, probability outside 0..100).
    QJsonObject createStage(Rpc::CallContext& ctx, const QJsonObject& fields);
    QJsonObject updateStage(Rpc::CallContext& ctx, qint64 id, qint64 version,
                            const QJsonObject& fields);
    /// -32004 when unknown; -32030 crm.stage.inactive when switched off.
    Stage activeStage(Rpc::CallContext& ctx, qint64 id);
    /// The first active stage by position that closes nothing (where new opportunities start).
    Stage firstStage(Rpc::CallContext& ctx);
    /// The first active won (or lost) stage; -32030 when none is configured.
    Stage closingStage(Rpc::CallContext& ctx, bool won);

    QJsonArray lostReasons(Rpc::CallContext& ctx, bool all);
    QJsonObject createLostReason(Rpc::CallContext& ctx, const QJsonObject& fields);
    QJsonObject updateLostReason(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                 const QJsonObject& fields);
    /// An active reason; a field error on `reason_id` otherwise (required, unknown).
    LostReason activeReason(Rpc::CallContext& ctx, qint64 id);

    QJsonArray rules(Rpc::CallContext& ctx);
    QJsonObject createRule(Rpc::CallContext& ctx, const QJsonObject& fields);
    QJsonObject updateRule(Rpc::CallContext& ctx, qint64 id, qint64 version,
                           const QJsonObject& fields);

    /// The owner the active lead_created rules give a new lead: the next active user of the
    /// first rule's list after its cursor (round robin), 0 when no rule applies.
    qint64 assignLead(Rpc::CallContext& ctx);
    /// The follow-up activities the active stage_changed rules ask for when an opportunity
    /// enters `stageId` (not yet written: the caller stores them).
    QList<Activity> followUps(Rpc::CallContext& ctx, const Opportunity& o, qint64 stageId);
};

} // namespace Erp::Server::Crm
