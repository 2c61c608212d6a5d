#pragma once

#include "server/platform/accesspolicy.h"
#include "server/rpc/method.h"

#include <QHash>
#include <QStringList>

#include <memory>

namespace Erp::Rpc {

/// The one table of methods: the dispatcher runs from it and rpc.discover describes it,
/// so the published API cannot drift from the implemented one.
class MethodRegistry final
{
public:
    /// Adds a method; a duplicate name or a method without handler is a programming error.
    void add(MethodSpec spec);
    const MethodSpec* find(const QString& name) const;
    /// All methods, sorted by name.
    QList<const MethodSpec*> methods() const;
    /// Every permission some method requires, sorted — the catalogue roles are built from.
    QStringList permissions() const;
    /// The OpenRPC 1.2 document for rpc.discover.
    QJsonObject openRpcDocument(const QString& version) const;
    /// Protected fields and record rules, declared by the modules next to their methods.
    Platform::AccessPolicy& access() { return m_access; }
    const Platform::AccessPolicy& access() const { return m_access; }

private:
    Platform::AccessPolicy m_access;
    QHash<QString, std::shared_ptr<const MethodSpec>> m_methods;
};

} // namespace Erp::Rpc
