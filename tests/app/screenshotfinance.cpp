// The Finance part of erp-client-screenshots: journal entries, a voucher being typed (the
// account completer open, the difference in red), a posted voucher, the trial balance, an
// account's ledger, the chart of accounts, the periods with the books' check, the settings,
// invoices (list, a new one typed, a posted one with its entry), payments (allocating a receipt,
// the list, an applied one) and a customer statement — and the tab of a new, empty company.
#include "app/mainwindow.h"
#include "app/models/remotetablemodel.h"
#include "app/pages/finance/accountchart.h"
#include "app/pages/finance/entrylist.h"
#include "app/pages/finance/financeclient.h"
#include "app/pages/finance/financepage.h"
#include "app/pages/finance/invoicedialog.h"
#include "app/pages/finance/invoicelines.h"
#include "app/pages/finance/invoicelist.h"
#include "app/pages/finance/ledgerdialog.h"
#include "app/pages/finance/paymentdialog.h"
#include "app/pages/finance/paymentlist.h"
#include "app/pages/finance/periodspage.h"
#include "app/pages/finance/settingspage.h"
#include "app/pages/finance/statementdialog.h"
#include "app/pages/finance/statementspage.h"
#include "app/pages/finance/trialbalance.h"
#include "app/pages/finance/voucherdialog.h"
#include "app/pages/finance/vouchergrid.h"
#include "app/widgets/entitypicker.h"
#include "app/widgets/moneyedit.h"

#include <QApplication>
#include <QDateEdit>
#include <QInputMethodEvent>
#include <QJsonArray>
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
/// A blocking call for the set-up of a shot; an empty object on error.
QJsonObject callWait(ApiClient& api, const QString& method, const QJsonObject& params)
{
    QJsonObject result;
    bool done = false;
    QObject context;
    api.call(
        method, params, &context,
        [&](const QJsonValue& v) {
            result = v.toObject();
            done = true;
        },
        [&](const Erp::Rpc::Error&) { done = true; });
    waitShort([&] { return done; });
    return result;
}

