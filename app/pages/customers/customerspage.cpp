#include "app/pages/customers/customerspage.h"

#include "app/net/apiclient.h"
#include "app/pages/customers/customerclient.h"
#include "app/pages/customers/customerlist.h"
#include "app/widgets/theme.h"

#include <QAction>
#include <QVBoxLayout>

namespace Erp::Client::Customers {

CustomersPage::CustomersPage(ApiClient& api, QWidget* parent)
    : ModulePage(parent)
    , m_list(new CustomerList(api, this))
{
    setObjectName(QStringLiteral("customersPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
}

bool CustomersPage::isAvailable(const ApiClient& api)
{
    return api.hasPermission(CustomerClient::readPermission());
}

QString CustomersPage::title() const
{
    return tr("Customers");
}

QIcon CustomersPage::icon() const
{
    return Theme::icon(QStringLiteral("x-office-address-book"), QStyle::SP_DirHomeIcon);
}

bool CustomersPage::open(const QString& target)
{
    if (target == QLatin1String("customers"))
        return true;
    if (target == QLatin1String("customers/new") && m_list->newAction()->isVisible()) {
        m_list->newAction()->trigger();
        return true;
    }
    return false;
}

void CustomersPage::refresh()
{
    m_list->refresh();
}

} // namespace Erp::Client::Customers
