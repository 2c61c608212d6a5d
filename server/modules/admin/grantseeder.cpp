#include "server/modules/admin/grantseeder.h"

#include "server/modules/admin/adminrepository.h"
#include "server/rpc/callcontext.h"

#include <QJsonArray>
#include <QMap>

namespace Erp::Server::Admin {

void seedDefaultGrants(Rpc::CallContext& ctx, const QList<RoleGrants>& grants)
{
    // One pass per role, whichever modules declared its grants.
    QMap<QString, RoleGrants> byRole;
    QStringList order;
    for (const RoleGrants& rg : grants) {
        if (!byRole.contains(rg.role)) {
            order.append(rg.role);
            byRole.insert(rg.role, RoleGrants{rg.role, rg.description, {}, {}});
        }
        byRole[rg.role].grants.append(rg.grants);
        byRole[rg.role].recordRules.append(rg.recordRules);
    }
    // A record rule is remembered as seeded under its own key next to the grants.
    const QString rulePrefix = QStringLiteral("record_rule:");
    AdminRepository repo(ctx.db);
    const QString entity = QStringLiteral("role");
    for (const QString& name : order) {
        const RoleGrants& declared = byRole[name];
        const QSet<QString> seeded = repo.seededGrants(name);
        QStringList todo;
        for (const QString& grant : declared.grants)
            if (!seeded.contains(grant) && !todo.contains(grant))
                todo.append(grant);
        QStringList rulesTodo;
        for (const QString& rule : declared.recordRules)
            if (!seeded.contains(rulePrefix + rule) && !rulesTodo.contains(rule))
                rulesTodo.append(rule);
        if (todo.isEmpty() && rulesTodo.isEmpty())
            continue;
        auto role = repo.roleByName(name);
        if (!role && seeded.isEmpty()) {
            RoleRow created;
            created.name = name;
            created.description = declared.description;
            created.permissions = todo;
            created.recordRules = rulesTodo;
            const qint64 id = repo.insertBuiltinRole(created);
            ctx.recordChange(
                entity, id, 1, QJsonValue::Null,
                QJsonObject{{QStringLiteral("name"), name},
                            {QStringLiteral("permissions"), QJsonArray::fromStringList(todo)}},
                false);
        } else if (role) {
            RoleRow changed = *role;
            for (const QString& grant : todo)
                if (!changed.permissions.contains(grant))
                    changed.permissions.append(grant);
            for (const QString& rule : rulesTodo)
                if (!changed.recordRules.contains(rule))
                    changed.recordRules.append(rule);
            if ((changed.permissions != role->permissions ||
                 changed.recordRules != role->recordRules) &&
                repo.updateRole(changed, role->version))
                ctx.recordChange(entity, role->id, role->version + 1,
                                 QJsonObject{{QStringLiteral("permissions"),
                                              QJsonArray::fromStringList(role->permissions)},
                                             {QStringLiteral("record_rules"),
                                              QJsonArray::fromStringList(role->recordRules)}},
                                 QJsonObject{{QStringLiteral("permissions"),
                                              QJsonArray::fromStringList(changed.permissions)},
                                             {QStringLiteral("record_rules"),
                                              QJsonArray::fromStringList(changed.recordRules)}},
                                 false);
        }
        for (const QString& grant : todo)
            repo.markSeeded(name, grant);
        for (const QString& rule : rulesTodo)
            repo.markSeeded(name, rulePrefix + rule);
        ctx.grantsChanged = true;
    }
}

} // namespace Erp::Server::Admin
