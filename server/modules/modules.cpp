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
                                                   Platform::EventBus& events)
{
    std::vector<std::unique_ptr<Module>> modules;
    modules.push_back(std::make_unique<System::SystemModule>(registry));
    modules.push_back(std::make_unique<Admin::AdminModule>(registry, events));
    // In dependency order: a module is built with references to the ones it uses.
    modules.push_back(std::make_unique<Crm::CrmModule>(events));
    auto inv = std::make_unique<Inventory::InventoryModule>(events);
    Inventory::InventoryModule& inventory = *inv;
    modules.push_back(std::move(inv));
    // Purchasing before sales: its demo names default suppliers and receives the demo purchase
    // orders before the demo sales orders take stock.
    modules.push_back(std::make_unique<Purchasing::PurchasingModule>(inventory, events));
    modules.push_back(std::make_unique<Sales::SalesModule>(inventory, events));
    // Mail last: its demo step settles the mail the other modules' demo data queued.
    modules.push_back(std::make_unique<Mail::MailModule>());
    return modules;
}

} // namespace Erp::Server
