// The Finance part of erp-client-screenshots: journal entries, a voucher being typed (the
// account completer open, the difference in red), a posted voucher, the trial balance, an
// account's ledger, the chart of accounts, the periods with the books' check, the settings —
// and the tab of a new, empty company.
#include "app/mainwindow.h"
#include "app/models/remotetablemodel.h"
#include "app/pages/finance/accountchart.h"
#include "app/pages/finance/entrylist.h"
#include "app/pages/finance/financepage.h"
#include "app/pages/finance/ledgerdialog.h"
#include "app/pages/finance/periodspage.h"
#include "app/pages/finance/settingspage.h"
#include "app/pages/finance/statementspage.h"
#include "app/pages/finance/trialbalance.h"
#include "app/pages/finance/voucherdialog.h"
#include "app/pages/finance/vouchergrid.h"
#include "app/widgets/entitypicker.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include <functional>

using namespace Erp::Client;
using namespace Erp::Client::Finance;

void saveShot(QWidget* w, const QString& name);  // screenshots.cpp
bool waitFor(const std::function<bool()>& done); // screenshots.cpp

namespace {
bool waitShort(const std::function<bool()>& done)
{
    return QTest::qWaitFor(done, 10000);
}

/// A voucher typed as a clerk would: office rent on 5602 against the bank, one line left open.
void typeVoucher(VoucherDialog& dialog, AccountCache& accounts, bool balanced)
{
    VoucherLinesModel* lines = dialog.grid()->model();
    dialog.descriptionEdit()->setText(QStringLiteral("支付办公用品款"));
    lines->setDefaultDescription(dialog.descriptionEdit()->text());
    lines->removeLine(0);
    lines->addLine();
    lines->setAccount(0, accounts.byCode(QStringLiteral("5602")));
    lines->setData(lines->index(0, VoucherLinesModel::DebitCol), QStringLiteral("1280"));
    lines->addLine();
    lines->setAccount(1, accounts.byCode(QStringLiteral("2221")).isEmpty()
                             ? accounts.byCode(QStringLiteral("1001"))
                             : accounts.byCode(QStringLiteral("222101")));
    lines->setData(lines->index(1, VoucherLinesModel::DebitCol), QStringLiteral("166.40"));
    lines->addLine();
    lines->setAccount(2, accounts.byCode(QStringLiteral("1002")));
    lines->setData(lines->index(2, VoucherLinesModel::CreditCol),
                   balanced ? QStringLiteral("1446.40") : QStringLiteral("1400"));
}
} // namespace

