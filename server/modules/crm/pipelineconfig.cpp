#include "server/modules/crm/pipelineconfig.h"

#include "common/jsonrpc.h"
#include "server/modules/crm/pipelinerepository.h"
#include "server/platform/businessdate.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"

#include <QDateTime>
#include <QTimeZone>

namespace Erp::Server::Crm {

using Rpc::Error;

namespace {

const QString kStage = QStringLiteral("crm.stage");
const QString kReason = QStringLiteral("crm.lost_reason");
const QString kRule = QStringLiteral("crm.rule");

} // namespace

void PipelineConfig::seedDefaults(Rpc::CallContext& ctx)
{
    PipelineRepository repo(ctx.db);
    if (repo.stages().isEmpty()) {
        struct Seed
        {
            const char* key;
            const char* name;
            int probability;
            bool won;
            bool lost;
        };
        // The names are the Chinese defaults; the client shows its own translation by key
        // (name_ref) until someone renames a stage.
        const Seed seeds[] = {{"qualification", "新线索", 10, false, false},
                              {"needs_analysis", "需求分析", 30, false, false},
                              {"proposal", "方案报价", 60, false, false},
                              {"negotiation", "谈判", 80, false, false},
                              {"won", "赢单", 100, true, false},
                              {"lost", "输单", 0, false, true}};
        int position = 10;
        for (const Seed& seed : seeds) {
            Stage s;
            s.builtinKey = QString::fromLatin1(seed.key);
            s.name = QString::fromUtf8(seed.name);
            s.position = position;
            position += 10;
            s.probability = seed.probability;
            s.isWon = seed.won;
            s.isLost = seed.lost;
            repo.insert(s);
        }
    }
    if (repo.lostReasons().isEmpty()) {
        const std::pair<const char*, const char*> seeds[] = {
            {"price", "价格太高"},     {"competitor", "选择了竞争对手"},
            {"no_budget", "没有预算"}, {"no_decision", "未做决定"},
            {"timing", "时机不对"},    {"other", "其他"}};
        int position = 10;
        for (const auto& [key, name] : seeds) {
            LostReason r;
            r.builtinKey = QString::fromLatin1(key);
            r.name = QString::fromUtf8(name);
            r.position = position;
            position += 10;
            repo.insert(r);
        }
    }
}

QJsonArray PipelineConfig::stages(Rpc::CallContext& ctx, bool all)
{
    QJsonArray out;
    for (const Stage& s : PipelineRepository(ctx.db).stages(all))
        out.append(toJson(s));
    return out;
}

QJsonObject PipelineConfig::createStage(Rpc::CallContext& ctx, const QJsonObject& fields)
{
    PipelineRepository repo(ctx.db);
    Stage s;
    const QList<Stage> existing = repo.stages();
    s.position = existing.isEmpty() ? 10 : existing.last().position + 10;
    Rpc::FieldErrors errors;
    applyJson(s, fields, errors);
    errors.throwIfAny();
    repo.insert(s);
    const Stage stored = *repo.stage(s.id);
    ctx.recordChange(kStage, s.id, stored.version, QJsonValue::Null, toJson(stored));
    return toJson(stored);
}

QJsonObject PipelineConfig::updateStage(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                        const QJsonObject& fields)
{
    PipelineRepository repo(ctx.db);
    auto s = repo.stage(id);
    if (!s)
        throw Rpc::notFound(QStringLiteral("stage"), id);
    if (s->version != version)
        throw Rpc::versionConflict(QStringLiteral("stage"), s->version);
    const QJsonObject before = toJson(*s);
    Rpc::FieldErrors errors;
    applyJson(*s, fields, errors);
    errors.throwIfAny();
    if (!repo.update(*s, version))
        throw Rpc::versionConflict(QStringLiteral("stage"), version + 1);
    const Stage stored = *repo.stage(id);
    ctx.recordChange(kStage, id, stored.version, before, toJson(stored));
    return toJson(stored);
}

Stage PipelineConfig::activeStage(Rpc::CallContext& ctx, qint64 id)
{
    auto s = PipelineRepository(ctx.db).stage(id);
    if (!s)
        throw Rpc::notFound(QStringLiteral("stage"), id);
    if (!s->active)
        throw Error(Rpc::BusinessRule, QStringLiteral("The stage %1 is switched off").arg(s->name))
            .withId(QStringLiteral("crm.stage.inactive"),
                    QJsonObject{{QStringLiteral("name"), s->name}});
    return *s;
}

Stage PipelineConfig::firstStage(Rpc::CallContext& ctx)
{
    for (const Stage& s : PipelineRepository(ctx.db).stages(false))
        if (!s.isWon && !s.isLost)
            return s;
    throw Error(Rpc::BusinessRule, QStringLiteral("No open stage is configured"))
        .withId(QStringLiteral("crm.stage.none_open"));
}

Stage PipelineConfig::closingStage(Rpc::CallContext& ctx, bool won)
{
    for (const Stage& s : PipelineRepository(ctx.db).stages(false))
        if (won ? s.isWon : s.isLost)
            return s;
    throw Error(Rpc::BusinessRule, won ? QStringLiteral("No won stage is configured")
                                       : QStringLiteral("No lost stage is configured"))
        .withId(won ? QStringLiteral("crm.stage.none_won") : QStringLiteral("crm.stage.none_lost"));
}

QJsonArray PipelineConfig::lostReasons(Rpc::CallContext& ctx, bool all)
{
    QJsonArray out;
    for (const LostReason& r : PipelineRepository(ctx.db).lostReasons(all))
        out.append(toJson(r));
    return out;
}

QJsonObject PipelineConfig::createLostReason(Rpc::CallContext& ctx, const QJsonObject& fields)
{
    PipelineRepository repo(ctx.db);
    LostReason r;
    const QList<LostReason> existing = repo.lostReasons();
    r.position = existing.isEmpty() ? 10 : existing.last().position + 10;
    Rpc::FieldErrors errors;
    applyJson(r, fields, errors);
    errors.throwIfAny();
    repo.insert(r);
    const LostReason stored = *repo.lostReason(r.id);
    ctx.recordChange(kReason, r.id, stored.version, QJsonValue::Null, toJson(stored));
    return toJson(stored);
}

QJsonObject PipelineConfig::updateLostReason(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                             const QJsonObject& fields)
{
    PipelineRepository repo(ctx.db);
    auto r = repo.lostReason(id);
    if (!r)
        throw Rpc::notFound(QStringLiteral("lost_reason"), id);
    if (r->version != version)
        throw Rpc::versionConflict(QStringLiteral("lost_reason"), r->version);
    const QJsonObject before = toJson(*r);
    Rpc::FieldErrors errors;
    applyJson(*r, fields, errors);
    errors.throwIfAny();
    if (!repo.update(*r, version))
        throw Rpc::versionConflict(QStringLiteral("lost_reason"), version + 1);
    const LostReason stored = *repo.lostReason(id);
    ctx.recordChange(kReason, id, stored.version, before, toJson(stored));
    return toJson(stored);
}

LostReason PipelineConfig::activeReason(Rpc::CallContext& ctx, qint64 id)
{
    if (id <= 0)
        throw Error::validation(QStringLiteral("reason_id"), QStringLiteral("required"),
                                QStringLiteral("is required"),
                                QStringLiteral("validation.required"));
    auto r = PipelineRepository(ctx.db).lostReason(id);
    if (!r || !r->active)
        throw Error::validation(QStringLiteral("reason_id"), QStringLiteral("unknown"),
                                QStringLiteral("is not an active lost reason"),
                                QStringLiteral("crm.lost_reason.unknown"));
    return *r;
}

QJsonArray PipelineConfig::rules(Rpc::CallContext& ctx)
{
    QJsonArray out;
    for (const AutomationRule& r : PipelineRepository(ctx.db).rules())
        out.append(toJson(r));
    return out;
}

QJsonObject PipelineConfig::createRule(Rpc::CallContext& ctx, const QJsonObject& fields)
{
    PipelineRepository repo(ctx.db);
    AutomationRule r;
    Rpc::FieldErrors errors;
    applyJson(r, fields, errors);
    for (qint64 user : std::as_const(r.userIds))
        if (!repo.userIsActive(user))
            errors.add(QStringLiteral("user_ids"), QStringLiteral("unknown"),
                       QStringLiteral("is not an active user"),
                       QStringLiteral("validation.inactive_user"));
    errors.throwIfAny();
    repo.insert(r);
    const AutomationRule stored = *repo.rule(r.id);
    ctx.recordChange(kRule, r.id, stored.version, QJsonValue::Null, toJson(stored));
    return toJson(stored);
}

QJsonObject PipelineConfig::updateRule(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                       const QJsonObject& fields)
{
    PipelineRepository repo(ctx.db);
    auto r = repo.rule(id);
    if (!r)
        throw Rpc::notFound(QStringLiteral("automation_rule"), id);
    if (r->version != version)
        throw Rpc::versionConflict(QStringLiteral("automation_rule"), r->version);
    const QJsonObject before = toJson(*r);
    Rpc::FieldErrors errors;
    applyJson(*r, fields, errors);
    errors.throwIfAny();
    if (!repo.update(*r, version))
        throw Rpc::versionConflict(QStringLiteral("automation_rule"), version + 1);
    const AutomationRule stored = *repo.rule(id);
    ctx.recordChange(kRule, id, stored.version, before, toJson(stored));
    return toJson(stored);
}

qint64 PipelineConfig::assignLead(Rpc::CallContext& ctx)
{
    PipelineRepository repo(ctx.db);
    for (const AutomationRule& r : repo.rules(QStringLiteral("lead_created"))) {
        if (!r.active || r.userIds.isEmpty())
            continue;
        // The next user after the cursor, skipping users switched off meanwhile.
        const qsizetype start = r.userIds.indexOf(r.lastUserId) + 1;
        for (qsizetype i = 0; i < r.userIds.size(); ++i) {
            const qint64 user = r.userIds.at((start + i) % r.userIds.size());
            if (repo.userIsActive(user)) {
                repo.setLastUser(r.id, user);
                return user;
            }
        }
    }
    return 0;
}

QList<Activity> PipelineConfig::followUps(Rpc::CallContext& ctx, const Opportunity& o,
                                          qint64 stageId)
{
    QList<Activity> out;
    for (const AutomationRule& r :
         PipelineRepository(ctx.db).rules(QStringLiteral("stage_changed"))) {
        if (!r.active || (r.stageId > 0 && r.stageId != stageId))
            continue;
        Activity a;
        a.kind = r.activityKind;
        a.subject = r.activitySubject;
        a.dueAt = QDateTime(Platform::businessDate().addDays(r.activityDays), QTime(9, 0), Qt::UTC)
                      .toString(Qt::ISODate);
        a.ownerId = o.ownerId;
        a.customerId = o.customerId;
        a.opportunityId = o.id;
        a.notes = o.number;
        out.append(a);
    }
    return out;
}

} // namespace Erp::Server::Crm
