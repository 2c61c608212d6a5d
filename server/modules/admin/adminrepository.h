#pragma once

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Erp::Storage {
class Database;
struct ListQuery;
} // namespace Erp::Storage

namespace Erp::Server::Admin {

struct UserRow
{
    qint64 id = 0;
    QString username;
    QString fullName;
    QString email;
    QString passwordHash;
    bool active = true;
    int failedLogins = 0;
    QString lockedUntil;
    QString lastLoginAt;
    QString createdAt;
    QString updatedAt;
    qint64 version = 1;
};

struct RoleRow
{
    qint64 id = 0;
    QString name;
    QString description;
    QStringList permissions;
    QStringList recordRules; ///< ids of the record rules switched on for this role
    bool builtin = false;
    qint64 version = 1;
};

/// All SQL of the admin module: users, roles, user_roles and sessions.
class AdminRepository final
{
public:
    explicit AdminRepository(Storage::Database& db)
        : m_db(db)
    {}

    // Users
    std::optional<UserRow> userById(qint64 id);
    std::optional<UserRow> userByUsername(const QString& username);
    qint64 insertUser(const UserRow& user);
    /// Updates profile fields if `version` matches; returns false on a stale version.
    bool updateUser(const UserRow& user, qint64 expectedVersion);
    void setLoginState(qint64 userId, int failedLogins, const QString& lockedUntil,
                       const QString& lastLoginAt);
    QJsonObject listUsers(const Storage::ListQuery& query);
    int countActiveUsersWithRole(const QString& role, qint64 excludingUserId);

    // User roles
    QStringList roleNamesOfUser(qint64 userId);
    QSet<QString> grantsOfUser(qint64 userId);
    /// The user's roles with their permissions and record rules.
    QList<RoleRow> rolesOfUser(qint64 userId);
    void setUserRoles(qint64 userId, const QList<qint64>& roleIds);

    // Roles
    std::optional<RoleRow> roleById(qint64 id);
    std::optional<RoleRow> roleByName(const QString& name);
    qint64 insertRole(const RoleRow& role);
    bool updateRole(const RoleRow& role, qint64 expectedVersion);
    bool deleteRole(qint64 id, qint64 expectedVersion);
    int userCountOfRole(qint64 roleId);
    QJsonObject listRoles(const Storage::ListQuery& query);

    // Default grants the modules have given (table role_grants_seeded)
    QSet<QString> seededGrants(const QString& role);
    void markSeeded(const QString& role, const QString& grant);
    /// A built-in role, created because a module's default grants name it.
    qint64 insertBuiltinRole(const RoleRow& role);

    // Sessions
    void insertSession(const QString& tokenHash, qint64 userId, const QString& expiresAt);
    /// The user of a live session, or 0.
    qint64 sessionUser(const QString& tokenHash, const QString& now);
    void deleteSession(const QString& tokenHash);
    void deleteSessionsOfUser(qint64 userId);

private:
    Storage::Database& m_db;
};

} // namespace Erp::Server::Admin
