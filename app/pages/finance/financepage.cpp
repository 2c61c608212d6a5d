#include "app/pages/finance/financepage.h"

#include "app/pages/finance/accountchart.h"
#include "app/pages/finance/billspage.h"
#include "app/pages/finance/entrylist.h"
#include "app/pages/finance/invoicelist.h"
#include "app/pages/finance/paymentlist.h"
#include "app/pages/finance/periodspage.h"
#include "app/pages/finance/settingspage.h"
#include "app/pages/finance/statementspage.h"
#include "app/pages/finance/trialbalance.h"
#include "app/widgets/theme.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

namespace Erp::Client::Finance {

using P = FinanceClient::Perm;

FinancePage::FinancePage(ApiClient& api, QWidget* parent)
    : ModulePage(parent)
    , m_client(api)
    , m_accounts(m_client)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("financePage"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_nav->setObjectName(QStringLiteral("financeNavigation"));
    m_nav->setIconSize(QSize(16, 16));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSpacing(1);
    QPalette navPalette = m_nav->palette();
    navPalette.setColor(QPalette::Base, palette().color(QPalette::Window));
    m_nav->setPalette(navPalette);
    layout->addWidget(m_nav);
    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);

    const auto icon = [](const char* name, QStyle::StandardPixmap fallback) {
        return Theme::icon(QLatin1String(name), fallback);
    };
    if (api.hasPermission(P::entryRead())) {
        m_entries = new EntryList(m_client, m_accounts, m_stack);
        addSection(Entries, tr("Journal Entries"),
                   icon("view-list-details", QStyle::SP_FileDialogListView), m_entries,
                   [this] { m_entries->refresh(); });
    }
    if (api.hasPermission(P::invoiceRead())) {
        m_invoices = new InvoiceList(m_client, m_stack);
        addSection(Invoices, tr("Invoices"), icon("document-edit", QStyle::SP_FileIcon), m_invoices,
                   [this] { m_invoices->refresh(); });
        connect(m_invoices, &InvoiceList::navigate, this, &FinancePage::follow);
    }
    if (api.hasPermission(P::paymentRead())) {
        m_payments = new PaymentList(m_client, m_stack);
        addSection(Payments, tr("Payments"), icon("wallet-open", QStyle::SP_DialogApplyButton),
                   m_payments, [this] { m_payments->refresh(); });
        connect(m_payments, &PaymentList::navigate, this, &FinancePage::follow);
    }
    if (api.hasPermission(P::reportRead())) {
        m_trial = new TrialBalance(m_client, m_accounts, m_stack);
        addSection(Trial, tr("Trial Balance"), icon("x-office-spreadsheet", QStyle::SP_FileIcon),
                   m_trial, [this] { m_trial->reload(); });
        m_statements = new StatementsPage(m_client, m_stack);
        addSection(Statements, tr("Statements"), icon("office-chart-bar", QStyle::SP_FileIcon),
                   m_statements, [this] { m_statements->reload(); });
        connect(m_statements, &StatementsPage::entryRequested, this, [this](qint64 id) {
            if (m_entries)
                m_entries->openEntry(id);
        });
    }
    if (api.hasPermission(P::billRead())) {
        m_bills = new BillsPage(m_client, m_stack);
        addSection(Bills, tr("Bills"), icon("mail-attachment", QStyle::SP_FileDialogDetailedView),
                   m_bills, [this] { m_bills->reload(); });
    }
    if (api.hasPermission(P::accountRead())) {
        m_chart = new AccountChart(m_client, m_stack);
        addSection(Accounts, tr("Chart of Accounts"),
                   icon("view-list-tree", QStyle::SP_DirOpenIcon), m_chart,
                   [this] { m_chart->reload(); });
    }
    if (api.hasPermission(P::entryRead())) {
        m_periods = new PeriodsPage(m_client, m_accounts, m_stack);
        addSection(Periods, tr("Periods"), icon("x-office-calendar", QStyle::SP_FileDialogInfoView),
                   m_periods, [this] { m_periods->reload(); });
    }
    if (api.hasPermission(P::settingsRead())) {
        m_settings = new SettingsPage(m_client, m_stack);
        addSection(Settings, tr("Settings"), icon("preferences-system", QStyle::SP_ComputerIcon),
                   m_settings, [this] { m_settings->reload(); });
    }

