#pragma once

#include "app/pages/finance/accountcache.h"
#include "app/pages/finance/financeclient.h"
#include "app/pages/modulepage.h"

#include <functional>

class QListWidget;
class QStackedWidget;

namespace Erp::Client::Finance {

class AccountChart;
class BillsPage;
class EntryList;
class InvoiceList;
class PaymentList;
class PeriodsPage;
class SettingsPage;
class TrialBalance;
class StatementsPage;

/// The Finance tab: the chart of accounts, journal entries with the voucher form, customer
/// invoices and credit notes, receipts and payments with their allocation, the supplier bills
/// with their three-way match, the trial balance with its drill-down to the ledger and the
/// entries, the periods with the close and
/// the books' check, and the settings — chosen in a list on the left, each shown only when the
/// user's permissions allow reading it.
class FinancePage final : public ModulePage
{
    Q_OBJECT
public:
    enum Section {
        Accounts,
        Entries,
        Trial,
        Statements,
        Periods,
        Settings,
        Invoices,
        Payments,
        Bills
    };

    explicit FinancePage(ApiClient& api, QWidget* parent = nullptr);
    ~FinancePage() override;

    static bool isAvailable(const ApiClient& api);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;
    bool open(const QString& target) override;
    QStringList serverModules() const override { return {QStringLiteral("finance")}; }

    bool showSection(Section section);
    QWidget* section(Section section) const;
    QListWidget* navigation() const { return m_nav; }
    AccountCache& accounts() { return m_accounts; }

    AccountChart* chart() const { return m_chart; }
    EntryList* entries() const { return m_entries; }
    InvoiceList* invoices() const { return m_invoices; }
    PaymentList* payments() const { return m_payments; }
    TrialBalance* trialBalance() const { return m_trial; }
    StatementsPage* statements() const { return m_statements; }
    BillsPage* bills() const { return m_bills; }
    PeriodsPage* periods() const { return m_periods; }
    SettingsPage* settings() const { return m_settings; }

private:
    /// A link inside the Finance tab is opened here, any other goes to the main window.
    void follow(const QString& target);
    void addSection(Section section, const QString& title, const QIcon& icon, QWidget* widget,
                    std::function<void()> refresh);

    FinanceClient m_client;
    AccountCache m_accounts;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    QList<Section> m_sections;
    QList<std::function<void()>> m_refresh;
    AccountChart* m_chart = nullptr;
    EntryList* m_entries = nullptr;
    InvoiceList* m_invoices = nullptr;
    PaymentList* m_payments = nullptr;
    TrialBalance* m_trial = nullptr;
    StatementsPage* m_statements = nullptr;
    BillsPage* m_bills = nullptr;
    PeriodsPage* m_periods = nullptr;
    SettingsPage* m_settings = nullptr;
};

} // namespace Erp::Client::Finance
