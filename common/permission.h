#pragma once

#include <QSet>
#include <QString>

namespace Erp {

/// Permission names are dotted, e.g. "admin.user.write". A granted entry may be an exact name,
/// "*" (everything), a prefix wildcard such as "crm.*" (everything under crm) or a verb
/// wildcard such as "*.read" (every permission ending in ".read"). A grant prefixed with "!"
/// denies what it covers and wins over every other grant ("!admin.*").
/// An empty required permission means "any logged-in user".
bool permissionGranted(const QSet<QString>& granted, const QString& required);

/// True when `name` is a well-formed permission or grant ("a.b.c", "a.*", "*").
bool isValidPermissionName(const QString& name, bool allowWildcard);

} // namespace Erp
