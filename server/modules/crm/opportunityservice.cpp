#include "server/modules/crm/opportunityservice.h"

#include "common/csv.h"
#include "common/jsonrpc.h"
#include "common/money.h"
#include "server/modules/crm/activityrepository.h"
#include "server/modules/crm/crmevents.h"
#include "server/modules/crm/customerservice.h"
#include "server/modules/crm/opportunityrepository.h"
#include "server/modules/crm/pipelineconfig.h"
#include "server/modules/crm/pipelinerepository.h"
#include "server/platform/businessdate.h"
#include "server/platform/documentnumbers.h"
#include "server/platform/eventbus.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"
#include "server/storage/listquery.h"

#include <QDateTime>

namespace Erp::Server::Crm {

using Rpc::Error;

namespace {

const QString kEntity = QStringLiteral("opportunity");
const QString kChange = QStringLiteral("crm.opportunity");

const QHash<QString, QString>& sortable()
{
    static const QHash<QString, QString> columns{
        {QStringLiteral("id"), QStringLiteral("o.id")},
        {QStringLiteral("number"), QStringLiteral("o.number")},
        {QStringLiteral("title"), QStringLiteral("o.title")},
        {QStringLiteral("amount"), QStringLiteral("o.amount")},
        {QStringLiteral("probability"), QStringLiteral("o.probability")},
        {QStringLiteral("expected_close"), QStringLiteral("o.expected_close")},
        {QStringLiteral("stage"), QStringLiteral("s.position")},
        {QStringLiteral("state"), QStringLiteral("o.state")},
        {QStringLiteral("owner_name"), QStringLiteral("COALESCE(u.username, '')")},
        {QStringLiteral("customer_name"), QStringLiteral("COALESCE(c.name, '')")},
        {QStringLiteral("created_at"), QStringLiteral("o.created_at")},
        {QStringLiteral("updated_at"), QStringLiteral("o.updated_at")}};
    return columns;
}

Error closedError(const Opportunity& o)
{
    return Error(Rpc::BusinessRule,
                 QStringLiteral("Opportunity %1 is %2 and can no longer change")
                     .arg(o.number, o.state),
                 QJsonObject{{QStringLiteral("reason"), QStringLiteral("illegal_transition")},
                             {QStringLiteral("state"), o.state}})
        .withId(
            QStringLiteral("crm.opportunity.closed"),
            QJsonObject{{QStringLiteral("number"), o.number}, {QStringLiteral("state"), o.state}});
}

} // namespace

const QString& OpportunityService::recordEntity()
{
    static const QString entity = QStringLiteral("crm.opportunity");
    return entity;
}

Platform::RowScope OpportunityService::visibleTo(const Rpc::CallContext& ctx)
{
    return Platform::RecordRules::sqlCondition(ctx, recordEntity(), QStringLiteral("o.owner_id"));
}

const Platform::NumberSeries& OpportunityService::numberSeries()
{
    static const Platform::NumberSeries series{QStringLiteral("crm.opportunity"),
                                               QStringLiteral("OPP{yyyy}-{n:6}")};
    return series;
}

QJsonObject OpportunityService::detail(Rpc::CallContext& ctx, qint64 id)
{
    OpportunityRepository repo(ctx.db, visibleTo(ctx));
    const auto o = repo.byId(id);
    if (!o)
        throw Rpc::notFound(kEntity, id);
    QJsonObject out = toJson(*o);
    QJsonArray history;
    for (const OpportunityRepository::Move& m : repo.history(id))
        history.append(QJsonObject{{QStringLiteral("from_stage_id"),
                                    m.fromStageId > 0 ? QJsonValue(m.fromStageId) : QJsonValue()},
                                   {QStringLiteral("to_stage_id"), m.toStageId},
                                   {QStringLiteral("moved_at"), m.movedAt},
                                   {QStringLiteral("moved_by"), m.movedBy}});
    out.insert(QStringLiteral("history"), history);
    return out;
}

QJsonObject OpportunityService::get(Rpc::CallContext& ctx, qint64 id)
{
    return detail(ctx, id);
}

QJsonObject OpportunityService::list(Rpc::CallContext& ctx, const QJsonObject& params)
{
    const auto query = Storage::ListQuery::parse(params, sortable(), QStringLiteral("-updated_at"),
                                                 QStringLiteral("o.id"));
    return OpportunityRepository(ctx.db, visibleTo(ctx)).list(query);
}

void OpportunityService::checkFields(Rpc::CallContext& ctx, const Opportunity& o,
                                     Rpc::FieldErrors& errors)
{
    if (o.customerId > 0) {
        try {
            m_customers.get(ctx, o.customerId); // the caller's customer rule applies
        } catch (const Error& e) {
            if (e.code != Rpc::NotFound)
                throw;
            errors.add(QStringLiteral("customer_id"), QStringLiteral("unknown"),
                       QStringLiteral("is not a customer"),
                       QStringLiteral("validation.unknown_customer"));
        }
    }
    if (o.ownerId > 0 && !PipelineRepository(ctx.db).userIsActive(o.ownerId))
        errors.add(QStringLiteral("owner_id"), QStringLiteral("unknown"),
                   QStringLiteral("is not an active user"),
                   QStringLiteral("validation.inactive_user"));
}

QJsonObject OpportunityService::create(Rpc::CallContext& ctx, const QJsonObject& fields)
{
    Opportunity o;
    o.ownerId = ctx.identity.userId; // the clerk who enters it owns it unless told otherwise
    const qint64 stageId = fields.value(QLatin1String("stage_id")).toInteger();
    const Stage stage = stageId > 0 ? m_config.activeStage(ctx, stageId) : m_config.firstStage(ctx);
    if (stage.isWon || stage.isLost)
        throw Error(Rpc::BusinessRule, QStringLiteral("A new opportunity starts in an open stage"))
            .withId(QStringLiteral("crm.opportunity.start_closed"));
    o.probability = stage.probability;
    Rpc::FieldErrors errors;
    applyJson(o, fields, errors);
    checkFields(ctx, o, errors);
    errors.throwIfAny();
    return detail(ctx, insert(ctx, o, stage).id);
}

Opportunity OpportunityService::insert(Rpc::CallContext& ctx, Opportunity o, const Stage& stage)
{
    OpportunityRepository repo(ctx.db);
    o.number = Platform::takeDocumentNumber(ctx.db, numberSeries(), Platform::businessDate());
    o.stageId = stage.id;
    o.state = QStringLiteral("open");
    o.createdAt = o.stageChangedAt = pipelineNow();
    repo.insert(o);
    repo.addHistory(o.id, {0, stage.id, o.stageChangedAt, ctx.identity.username});
    const Opportunity stored = *repo.byId(o.id);
    ctx.recordChange(kChange, o.id, stored.version, QJsonValue::Null, toJson(stored));
    return stored;
}

Opportunity OpportunityService::loadOpen(Rpc::CallContext& ctx, qint64 id, qint64 version)
{
    const auto o = OpportunityRepository(ctx.db, visibleTo(ctx)).byId(id);
    if (!o)
        throw Rpc::notFound(kEntity, id);
    if (o->version != version)
        throw Rpc::versionConflict(kEntity, o->version);
    if (o->state != QLatin1String("open"))
        throw closedError(*o);
    return *o;
}

QJsonObject OpportunityService::update(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                       const QJsonObject& fields)
{
    Opportunity o = loadOpen(ctx, id, version);
    const QJsonObject before = toJson(o);
    Rpc::FieldErrors errors;
    applyJson(o, fields, errors);
    checkFields(ctx, o, errors);
    errors.throwIfAny();
    if (!OpportunityRepository(ctx.db).update(o, version,
                                              fields.contains(QLatin1String("products"))))
        throw Rpc::versionConflict(kEntity, version + 1);
    const QJsonObject after = detail(ctx, id);
    ctx.recordChange(kChange, id, after.value(QLatin1String("version")).toInteger(), before, after);
    return after;
}

QJsonObject OpportunityService::finishMove(Rpc::CallContext& ctx, Opportunity& o,
                                           const QJsonObject& before, qint64 fromStageId,
                                           qint64 expectedVersion)
{
    OpportunityRepository repo(ctx.db);
    o.stageChangedAt = pipelineNow();
    if (o.state != QLatin1String("open"))
        o.closedAt = o.stageChangedAt;
    if (!repo.update(o, expectedVersion, false))
        throw Rpc::versionConflict(kEntity, expectedVersion + 1);
    repo.addHistory(o.id, {fromStageId, o.stageId, o.stageChangedAt, ctx.identity.username});
    // Automation: the follow-up activities the rules of the new stage ask for.
    ActivityRepository activities(ctx.db);
    for (Activity a : m_config.followUps(ctx, o, o.stageId)) {
        activities.insert(a);
        ctx.recordChange(QStringLiteral("crm.activity"), a.id, a.version, QJsonValue::Null,
                         toJson(a));
    }
    const QJsonObject after = detail(ctx, o.id);
    ctx.recordChange(kChange, o.id, after.value(QLatin1String("version")).toInteger(), before,
                     after);
    return after;
}

QJsonObject OpportunityService::move(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                     qint64 stageId)
{
    Opportunity o = loadOpen(ctx, id, version);
    const Stage stage = m_config.activeStage(ctx, stageId);
    if (stage.isWon)
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("Opportunity %1 is won with Win, which creates its sales order")
                        .arg(o.number),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("use_win")}})
            .withId(QStringLiteral("crm.opportunity.move_to_won"),
                    QJsonObject{{QStringLiteral("number"), o.number}});
    if (stage.isLost)
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("Opportunity %1 is lost with Lose and a reason").arg(o.number),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("use_lose")}})
            .withId(QStringLiteral("crm.opportunity.move_to_lost"),
                    QJsonObject{{QStringLiteral("number"), o.number}});
    if (stage.id == o.stageId)
        return detail(ctx, id);
    const QJsonObject before = toJson(o);
    const qint64 from = o.stageId;
    o.stageId = stage.id;
    o.probability = stage.probability;
    return finishMove(ctx, o, before, from, version);
}

