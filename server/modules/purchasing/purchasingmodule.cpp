#include "server/modules/purchasing/purchasingmodule.h"

#include "server/modules/inventory/inventorymodule.h"
#include "server/rpc/callcontext.h"

namespace Erp::Server::Purchasing {

PurchasingModule::PurchasingModule(Inventory::InventoryModule& inventory)
    : m_inventory(inventory)
    , m_orders(inventory)
    , m_replenishment(inventory, m_orders)
{
    // Products name their default supplier; inventory asks us whether it is one.
    SupplierService* suppliers = &m_suppliers;
    m_inventory.setSupplierCheck([suppliers](Rpc::CallContext& ctx, qint64 supplierId) {
        return suppliers->isActive(ctx, supplierId);
    });
}

void PurchasingModule::loadDemo(Rpc::CallContext& ctx)
{
    (void)ctx;
}

} // namespace Erp::Server::Purchasing
