#include "app/net/session.h"

#include "common/permission.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Erp::Client {

bool Session::hasPermission(const QString& permission) const
{
    return isValid() && permissionGranted(permissions, permission);
}

Session Session::fromJson(const QJsonObject& result)
{
    Session s;
    s.token = result.value(QLatin1String("token")).toString();
    const QJsonObject user = result.value(QLatin1String("user")).toObject();
    s.userId = user.value(QLatin1String("id")).toInteger();
    s.username = user.value(QLatin1String("username")).toString();
    s.fullName = user.value(QLatin1String("full_name")).toString();
    s.email = user.value(QLatin1String("email")).toString();
    const QJsonArray roles = result.value(QLatin1String("roles")).toArray();
    for (const QJsonValue& r : roles)
        s.roles.append(r.toString());
    const QJsonArray permissions = result.value(QLatin1String("permissions")).toArray();
    for (const QJsonValue& p : permissions)
        s.permissions.insert(p.toString());
    return s;
}

} // namespace Erp::Client
