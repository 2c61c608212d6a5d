#include "common/permission.h"

#include <QRegularExpression>

namespace Erp {

bool permissionGranted(const QSet<QString>& granted, const QString& required)
{
    if (required.isEmpty())
        return true;
    if (granted.contains(QStringLiteral("*")) || granted.contains(required))
        return true;
    // "*.read" grants every permission whose last segment is "read" (e.g. the manager role).
    const qsizetype last = required.lastIndexOf(QLatin1Char('.'));
    if (last > 0 && granted.contains(QStringLiteral("*") + required.mid(last)))
        return true;
    // Walk the prefixes: "crm.customer.write" is granted by "crm.customer.*" and "crm.*".
    qsizetype dot = required.lastIndexOf(QLatin1Char('.'));
    while (dot > 0) {
        const QString wildcard = required.left(dot) + QStringLiteral(".*");
        if (granted.contains(wildcard))
            return true;
        dot = required.lastIndexOf(QLatin1Char('.'), dot - 1);
    }
    return false;
}

bool isValidPermissionName(const QString& name, bool allowWildcard)
{
    static const QRegularExpression exact(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$"));
    static const QRegularExpression wildcard(
        QStringLiteral("^(([a-z][a-z0-9_]*\\.)*\\*|\\*\\.[a-z][a-z0-9_]*)$"));
    if (exact.match(name).hasMatch())
        return true;
    return allowWildcard && wildcard.match(name).hasMatch();
}

} // namespace Erp
