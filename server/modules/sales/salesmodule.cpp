#include "server/modules/sales/salesmodule.h"

#include "server/modules/crm/crmmodule.h"
#include "server/modules/inventory/inventorymodule.h"
#include "server/modules/sales/salesdemo.h"

namespace Erp::Server::Sales {

SalesModule::SalesModule(Inventory::InventoryModule& inventory, Crm::CrmModule& crm)
    : m_inventory(inventory)
    , m_orders(inventory)
    , m_import(m_orders, inventory)
{
    OrderService* orders = &m_orders;
    inventory.stock().addArrivalListener([orders](Rpc::CallContext& ctx, qint64 productId) {
        orders->allocateBackorders(ctx, productId);
    });
    inventory.stock().addDemandProvider(
        [orders](Rpc::CallContext& ctx) { return orders->backorderDemand(ctx); });
    crm.customers().addMergeParticipant([orders](Rpc::CallContext& ctx, qint64 from, qint64 to) {
        orders->moveCustomer(ctx, from, to);
    });
}

void SalesModule::loadDemo(Rpc::CallContext& ctx)
{
    loadDemoOrders(ctx, m_orders, m_inventory);
}

QList<RoleGrants> SalesModule::defaultGrants() const
{
    return {
        {QStringLiteral("sales"),
         QStringLiteral("Customers (CRM) and sales orders"),
         {QStringLiteral("sales.*"), QStringLiteral("!sales.order.approve")}},
        {QStringLiteral("warehouse"),
         QStringLiteral("Inventory, shipping and receiving"),
         {QStringLiteral("sales.order.read"), QStringLiteral("sales.order.allocate"),
          QStringLiteral("sales.order.ship"), QStringLiteral("sales.order.deliver"),
          QStringLiteral("sales.order.return")}},
        {QStringLiteral("accountant"),
         QStringLiteral("Finance: ledger, invoices and payments"),
         {QStringLiteral("sales.order.read")}},
    };
}

} // namespace Erp::Server::Sales
