#pragma once

#include "server/module.h"
#include "server/modules/sales/orderimport.h"
#include "server/modules/sales/orderservice.h"
#include "server/modules/sales/salesreport.h"

namespace Erp::Server::Inventory {
class InventoryModule;
}
namespace Erp::Platform {
class EventBus;
}

namespace Erp::Server::Sales {

/// Sales orders (sales.order.*, sales.report.metrics): the OMS core. Built with the inventory
/// module (products, stock). On the event bus it reacts to inventory.stock_moved (backorders
/// take arrived stock), answers inventory.demand (backordered quantities), follows
/// crm.customer_merged (orders move to the survivor) and announces shipments and returns.
class SalesModule final : public Module
{
public:
    SalesModule(Inventory::InventoryModule& inventory, Platform::EventBus& events);
    QString name() const override { return QStringLiteral("sales"); }
    QString description() const override
    {
        return QStringLiteral("Sales orders from entry to delivery, returns and metrics");
    }
    QStringList dependencies() const override
    {
        return {QStringLiteral("inventory"), QStringLiteral("crm")};
    }
    /// Purchasing's demo names default suppliers and receives the demo purchase orders before
    /// the demo sales orders take stock.
    QStringList startsAfter() const override { return {QStringLiteral("purchasing")}; }
    QList<RoleGrants> defaultGrants() const override;
    void registerMethods(Rpc::MethodRegistry& registry) override;
    void registerImports(Platform::ImportService& imports) override;
    void loadDemo(Rpc::CallContext& ctx) override;

    OrderService& orders() { return m_orders; }

private:
    Inventory::InventoryModule& m_inventory;
    OrderService m_orders;
    OrderImport m_import;
    SalesReport m_report;
};

} // namespace Erp::Server::Sales