QJsonObject OpportunityService::win(Rpc::CallContext& ctx, qint64 id, qint64 version)
{
    Opportunity o = loadOpen(ctx, id, version);
    if (o.customerId <= 0)
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("Opportunity %1 has no customer yet: convert its lead or "
                                   "choose one")
                        .arg(o.number))
            .withId(QStringLiteral("crm.opportunity.needs_customer"),
                    QJsonObject{{QStringLiteral("number"), o.number}});
    if (o.products.isEmpty())
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("Opportunity %1 names no products of interest for its order")
                        .arg(o.number))
            .withId(QStringLiteral("crm.opportunity.no_products"),
                    QJsonObject{{QStringLiteral("number"), o.number}});
    const Stage stage = m_config.closingStage(ctx, true);
    Events::QuotationRequest request;
    request.opportunityId = o.id;
    request.opportunityNumber = o.number;
    request.customerId = o.customerId;
    request.currency = o.currency;
    request.contactName = o.contactName;
    for (const InterestLine& p : std::as_const(o.products))
        request.lines.append({p.productId, p.qty});
    m_events.ask(ctx, request);
    if (!request.answered)
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("No sales module answered: the order could not be created"))
            .withId(QStringLiteral("crm.opportunity.no_sales"));
    const QJsonObject before = toJson(o);
    const qint64 from = o.stageId;
    o.stageId = stage.id;
    o.state = QStringLiteral("won");
    o.probability = stage.probability;
    o.orderId = request.orderId;
    o.orderNumber = request.orderNumber;
    return finishMove(ctx, o, before, from, version);
}

