#include "server/modules/admin/adminrepository.h"

#include "server/storage/database.h"
#include "server/storage/listquery.h"
#include "server/storage/queryresult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Erp::Server::Admin {

using Storage::exec;

namespace {

const QString kUserColumns = QStringLiteral("id, username, full_name, email, password_hash, "
                                            "active, failed_logins, locked_until, last_login_at, "
                                            "created_at, updated_at, version");

UserRow readUser(const QSqlQuery& q)
{
    UserRow u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.fullName = q.value(2).toString();
    u.email = q.value(3).toString();
    u.passwordHash = q.value(4).toString();
    u.active = q.value(5).toInt() != 0;
    u.failedLogins = q.value(6).toInt();
    u.lockedUntil = q.value(7).toString();
    u.lastLoginAt = q.value(8).toString();
    u.createdAt = q.value(9).toString();
    u.updatedAt = q.value(10).toString();
    u.version = q.value(11).toLongLong();
    return u;
}

QStringList parsePermissions(const QString& json)
{
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(v.toString());
    return out;
}

QString permissionsJson(const QStringList& permissions)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(permissions)).toJson(QJsonDocument::Compact));
}

RoleRow readRole(const QSqlQuery& q)
{
    RoleRow r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.description = q.value(2).toString();
    r.permissions = parsePermissions(q.value(3).toString());
    r.builtin = q.value(4).toInt() != 0;
    r.version = q.value(5).toLongLong();
    return r;
}

/// The enabled record rules of a role (roles.record_rules, a JSON array of rule ids).
QStringList readRecordRules(const QSqlQuery& q, int column)
{
    return parsePermissions(q.value(column).toString());
}

/// QtSql binds a null QString as SQL NULL; NOT NULL text columns want ''.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant nullableText(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

qint64 scalar(QSqlQuery& q)
{
    exec(q);
    const qint64 n = Storage::oneInteger(q);
    return n;
}

} // namespace

std::optional<UserRow> AdminRepository::userById(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kUserColumns +
                                 QStringLiteral(" FROM users WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    std::optional<UserRow> row;
    if (q.next())
        row = readUser(q);
    q.finish();
    return row;
}

std::optional<UserRow> AdminRepository::userByUsername(const QString& username)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kUserColumns +
                                 QStringLiteral(" FROM users WHERE username = :u"));
    q.bindValue(QStringLiteral(":u"), username);
    exec(q);
    std::optional<UserRow> row;
    if (q.next())
        row = readUser(q);
    q.finish();
    return row;
}

qint64 AdminRepository::insertUser(const UserRow& u)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO users (username, full_name, email, password_hash, active, created_at, "
        "updated_at, version) "
        "VALUES (:username, :full_name, :email, :hash, :active, :now, :now, 1) RETURNING id"));
    const QString now = Storage::nowText();
    q.bindValue(QStringLiteral(":username"), u.username);
    q.bindValue(QStringLiteral(":full_name"), text(u.fullName));
    q.bindValue(QStringLiteral(":email"), text(u.email));
    q.bindValue(QStringLiteral(":hash"), u.passwordHash);
    q.bindValue(QStringLiteral(":active"), u.active ? 1 : 0);
    q.bindValue(QStringLiteral(":now"), now);
    return scalar(q);
}

bool AdminRepository::updateUser(const UserRow& u, qint64 expectedVersion)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE users SET full_name = :full_name, email = :email, password_hash = :hash, active = "
        ":active, "
        "failed_logins = :failed, locked_until = :locked, updated_at = :now, version = version + 1 "
        "WHERE id = :id AND version = :version"));
    q.bindValue(QStringLiteral(":full_name"), text(u.fullName));
    q.bindValue(QStringLiteral(":email"), text(u.email));
    q.bindValue(QStringLiteral(":hash"), u.passwordHash);
    q.bindValue(QStringLiteral(":active"), u.active ? 1 : 0);
    q.bindValue(QStringLiteral(":failed"), u.failedLogins);
    q.bindValue(QStringLiteral(":locked"), nullableText(u.lockedUntil));
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":id"), u.id);
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    exec(q);
    return q.numRowsAffected() == 1;
}

