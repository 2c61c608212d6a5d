#include "server/modules/admin/adminservice.h"

#include "common/jsonrpc.h"
#include "common/permission.h"
#include "server/modules/admin/adminevents.h"
#include "server/modules/admin/adminrepository.h"
#include "server/modules/admin/passwordhasher.h"
#include "server/modules/admin/userrules.h"
#include "server/platform/eventbus.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"
#include "server/rpc/registry.h"
#include "server/storage/listquery.h"

#include <QJsonArray>

namespace Erp::Server::Admin {

using Rpc::Error;

namespace {

const QString kUser = QStringLiteral("user");
const QString kRole = QStringLiteral("role");
const QString kAdminRole = QStringLiteral("admin");

QJsonObject userJson(const UserRow& u, const QStringList& roles)
{
    return QJsonObject{{QStringLiteral("id"), u.id},
                       {QStringLiteral("username"), u.username},
                       {QStringLiteral("full_name"), u.fullName},
                       {QStringLiteral("email"), u.email},
                       {QStringLiteral("active"), u.active},
                       {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                       {QStringLiteral("locked_until"), u.lockedUntil},
                       {QStringLiteral("last_login_at"), u.lastLoginAt},
                       {QStringLiteral("created_at"), u.createdAt},
                       {QStringLiteral("updated_at"), u.updatedAt},
                       {QStringLiteral("version"), u.version}};
}

QJsonObject roleJson(const RoleRow& r, int userCount)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("name"), r.name},
                       {QStringLiteral("description"), r.description},
                       {QStringLiteral("permissions"), QJsonArray::fromStringList(r.permissions)},
                       {QStringLiteral("builtin"), r.builtin},
                       {QStringLiteral("user_count"), userCount},
                       {QStringLiteral("record_rules"), QJsonArray::fromStringList(r.recordRules)},
                       {QStringLiteral("version"), r.version}};
}

/// The audited picture of a user: everything but secrets.
QJsonObject auditView(const QJsonObject& user)
{
    QJsonObject v = user;
    v.remove(QStringLiteral("last_login_at"));
    return v;
}

} // namespace

QJsonObject AdminService::listUsers(Rpc::CallContext& ctx, const QJsonObject& params)
{
    static const QHash<QString, QString> sortable{
        {QStringLiteral("id"), QStringLiteral("id")},
        {QStringLiteral("username"), QStringLiteral("username")},
        {QStringLiteral("full_name"), QStringLiteral("full_name")},
        {QStringLiteral("email"), QStringLiteral("email")},
        {QStringLiteral("active"), QStringLiteral("active")},
        {QStringLiteral("last_login_at"), QStringLiteral("last_login_at")}};
    return AdminRepository(ctx.db).listUsers(
        Storage::ListQuery::parse(params, sortable, QStringLiteral("username")));
}

QJsonObject AdminService::getUser(Rpc::CallContext& ctx, qint64 id)
{
    AdminRepository repo(ctx.db);
    const auto user = repo.userById(id);
    if (!user)
        throw Rpc::notFound(kUser, id);
    return userJson(*user, repo.roleNamesOfUser(id));
}

QJsonObject AdminService::createUser(Rpc::CallContext& ctx, const UserInput& in)
{
    return insertUser(ctx, in, true);
}

