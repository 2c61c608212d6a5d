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
            byRole.insert(rg.role, RoleGrants{rg.role, rg.description, {}});
        }
        byRole[rg.role].grants.append(rg.grants);
    }
    AdminRepository repo(ctx.db);
    const QString entity = QStringLiteral("role");
    for (const QString& name : order) {
        const RoleGrants& declared = byRole[name];
        const QSet<QString> seeded = repo.seededGrants(name);
        QStringList todo;
        for (const QString& grant : declared.grants)
            if (!seeded.contains(grant) && !todo.contains(grant))
                todo.append(grant);
        if (todo.isEmpty())
            continue;
        auto role = repo.roleByName(name);
        if (!role && seeded.isEmpty()) {
            RoleRow created;
            created.name = name;
            created.description = declared.description;
            created.permissions = todo;
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
            if (changed.permissions != role->permissions && repo.updateRole(changed, role->version))
                ctx.recordChange(entity, role->id, role->version + 1,
                                 QJsonObject{{QStringLiteral("permissions"),
                                              QJsonArray::fromStringList(role->permissions)}},
                                 QJsonObject{{QStringLiteral("permissions"),
                                              QJsonArray::fromStringList(changed.permissions)}},
                                 false);
        }
        for (const QString& grant : todo)
            repo.markSeeded(name, grant);
        ctx.grantsChanged = true;
    }
}

} // namespace Erp::Server::Admin