void AdminRepository::setLoginState(qint64 userId, int failedLogins, const QString& lockedUntil,
                                    const QString& lastLoginAt)
{
    // Login bookkeeping is not an edit of the user: it leaves version alone so it never turns
    // an administrator's open edit into a conflict.
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("UPDATE users SET failed_logins = :failed, locked_until = :locked, "
                       "last_login_at = COALESCE(:last, last_login_at) WHERE id = :id"));
    q.bindValue(QStringLiteral(":failed"), failedLogins);
    q.bindValue(QStringLiteral(":locked"), nullableText(lockedUntil));
    q.bindValue(QStringLiteral(":last"), nullableText(lastLoginAt));
    q.bindValue(QStringLiteral(":id"), userId);
    exec(q);
}

QJsonObject AdminRepository::listUsers(const Storage::ListQuery& query)
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    const QJsonValue active = query.filter.value(QLatin1String("active"));
    const QString role = query.filter.value(QLatin1String("role")).toString();
    if (active.isBool())
        where += QStringLiteral(" AND active = :active");
    if (!role.isEmpty())
        where += QStringLiteral(
            " AND id IN (SELECT ur.user_id FROM user_roles ur JOIN roles r ON r.id = ur.role_id "
            "WHERE r.name = :role)");
    if (!query.search.isEmpty())
        where += QStringLiteral(
            " AND (LOWER(username) LIKE LOWER(:q) ESCAPE '\\' OR LOWER(full_name) LIKE LOWER(:q) "
            "ESCAPE '\\' OR LOWER(email) LIKE LOWER(:q) ESCAPE '\\')");
    auto bind = [&](QSqlQuery& q) {
        if (active.isBool())
            q.bindValue(QStringLiteral(":active"), active.toBool() ? 1 : 0);
        if (!role.isEmpty())
            q.bindValue(QStringLiteral(":role"), role);
        if (!query.search.isEmpty())
            q.bindValue(QStringLiteral(":q"), Storage::containsPattern(query.search));
    };
    QSqlQuery count = m_db.uncached(QStringLiteral("SELECT COUNT(*) FROM users") + where);
    bind(count);
    const qint64 total = scalar(count);

    QSqlQuery q = m_db.uncached(QStringLiteral("SELECT ") + kUserColumns +
                                QStringLiteral(" FROM users") + where + query.keysetCondition() +
                                query.orderBy + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bind(q);
    query.bindKeyset(q);
    q.bindValue(QStringLiteral(":limit"), query.limit);
    q.bindValue(QStringLiteral(":offset"), query.offset);
    exec(q);
    QList<UserRow> users;
    while (q.next())
        users.append(readUser(q));
    q.finish();
    QJsonArray rows;
    for (const UserRow& u : std::as_const(users)) {
        rows.append(QJsonObject{
            {QStringLiteral("id"), u.id},
            {QStringLiteral("username"), u.username},
            {QStringLiteral("full_name"), u.fullName},
            {QStringLiteral("email"), u.email},
            {QStringLiteral("active"), u.active},
            {QStringLiteral("roles"), QJsonArray::fromStringList(roleNamesOfUser(u.id))},
            {QStringLiteral("locked_until"), u.lockedUntil},
            {QStringLiteral("last_login_at"), u.lastLoginAt},
            {QStringLiteral("version"), u.version}});
    }
    return QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("total"), total}};
}

int AdminRepository::countActiveUsersWithRole(const QString& role, qint64 excludingUserId)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM users u JOIN user_roles ur ON "
                                     "ur.user_id = u.id JOIN roles r ON r.id = ur.role_id "
                                     "WHERE r.name = :role AND u.active = 1 AND u.id <> :exclude"));
    q.bindValue(QStringLiteral(":role"), role);
    q.bindValue(QStringLiteral(":exclude"), excludingUserId);
    return int(scalar(q));
}

QStringList AdminRepository::roleNamesOfUser(qint64 userId)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT r.name FROM user_roles ur JOIN roles r ON r.id = "
                                     "ur.role_id WHERE ur.user_id = :id ORDER BY r.name"));
    q.bindValue(QStringLiteral(":id"), userId);
    exec(q);
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    q.finish();
    return names;
}

