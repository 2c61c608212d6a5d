#include "app/pages/orders/orderspage.h"

#include "app/net/apiclient.h"
#include "app/pages/orders/orderclient.h"
#include "app/pages/orders/orderlist.h"
#include "app/widgets/theme.h"

#include <QAction>
#include <QVBoxLayout>

namespace Erp::Client::Orders {

OrdersPage::OrdersPage(ApiClient& api, QWidget* parent)
    : ModulePage(parent)
    , m_list(new OrderList(api, this))
{
    setObjectName(QStringLiteral("ordersPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    connect(m_list, &OrderList::navigate, this, &ModulePage::navigateRequested);
}

bool OrdersPage::isAvailable(const ApiClient& api)
{
    return api.hasPermission(OrderClient::readPermission());
}

QString OrdersPage::title() const
{
    return tr("Orders");
}

QIcon OrdersPage::icon() const
{
    return Theme::icon(QStringLiteral("view-list-details"), QStyle::SP_FileDialogListView);
}

bool OrdersPage::open(const QString& target)
{
    if (target == QLatin1String("orders"))
        return true;
    if (target == QLatin1String("orders/new") && m_list->newAction()->isVisible()) {
        m_list->newAction()->trigger();
        return true;
    }
    if (target.startsWith(QLatin1String("orders/order/"))) {
        // An order opened from elsewhere (a journal entry's source document).
        const qint64 id = target.section(QLatin1Char('/'), 2).toLongLong();
        if (id <= 0)
            return false;
        m_list->openOrder(id);
        return true;
    }
    return false;
}

void OrdersPage::refresh()
{
    m_list->refresh();
}

} // namespace Erp::Client::Orders