QJsonObject AdminService::insertUser(Rpc::CallContext& ctx, const UserInput& in,
                                     bool checkPasswordRules)
{
    AdminRepository repo(ctx.db);
    Rpc::FieldErrors errors;
    const QString username = in.username.trimmed();
    checkUsername(errors, username);
    if (errors.isEmpty() && repo.userByUsername(username))
        errors.add(QStringLiteral("username"), QStringLiteral("duplicate"),
                   QStringLiteral("is already taken"), QStringLiteral("validation.taken"));
    if (checkPasswordRules)
        checkPassword(errors, QStringLiteral("password"), in.password);
    else if (in.password.isEmpty())
        errors.add(QStringLiteral("password"), QStringLiteral("required"),
                   QStringLiteral("is required"), QStringLiteral("validation.required"));
    checkEmail(errors, in.email.value_or(QString()).trimmed());
    QList<qint64> roleIds;
    for (const QString& name : in.roles.value_or(QStringList())) {
        const auto role = repo.roleByName(name);
        if (!role)
            errors.add(QStringLiteral("roles"), QStringLiteral("unknown"),
                       QStringLiteral("has an unknown role \"%1\"").arg(name),
                       QStringLiteral("admin.user.unknown_role"),
                       QJsonObject{{QStringLiteral("role"), name}});
        else if (!roleIds.contains(role->id))
            roleIds.append(role->id);
    }
    errors.throwIfAny();

    UserRow user;
    user.username = username;
    user.fullName = in.fullName.value_or(QString()).trimmed();
    user.email = in.email.value_or(QString()).trimmed();
    user.active = in.active.value_or(true);
    user.passwordHash = PasswordHasher::hash(in.password);
    const qint64 id = repo.insertUser(user);
    repo.setUserRoles(id, roleIds);
    const QJsonObject result = getUser(ctx, id);
    ctx.recordChange(kUser, id, 1, QJsonValue::Null, auditView(result));
    return result;
}

QJsonObject AdminService::updateUser(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                     const UserInput& in)
{
    AdminRepository repo(ctx.db);
    auto user = repo.userById(id);
    if (!user)
        throw Rpc::notFound(kUser, id);
    if (user->version != version)
        throw Rpc::versionConflict(kUser, user->version);
    const QJsonObject before = getUser(ctx, id);

    Rpc::FieldErrors errors;
    if (in.email)
        checkEmail(errors, in.email->trimmed());
    QList<qint64> roleIds;
    QStringList newRoles = repo.roleNamesOfUser(id);
    if (in.roles) {
        newRoles.clear();
        for (const QString& name : *in.roles) {
            const auto role = repo.roleByName(name);
            if (!role) {
                errors.add(QStringLiteral("roles"), QStringLiteral("unknown"),
                           QStringLiteral("has an unknown role \"%1\"").arg(name),
                           QStringLiteral("admin.user.unknown_role"),
                           QJsonObject{{QStringLiteral("role"), name}});
            } else if (!roleIds.contains(role->id)) {
                roleIds.append(role->id);
                newRoles.append(name);
            }
        }
    }
    errors.throwIfAny();

    const bool staysAdmin = in.active.value_or(user->active) && newRoles.contains(kAdminRole);
    if (!staysAdmin && before.value(QLatin1String("roles")).toArray().contains(kAdminRole) &&
        user->active && repo.countActiveUsersWithRole(kAdminRole, id) == 0)
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("This is the last active administrator: it must stay active "
                                   "and keep the admin role"))
            .withId(QStringLiteral("admin.user.last_admin"));

    if (in.fullName)
        user->fullName = in.fullName->trimmed();
    if (in.email)
        user->email = in.email->trimmed();
    if (in.active)
        user->active = *in.active;
    if (!repo.updateUser(*user, version))
        throw Rpc::versionConflict(kUser, version + 1);
    if (in.roles)
        repo.setUserRoles(id, roleIds);
    if (!user->active)
        repo.deleteSessionsOfUser(id);
    if (in.roles || in.active) {
        ctx.grantsChanged = true;
        m_events.publish(ctx, Events::UserAccessChanged{id, newRoles, user->active});
    }
    const QJsonObject after = getUser(ctx, id);
    ctx.recordChange(kUser, id, after.value(QLatin1String("version")).toInteger(),
                     auditView(before), auditView(after));
    return after;
}

