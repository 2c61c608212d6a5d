#include "app/pages/customers/customerspage.h"

#include "app/net/apiclient.h"
#include "app/pages/customers/customerclient.h"
#include "app/pages/customers/customerlist.h"
#include "app/pages/pipeline/activitylist.h"
#include "app/pages/pipeline/leadlist.h"
#include "app/pages/pipeline/pipelineboard.h"
#include "app/widgets/theme.h"

#include <QAction>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Erp::Client::Customers {

CustomersPage::CustomersPage(ApiClient& api, QWidget* parent)
    : ModulePage(parent)
    , m_list(new CustomerList(api, this))
{
    setObjectName(QStringLiteral("customersPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (!api.hasPermission(Pipeline::PipelineClient::readPermission())) {
        layout->addWidget(m_list);
        return;
    }
    // The sales pipeline shares the tab: customers, the board, leads and my activities.
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("customerViews"));
    m_board = new Pipeline::PipelineBoard(api, this);
    m_leads = new Pipeline::LeadList(api, this);
    m_activities = new Pipeline::ActivityList(api, this);
    m_views->addTab(m_list, tr("Customers"));
    m_views->addTab(m_board, tr("Pipeline"));
    m_views->addTab(m_leads, tr("Leads"));
    m_views->addTab(m_activities, tr("My Activities"));
    connect(m_board, &Pipeline::PipelineBoard::navigateRequested, this,
            &ModulePage::navigateRequested);
    connect(m_views, &QTabWidget::currentChanged, this, &CustomersPage::refresh);
    layout->addWidget(m_views);
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
    if (m_views && target == QLatin1String("customers/pipeline")) {
        m_views->setCurrentWidget(m_board);
        return true;
    }
    if (target == QLatin1String("customers/new") && m_list->newAction()->isVisible()) {
        m_list->newAction()->trigger();
        return true;
    }
    return false;
}

void CustomersPage::refresh()
{
    QWidget* current = m_views ? m_views->currentWidget() : m_list;
    if (current == m_board)
        m_board->refresh();
    else if (current == m_leads)
        m_leads->refresh();
    else if (current == m_activities)
        m_activities->refresh();
    else
        m_list->refresh();
}

} // namespace Erp::Client::Customers
