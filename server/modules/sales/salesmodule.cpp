#include "server/modules/sales/salesmodule.h"

#include "server/modules/crm/crmevents.h"
#include "server/modules/inventory/inventoryevents.h"
#include "server/modules/inventory/inventorymodule.h"
#include "server/modules/sales/salesdemo.h"
#include "server/platform/eventbus.h"
#include "server/platform/importservice.h"

namespace Erp::Server::Sales {

SalesModule::SalesModule(Inventory::InventoryModule& inventory, Platform::EventBus& events)
    : m_inventory(inventory)
    , m_orders(inventory, events)
    , m_import(m_orders, inventory)
{
    namespace Inv = Inventory::Events;
    OrderService* orders = &m_orders;
    // Backorders take arrived stock before anyone later in the chain sees the posting.
    events.subscribe<Inv::StockMoved>(
        QStringLiteral("sales.backorders"), 100,
        [orders](Rpc::CallContext& ctx, const Inv::StockMoved& moved) {
            orders->allocateBackorders(ctx, moved);
        });
    events.subscribe<Inv::DemandQuery>(QStringLiteral("sales.backorders"), 100,
                                       [orders](Rpc::CallContext& ctx, Inv::DemandQuery& demand) {
                                           const QHash<qint64, qint64> part =
                                               orders->backorderDemand(ctx);
                                           for (auto it = part.begin(); it != part.end(); ++it)
                                               demand.qty[it.key()] += it.value();
                                       });
    events.subscribe<Crm::Events::CustomerMerged>(
        QStringLiteral("sales.orders"), 100,
        [orders](Rpc::CallContext& ctx, const Crm::Events::CustomerMerged& merged) {
            orders->moveCustomer(ctx, merged.duplicateId, merged.survivorId);
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

namespace Erp::Server::Sales {

void SalesModule::registerImports(Platform::ImportService& imports)
{
    imports.add(m_import.entity());
}

} // namespace Erp::Server::Sales
