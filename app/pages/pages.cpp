#include "app/pages/pages.h"

#include "app/pages/admin/adminpage.h"
#include "app/pages/customers/customerspage.h"
#include "app/pages/dashboard/dashboardpage.h"
#include "app/pages/finance/financepage.h"
#include "app/pages/hr/hrpage.h"
#include "app/pages/inventory/inventorypage.h"
#include "app/pages/orders/orderspage.h"

namespace Erp::Client {

QList<ModulePage*> createModulePages(ApiClient& api, QWidget* parent)
{
    QList<ModulePage*> pages;
    // New modules add one line here, in the order of their tabs.
    if (Dashboard::DashboardPage::isAvailable(api))
        pages.append(new Dashboard::DashboardPage(api, parent));
    if (Customers::CustomersPage::isAvailable(api))
        pages.append(new Customers::CustomersPage(api, parent));
    if (Orders::OrdersPage::isAvailable(api))
        pages.append(new Orders::OrdersPage(api, parent));
    if (Inventory::InventoryPage::isAvailable(api))
        pages.append(new Inventory::InventoryPage(api, parent));
    if (Finance::FinancePage::isAvailable(api))
        pages.append(new Finance::FinancePage(api, parent));
    if (Hr::HrPage::isAvailable(api))
        pages.append(new Hr::HrPage(api, parent));
    if (Admin::AdminPage::isAvailable(api))
        pages.append(new Admin::AdminPage(api, parent));
    return pages;
}

} // namespace Erp::Client