    if (m_entries)
        connect(m_entries, &EntryList::sourceRequested, this, &FinancePage::follow);
    if (m_trial)
        connect(m_trial, &TrialBalance::sourceRequested, this, &FinancePage::follow);

    int width = 0;
    for (int i = 0; i < m_nav->count(); ++i)
        width = qMax(width, m_nav->fontMetrics().horizontalAdvance(m_nav->item(i)->text()));
    m_nav->setFixedWidth(width + 56);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(0);
}

FinancePage::~FinancePage() = default;

void FinancePage::addSection(Section section, const QString& title, const QIcon& icon,
                             QWidget* widget, std::function<void()> refresh)
{
    auto* item = new QListWidgetItem(icon, title, m_nav);
    item->setSizeHint(QSize(0, m_nav->fontMetrics().height() + 14));
    m_stack->addWidget(widget);
    m_sections.append(section);
    m_refresh.append(std::move(refresh));
}

bool FinancePage::isAvailable(const ApiClient& api)
{
    for (const QString& p : {P::accountRead(), P::entryRead(), P::reportRead(), P::settingsRead(),
                             P::invoiceRead(), P::paymentRead(), P::billRead()})
        if (api.hasPermission(p))
            return true;
    return false;
}

QString FinancePage::title() const
{
    return tr("Finance");
}

QIcon FinancePage::icon() const
{
    return Theme::icon(QStringLiteral("accessories-calculator"), QStyle::SP_FileDialogContentsView);
}

void FinancePage::refresh()
{
    const int index = m_stack->currentIndex();
    if (index >= 0 && index < m_refresh.size())
        m_refresh.at(index)();
}

bool FinancePage::open(const QString& target)
{
    static const QHash<QString, Section> sections{
        {QStringLiteral("finance/accounts"), Accounts},
        {QStringLiteral("finance/entries"), Entries},
        {QStringLiteral("finance/trial-balance"), Trial},
        {QStringLiteral("finance/statements"), Statements},
        {QStringLiteral("finance/bills"), Bills},
        {QStringLiteral("finance/periods"), Periods},
        {QStringLiteral("finance/settings"), Settings},
        {QStringLiteral("finance/invoices"), Invoices},
        {QStringLiteral("finance/payments"), Payments},
    };
    if (target == QLatin1String("finance"))
        return true;
    if (target == QLatin1String("finance/new") && m_entries &&
        m_entries->newAction()->isVisible()) {
        showSection(Entries);
        m_entries->openEntry(0);
        return true;
    }
    if (target.startsWith(QLatin1String("finance/entry/")) && m_entries) {
        const qint64 id = target.section(QLatin1Char('/'), 2).toLongLong();
        if (id <= 0)
            return false;
        showSection(Entries);
        m_entries->openEntry(id);
        return true;
    }
    if (target.startsWith(QLatin1String("finance/invoice/")) && m_invoices) {
        const qint64 id = target.section(QLatin1Char('/'), 2).toLongLong();
        if (id <= 0)
            return false;
        showSection(Invoices);
        m_invoices->openInvoice(id);
        return true;
    }
    if (target.startsWith(QLatin1String("finance/payment/")) && m_payments) {
        const qint64 id = target.section(QLatin1Char('/'), 2).toLongLong();
        if (id <= 0)
            return false;
        showSection(Payments);
        m_payments->openPayment(id);
        return true;
    }
    // The invoices of a sales order (the order form links here): its number searched.
    if (target.startsWith(QLatin1String("finance/order-invoices/")) && m_invoices) {
        showSection(Invoices);
        m_invoices->showOrder(target.section(QLatin1Char('/'), 2));
        return true;
    }
    const auto it = sections.constFind(target);
    return it != sections.constEnd() && showSection(*it);
}

void FinancePage::follow(const QString& target)
{
    if (!target.startsWith(QLatin1String("finance/")) || !open(target))
        emit navigateRequested(target);
}

bool FinancePage::showSection(Section section)
{
    const int index = int(m_sections.indexOf(section));
    if (index < 0)
        return false;
    m_nav->setCurrentRow(index);
    return true;
}

QWidget* FinancePage::section(Section section) const
{
    const int index = int(m_sections.indexOf(section));
    return index < 0 ? nullptr : m_stack->widget(index);
}

} // namespace Erp::Client::Finance
