#pragma once

#include "server/module.h"
#include "server/modules/crm/customerservice.h"
#include "server/modules/crm/customertransfer.h"

namespace Erp::Server::Crm {

/// The customer master (crm.customer.*): the CRM core every other module hangs from.
class CrmModule final : public Module
{
public:
    /// Announces merges on `events`.
    explicit CrmModule(Platform::EventBus& events)
        : m_customers(events)
        , m_transfer(m_customers)
    {}
    QString name() const override { return QStringLiteral("crm"); }
    QString description() const override
    {
        return QStringLiteral("The customer master: customers, contacts, duplicates and merges");
    }
    QList<RoleGrants> defaultGrants() const override;
    void registerMethods(Rpc::MethodRegistry& registry) override;
    void registerImports(Platform::ImportService& imports) override;
    void loadDemo(Rpc::CallContext& ctx) override;

    CustomerService& customers() { return m_customers; }

private:
    CustomerService m_customers;
    CustomerTransfer m_transfer;
    Platform::ImportService* m_imports = nullptr;
};

} // namespace Erp::Server::Crm
