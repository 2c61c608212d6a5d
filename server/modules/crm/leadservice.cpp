#include "server/modules/crm/leadservice.h"

#include "common/csv.h"
#include "common/jsonrpc.h"
#include "server/modules/crm/customerservice.h"
#include "server/modules/crm/leadrepository.h"
#include "server/modules/crm/opportunityrepository.h"
#include "server/modules/crm/opportunityservice.h"
#include "server/modules/crm/pipelineconfig.h"
#include "server/modules/crm/pipelinerepository.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"
#include "server/storage/listquery.h"

#include <QDateTime>

namespace Erp::Server::Crm {

using Rpc::Error;

namespace {

const QString kEntity = QStringLiteral("lead");
const QString kChange = QStringLiteral("crm.lead");

const QHash<QString, QString>& sortable()
{
    static const QHash<QString, QString> columns{
        {QStringLiteral("id"), QStringLiteral("l.id")},
        {QStringLiteral("name"), QStringLiteral("l.name")},
        {QStringLiteral("state"), QStringLiteral("l.state")},
        {QStringLiteral("source"), QStringLiteral("l.source")},
        {QStringLiteral("region"), QStringLiteral("l.region")},
        {QStringLiteral("owner_name"), QStringLiteral("COALESCE(u.username, '')")},
        {QStringLiteral("created_at"), QStringLiteral("l.created_at")},
        {QStringLiteral("updated_at"), QStringLiteral("l.updated_at")}};
    return columns;
}

} // namespace

const QString& LeadService::recordEntity()
{
    static const QString entity = QStringLiteral("crm.lead");
    return entity;
}

Platform::RowScope LeadService::visibleTo(const Rpc::CallContext& ctx)
{
    return Platform::RecordRules::sqlCondition(ctx, recordEntity(), QStringLiteral("l.owner_id"));
}

QJsonObject LeadService::get(Rpc::CallContext& ctx, qint64 id)
{
    const auto l = LeadRepository(ctx.db, visibleTo(ctx)).byId(id);
    if (!l)
        throw Rpc::notFound(kEntity, id);
    return toJson(*l);
}

QJsonObject LeadService::list(Rpc::CallContext& ctx, const QJsonObject& params)
{
    const auto query = Storage::ListQuery::parse(params, sortable(), QStringLiteral("-created_at"),
                                                 QStringLiteral("l.id"));
    return LeadRepository(ctx.db, visibleTo(ctx)).list(query);
}

QJsonObject LeadService::create(Rpc::CallContext& ctx, const QJsonObject& fields)
{
    Lead l;
    Rpc::FieldErrors errors;
    applyJson(l, fields, errors);
    if (l.ownerId > 0 && !PipelineRepository(ctx.db).userIsActive(l.ownerId))
        errors.add(QStringLiteral("owner_id"), QStringLiteral("unknown"),
                   QStringLiteral("is not an active user"),
                   QStringLiteral("validation.inactive_user"));
    errors.throwIfAny();
    if (!fields.contains(QLatin1String("owner_id")))
        l.ownerId = m_config.assignLead(ctx); // automation: round robin, or unassigned
    LeadRepository repo(ctx.db);
    repo.insert(l);
    const Lead stored = *repo.byId(l.id);
    ctx.recordChange(kChange, l.id, stored.version, QJsonValue::Null, toJson(stored));
    return toJson(stored);
}

Lead LeadService::loadOpen(Rpc::CallContext& ctx, qint64 id, qint64 version, const QString& action)
{
    const auto l = LeadRepository(ctx.db, visibleTo(ctx)).byId(id);
    if (!l)
        throw Rpc::notFound(kEntity, id);
    if (l->version != version)
        throw Rpc::versionConflict(kEntity, l->version);
    const bool open = l->state == QLatin1String("new") || (l->state == QLatin1String("qualified") &&
                                                           action != QLatin1String("qualify"));
    if (!open)
        throw Error(
            Rpc::BusinessRule,
            QStringLiteral("The lead %1 is %2: it cannot %3").arg(l->name, l->state, action),
            QJsonObject{{QStringLiteral("reason"), QStringLiteral("illegal_transition")},
                        {QStringLiteral("state"), l->state},
                        {QStringLiteral("action"), action}})
            .withId(QStringLiteral("crm.lead.illegal_transition"),
                    QJsonObject{{QStringLiteral("name"), l->name},
                                {QStringLiteral("state"), l->state},
                                {QStringLiteral("action"), action}});
    return *l;
}

QJsonObject LeadService::store(Rpc::CallContext& ctx, const Lead& lead, const QJsonObject& before,
                               qint64 expectedVersion)
{
    LeadRepository repo(ctx.db);
    if (!repo.update(lead, expectedVersion))
        throw Rpc::versionConflict(kEntity, expectedVersion + 1);
    const Lead stored = *repo.byId(lead.id);
    ctx.recordChange(kChange, lead.id, stored.version, before, toJson(stored));
    return toJson(stored);
}

QJsonObject LeadService::update(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                const QJsonObject& fields)
{
    Lead l = loadOpen(ctx, id, version, QStringLiteral("update"));
    const QJsonObject before = toJson(l);
    Rpc::FieldErrors errors;
    applyJson(l, fields, errors);
    if (l.ownerId > 0 && !PipelineRepository(ctx.db).userIsActive(l.ownerId))
        errors.add(QStringLiteral("owner_id"), QStringLiteral("unknown"),
                   QStringLiteral("is not an active user"),
                   QStringLiteral("validation.inactive_user"));
    errors.throwIfAny();
    return store(ctx, l, before, version);
}

QJsonObject LeadService::qualify(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                 const QJsonObject& fields)
{
    Lead l = loadOpen(ctx, id, version, QStringLiteral("qualify"));
    const QJsonObject before = toJson(l);
    Opportunity o;
    o.title = l.name;
    o.leadId = l.id;
    o.customerId = l.customerId;
    o.contactName = l.contactName.isEmpty() ? l.name : l.contactName;
    o.ownerId = l.ownerId > 0 ? l.ownerId : ctx.identity.userId;
    o.notes = l.notes;
    const Stage stage = m_config.firstStage(ctx);
    o.probability = stage.probability;
    Rpc::FieldErrors errors;
    applyJson(o, fields, errors);
    errors.throwIfAny();
    const Opportunity stored = m_opportunities.insert(ctx, o, stage);
    l.state = QStringLiteral("qualified");
    l.opportunityId = stored.id;
    return QJsonObject{{QStringLiteral("lead"), store(ctx, l, before, version)},
                       {QStringLiteral("opportunity"), m_opportunities.get(ctx, stored.id)}};
}

QJsonObject LeadService::customerFields(const Lead& lead)
{
    QJsonObject fields{{QStringLiteral("name"), lead.name},
                       {QStringLiteral("kind"), lead.kind},
                       {QStringLiteral("source"), lead.source},
                       {QStringLiteral("notes"), lead.notes}};
    if (lead.ownerId > 0)
        fields.insert(QStringLiteral("owner_id"), lead.ownerId);
    if (!lead.contactName.isEmpty() || !lead.phone.isEmpty() || !lead.email.isEmpty())
        fields.insert(
            QStringLiteral("contacts"),
            QJsonArray{QJsonObject{
                {QStringLiteral("name"), lead.contactName.isEmpty() ? lead.name : lead.contactName},
                {QStringLiteral("phone"), lead.phone},
                {QStringLiteral("email"), lead.email},
                {QStringLiteral("is_primary"), true}}});
    return fields;
}

QJsonObject LeadService::convert(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                 qint64 customerId, bool allowDuplicates)
{
    Lead l = loadOpen(ctx, id, version, QStringLiteral("convert"));
    const QJsonObject before = toJson(l);
    bool created = false;
    if (customerId > 0) {
        m_customers.get(ctx, customerId); // -32004 for a customer the caller cannot see
    } else {
        // customer.create runs the duplicate check and answers -32030 "duplicates" with the
        // candidates: the clerk links one of them or creates the customer anyway.
        const QJsonObject customer = m_customers.create(ctx, customerFields(l), allowDuplicates);
        customerId = customer.value(QLatin1String("id")).toInteger();
        created = true;
    }
    l.state = QStringLiteral("converted");
    l.customerId = customerId;
    OpportunityRepository(ctx.db).setCustomerOfLead(l.id, customerId);
    return QJsonObject{{QStringLiteral("lead"), store(ctx, l, before, version)},
                       {QStringLiteral("customer_id"), customerId},
                       {QStringLiteral("customer_created"), created}};
}

QJsonObject LeadService::lose(Rpc::CallContext& ctx, qint64 id, qint64 version, qint64 reasonId,
                              const QString& note)
{
    Lead l = loadOpen(ctx, id, version, QStringLiteral("lose"));
    const LostReason reason = m_config.activeReason(ctx, reasonId);
    const QJsonObject before = toJson(l);
    l.state = QStringLiteral("lost");
    l.lostReasonId = reason.id;
    l.lostNote = note.trimmed().left(4000);
    return store(ctx, l, before, version);
}

QJsonObject LeadService::exportRows(Rpc::CallContext& ctx, const QJsonObject& params)
{
    constexpr int MaxRows = 50000;
    QJsonObject listParams = params;
    listParams.remove(QStringLiteral("format"));
    const auto query = Storage::ListQuery::parse(listParams, sortable(), QStringLiteral("name"),
                                                 QStringLiteral("l.id"));
    const QList<Lead> rows = LeadRepository(ctx.db, visibleTo(ctx)).listAll(query, MaxRows);
    if (rows.size() > MaxRows)
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("More than %1 rows match; narrow the filter or export in parts")
                        .arg(MaxRows))
            .withId(QStringLiteral("crm.pipeline.export_too_many"),
                    QJsonObject{{QStringLiteral("max"), MaxRows}});
    QByteArray content =
        Csv::utf8Bom() + Csv::formatRow({QStringLiteral("name"), QStringLiteral("kind"),
                                         QStringLiteral("contact_name"), QStringLiteral("phone"),
                                         QStringLiteral("email"), QStringLiteral("source"),
                                         QStringLiteral("campaign"), QStringLiteral("owner"),
                                         QStringLiteral("region"), QStringLiteral("state"),
                                         QStringLiteral("customer")});
    for (const Lead& l : rows)
        content += Csv::formatRow({l.name, l.kind, l.contactName, l.phone, l.email, l.source,
                                   l.campaign, l.ownerName, l.region, l.state, l.customerName});
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("csv")},
        {QStringLiteral("filename"),
         QStringLiteral("leads-%1.csv")
             .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")))},
        {QStringLiteral("mime"), QStringLiteral("text/csv; charset=utf-8")},
        {QStringLiteral("rows"), int(rows.size())},
        {QStringLiteral("content_base64"), QString::fromLatin1(content.toBase64())}};
}

} // namespace Erp::Server::Crm