/// Invoices, a credit note, payments and the statement of a demo customer.
void invoiceScreenshots(MainWindow& window, ApiClient& api, FinancePage* page)
{
    if (!page->invoices() || !page->payments())
        return;
    const QJsonArray customers =
        callWait(api, QStringLiteral("crm.customer.list"), {{QStringLiteral("limit"), 3}})
            .value(QLatin1String("rows"))
            .toArray();
    if (customers.isEmpty())
        return;
    const QJsonObject customer = customers.at(0).toObject();
    const qint64 customerId = customer.value(QLatin1String("id")).toInteger();
    const QDate today = QDate::currentDate();
    const auto line = [](const char* d, const char* qty, const char* price, const char* rate,
                         bool inclusive) {
        return QJsonObject{{QStringLiteral("description"), QString::fromUtf8(d)},
                           {QStringLiteral("qty"), qty},
                           {QStringLiteral("unit_price"), price},
                           {QStringLiteral("tax_rate"), rate},
                           {QStringLiteral("price_includes_tax"), inclusive}};
    };
    const QJsonObject posted =
        callWait(api, QStringLiteral("finance.invoice.create"),
                 {{QStringLiteral("customer_id"), customerId},
                  {QStringLiteral("post"), true},
                  {QStringLiteral("date"), today.addDays(-40).toString(Qt::ISODate)},
                  {QStringLiteral("fapiao_number"), QStringLiteral("04400123456789012345")},
                  {QStringLiteral("lines"),
                   QJsonArray{line("钢笔 Fountain pen", "20", "113.00", "13.00", true),
                              line("墨水 Ink", "50", "9.99", "13.00", false),
                              line("安装服务 Installation", "1", "530.00", "6.00", true)}}});
    callWait(
        api, QStringLiteral("finance.invoice.create"),
        {{QStringLiteral("customer_id"), customerId},
         {QStringLiteral("post"), true},
         {QStringLiteral("date"), today.addDays(-5).toString(Qt::ISODate)},
         {QStringLiteral("lines"), QJsonArray{line("运费 Freight", "1", "218.00", "9.00", true)}}});
    callWait(
        api, QStringLiteral("finance.payment.create"),
        {{QStringLiteral("partner_type"), QStringLiteral("customer")},
         {QStringLiteral("partner_id"), customerId},
         {QStringLiteral("amount"), QStringLiteral("1500.00")},
         {QStringLiteral("date"), today.addDays(-2).toString(Qt::ISODate)},
         {QStringLiteral("reference"), QStringLiteral("CMB 2026112700001")},
         {QStringLiteral("allocations"),
          QJsonArray{QJsonObject{{QStringLiteral("invoice_id"), posted.value(QLatin1String("id"))},
                                 {QStringLiteral("amount"), QStringLiteral("1500.00")}}}}});

    page->showSection(FinancePage::Invoices);
    InvoiceList* invoices = page->invoices();
    invoices->refresh();
    waitShort([&] { return invoices->model()->isLoaded() && invoices->model()->rowCount() > 0; });
    invoices->view()->selectRow(0);
    QTest::qWait(200);
    saveShot(&window, QStringLiteral("finance-invoices"));

    // A new invoice being typed: a tax-inclusive and a discounted line.
    if (auto* dialog = qobject_cast<InvoiceDialog*>(invoices->openInvoice(0))) {
        dialog->customerPicker()->setCurrent(customer);
        InvoiceLinesModel* lines = dialog->lineEditor()->model();
        using L = InvoiceLinesModel;
        const auto set = [lines](int row, int col, const QVariant& v) {
            lines->setData(lines->index(row, col), v, Qt::EditRole);
        };
        set(0, L::DescriptionCol, QStringLiteral("钢笔 Fountain pen"));
        set(0, L::QtyCol, QStringLiteral("3"));
        set(0, L::PriceCol, QStringLiteral("9.99"));
        set(0, L::TaxRateCol, QStringLiteral("9.00"));
        lines->setData(lines->index(0, L::InclusiveCol), Qt::Checked, Qt::CheckStateRole);
        lines->appendLine();
        set(1, L::DescriptionCol, QStringLiteral("安装服务 Installation"));
        set(1, L::PriceCol, QStringLiteral("1000.00"));
        set(1, L::DiscountCol, QStringLiteral("10"));
        lines->appendLine();
        dialog->fapiaoNumberEdit()->setText(QStringLiteral("04400123456789012346"));
        QTest::qWait(300);
        saveShot(dialog, QStringLiteral("finance-invoice-new"));
        dialog->hide();
        dialog->deleteLater();
    }

    // The posted invoice: read-only, its payment, its journal entry.
    if (auto* dialog = qobject_cast<InvoiceDialog*>(
            invoices->openInvoice(posted.value(QLatin1String("id")).toInteger()))) {
        waitShort([&] { return dialog->isReady(); });
        QTest::qWait(300);
        saveShot(dialog, QStringLiteral("finance-invoice-posted"));
        dialog->sections()->setCurrentIndex(2);
        waitShort([&] { return dialog->entryTree()->topLevelItemCount() > 0; });
        QTest::qWait(200);
        saveShot(dialog, QStringLiteral("finance-invoice-entry"));
        dialog->hide();
        dialog->deleteLater();
    }

    // A receipt being allocated, oldest first, with a rest left unapplied.
    if (auto* pay = qobject_cast<PaymentDialog*>(invoices->registerPayment({}))) {
        pay->preset(QStringLiteral("customer"), customer, 0, QString());
        pay->amountEdit()->setValue(QStringLiteral("5000.00"));
        pay->referenceEdit()->setText(QStringLiteral("ICBC 20261127-88"));
        waitShort([&] { return pay->openLoaded(); });
        pay->applyOldestFirst();
        QTest::qWait(200);
        saveShot(pay, QStringLiteral("finance-payment-new"));
        pay->hide();
        pay->deleteLater();
    }

    page->showSection(FinancePage::Payments);
    PaymentList* payments = page->payments();
    payments->refresh();
    waitShort([&] { return payments->model()->isLoaded() && payments->model()->rowCount() > 0; });
    payments->view()->selectRow(0);
    QTest::qWait(200);
    saveShot(&window, QStringLiteral("finance-payments"));
    if (payments->model()->rowCount() > 0) {
        if (auto* pay = qobject_cast<PaymentDialog*>(payments->openPayment(
                payments->model()->row(0).value(QLatin1String("id")).toInteger()))) {
            waitShort([&] { return pay->isReady() && pay->openLoaded(); });
            QTest::qWait(200);
            saveShot(pay, QStringLiteral("finance-payment-applied"));
            pay->hide();
            pay->deleteLater();
        }
    }

    page->showSection(FinancePage::Invoices);
    if (auto* statement = qobject_cast<StatementDialog*>(invoices->openStatement(customer))) {
        statement->fromEdit()->setDate(today.addDays(-60));
        waitShort([&] { return !statement->data().isEmpty(); });
        QTest::qWait(300);
        saveShot(statement, QStringLiteral("finance-statement"));
        statement->hide();
        statement->deleteLater();
    }
}
} // namespace

void financeScreenshots(MainWindow& window, ApiClient& api)
{
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

    invoiceScreenshots(window, api, page);
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
