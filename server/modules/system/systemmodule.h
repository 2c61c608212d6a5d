#pragma once

#include "server/module.h"

namespace Erp::Server::System {

/// Platform methods: system.ping, system.info and rpc.discover (generated from the registry).
class SystemModule final : public Module
{
public:
    explicit SystemModule(const Rpc::MethodRegistry& registry)
        : m_registry(registry)
    {}
    QString name() const override { return QStringLiteral("system"); }
    void registerMethods(Rpc::MethodRegistry& registry) override;

private:
    const Rpc::MethodRegistry& m_registry;
};

} // namespace Erp::Server::System
