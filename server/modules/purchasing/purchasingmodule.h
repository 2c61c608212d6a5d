#pragma once

#include "server/module.h"
#include "server/modules/purchasing/purchaseorderservice.h"
#include "server/modules/purchasing/replenishmentservice.h"
#include "server/modules/purchasing/supplierservice.h"

namespace Erp::Server::Inventory {
class InventoryModule;
}
namespace Erp::Platform {
class EventBus;
}

namespace Erp::Server::Purchasing {

/// Suppliers, purchase orders and goods receipts, replenishment (purchasing.*). Built with a
/// reference to the inventory module: receipts post stock moves through its StockService, lines
/// read its products, and it answers inventory's supplier check (Events::SupplierCheck).
class PurchasingModule final : public Module
{
public:
    /// Answers inventory's supplier check and announces goods receipts on `events`.
    PurchasingModule(Inventory::InventoryModule& inventory, Platform::EventBus& events);
    QString name() const override { return QStringLiteral("purchasing"); }
    QString description() const override
    {
        return QStringLiteral("Suppliers, purchase orders, goods receipts and replenishment");
    }
    QStringList dependencies() const override { return {QStringLiteral("inventory")}; }
    QList<RoleGrants> defaultGrants() const override;
    void registerMethods(Rpc::MethodRegistry& registry) override;
    void registerImports(Platform::ImportService& imports) override;
    void loadDemo(Rpc::CallContext& ctx) override;

    SupplierService& suppliers() { return m_suppliers; }
    PurchaseOrderService& orders() { return m_orders; }

private:
    void registerSupplierMethods(Rpc::MethodRegistry& registry);
    void registerOrderMethods(Rpc::MethodRegistry& registry);
    void registerReplenishmentMethods(Rpc::MethodRegistry& registry);

    Inventory::InventoryModule& m_inventory;
    SupplierService m_suppliers;
    PurchaseOrderService m_orders;
    ReplenishmentService m_replenishment;
};

} // namespace Erp::Server::Purchasing