QJsonObject AdminService::setPassword(Rpc::CallContext& ctx, qint64 id, const QString& password)
{
    AdminRepository repo(ctx.db);
    auto user = repo.userById(id);
    if (!user)
        throw Rpc::notFound(kUser, id);
    Rpc::FieldErrors errors;
    checkPassword(errors, QStringLiteral("password"), password);
    errors.throwIfAny();
    const qint64 version = user->version;
    user->passwordHash = PasswordHasher::hash(password);
    if (!repo.updateUser(*user, version))
        throw Rpc::versionConflict(kUser, version + 1);
    repo.deleteSessionsOfUser(id);
    ctx.recordChange(kUser, id, version + 1,
                     QJsonObject{{QStringLiteral("password"), QStringLiteral("(old)")}},
                     QJsonObject{{QStringLiteral("password"), QStringLiteral("(reset)")}});
    return getUser(ctx, id);
}

QJsonObject AdminService::unlockUser(Rpc::CallContext& ctx, qint64 id)
{
    AdminRepository repo(ctx.db);
    auto user = repo.userById(id);
    if (!user)
        throw Rpc::notFound(kUser, id);
    const qint64 version = user->version;
    const QJsonObject before{{QStringLiteral("locked_until"), user->lockedUntil},
                             {QStringLiteral("failed_logins"), user->failedLogins}};
    user->failedLogins = 0;
    user->lockedUntil.clear();
    if (!repo.updateUser(*user, version))
        throw Rpc::versionConflict(kUser, version + 1);
    ctx.recordChange(kUser, id, version + 1, before,
                     QJsonObject{{QStringLiteral("locked_until"), QJsonValue::Null},
                                 {QStringLiteral("failed_logins"), 0}});
    return getUser(ctx, id);
}

QJsonObject AdminService::listRoles(Rpc::CallContext& ctx, const QJsonObject& params)
{
    static const QHash<QString, QString> sortable{{QStringLiteral("id"), QStringLiteral("id")},
                                                  {QStringLiteral("name"), QStringLiteral("name")}};
    return AdminRepository(ctx.db).listRoles(
        Storage::ListQuery::parse(params, sortable, QStringLiteral("name")));
}

QJsonObject AdminService::getRole(Rpc::CallContext& ctx, qint64 id)
{
    AdminRepository repo(ctx.db);
    const auto role = repo.roleById(id);
    if (!role)
        throw Rpc::notFound(kRole, id);
    return roleJson(*role, repo.userCountOfRole(id));
}

void AdminService::checkPermissions(const QStringList& permissions, Rpc::FieldErrors& errors) const
{
    // Names outside today's catalogue are accepted: a role may be prepared for a module that
    // is installed later. Only the shape is checked.
    for (const QString& p : permissions) {
        if (!isValidPermissionName(p, true)) {
            errors.add(QStringLiteral("permissions"), QStringLiteral("invalid"),
                       QStringLiteral("\"%1\" is not a permission").arg(p),
                       QStringLiteral("admin.role.unknown_permission"),
                       QJsonObject{{QStringLiteral("permission"), p}});
            return;
        }
    }
}

void AdminService::checkRecordRules(const QStringList& rules, Rpc::FieldErrors& errors) const
{
    for (const QString& id : rules) {
        if (!m_registry.access().recordRule(id)) {
            errors.add(QStringLiteral("record_rules"), QStringLiteral("invalid"),
                       QStringLiteral("\"%1\" is not a record rule").arg(id),
                       QStringLiteral("admin.role.record_rule_unknown"),
                       {{QStringLiteral("rule"), id}});
            return;
        }
    }
}

QJsonArray AdminService::recordRuleCatalogue() const
{
    QJsonArray out;
    for (const Platform::RecordRule& r : m_registry.access().recordRules())
        out.append(QJsonObject{{QStringLiteral("id"), r.id},
                               {QStringLiteral("entity"), r.entity},
                               {QStringLiteral("title"), r.title}});
    return out;
}

