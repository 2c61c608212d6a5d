#pragma once

#include "server/module.h"
#include "server/modules/sales/orderimport.h"
#include "server/modules/sales/orderservice.h"
#include "server/modules/sales/salesreport.h"

namespace Erp::Server::Crm {
class CrmModule;
}
namespace Erp::Server::Inventory {
class InventoryModule;
}

namespace Erp::Server::Sales {

/// Sales orders (sales.order.*, sales.report.metrics): the OMS core. Built with the inventory
/// module (products, stock) and the crm module (customers): it registers an arrival listener and
/// a demand provider with the StockService and a merge participant with the CustomerService.
class SalesModule final : public Module
{
public:
    SalesModule(Inventory::InventoryModule& inventory, Crm::CrmModule& crm);
    QString name() const override { return QStringLiteral("sales"); }
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
