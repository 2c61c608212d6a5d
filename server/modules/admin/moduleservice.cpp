#include "server/modules/admin/moduleservice.h"

#include "common/jsonrpc.h"
#include "server/platform/modulecatalog.h"
#include "server/platform/platformrepository.h"
#include "server/rpc/callcontext.h"

#include <QJsonArray>

namespace Erp::Server::Admin {

using Rpc::Error;

namespace {

QJsonObject moduleJson(const ModuleInfo& m, bool enabled)
{
    return {{QStringLiteral("name"), m.name},
            {QStringLiteral("description"), m.description},
            {QStringLiteral("dependencies"), QJsonArray::fromStringList(m.dependencies)},
            {QStringLiteral("core"), m.core},
            {QStringLiteral("enabled"), enabled}};
}

} // namespace

QJsonObject ModuleService::list(Rpc::CallContext& ctx) const
{
    // From the store, not the cache: the answer is this transaction's truth.
    const QSet<QString> disabled = PlatformRepository(ctx.db).disabledModules();
    QJsonArray rows;
    for (const ModuleInfo& m : m_catalog.modules())
        rows.append(moduleJson(m, m.core || !disabled.contains(m.name)));
    return {{QStringLiteral("modules"), rows}};
}

QJsonObject ModuleService::setEnabled(Rpc::CallContext& ctx, const QString& module,
                                      bool enabled) const
{
    const ModuleInfo* info = m_catalog.find(module);
    if (!info)
        throw Error(Rpc::NotFound, QStringLiteral("No module named %1").arg(module))
            .withId(QStringLiteral("admin.module.unknown"), {{QStringLiteral("module"), module}});
    if (info->core && !enabled)
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("The module %1 is part of the core and cannot be switched off")
                        .arg(module),
                    QJsonObject{{QStringLiteral("module"), module}})
            .withId(QStringLiteral("admin.module.core"), {{QStringLiteral("module"), module}});
    PlatformRepository repo(ctx.db);
    const QSet<QString> disabled = repo.disabledModules();
    if (!enabled) {
        QStringList users;
        for (const ModuleInfo& m : m_catalog.modules())
            if (m.dependencies.contains(module) && !disabled.contains(m.name))
                users.append(m.name);
        if (!users.isEmpty())
            throw Error(
                Rpc::BusinessRule,
                QStringLiteral("The module %1 cannot be switched off: %2 needs it")
                    .arg(module, users.join(QStringLiteral(", "))),
                QJsonObject{{QStringLiteral("module"), module},
                            {QStringLiteral("required_by"), QJsonArray::fromStringList(users)}})
                .withId(QStringLiteral("admin.module.required"),
                        {{QStringLiteral("module"), module},
                         {QStringLiteral("by"), users.join(QStringLiteral(", "))}});
    } else {
        QStringList missing;
        for (const QString& dep : info->dependencies)
            if (disabled.contains(dep))
                missing.append(dep);
        if (!missing.isEmpty())
            throw Error(Rpc::BusinessRule,
                        QStringLiteral("The module %1 needs %2: switch that on first")
                            .arg(module, missing.join(QStringLiteral(", "))),
                        QJsonObject{{QStringLiteral("module"), module},
                                    {QStringLiteral("needs"), QJsonArray::fromStringList(missing)}})
                .withId(QStringLiteral("admin.module.needs"),
                        {{QStringLiteral("module"), module},
                         {QStringLiteral("needs"), missing.join(QStringLiteral(", "))}});
    }
    const bool was = !disabled.contains(module);
    const QJsonObject before = moduleJson(*info, was);
    if (was == enabled)
        return before; // nothing to switch, nothing to audit
    const ModuleState state = repo.setModuleEnabled(module, enabled);
    const QJsonObject after = moduleJson(*info, enabled);
    // After commit the dispatcher hands this change to the catalog, which reloads its set.
    ctx.recordChange(ModuleCatalog::Entity, state.id, state.version, before, after);
    return after;
}

} // namespace Erp::Server::Admin
