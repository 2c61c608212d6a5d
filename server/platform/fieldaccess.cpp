#include "server/platform/fieldaccess.h"

#include "common/jsonrpc.h"
#include "server/platform/accesspolicy.h"
#include "server/rpc/callcontext.h"

#include <QJsonArray>
#include <QJsonValue>

namespace Erp::Platform {

bool FieldAccess::canRead(const Rpc::CallContext& ctx, const QString& entity, const QString& field)
{
    return !ctx.access || ctx.access->canRead(ctx.identity.grants, entity, field);
}

void FieldAccess::checkWrite(const Rpc::CallContext& ctx, const QString& entity,
                             const QString& field)
{
    if (!ctx.access)
        return;
    for (const ProtectedField& f : ctx.access->protectedFields(entity)) {
        if (f.field != field || ctx.access->canRead(ctx.identity.grants, entity, field))
            continue;
        throw Rpc::Error(Rpc::Forbidden,
                         QStringLiteral("Forbidden: writing \"%1\" needs the permission %2")
                             .arg(field, f.permission),
                         QJsonObject{{QStringLiteral("field"), field},
                                     {QStringLiteral("entity"), entity},
                                     {QStringLiteral("permission"), f.permission}})
            .withId(
                QStringLiteral("platform.field.forbidden"),
                {{QStringLiteral("field"), field}, {QStringLiteral("permission"), f.permission}});
    }
}

void FieldAccess::checkParams(const Rpc::CallContext& ctx, const QStringList& entities,
                              const QJsonObject& params)
{
    if (!ctx.access || entities.isEmpty())
        return;
    for (const QString& entity : entities)
        for (const ProtectedField& f : ctx.access->protectedFields(entity))
            if (params.contains(f.field))
                checkWrite(ctx, entity, f.field);
}

QStringList FieldAccess::hiddenKeys(const Rpc::CallContext& ctx, const QStringList& entities)
{
    if (!ctx.access || entities.isEmpty())
        return {};
    return ctx.access->hiddenKeys(ctx.identity.grants, entities);
}

void FieldAccess::strip(const Rpc::CallContext& ctx, const QStringList& entities,
                        QJsonValue& result, QByteArray& rawResult)
{
    const QStringList keys = hiddenKeys(ctx, entities);
    if (keys.isEmpty())
        return;
    if (!rawResult.isEmpty())
        AccessPolicy::stripText(rawResult, keys);
    if (result.isObject() || result.isArray())
        AccessPolicy::strip(result, keys);
}

namespace {

void stripAuditRow(const Rpc::CallContext& ctx, QJsonObject& row)
{
    const QString entity = row.value(QLatin1String("entity")).toString();
    const QStringList keys = FieldAccess::hiddenKeys(ctx, {entity});
    if (keys.isEmpty())
        return;
    for (const char* side : {"before", "after"}) {
        QJsonValue v = row.value(QLatin1String(side));
        AccessPolicy::strip(v, keys);
        row.insert(QLatin1String(side), v);
    }
}

} // namespace

void FieldAccess::stripAudit(const Rpc::CallContext& ctx, QJsonObject& result)
{
    if (!ctx.access)
        return;
    if (result.contains(QLatin1String("rows"))) {
        QJsonArray rows = result.value(QLatin1String("rows")).toArray();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QJsonObject row = rows.at(i).toObject();
            stripAuditRow(ctx, row);
            rows.replace(i, row);
        }
        result.insert(QLatin1String("rows"), rows);
    } else {
        stripAuditRow(ctx, result);
    }
}

} // namespace Erp::Platform