QSet<QString> AdminRepository::grantsOfUser(qint64 userId)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT r.permissions FROM user_roles ur JOIN roles r ON r.id "
                                     "= ur.role_id WHERE ur.user_id = :id"));
    q.bindValue(QStringLiteral(":id"), userId);
    exec(q);
    QSet<QString> grants;
    while (q.next())
        for (const QString& p : parsePermissions(q.value(0).toString()))
            grants.insert(p);
    q.finish();
    return grants;
}

QList<RoleRow> AdminRepository::rolesOfUser(qint64 userId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT r.id, r.name, r.description, r.permissions, r.builtin, r.version, r.record_rules "
        "FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE ur.user_id = :id"));
    q.bindValue(QStringLiteral(":id"), userId);
    exec(q);
    QList<RoleRow> roles;
    while (q.next()) {
        roles.append(readRole(q));
        roles.last().recordRules = readRecordRules(q, 6);
    }
    q.finish();
    return roles;
}

void AdminRepository::setUserRoles(qint64 userId, const QList<qint64>& roleIds)
{
    QSqlQuery& del = m_db.prepared(QStringLiteral("DELETE FROM user_roles WHERE user_id = :id"));
    del.bindValue(QStringLiteral(":id"), userId);
    exec(del);
    for (qint64 roleId : roleIds) {
        QSqlQuery& ins = m_db.prepared(
            QStringLiteral("INSERT INTO user_roles (user_id, role_id) VALUES (:u, :r)"));
        ins.bindValue(QStringLiteral(":u"), userId);
        ins.bindValue(QStringLiteral(":r"), roleId);
        exec(ins);
    }
}

std::optional<RoleRow> AdminRepository::roleById(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id, name, description, permissions, builtin, version, record_rules FROM roles "
        "WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    std::optional<RoleRow> row;
    if (q.next()) {
        row = readRole(q);
        row->recordRules = readRecordRules(q, 6);
    }
    q.finish();
    return row;
}

std::optional<RoleRow> AdminRepository::roleByName(const QString& name)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id, name, description, permissions, builtin, version, record_rules "
                       "FROM roles WHERE name = :name"));
    q.bindValue(QStringLiteral(":name"), name);
    exec(q);
    std::optional<RoleRow> row;
    if (q.next()) {
        row = readRole(q);
        row->recordRules = readRecordRules(q, 6);
    }
    q.finish();
    return row;
}

qint64 AdminRepository::insertRole(const RoleRow& r)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("INSERT INTO roles (name, description, permissions, builtin, version, "
                       "record_rules) VALUES (:name, :description, :permissions, 0, 1, :rules) "
                       "RETURNING id"));
    q.bindValue(QStringLiteral(":name"), r.name);
    q.bindValue(QStringLiteral(":description"), text(r.description));
    q.bindValue(QStringLiteral(":permissions"), permissionsJson(r.permissions));
    q.bindValue(QStringLiteral(":rules"), permissionsJson(r.recordRules));
    return scalar(q);
}

bool AdminRepository::updateRole(const RoleRow& r, qint64 expectedVersion)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("UPDATE roles SET description = :description, permissions = :permissions, "
                       "record_rules = :rules, version = version + 1 "
                       "WHERE id = :id AND version = :version"));
    q.bindValue(QStringLiteral(":description"), text(r.description));
    q.bindValue(QStringLiteral(":permissions"), permissionsJson(r.permissions));
    q.bindValue(QStringLiteral(":rules"), permissionsJson(r.recordRules));
    q.bindValue(QStringLiteral(":id"), r.id);
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    exec(q);
    return q.numRowsAffected() == 1;
}

bool AdminRepository::deleteRole(qint64 id, qint64 expectedVersion)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("DELETE FROM roles WHERE id = :id AND version = :version"));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    exec(q);
    return q.numRowsAffected() == 1;
}

int AdminRepository::userCountOfRole(qint64 roleId)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM user_roles WHERE role_id = :id"));
    q.bindValue(QStringLiteral(":id"), roleId);
    return int(scalar(q));
}

