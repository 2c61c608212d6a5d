#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

class QJsonObject;

namespace Erp::Client::Admin {

/// A user as admin.user.get / list return it.
struct User
{
    qint64 id = 0;
    QString username;
    QString fullName;
    QString email;
    bool active = true;
    QStringList roles;
    QDateTime lockedUntil;
    QDateTime lastLoginAt;
    qint64 version = 0;

    bool isLocked() const;
    static User fromJson(const QJsonObject& o);
};

/// A role as admin.role.get / list return it.
struct Role
{
    qint64 id = 0;
    QString name;
    QString description;
    QStringList permissions; ///< grants: exact names or wildcards ("crm.*", "*.read", "*")
    QStringList recordRules; ///< ids of the record rules switched on ("crm.customer.own")
    bool builtin = false;
    qint64 userCount = 0;
    qint64 version = 0;

    static Role fromJson(const QJsonObject& o);
};

/// What the user dialog sends for admin.user.create / update.
struct UserInput
{
    qint64 id = 0; ///< 0: create
    qint64 version = 0;
    QString username;
    QString password; ///< create only
    QString fullName;
    QString email;
    QStringList roles;
    bool active = true;
};

/// What the role dialog sends for admin.role.create / update.
struct RoleInput
{
    qint64 id = 0; ///< 0: create
    qint64 version = 0;
    QString name; ///< create only (roles cannot be renamed)
    QString description;
    QStringList permissions;
    QStringList recordRules;
};

/// A record rule a role can switch on (admin.role.permissions).
struct RecordRuleInfo
{
    QString id;     ///< e.g. "crm.customer.own"
    QString entity; ///< e.g. "crm.customer"
    QString title;  ///< the server's English title (the client shows its own translation)
};

/// What roles are built from: every permission and every record rule (admin.role.permissions).
struct PermissionCatalogue
{
    QStringList permissions;
    QList<RecordRuleInfo> recordRules;

    static PermissionCatalogue fromJson(const QJsonObject& o);
};

} // namespace Erp::Client::Admin
