#include "server/modules/modules.h"

#include "server/modules/admin/adminmodule.h"
#include "server/modules/crm/crmmodule.h"
#include "server/modules/inventory/inventorymodule.h"
#include "server/modules/sales/salesmodule.h"
#include "server/modules/system/systemmodule.h"

namespace Erp::Server {

std::vector<std::unique_ptr<Module>> createModules(const Rpc::MethodRegistry& registry)
{
    std::vector<std::unique_ptr<Module>> modules;
    modules.push_back(std::make_unique<System::SystemModule>(registry));
    modules.push_back(std::make_unique<Admin::AdminModule>(registry));
    auto crm = std::make_unique<Crm::CrmModule>();
    Crm::CrmModule& customers = *crm;
    modules.push_back(std::move(crm));
    // Modules that move stock or read products are built with a reference to inventory, e.g.
    // std::make_unique<Sales::SalesModule>(inventory, customers).
    auto inv = std::make_unique<Inventory::InventoryModule>();
    Inventory::InventoryModule& inventory = *inv;
    modules.push_back(std::move(inv));
    modules.push_back(std::make_unique<Sales::SalesModule>(inventory, customers));
    return modules;
}

} // namespace Erp::Server
