#include "server/modules/modules.h"

#include "server/modules/admin/adminmodule.h"
#include "server/modules/crm/crmmodule.h"
#include "server/modules/purchasing/purchasingmodule.h"
#include "server/modules/system/systemmodule.h"

namespace Erp::Server {

std::vector<std::unique_ptr<Module>> createModules(const Rpc::MethodRegistry& registry)
{
    std::vector<std::unique_ptr<Module>> modules;
    modules.push_back(std::make_unique<System::SystemModule>(registry));
    modules.push_back(std::make_unique<Admin::AdminModule>(registry));
    modules.push_back(std::make_unique<Crm::CrmModule>());
    modules.push_back(std::make_unique<Purchasing::PurchasingModule>());
    return modules;
}

} // namespace Erp::Server
