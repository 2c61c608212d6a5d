#pragma once

#include <QList>
#include <QString>

namespace Erp::Rpc {

struct ChangeEvent;

/// What the dispatcher asks before it runs a method: is the module that registered it switched
/// off for this company? Implemented by the platform's ModuleCatalog (an in-memory set, no query
/// per call).
class ModuleGate
{
public:
    virtual ~ModuleGate() = default;
    /// The name of the switched-off module `method` belongs to, or an empty string.
    virtual QString disabledModuleOf(const QString& method) const = 0;
    /// A call committed these changes (on the worker's thread, outside any transaction): the
    /// gate reloads its set when a module was switched.
    virtual void committed(const QList<ChangeEvent>& changes) = 0;
};

} // namespace Erp::Rpc