QJsonObject AdminRepository::listRoles(const Storage::ListQuery& query)
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    if (!query.search.isEmpty())
        where += QStringLiteral(" AND (LOWER(name) LIKE LOWER(:q) ESCAPE '\\' OR "
                                "LOWER(description) LIKE LOWER(:q) ESCAPE '\\')");
    QSqlQuery count = m_db.uncached(QStringLiteral("SELECT COUNT(*) FROM roles") + where);
    if (!query.search.isEmpty())
        count.bindValue(QStringLiteral(":q"), Storage::containsPattern(query.search));
    const qint64 total = scalar(count);

    QSqlQuery q = m_db.uncached(
        QStringLiteral(
            "SELECT id, name, description, permissions, builtin, version, "
            "(SELECT COUNT(*) FROM user_roles ur WHERE ur.role_id = roles.id), record_rules "
            "FROM roles") +
        where + query.keysetCondition() + query.orderBy +
        QStringLiteral(" LIMIT :limit OFFSET :offset"));
    if (!query.search.isEmpty())
        q.bindValue(QStringLiteral(":q"), Storage::containsPattern(query.search));
    query.bindKeyset(q);
    q.bindValue(QStringLiteral(":limit"), query.limit);
    q.bindValue(QStringLiteral(":offset"), query.offset);
    exec(q);
    QJsonArray rows;
    while (q.next()) {
        const RoleRow r = readRole(q);
        rows.append(QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(r.permissions)},
            {QStringLiteral("builtin"), r.builtin},
            {QStringLiteral("user_count"), q.value(6).toLongLong()},
            {QStringLiteral("record_rules"), QJsonArray::fromStringList(readRecordRules(q, 7))},
            {QStringLiteral("version"), r.version}});
    }
    q.finish();
    return QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("total"), total}};
}

void AdminRepository::insertSession(const QString& tokenHash, qint64 userId,
                                    const QString& expiresAt)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("INSERT INTO sessions (token_hash, user_id, created_at, "
                                     "expires_at) VALUES (:t, :u, :now, :exp)"));
    q.bindValue(QStringLiteral(":t"), tokenHash);
    q.bindValue(QStringLiteral(":u"), userId);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":exp"), expiresAt);
    exec(q);
}

qint64 AdminRepository::sessionUser(const QString& tokenHash, const QString& now)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT user_id FROM sessions WHERE token_hash = :t AND expires_at > :now"));
    q.bindValue(QStringLiteral(":t"), tokenHash);
    q.bindValue(QStringLiteral(":now"), now);
    return scalar(q);
}

void AdminRepository::deleteSession(const QString& tokenHash)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("DELETE FROM sessions WHERE token_hash = :t"));
    q.bindValue(QStringLiteral(":t"), tokenHash);
    exec(q);
}

void AdminRepository::deleteSessionsOfUser(qint64 userId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("DELETE FROM sessions WHERE user_id = :u"));
    q.bindValue(QStringLiteral(":u"), userId);
    exec(q);
}

QSet<QString> AdminRepository::seededGrants(const QString& role)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT grant_name FROM role_grants_seeded WHERE role = :role"));
    q.bindValue(QStringLiteral(":role"), role);
    exec(q);
    QSet<QString> grants;
    while (q.next())
        grants.insert(q.value(0).toString());
    q.finish();
    return grants;
}

void AdminRepository::markSeeded(const QString& role, const QString& grant)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("INSERT INTO role_grants_seeded (role, grant_name) VALUES (:role, :grant) "
                       "ON CONFLICT (role, grant_name) DO NOTHING"));
    q.bindValue(QStringLiteral(":role"), role);
    q.bindValue(QStringLiteral(":grant"), grant);
    exec(q);
}

qint64 AdminRepository::insertBuiltinRole(const RoleRow& r)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("INSERT INTO roles (name, description, permissions, builtin, version, "
                       "record_rules) VALUES (:name, :description, :permissions, 1, 1, :rules) "
                       "RETURNING id"));
    q.bindValue(QStringLiteral(":name"), r.name);
    q.bindValue(QStringLiteral(":description"), r.description);
    q.bindValue(QStringLiteral(":permissions"), permissionsJson(r.permissions));
    q.bindValue(QStringLiteral(":rules"), permissionsJson(r.recordRules));
    return scalar(q);
}

} // namespace Erp::Server::Admin
