#pragma once

#include "server/module.h"
#include "server/modules/admin/adminservice.h"
#include "server/modules/admin/authservice.h"

namespace Erp::Platform {
class EventBus;
}

namespace Erp::Server::Admin {

/// Users, roles, login sessions and the audit trail viewer (auth.*, admin.*).
class AdminModule final : public Module
{
public:
    /// Answers the dispatcher's identity refreshes (rpc.identity_refresh) on `events`.
    AdminModule(const Rpc::MethodRegistry& registry, Platform::EventBus& events);
    QString name() const override { return QStringLiteral("admin"); }
    void registerMethods(Rpc::MethodRegistry& registry) override;
    void attach(Rpc::Dispatcher& dispatcher) override;
    void initialize(Rpc::CallContext& ctx, const InitOptions& options) override;
    void loadDemo(Rpc::CallContext& ctx) override;

private:
    AuthService m_auth;
    AdminService m_admin;
};

} // namespace Erp::Server::Admin
