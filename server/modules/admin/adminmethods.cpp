// Registration of auth.* and admin.* methods: parameters in, service call, result out.
#include "server/modules/admin/adminmodule.h"

#include "server/modules/admin/grantseeder.h"
#include "server/platform/eventbus.h"
#include "server/platform/fieldaccess.h"

#include "server/rpc/callcontext.h"
#include "server/rpc/dispatcher.h"
#include "server/rpc/identityrefresh.h"
#include "server/rpc/registry.h"
#include "server/storage/auditlog.h"
#include "server/storage/listquery.h"

#include <QJsonArray>

namespace Erp::Server::Admin {

using namespace Rpc;

namespace {

qint64 idOf(const QJsonObject& p, const char* key = "id")
{
    return qint64(p.value(QLatin1String(key)).toDouble());
}

std::optional<QString> optionalString(const QJsonObject& p, const char* key)
{
    const QJsonValue v = p.value(QLatin1String(key));
    return v.isString() ? std::optional<QString>(v.toString()) : std::nullopt;
}

std::optional<QStringList> optionalStringList(const QJsonObject& p, const char* key)
{
    const QJsonValue v = p.value(QLatin1String(key));
    if (!v.isArray())
        return std::nullopt;
    QStringList out;
    for (const QJsonValue& item : v.toArray()) {
        if (!item.isString())
            throw Error::validation(QString::fromLatin1(key), QStringLiteral("invalid"),
                                    QStringLiteral("must be a list of names"),
                                    QStringLiteral("validation.list_of_names"));
        out.append(item.toString());
    }
    return out;
}

UserInput userInput(const QJsonObject& p)
{
    UserInput in;
    in.username = p.value(QLatin1String("username")).toString();
    in.password = p.value(QLatin1String("password")).toString();
    in.fullName = optionalString(p, "full_name");
    in.email = optionalString(p, "email");
    in.roles = optionalStringList(p, "roles");
    if (p.value(QLatin1String("active")).isBool())
        in.active = p.value(QLatin1String("active")).toBool();
    return in;
}

RoleInput roleInput(const QJsonObject& p)
{
    RoleInput in;
    in.name = p.value(QLatin1String("name")).toString();
    in.description = optionalString(p, "description");
    in.permissions = optionalStringList(p, "permissions");
    in.recordRules = optionalStringList(p, "record_rules");
    return in;
}

const QJsonObject kOk{{QStringLiteral("ok"), true}};

} // namespace

void AdminModule::registerMethods(MethodRegistry& r)
{
    AuthService* auth = &m_auth;
    AdminService* admin = &m_admin;
    const QString userRead = QStringLiteral("admin.user.read");
    const QString userWrite = QStringLiteral("admin.user.write");
    const QString roleRead = QStringLiteral("admin.role.read");
    const QString roleWrite = QStringLiteral("admin.role.write");

    r.add(MethodSpec(QStringLiteral("auth.login"))
              .describe(QStringLiteral("Log in; returns a token for auth.resume. 5 failures lock "
                                       "the account for 15 minutes."))
              .publicAccess()
              .param(QStringLiteral("username"), ParamType::String, Required, {}, 64)
              .param(QStringLiteral("password"), ParamType::String, Required, {}, 1024)
              .handle([auth](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return auth->login(ctx, p.value(QLatin1String("username")).toString(),
                                     p.value(QLatin1String("password")).toString());
              }));
    r.add(MethodSpec(QStringLiteral("auth.resume"))
              .describe(QStringLiteral(
                  "Resume a session with the token of an earlier login (after a reconnect)."))
              .publicAccess()
              .param(QStringLiteral("token"), ParamType::String, Required, {}, 128)
              .handle([auth](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return auth->resume(ctx, p.value(QLatin1String("token")).toString());
              }));
    r.add(MethodSpec(QStringLiteral("auth.logout"))
              .describe(QStringLiteral("Log out and revoke the session token."))
              .handle([auth](CallContext& ctx, const QJsonObject&) -> QJsonValue {
                  auth->logout(ctx);
                  return kOk;
              }));
    r.add(MethodSpec(QStringLiteral("auth.change_password"))
              .describe(QStringLiteral("Change the caller's own password."))
              .param(QStringLiteral("old_password"), ParamType::String, Required, {}, 1024)
              .param(QStringLiteral("new_password"), ParamType::String, Required, {}, 1024)
              .handle([auth](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  auth->changePassword(ctx, p.value(QLatin1String("old_password")).toString(),
                                       p.value(QLatin1String("new_password")).toString());
                  return kOk;
              }));

    MethodSpec userList(QStringLiteral("admin.user.list"));
    listParams(userList)
        .filters({QStringLiteral("active"), QStringLiteral("role")})
        .describe(
            QStringLiteral("Users; filter {active, role}; search in username, full name, e-mail."))
        .needs(userRead)
        .reads()
        .handle([admin](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return admin->listUsers(ctx, p);
        });
    r.add(userList);
    r.add(MethodSpec(QStringLiteral("admin.user.get"))
              .describe(QStringLiteral("One user."))
              .needs(userRead)
              .reads()
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .handle([admin](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return admin->getUser(ctx, idOf(p));
              }));
    r.add(MethodSpec(QStringLiteral("admin.user.create"))
              .describe(QStringLiteral("Create a user."))
              .needs(userWrite)
              .param(QStringLiteral("username"), ParamType::String, Required, {}, 64)
              .param(QStringLiteral("password"), ParamType::String, Required, {}, 1024)
              .param(QStringLiteral("full_name"), ParamType::String, Optional, {}, 200)
              .param(QStringLiteral("email"), ParamType::String, Optional, {}, 200)
              .param(QStringLiteral("roles"), ParamType::Array)
              .param(QStringLiteral("active"), ParamType::Boolean)
              .handle([admin](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return admin->createUser(ctx, userInput(p));
              }));
    r.add(MethodSpec(QStringLiteral("admin.user.update"))
              .describe(QStringLiteral("Change a user's name, e-mail, roles or active flag."))
              .needs(userWrite)
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .param(QStringLiteral("full_name"), ParamType::String, Optional, {}, 200)
              .param(QStringLiteral("email"), ParamType::String, Optional, {}, 200)
              .param(QStringLiteral("roles"), ParamType::Array)
              .param(QStringLiteral("active"), ParamType::Boolean)
              .handle([admin](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return admin->updateUser(ctx, idOf(p), idOf(p, "version"), userInput(p));
              }));
    r.add(
        MethodSpec(QStringLiteral("admin.user.set_password"))
            .describe(QStringLiteral("Set a new password for a user and end the user's sessions."))
            .needs(userWrite)
            .param(QStringLiteral("id"), ParamType::Id, Required)
            .param(QStringLiteral("password"), ParamType::String, Required, {}, 1024)
            .handle([admin](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                return admin->setPassword(ctx, idOf(p),
                                          p.value(QLatin1String("password")).toString());
            }));
    r.add(MethodSpec(QStringLiteral("admin.user.unlock"))
              .describe(QStringLiteral("Clear a login lockout."))
              .needs(userWrite)
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .handle([admin](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return admin->unlockUser(ctx, idOf(p));
              }));

    MethodSpec roleList(QStringLiteral("admin.role.list"));
    listParams(roleList)
        .filters({})
        .describe(QStringLiteral("Roles with their permissions and user counts."))
        .needs(roleRead)
        .reads()
        .handle([admin](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return admin->listRoles(ctx, p);
        });
    r.add(roleList);
    r.add(MethodSpec(QStringLiteral("admin.role.get"))
              .describe(QStringLiteral("One role."))
              .needs(roleRead)
              .reads()
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .handle([admin](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return admin->getRole(ctx, idOf(p));
              }));
    r.add(MethodSpec(QStringLiteral("admin.role.create"))
              .describe(QStringLiteral("Create a role."))
              .needs(roleWrite)
              .param(QStringLiteral("name"), ParamType::String, Required, {}, 64)
              .param(QStringLiteral("description"), ParamType::String, Optional, {}, 500)
              .param(QStringLiteral("permissions"), ParamType::Array)
              .param(QStringLiteral("record_rules"), ParamType::Array, Optional,
                     QStringLiteral("ids of the record rules switched on (admin.role.permissions)"))
              .handle([admin](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return admin->createRole(ctx, roleInput(p));
              }));
    r.add(MethodSpec(QStringLiteral("admin.role.update"))
              .describe(QStringLiteral(
                  "Change a role's description, permissions or record rules (sessions reload)."))
              .needs(roleWrite)
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .param(QStringLiteral("description"), ParamType::String, Optional, {}, 500)
              .param(QStringLiteral("permissions"), ParamType::Array)
              .param(QStringLiteral("record_rules"), ParamType::Array, Optional,
                     QStringLiteral("ids of the record rules switched on (admin.role.permissions)"))
              .handle([admin](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return admin->updateRole(ctx, idOf(p), idOf(p, "version"), roleInput(p));
              }));
    r.add(MethodSpec(QStringLiteral("admin.role.delete"))
              .describe(QStringLiteral("Delete a role that no user has."))
              .needs(roleWrite)
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .handle([admin](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  admin->deleteRole(ctx, idOf(p), idOf(p, "version"));
                  return kOk;
              }));
    r.add(MethodSpec(QStringLiteral("admin.role.permissions"))
              .describe(QStringLiteral(
                  "Every permission some method or protected field requires, and the record "
                  "rules a role can switch on: the catalogue roles are built from."))
              .needs(roleRead)
              .withoutStore()
              .handle([admin](CallContext&, const QJsonObject&) -> QJsonValue {
                  return QJsonObject{
                      {QStringLiteral("permissions"),
                       QJsonArray::fromStringList(admin->permissionCatalogue())},
                      {QStringLiteral("record_rules"), admin->recordRuleCatalogue()}};
              }));

    r.add(MethodSpec(QStringLiteral("admin.audit.list"))
              .describe(QStringLiteral("The audit trail, newest first; filter {entity, entity_id, "
                                       "user_id, method, from, to}."))
              .needs(QStringLiteral("admin.audit.read"))
              .reads()
              .param(QStringLiteral("filter"), ParamType::Object)
              .filters({QStringLiteral("entity"), QStringLiteral("entity_id"),
                        QStringLiteral("user_id"), QStringLiteral("method"), QStringLiteral("from"),
                        QStringLiteral("to")})
              .param(QStringLiteral("offset"), ParamType::Integer)
              .param(QStringLiteral("limit"), ParamType::Integer)
              .handle([](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  const auto q = Storage::ListQuery::parse(
                      p, {{QStringLiteral("id"), QStringLiteral("id")}}, QStringLiteral("-id"));
                  QJsonObject rows = Storage::AuditLog::list(ctx.db, q.filter, q.offset, q.limit);
                  // A protected before/after value only for callers who may read it.
                  Platform::FieldAccess::stripAudit(ctx, rows);
                  return rows;
              }));
    registerCompanyMethods(r);
}

AdminModule::AdminModule(const Rpc::MethodRegistry& registry, Platform::EventBus& events,
                         ModuleCatalog& modules)
    : m_admin(registry, events)
    , m_modules(modules)
{
    AuthService* auth = &m_auth;
    events.subscribe<Rpc::Events::IdentityRefresh>(
        QStringLiteral("admin.sessions"), 0,
        [auth](CallContext& ctx, Rpc::Events::IdentityRefresh& refresh) {
            refresh.answered = true;
            refresh.active = auth->refreshIdentity(ctx);
        });
}

void AdminModule::attach(Dispatcher& dispatcher)
{
    m_auth.attach(dispatcher);
}

void AdminModule::initialize(CallContext& ctx, const InitOptions& options)
{
    m_admin.createInitialAdmin(ctx, options.adminPassword, options.demo);
}

QList<RoleGrants> AdminModule::defaultGrants() const
{
    return {
        {QStringLiteral("admin"),
         QStringLiteral("Everything, including users, roles and the audit trail"),
         {QStringLiteral("*")}},
        {QStringLiteral("manager"),
         QStringLiteral("Reads and approves everything outside administration; keeps customers"),
         {QStringLiteral("*.read"), QStringLiteral("*.approve"), QStringLiteral("!admin.*")}},
    };
}

void AdminModule::prepare(CallContext& ctx, const InitOptions& options)
{
    m_company.nameIfUnnamed(ctx, options.companyName);
    seedDefaultGrants(ctx, options.defaultGrants);
}

void AdminModule::loadDemo(CallContext& ctx)
{
    // Demo colleagues, one per default role; password "demo1234" for all of them.
    struct DemoUser
    {
        const char* username;
        const char* fullName;
        const char* email;
        const char* role;
    };
    static const DemoUser users[] = {
        {"wang.fang", "王芳", "wang.fang@example.cn", "manager"},
        {"li.na", "李娜", "li.na@example.cn", "sales"},
        {"zhang.wei", "张伟", "zhang.wei@example.cn", "sales"},
        {"chen.jie", "陈杰", "chen.jie@example.cn", "warehouse"},
        {"emily.clark", "Emily Clark", "emily.clark@example.com", "purchasing"},
        {"liu.yang", "刘洋", "liu.yang@example.cn", "accountant"},
        {"zhao.min", "赵敏", "zhao.min@example.cn", "hr"},
    };
    for (const DemoUser& u : users) {
        UserInput in;
        in.username = QString::fromLatin1(u.username);
        in.password = QStringLiteral("demo1234");
        in.fullName = QString::fromUtf8(u.fullName);
        in.email = QString::fromLatin1(u.email);
        in.roles = QStringList{QString::fromLatin1(u.role)};
        m_admin.createUser(ctx, in);
    }
}

} // namespace Erp::Server::Admin
