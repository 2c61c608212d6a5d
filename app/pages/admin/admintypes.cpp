#include "app/pages/admin/admintypes.h"

#include "app/models/format.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Erp::Client::Admin {

namespace {
QStringList strings(const QJsonValue& v)
{
    QStringList out;
    const QJsonArray array = v.toArray();
    for (const QJsonValue& item : array)
        out.append(item.toString());
    return out;
}
} // namespace

bool User::isLocked() const
{
    return lockedUntil.isValid() && lockedUntil > QDateTime::currentDateTimeUtc();
}

User User::fromJson(const QJsonObject& o)
{
    User u;
    u.id = o.value(QLatin1String("id")).toInteger();
    u.username = o.value(QLatin1String("username")).toString();
    u.fullName = o.value(QLatin1String("full_name")).toString();
    u.email = o.value(QLatin1String("email")).toString();
    u.active = o.value(QLatin1String("active")).toBool(true);
    u.roles = strings(o.value(QLatin1String("roles")));
    u.lockedUntil = Format::parseTimestamp(o.value(QLatin1String("locked_until")).toString());
    u.lastLoginAt = Format::parseTimestamp(o.value(QLatin1String("last_login_at")).toString());
    u.version = o.value(QLatin1String("version")).toInteger();
    return u;
}

Role Role::fromJson(const QJsonObject& o)
{
    Role r;
    r.id = o.value(QLatin1String("id")).toInteger();
    r.name = o.value(QLatin1String("name")).toString();
    r.description = o.value(QLatin1String("description")).toString();
    r.permissions = strings(o.value(QLatin1String("permissions")));
    r.recordRules = strings(o.value(QLatin1String("record_rules")));
    r.builtin = o.value(QLatin1String("builtin")).toBool();
    r.userCount = o.value(QLatin1String("user_count")).toInteger();
    r.version = o.value(QLatin1String("version")).toInteger();
    return r;
}

PermissionCatalogue PermissionCatalogue::fromJson(const QJsonObject& o)
{
    PermissionCatalogue c;
    c.permissions = strings(o.value(QLatin1String("permissions")));
    for (const QJsonValue& v : o.value(QLatin1String("record_rules")).toArray()) {
        const QJsonObject r = v.toObject();
        c.recordRules.append({r.value(QLatin1String("id")).toString(),
                              r.value(QLatin1String("entity")).toString(),
                              r.value(QLatin1String("title")).toString()});
    }
    return c;
}

} // namespace Erp::Client::Admin
