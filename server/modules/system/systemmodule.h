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
    QString description() const override
    {
        return QStringLiteral("Connection check, server information and the method catalogue");
    }
    bool isCore() const override { return true; }
    void registerMethods(Rpc::MethodRegistry& registry) override;

private:
    const Rpc::MethodRegistry& m_registry;
};

} // namespace Erp::Server::System
