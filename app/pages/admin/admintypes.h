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
};

} // namespace Erp::Client::Admin
