#pragma once

#include "server/module.h"
#include "server/modules/admin/adminservice.h"
#include "server/modules/admin/authservice.h"
#include "server/modules/admin/companyservice.h"
#include "server/modules/admin/moduleservice.h"

namespace Erp::Platform {
class EventBus;
}

namespace Erp::Server::Admin {

/// Users, roles, login sessions, the audit trail viewer, the company profile and the module
/// switches (auth.*, admin.*).
class AdminModule final : public Module
{
public:
    /// Answers the dispatcher's identity refreshes (rpc.identity_refresh) on `events`.
    AdminModule(const Rpc::MethodRegistry& registry, Platform::EventBus& events,
                ModuleCatalog& modules);
    QString name() const override { return QStringLiteral("admin"); }
    QString description() const override
    {
        return QStringLiteral("Users, roles, the audit trail, the company profile and modules");
    }
    QStringList dependencies() const override { return {QStringLiteral("system")}; }
    bool isCore() const override { return true; }
    QList<RoleGrants> defaultGrants() const override;
    void registerMethods(Rpc::MethodRegistry& registry) override;
    void attach(Rpc::Dispatcher& dispatcher) override;
    void initialize(Rpc::CallContext& ctx, const InitOptions& options) override;
    void prepare(Rpc::CallContext& ctx, const InitOptions& options) override;
    void loadDemo(Rpc::CallContext& ctx) override;

    /// The company profile (the books read its base currency and fiscal year).
    const CompanyService& company() const { return m_company; }

private:
    /// admin.company.* and admin.module.* (companymethods.cpp)
    void registerCompanyMethods(Rpc::MethodRegistry& registry);

    AuthService m_auth;
    AdminService m_admin;
    CompanyService m_company;
    ModuleService m_modules;
};

} // namespace Erp::Server::Admin
