#include "common/permission.h"

#include <QRegularExpression>

namespace Erp {

namespace {

/// True when one of `grants` (exact, "*", "a.b.*", "*.verb"), each written with `prefix`,
/// covers `required`.
bool matches(const QSet<QString>& grants, const QString& required, const QString& prefix)
{
    if (grants.contains(prefix + QStringLiteral("*")) || grants.contains(prefix + required))
        return true;
    // "*.read" covers every permission whose last segment is "read".
    const qsizetype last = required.lastIndexOf(QLatin1Char('.'));
    if (last > 0 && grants.contains(prefix + QStringLiteral("*") + required.mid(last)))
        return true;
    // Walk the prefixes: "crm.customer.write" is covered by "crm.customer.*" and "crm.*".
    qsizetype dot = last;
    while (dot > 0) {
        if (grants.contains(prefix + required.left(dot) + QStringLiteral(".*")))
            return true;
        dot = required.lastIndexOf(QLatin1Char('.'), dot - 1);
    }
    return false;
}

} // namespace

bool permissionGranted(const QSet<QString>& granted, const QString& required)
{
    if (required.isEmpty())
        return true;
    // A denial ("!admin.*") wins over any grant: "*.read" but not the admin module.
    if (matches(granted, required, QStringLiteral("!")))
        return false;
    return matches(granted, required, QString());
}

bool isValidPermissionName(const QString& name, bool allowWildcard)
{
    static const QRegularExpression exact(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$"));
    static const QRegularExpression grant(
        QStringLiteral("^!?([a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*|([a-z][a-z0-9_]*\\.)*\\*|\\*\\.[a-"
                       "z][a-z0-9_]*)$"));
    return allowWildcard ? grant.match(name).hasMatch() : exact.match(name).hasMatch();
}

} // namespace Erp