void financeScreenshots(MainWindow& window, ApiClient& api)
{
    (void)api;
    auto* page = window.findChild<FinancePage*>();
    if (!page)
        return;
    window.tabs()->setCurrentWidget(page);
    AccountCache& accounts = page->accounts();
    accounts.ensureLoaded();
    waitShort([&] { return accounts.isLoaded(); });

    page->showSection(FinancePage::Entries);
    waitShort([&] { return page->entries()->model()->isLoaded(); });
    page->entries()->view()->selectRow(0);
    saveShot(&window, QStringLiteral("finance-entries"));

    // A voucher being typed: the difference in red, then the completer of the next line open.
    {
        FinanceClient client(api);
        VoucherDialog dialog(client, accounts, 0, &window);
        dialog.show();
        typeVoucher(dialog, accounts, false);
        dialog.grid()->addLine();
        QTest::qWait(200);
        if (auto* summary = qobject_cast<QLineEdit*>(QApplication::focusWidget()))
            QTest::keyClick(summary, Qt::Key_Return); // the summary repeats: on to the account
        QTest::qWait(200);
        if (auto* picker = qobject_cast<EntityPicker*>(QApplication::focusWidget())) {
            QInputMethodEvent ime;
            ime.setCommitString(QStringLiteral("银行"));
            QApplication::sendEvent(picker, &ime);
            waitShort([&] { return picker->isPopupVisible(); });
        }
        saveShot(&dialog, QStringLiteral("finance-voucher-typing"));
        if (QWidget* popup = QApplication::activePopupWidget())
            popup->hide();
        dialog.grid()->commitEditing();
        dialog.grid()->model()->removeLine(3);
        dialog.saveDraft();
        waitShort([&] { return !dialog.grid()->errorText().isEmpty(); });
        saveShot(&dialog, QStringLiteral("finance-voucher-unbalanced"));
        dialog.grid()->model()->setData(
            dialog.grid()->model()->index(2, VoucherLinesModel::CreditCol),
            QStringLiteral("1446.40"));
        dialog.grid()->clearErrors();
        dialog.post();
        waitShort([&] { return dialog.isPosted(); });
        saveShot(&dialog, QStringLiteral("finance-voucher-posted"));
        dialog.hide();
    }

    page->showSection(FinancePage::Statements);
    StatementsPage* statements = page->statements();
    for (const auto& [report, name] :
         {std::pair{StatementsPage::BalanceSheet, "finance-balance-sheet"},
          std::pair{StatementsPage::IncomeStatement, "finance-income-statement"},
          std::pair{StatementsPage::Vat, "finance-vat"},
          std::pair{StatementsPage::ReceivablesAging, "finance-aging"}}) {
        statements->showReport(report);
        waitShort([&] {
            return statements->isLoaded() &&
                   statements->data().value(QLatin1String("report")).toInt() == report;
        });
        QTest::qWait(200);
        saveShot(&window, QString::fromLatin1(name));
    }

    page->showSection(FinancePage::Trial);
    TrialBalance* trial = page->trialBalance();
    waitShort([&] { return trial->isLoaded(); });
    QTest::qWait(300);
    saveShot(&window, QStringLiteral("finance-trial-balance"));
    if (QTreeWidgetItem* bank = trial->itemOfCode(QStringLiteral("1002"))) {
        auto* ledger = qobject_cast<LedgerDialog*>(trial->openLedger(bank));
        if (ledger) {
            waitShort([&] { return ledger->model()->isLoaded(); });
            QTest::qWait(200);
            saveShot(ledger, QStringLiteral("finance-ledger"));
            ledger->close();
        }
    }

    page->showSection(FinancePage::Accounts);
    waitShort([&] { return page->chart()->isLoaded(); });
    page->chart()->tree()->expandAll();
    page->chart()->selectCode(QStringLiteral("1002"));
    saveShot(&window, QStringLiteral("finance-accounts"));

    page->showSection(FinancePage::Periods);
    waitShort([&] { return page->periods()->isLoaded(); });
    page->periods()->runCheck();
    waitShort([&] { return page->periods()->checkResult()->isVisible(); });
    page->periods()->selectPeriod(QDate::currentDate().toString(QStringLiteral("yyyy-MM")));
    saveShot(&window, QStringLiteral("finance-periods"));

    page->showSection(FinancePage::Settings);
    waitShort([&] { return page->settings()->isLoaded(); });
    QTest::qWait(400);
    saveShot(&window, QStringLiteral("finance-settings"));
    page->showSection(FinancePage::Entries);
}

/// The Finance tab of a company that has booked nothing yet.
void financeEmptyScreenshots(MainWindow& window)
{
    auto* page = window.findChild<FinancePage*>();
    if (!page)
        return;
    window.tabs()->setCurrentWidget(page);
    page->showSection(FinancePage::Entries);
    waitShort([&] { return page->entries()->model()->isLoaded(); });
    saveShot(&window, QStringLiteral("finance-entries-empty"));
    page->showSection(FinancePage::Trial);
    waitShort([&] { return page->trialBalance()->isLoaded(); });
    saveShot(&window, QStringLiteral("finance-trial-balance-empty"));
    page->showSection(FinancePage::Statements);
    waitShort([&] { return page->statements()->isLoaded(); });
    saveShot(&window, QStringLiteral("finance-balance-sheet-empty"));
}
