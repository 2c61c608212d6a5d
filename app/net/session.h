#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

class QJsonObject;

namespace Erp::Client {

/// Who is logged in, from the result of auth.login / auth.resume.
struct Session
{
    QString token;
    qint64 userId = 0;
    QString username;
    QString fullName;
    QString email;
    QStringList roles;
    QSet<QString> permissions; ///< grants as the server sent them (may contain wildcards)

    bool isValid() const { return userId > 0; }
    QString displayName() const { return fullName.isEmpty() ? username : fullName; }
    /// True when `permission` is covered by the grants (exact, "crm.*", "*.read" or "*").
    bool hasPermission(const QString& permission) const;

    /// Reads `{token, user: {id, username, full_name, email}, roles, permissions}`.
    static Session fromJson(const QJsonObject& result);
};

} // namespace Erp::Client