QJsonObject OpportunityService::lose(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                     qint64 reasonId, const QString& note)
{
    Opportunity o = loadOpen(ctx, id, version);
    const LostReason reason = m_config.activeReason(ctx, reasonId);
    const Stage stage = m_config.closingStage(ctx, false);
    const QJsonObject before = toJson(o);
    const qint64 from = o.stageId;
    o.stageId = stage.id;
    o.state = QStringLiteral("lost");
    o.probability = stage.probability;
    o.lostReasonId = reason.id;
    o.lostNote = note.trimmed().left(4000);
    return finishMove(ctx, o, before, from, version);
}

QJsonObject OpportunityService::exportRows(Rpc::CallContext& ctx, const QJsonObject& params)
{
    constexpr int MaxRows = 50000;
    QJsonObject listParams = params;
    listParams.remove(QStringLiteral("format"));
    const auto query = Storage::ListQuery::parse(listParams, sortable(), QStringLiteral("number"),
                                                 QStringLiteral("o.id"));
    const QList<Opportunity> rows =
        OpportunityRepository(ctx.db, visibleTo(ctx)).listAll(query, MaxRows);
    if (rows.size() > MaxRows)
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("More than %1 rows match; narrow the filter or export in parts")
                        .arg(MaxRows))
            .withId(QStringLiteral("crm.pipeline.export_too_many"),
                    QJsonObject{{QStringLiteral("max"), MaxRows}});
    QByteArray content =
        Csv::utf8Bom() + Csv::formatRow({QStringLiteral("number"), QStringLiteral("title"),
                                         QStringLiteral("customer"), QStringLiteral("stage"),
                                         QStringLiteral("state"), QStringLiteral("amount"),
                                         QStringLiteral("currency"), QStringLiteral("probability"),
                                         QStringLiteral("expected_close"), QStringLiteral("owner"),
                                         QStringLiteral("order_number")});
    for (const Opportunity& o : rows)
        content += Csv::formatRow({o.number, o.title, o.customerName, o.stageName, o.state,
                                   Money(o.amount, o.currency).toString(), o.currency,
                                   QString::number(o.probability), o.expectedClose, o.ownerName,
                                   o.orderNumber});
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("csv")},
        {QStringLiteral("filename"),
         QStringLiteral("opportunities-%1.csv")
             .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")))},
        {QStringLiteral("mime"), QStringLiteral("text/csv; charset=utf-8")},
        {QStringLiteral("rows"), int(rows.size())},
        {QStringLiteral("content_base64"), QString::fromLatin1(content.toBase64())}};
}

} // namespace Erp::Server::Crm
