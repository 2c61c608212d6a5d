#include "app/pages/admin/adminclient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Erp::Client::Admin {

namespace {
const QString kId = QStringLiteral("id");
const QString kVersion = QStringLiteral("version");

ApiClient::ResultHandler asUser(AdminClient::Done<User> done)
{
    return [done = std::move(done)](const QJsonValue& v) { done(User::fromJson(v.toObject())); };
}

ApiClient::ResultHandler asRole(AdminClient::Done<Role> done)
{
    return [done = std::move(done)](const QJsonValue& v) { done(Role::fromJson(v.toObject())); };
}

QJsonArray toArray(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list)
        a.append(s);
    return a;
}
} // namespace

AdminClient::AdminClient(ApiClient& api)
    : m_api(api)
{}

void AdminClient::getUser(qint64 id, QObject* context, Done<User> done, Fail fail)
{
    m_api.call(QStringLiteral("admin.user.get"), {{kId, id}}, context, asUser(std::move(done)),
               std::move(fail));
}

void AdminClient::saveUser(const UserInput& in, QObject* context, Done<User> done, Fail fail)
{
    QJsonObject params{{QStringLiteral("full_name"), in.fullName},
                       {QStringLiteral("email"), in.email},
                       {QStringLiteral("roles"), toArray(in.roles)},
                       {QStringLiteral("active"), in.active}};
    QString method;
    if (in.id == 0) {
        method = QStringLiteral("admin.user.create");
        params.insert(QStringLiteral("username"), in.username);
        params.insert(QStringLiteral("password"), in.password);
    } else {
        method = QStringLiteral("admin.user.update");
        params.insert(kId, in.id);
        params.insert(kVersion, in.version);
    }
    m_api.call(method, params, context, asUser(std::move(done)), std::move(fail));
}

void AdminClient::setPassword(qint64 id, const QString& password, QObject* context, Done<User> done,
                              Fail fail)
{
    m_api.call(QStringLiteral("admin.user.set_password"),
               {{kId, id}, {QStringLiteral("password"), password}}, context,
               asUser(std::move(done)), std::move(fail));
}

void AdminClient::unlockUser(qint64 id, QObject* context, Done<User> done, Fail fail)
{
    m_api.call(QStringLiteral("admin.user.unlock"), {{kId, id}}, context, asUser(std::move(done)),
               std::move(fail));
}

void AdminClient::setUserActive(qint64 id, qint64 version, bool active, QObject* context,
                                Done<User> done, Fail fail)
{
    m_api.call(QStringLiteral("admin.user.update"),
               {{kId, id}, {kVersion, version}, {QStringLiteral("active"), active}}, context,
               asUser(std::move(done)), std::move(fail));
}

void AdminClient::listUsers(QObject* context, Done<QList<User>> done, Fail fail)
{
    m_api.call(
        userListMethod(),
        {{QStringLiteral("limit"), 1000}, {QStringLiteral("sort"), QStringLiteral("username")}},
        context,
        [done = std::move(done)](const QJsonValue& v) {
            QList<User> users;
            const QJsonArray rows = v.toObject().value(QLatin1String("rows")).toArray();
            for (const QJsonValue& r : rows)
                users.append(User::fromJson(r.toObject()));
            done(users);
        },
        std::move(fail));
}

void AdminClient::getRole(qint64 id, QObject* context, Done<Role> done, Fail fail)
{
    m_api.call(QStringLiteral("admin.role.get"), {{kId, id}}, context, asRole(std::move(done)),
               std::move(fail));
}

void AdminClient::saveRole(const RoleInput& in, QObject* context, Done<Role> done, Fail fail)
{
    QJsonObject params{{QStringLiteral("description"), in.description},
                       {QStringLiteral("permissions"), toArray(in.permissions)},
                       {QStringLiteral("record_rules"), toArray(in.recordRules)}};
    QString method;
    if (in.id == 0) {
        method = QStringLiteral("admin.role.create");
        params.insert(QStringLiteral("name"), in.name);
    } else {
        method = QStringLiteral("admin.role.update");
        params.insert(kId, in.id);
        params.insert(kVersion, in.version);
    }
    m_api.call(method, params, context, asRole(std::move(done)), std::move(fail));
}

void AdminClient::deleteRole(qint64 id, qint64 version, QObject* context,
                             std::function<void()> done, Fail fail)
{
    m_api.call(
        QStringLiteral("admin.role.delete"), {{kId, id}, {kVersion, version}}, context,
        [done = std::move(done)](const QJsonValue&) { done(); }, std::move(fail));
}

void AdminClient::listRoles(QObject* context, Done<QList<Role>> done, Fail fail)
{
    m_api.call(
        roleListMethod(),
        {{QStringLiteral("limit"), 1000}, {QStringLiteral("sort"), QStringLiteral("name")}},
        context,
        [done = std::move(done)](const QJsonValue& v) {
            QList<Role> roles;
            const QJsonArray rows = v.toObject().value(QLatin1String("rows")).toArray();
            for (const QJsonValue& r : rows)
                roles.append(Role::fromJson(r.toObject()));
            done(roles);
        },
        std::move(fail));
}

void AdminClient::permissions(QObject* context, Done<PermissionCatalogue> done, Fail fail)
{
    m_api.call(
        QStringLiteral("admin.role.permissions"), {}, context,
        [done = std::move(done)](const QJsonValue& v) {
            done(PermissionCatalogue::fromJson(v.toObject()));
        },
        std::move(fail));
}

} // namespace Erp::Client::Admin
