// Registration of inventory.* methods: parameters in, service call, result out.
#include "server/modules/inventory/inventorymodule.h"

#include "server/rpc/callcontext.h"
#include "server/rpc/registry.h"

namespace Erp::Server::Inventory {

using namespace Rpc;

void InventoryModule::registerMethods(MethodRegistry& r)
{
    (void)r;
}

} // namespace Erp::Server::Inventory
