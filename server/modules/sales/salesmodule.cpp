#include "server/modules/sales/salesmodule.h"

#include "server/modules/crm/crmmodule.h"
#include "server/modules/inventory/inventorymodule.h"
#include "server/modules/sales/salesdemo.h"
#include "server/platform/importservice.h"

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

} // namespace Erp::Server::Sales

namespace Erp::Server::Sales {

void SalesModule::registerImports(Platform::ImportService& imports)
{
    imports.add(m_import.entity());
}

} // namespace Erp::Server::Sales
