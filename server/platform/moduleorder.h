#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Erp::Server {

/// What the start order is computed from: a module's name and its declarations.
struct ModuleDeclaration
{
    QString name;
    QStringList dependencies; ///< must exist; the module starts after them
    QStringList startsAfter;  ///< ordering only; names that do not exist are ignored
};

/// The modules' start order (indexes into `modules`): every module after its dependencies and
/// the `startsAfter` modules present; otherwise the given order is kept (a stable topological
/// sort). Throws std::runtime_error naming the modules on a duplicate name, a missing dependency
/// or a cycle.
QList<int> startOrder(const QList<ModuleDeclaration>& modules);

} // namespace Erp::Server
