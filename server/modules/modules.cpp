#include "server/modules/modules.h"

#include "server/modules/admin/adminmodule.h"
#include "server/modules/crm/crmmodule.h"
#include "server/modules/finance/financemodule.h"
#include "server/modules/hr/hrmodule.h"
#include "server/modules/inventory/inventorymodule.h"
#include "server/modules/mail/mailmodule.h"
#include "server/modules/purchasing/purchasingmodule.h"
#include "server/modules/sales/salesmodule.h"
#include "server/modules/system/systemmodule.h"

namespace Erp::Server {

namespace {

/// Builds a module into `modules` and hands it back for the modules built on it.
template <typename M, typename... Args>
M& add(std::vector<std::unique_ptr<Module>>& modules, Args&&... args)
{
    auto module = std::make_unique<M>(std::forward<Args>(args)...);
    M& built = *module;
    modules.push_back(std::move(module));
    return built;
}

} // namespace

std::vector<std::unique_ptr<Module>> createModules(const Rpc::MethodRegistry& registry,
                                                   Platform::EventBus& events,
                                                   ModuleCatalog& catalog)
{
    std::vector<std::unique_ptr<Module>> modules;
    add<System::SystemModule>(modules, registry);
    auto& admin = add<Admin::AdminModule>(modules, registry, events, catalog);
    // Built in any order but after the modules it is handed; the start order (mail last) is
    // what each module declares, the order of reactions what each subscription declares.
    add<Mail::MailModule>(modules);
    auto& crm = add<Crm::CrmModule>(modules, events);
    // Stock moves in a foreign currency are valued at the moving average: inventory asks the
    // company profile for the base currency.
    const Admin::CompanyService* company = &admin.company();
    auto& inventory =
        add<Inventory::InventoryModule>(modules, events, [company](Rpc::CallContext& ctx) {
            return company->profile(ctx).baseCurrency;
        });
    auto& purchasing = add<Purchasing::PurchasingModule>(modules, inventory, events);
    add<Sales::SalesModule>(modules, inventory, events);
    add<Finance::FinanceModule>(modules, admin, crm, purchasing, inventory, events);
    add<Hr::HrModule>(modules, events);
    return modules;
}

} // namespace Erp::Server
