#pragma once

#include "server/module.h"
#include "server/modules/purchasing/supplierservice.h"

namespace Erp::Server::Purchasing {

/// Suppliers, purchase orders and replenishment (purchasing.*).
class PurchasingModule final : public Module
{
public:
    QString name() const override { return QStringLiteral("purchasing"); }
    void registerMethods(Rpc::MethodRegistry& registry) override;
    void loadDemo(Rpc::CallContext& ctx) override;

    SupplierService& suppliers() { return m_suppliers; }

private:
    void registerSupplierMethods(Rpc::MethodRegistry& registry);

    SupplierService m_suppliers;
};

} // namespace Erp::Server::Purchasing
