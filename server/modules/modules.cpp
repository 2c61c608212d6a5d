#include "server/modules/modules.h"

#include "server/modules/admin/adminmodule.h"
#include "server/modules/crm/crmmodule.h"
#include "server/modules/inventory/inventorymodule.h"
#include "server/modules/mail/mailmodule.h"
#include "server/modules/purchasing/purchasingmodule.h"
#include "server/modules/sales/salesmodule.h"
#include "server/modules/system/systemmodule.h"

namespace Erp::Server {

std::vector<std::unique_ptr<Module>> createModules(const Rpc::MethodRegistry& registry,
                                                   Platform::EventBus& events,
                                                   ModuleCatalog& catalog)
{
    std::vector<std::unique_ptr<Module>> modules;
    modules.push_back(std::make_unique<System::SystemModule>(registry));
    modules.push_back(std::make_unique<Admin::AdminModule>(registry, events, catalog));
    // Built in any order but after the modules it is handed; the start order (mail last) is
    // what each module declares, the order of reactions what each subscription declares.
    modules.push_back(std::make_unique<Mail::MailModule>());
    modules.push_back(std::make_unique<Crm::CrmModule>(events));
    auto inv = std::make_unique<Inventory::InventoryModule>(events);
    Inventory::InventoryModule& inventory = *inv;
    modules.push_back(std::move(inv));
    modules.push_back(std::make_unique<Purchasing::PurchasingModule>(inventory, events));
    modules.push_back(std::make_unique<Sales::SalesModule>(inventory, events));
    return modules;
}

} // namespace Erp::Server