QJsonObject AdminService::createRole(Rpc::CallContext& ctx, const RoleInput& in)
{
    AdminRepository repo(ctx.db);
    Rpc::FieldErrors errors;
    const QString name = in.name.trimmed();
    checkRoleName(errors, name);
    if (errors.isEmpty() && repo.roleByName(name))
        errors.add(QStringLiteral("name"), QStringLiteral("duplicate"),
                   QStringLiteral("is already taken"), QStringLiteral("validation.taken"));
    checkPermissions(in.permissions.value_or(QStringList()), errors);
    checkRecordRules(in.recordRules.value_or(QStringList()), errors);
    errors.throwIfAny();
    RoleRow role;
    role.name = name;
    role.description = in.description.value_or(QString()).trimmed();
    role.permissions = in.permissions.value_or(QStringList());
    role.permissions.removeDuplicates();
    role.recordRules = in.recordRules.value_or(QStringList());
    role.recordRules.removeDuplicates();
    const qint64 id = repo.insertRole(role);
    const QJsonObject result = getRole(ctx, id);
    ctx.recordChange(kRole, id, 1, QJsonValue::Null, result);
    return result;
}

QJsonObject AdminService::updateRole(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                     const RoleInput& in)
{
    AdminRepository repo(ctx.db);
    auto role = repo.roleById(id);
    if (!role)
        throw Rpc::notFound(kRole, id);
    if (role->version != version)
        throw Rpc::versionConflict(kRole, role->version);
    if (role->name == kAdminRole && in.permissions && *in.permissions != role->permissions)
        throw Error(Rpc::BusinessRule, QStringLiteral("The admin role always has every permission"))
            .withId(QStringLiteral("admin.role.admin_all_permissions"));
    Rpc::FieldErrors errors;
    if (in.permissions)
        checkPermissions(*in.permissions, errors);
    if (in.recordRules)
        checkRecordRules(*in.recordRules, errors);
    errors.throwIfAny();
    const QJsonObject before = getRole(ctx, id);
    if (in.description)
        role->description = in.description->trimmed();
    if (in.permissions) {
        role->permissions = *in.permissions;
        role->permissions.removeDuplicates();
    }
    if (in.recordRules) {
        role->recordRules = *in.recordRules;
        role->recordRules.removeDuplicates();
    }
    if (!repo.updateRole(*role, version))
        throw Rpc::versionConflict(kRole, version + 1);
    ctx.grantsChanged = true;
    m_events.publish(ctx, Events::RoleChanged{id, role->name, role->permissions});
    const QJsonObject after = getRole(ctx, id);
    ctx.recordChange(kRole, id, version + 1, before, after);
    return after;
}

void AdminService::deleteRole(Rpc::CallContext& ctx, qint64 id, qint64 version)
{
    AdminRepository repo(ctx.db);
    const auto role = repo.roleById(id);
    if (!role)
        throw Rpc::notFound(kRole, id);
    if (role->version != version)
        throw Rpc::versionConflict(kRole, role->version);
    if (role->builtin)
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("The built-in role \"%1\" cannot be deleted").arg(role->name))
            .withId(QStringLiteral("admin.role.builtin_delete"),
                    QJsonObject{{QStringLiteral("role"), role->name}});
    const int users = repo.userCountOfRole(id);
    if (users > 0)
        throw Error(
            Rpc::BusinessRule,
            QStringLiteral("The role \"%1\" is assigned to %2 user(s); remove it from them first")
                .arg(role->name)
                .arg(users))
            .withId(QStringLiteral("admin.role.in_use"),
                    QJsonObject{{QStringLiteral("role"), role->name},
                                {QStringLiteral("users"), users}});
    const QJsonObject before = roleJson(*role, 0);
    if (!repo.deleteRole(id, version))
        throw Rpc::versionConflict(kRole, version + 1);
    ctx.recordChange(kRole, id, version + 1, before, QJsonValue::Null);
}

QStringList AdminService::permissionCatalogue() const
{
    return m_registry.permissions();
}

void AdminService::createInitialAdmin(Rpc::CallContext& ctx, const QString& password, bool demo)
{
    UserInput in;
    in.username = kAdminRole;
    in.password = password;
    in.fullName = QStringLiteral("Administrator");
    in.roles = QStringList{kAdminRole};
    insertUser(ctx, in, !demo);
}

} // namespace Erp::Server::Admin
