#include "server/modules/crm/activityservice.h"

#include "common/jsonrpc.h"
#include "server/modules/crm/activityrepository.h"
#include "server/modules/crm/customerservice.h"
#include "server/modules/crm/leadservice.h"
#include "server/modules/crm/opportunityservice.h"
#include "server/modules/crm/pipelinerepository.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"
#include "server/storage/database.h"
#include "server/storage/listquery.h"

namespace Erp::Server::Crm {

using Rpc::Error;

namespace {

const QString kEntity = QStringLiteral("activity");
const QString kChange = QStringLiteral("crm.activity");

/// Runs `read` and turns its -32004 into a field error on `field`.
template <typename Read>
void checkLink(Rpc::FieldErrors& errors, const QString& field, Read read)
{
    try {
        read();
    } catch (const Error& e) {
        if (e.code != Rpc::NotFound)
            throw;
        errors.add(field, QStringLiteral("unknown"), QStringLiteral("must be a record id"),
                   QStringLiteral("validation.record_id"));
    }
}

} // namespace

QJsonObject ActivityService::get(Rpc::CallContext& ctx, qint64 id)
{
    const auto a = ActivityRepository(ctx.db).byId(id);
    if (!a)
        throw Rpc::notFound(kEntity, id);
    QJsonObject out = toJson(*a);
    out.insert(QStringLiteral("overdue"), !a->done && a->dueAt < Storage::nowText());
    return out;
}

QJsonObject ActivityService::list(Rpc::CallContext& ctx, const QJsonObject& params)
{
    static const QHash<QString, QString> sortable{
        {QStringLiteral("id"), QStringLiteral("a.id")},
        {QStringLiteral("due_at"), QStringLiteral("a.due_at")},
        {QStringLiteral("kind"), QStringLiteral("a.kind")},
        {QStringLiteral("subject"), QStringLiteral("a.subject")},
        {QStringLiteral("owner_name"), QStringLiteral("COALESCE(u.username, '')")}};
    const auto query = Storage::ListQuery::parse(params, sortable, QStringLiteral("due_at"),
                                                 QStringLiteral("a.id"));
    return ActivityRepository(ctx.db).list(query, Storage::nowText());
}

QJsonObject ActivityService::mine(Rpc::CallContext& ctx, const QJsonObject& params)
{
    QJsonObject p = params;
    QJsonObject filter = p.value(QLatin1String("filter")).toObject();
    filter.insert(QStringLiteral("owner_id"), ctx.identity.userId);
    if (!filter.contains(QLatin1String("done")))
        filter.insert(QStringLiteral("done"), false);
    p.insert(QStringLiteral("filter"), filter);
    return list(ctx, p);
}

QJsonObject ActivityService::create(Rpc::CallContext& ctx, const QJsonObject& fields)
{
    Activity a;
    a.ownerId = ctx.identity.userId;
    Rpc::FieldErrors errors;
    applyJson(a, fields, errors);
    if (a.dueAt.isEmpty() && !fields.contains(QLatin1String("due_at")))
        errors.add(QStringLiteral("due_at"), QStringLiteral("required"),
                   QStringLiteral("is required"), QStringLiteral("validation.required"));
    if (a.customerId > 0)
        checkLink(errors, QStringLiteral("customer_id"),
                  [&] { m_customers.get(ctx, a.customerId); });
    if (a.leadId > 0)
        checkLink(errors, QStringLiteral("lead_id"), [&] { m_leads.get(ctx, a.leadId); });
    if (a.opportunityId > 0)
        checkLink(errors, QStringLiteral("opportunity_id"),
                  [&] { m_opportunities.get(ctx, a.opportunityId); });
    if (a.ownerId > 0 && !PipelineRepository(ctx.db).userIsActive(a.ownerId))
        errors.add(QStringLiteral("owner_id"), QStringLiteral("unknown"),
                   QStringLiteral("is not an active user"),
                   QStringLiteral("validation.inactive_user"));
    errors.throwIfAny();
    if (a.done)
        a.doneAt = Storage::nowText();
    ActivityRepository repo(ctx.db);
    repo.insert(a);
    const QJsonObject stored = get(ctx, a.id);
    ctx.recordChange(kChange, a.id, 1, QJsonValue::Null, stored);
    return stored;
}

QJsonObject ActivityService::update(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                    const QJsonObject& fields)
{
    ActivityRepository repo(ctx.db);
    auto a = repo.byId(id);
    if (!a)
        throw Rpc::notFound(kEntity, id);
    if (a->version != version)
        throw Rpc::versionConflict(kEntity, a->version);
    const QJsonObject before = toJson(*a);
    const bool wasDone = a->done;
    Rpc::FieldErrors errors;
    applyJson(*a, fields, errors);
    errors.throwIfAny();
    if (a->done && !wasDone)
        a->doneAt = Storage::nowText();
    if (!a->done)
        a->doneAt.clear();
    if (!repo.update(*a, version))
        throw Rpc::versionConflict(kEntity, version + 1);
    const QJsonObject stored = get(ctx, id);
    ctx.recordChange(kChange, id, version + 1, before, stored);
    return stored;
}

QJsonObject ActivityService::complete(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                      const QString& result)
{
    QJsonObject fields{{QStringLiteral("done"), true}};
    if (!result.isEmpty())
        fields.insert(QStringLiteral("result"), result);
    return update(ctx, id, version, fields);
}

} // namespace Erp::Server::Crm
