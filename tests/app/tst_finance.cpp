// The Finance tab against the demo company over TCP: the tab follows the roles (the accountant
// liu.yang has it, the sales clerk li.na does not, and it goes when finance is switched off);
// a voucher typed through the grid (keys, the account completer) shows the difference and the
// server's refusal while it does not balance, then posts with a number; the trial balance
// shows it and drills down to the ledger and back to the entry; a closed period refuses a
// posting, with the reason on screen, and only a holder of finance.period.reopen reopens it.
#include "apptest.h"
#include "customertest.h"
#include "inventorytest.h"

#include "app/appsettings.h"
#include "app/mainwindow.h"
#include "app/models/remotetablemodel.h"
#include "app/pages/finance/accountcache.h"
#include "app/pages/finance/accountchart.h"
#include "app/pages/finance/billspage.h"
#include "app/pages/finance/entrylist.h"
#include "app/pages/finance/financeclient.h"
#include "app/pages/finance/financepage.h"
#include "app/pages/finance/invoicelist.h"
#include "app/pages/finance/ledgerdialog.h"
#include "app/pages/finance/periodspage.h"
#include "app/pages/finance/settingspage.h"
#include "app/pages/finance/statementspage.h"
#include "app/pages/finance/trialbalance.h"
#include "app/pages/finance/voucherdialog.h"
#include "app/pages/finance/vouchergrid.h"
#include "app/pages/finance/voucherprint.h"
#include "app/pages/inventory/purchaseorderdialog.h"
#include "app/pages/modulepage.h"
#include "app/pages/pages.h"
#include "app/widgets/entitypicker.h"
#include "app/widgets/formerrors.h"
#include "app/widgets/moneyedit.h"
#include "app/widgets/statusbadge.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Erp::Client;
using namespace Erp::Client::Finance;
using M = VoucherLinesModel;

namespace {
const QString kDemoPassword = QStringLiteral("demo1234");

QWidget* focused()
{
    return QApplication::focusWidget();
}

/// Types `text` into the focused cell editor and presses Enter.
void typeAndEnter(const QString& text)
{
    QWidget* editor = focused();
    QVERIFY(editor);
    if (auto* edit = qobject_cast<QLineEdit*>(editor))
        edit->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(focused(), Qt::Key_Return);
}

QString thisMonth()
{
    return QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
}
} // namespace

class TestFinance final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_finance"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_company.start(true));
        m_accountant = m_company.connect(QStringLiteral("liu.yang"), kDemoPassword);
        QVERIFY(m_accountant);
        m_client = std::make_unique<FinanceClient>(*m_accountant);
        m_accounts = std::make_unique<AccountCache>(*m_client);
        m_accounts->ensureLoaded();
        QTRY_VERIFY(m_accounts->isLoaded());
    }

    void tabFollowsTheRoles()
    {
        QWidget parent;
        const QList<ModulePage*> pages = createModulePages(*m_accountant, &parent);
        FinancePage* finance = nullptr;
        for (ModulePage* p : pages)
            if (auto* f = qobject_cast<FinancePage*>(p))
                finance = f;
        QVERIFY(finance);
        QCOMPARE(finance->title(), QStringLiteral("Finance"));
        QCOMPARE(finance->serverModules(), QStringList{QStringLiteral("finance")});
        QCOMPARE(finance->navigation()->count(), 9);
        QVERIFY(finance->entries() && finance->trialBalance() && finance->statements() &&
                finance->chart() && finance->periods() && finance->settings() &&
                finance->invoices() && finance->payments() && finance->bills());
        // The accountant closes months but does not reopen them (the manager's permission).
        QVERIFY(!finance->periods()->closeButton()->isHidden());
        QVERIFY(finance->periods()->reopenButton()->isHidden());
        QVERIFY(finance->open(QStringLiteral("finance/periods")));
        QCOMPARE(finance->section(FinancePage::Periods), finance->periods());

        // The sales clerk li.na reads invoices (finance.invoice.read) and nothing else of it:
        // her Finance tab is the invoice list, without New Invoice.
        auto sales = m_company.connect(QStringLiteral("li.na"), kDemoPassword);
        QVERIFY(sales);
        QVERIFY(FinancePage::isAvailable(*sales));
        QWidget other;
        FinancePage* hers = nullptr;
        for (ModulePage* p : createModulePages(*sales, &other))
            if (auto* f = qobject_cast<FinancePage*>(p))
                hers = f;
        QVERIFY(hers);
        QCOMPARE(hers->navigation()->count(), 1);
        QVERIFY(hers->invoices() && !hers->entries() && !hers->payments() && !hers->chart());
        QVERIFY(!hers->invoices()->newAction()->isVisible());
    }

    void switchedOffFinanceLosesItsTab()
    {
        auto admin = m_company.connect();
        QVERIFY(admin);
        AppSettings settings;
        MainWindow window(*m_accountant, settings, QStringLiteral("en"));
        int tab = -1;
        for (int i = 0; i < window.tabs()->count(); ++i)
            if (window.tabs()->tabText(i) == QLatin1String("Finance"))
                tab = i;
        QVERIFY(tab >= 0);
        QTRY_VERIFY(window.tabs()->isTabVisible(tab));
        Test::callOn(*admin, QStringLiteral("admin.module.set"),
                     {{QStringLiteral("name"), QStringLiteral("finance")},
                      {QStringLiteral("enabled"), false}});
        QTRY_VERIFY(!window.tabs()->isTabVisible(tab));
        Test::callOn(*admin, QStringLiteral("admin.module.set"),
                     {{QStringLiteral("name"), QStringLiteral("finance")},
                      {QStringLiteral("enabled"), true}});
        QTRY_VERIFY(window.tabs()->isTabVisible(tab));
    }

    void voucherTypedThroughTheGrid()
    {
        VoucherDialog dialog(*m_client, *m_accounts, 0);
        QAbstractItemModelTester tester(dialog.grid()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(dialog.isReady());
        QCOMPARE(dialog.numberLabel()->text(), QStringLiteral("assigned when posted"));
        QCOMPARE(focused(), dialog.descriptionEdit());

        // The header, then Enter into the first line, whose summary repeats the description.
        QTest::keyClicks(dialog.descriptionEdit(), QStringLiteral("Office supplies"));
        QTest::keyClick(dialog.descriptionEdit(), Qt::Key_Return);
        QTRY_VERIFY(qobject_cast<QLineEdit*>(focused()));
        QCOMPARE(qobject_cast<QLineEdit*>(focused())->text(), QStringLiteral("Office supplies"));
        QTest::keyClick(focused(), Qt::Key_Return);

        // The account by its code: Enter takes the exact match and moves to the debit.
        QTRY_VERIFY(qobject_cast<EntityPicker*>(focused()));
        typeAndEnter(QStringLiteral("5602"));
        QTRY_COMPARE(dialog.grid()->model()->lines().at(0).accountCode, QStringLiteral("5602"));
        QVERIFY(dialog.grid()->model()->lines().at(0).accountId > 0);
        QTRY_VERIFY(qobject_cast<MoneyEdit*>(focused()));
        QCOMPARE(dialog.grid()->view()->currentIndex().column(), int(M::DebitCol));
        typeAndEnter(QStringLiteral("1,000"));

        // Enter after the amount: a new line, its summary repeated and the balance offered.
        QTRY_COMPARE(dialog.grid()->model()->rowCount(), 2);
        const M::Line offered = dialog.grid()->model()->lines().at(1);
        QCOMPARE(offered.description, QStringLiteral("Office supplies"));
        QCOMPARE(offered.credit, QStringLiteral("1000.00"));
        QVERIFY(offered.autoAmount);
        QTRY_VERIFY(qobject_cast<QLineEdit*>(focused()));
        QTest::keyClick(focused(), Qt::Key_Return);

        // The account by its name through the completer: its popup offers 1002, Down + Enter.
        QTRY_VERIFY(qobject_cast<EntityPicker*>(focused()));
        auto* picker = qobject_cast<EntityPicker*>(focused());
        QInputMethodEvent ime;
        ime.setCommitString(QStringLiteral("银行存款"));
        QApplication::sendEvent(picker, &ime);
        QTRY_VERIFY(picker->isPopupVisible());
        QWidget* popup = QApplication::activePopupWidget();
        QVERIFY(popup);
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_COMPARE(dialog.grid()->model()->lines().at(1).accountCode, QStringLiteral("1002"));
        // The credit side, where the balance was offered: 900 instead.
        QTRY_VERIFY(qobject_cast<MoneyEdit*>(focused()));
        QCOMPARE(dialog.grid()->view()->currentIndex().column(), int(M::CreditCol));
        QCOMPARE(qobject_cast<MoneyEdit*>(focused())->value(), QStringLiteral("1000.00"));
        typeAndEnter(QStringLiteral("900"));
        QTRY_COMPARE(dialog.grid()->model()->lines().at(1).credit, QStringLiteral("900.00"));

        // Unbalanced: the difference is in sight and in red; the server refuses the draft.
        QCOMPARE(dialog.debitLabel()->text(), QStringLiteral("Debit 1,000.00"));
        QCOMPARE(dialog.creditLabel()->text(), QStringLiteral("Credit 900.00"));
        QCOMPARE(dialog.differenceLabel()->text(), QStringLiteral("Difference 100.00"));
        QVERIFY(dialog.isDifferenceHighlighted());
        QTest::keyClick(focused(), Qt::Key_Escape);
        QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!dialog.grid()->errorText().isEmpty());
        QVERIFY2(dialog.grid()->errorText().contains(QStringLiteral("1000.00")) &&
                     dialog.grid()->errorText().contains(QStringLiteral("900.00")),
                 qPrintable(dialog.grid()->errorText()));
        QCOMPARE(dialog.errors().message(),
                 QStringLiteral("The entry was not saved: see the lines."));
        QCOMPARE(Test::idOf(dialog.entry()), 0);

        // "=" in the credit cell fills in the balance; Ctrl+Return posts.
        dialog.grid()->editCell(1, M::CreditCol);
        QTRY_VERIFY(qobject_cast<MoneyEdit*>(focused()));
        QTest::keyClick(focused(), Qt::Key_Equal);
        QCOMPARE(qobject_cast<MoneyEdit*>(focused())->value(), QStringLiteral("1000.00"));
        QTest::keyClick(focused(), Qt::Key_Return);
        QTRY_COMPARE(dialog.differenceLabel()->text(), QStringLiteral("Balanced ✓"));
        QVERIFY(!dialog.isDifferenceHighlighted());
        QSignalSpy saved(&dialog, &VoucherDialog::saved);
        QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(dialog.isPosted());
        m_number = dialog.numberLabel()->text();
        QVERIFY2(m_number.startsWith(QStringLiteral("记-%1-").arg(QDate::currentDate().year())),
                 qPrintable(m_number));
        QCOMPARE(dialog.entry().value(QLatin1String("debit_total")).toString(),
                 QStringLiteral("1000.00"));
        // Posted: read-only, Reverse and Print offered.
        QVERIFY(!dialog.grid()->model()->isEditable());
        QVERIFY(dialog.saveButton()->isHidden() && dialog.postButton()->isHidden());
        QVERIFY(!dialog.reverseButton()->isHidden());
        QVERIFY(!dialog.printButton()->isHidden());
        m_entryId = Test::idOf(dialog.entry());
    }

    void printedVoucherSaysTheTotalInCapitals()
    {
        const QJsonObject entry = Test::callOn(*m_accountant, QStringLiteral("finance.entry.get"),
                                               {{QStringLiteral("id"), m_entryId}})
                                      .toObject();
        Print::DeliveryNote::Company company;
        company.name = QStringLiteral("深圳市示例贸易有限公司");
        const Print::Voucher v = VoucherPrint::voucher(entry, *m_accounts, company);
        QCOMPARE(v.number, m_number);
        QCOMPARE(v.totalInWords, QStringLiteral("壹仟元整"));
        QCOMPARE(v.lines.size(), 2);
        QCOMPARE(v.lines.at(0).accountCode, QStringLiteral("5602"));
        QCOMPARE(v.lines.at(0).debit, QStringLiteral("1,000.00"));
        QCOMPARE(v.lines.at(1).credit, QStringLiteral("1,000.00"));
        QCOMPARE(v.preparedBy, QStringLiteral("liu.yang"));
        QVERIFY(!v.draft);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("voucher.pdf"));
        QString error;
        QVERIFY2(Print::VoucherRenderer::writePdf(v, path, &error), qPrintable(error));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed");
        QProcess p;
        p.start(pdftotext, {path, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        for (const QString& expected :
             {m_number, QStringLiteral("壹仟元整"), QStringLiteral("5602"),
              QStringLiteral("1,000.00"), QStringLiteral("supplies")})
            QVERIFY2(text.contains(expected),
                     qPrintable(expected + QStringLiteral(" in\n") + text));
    }

    void entryListFindsTheVoucher()
    {
        EntryList list(*m_client, *m_accounts);
        list.resize(1100, 500);
        list.show();
        QTRY_VERIFY(list.model()->isLoaded());
        QAbstractItemModelTester tester(list.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.searchEdit()->setText(m_number);
        QTRY_COMPARE(list.model()->rowCount(), 1);
        QCOMPARE(list.model()->idAt(0), m_entryId);
        QCOMPARE(list.model()->index(0, 2).data().toString(), QStringLiteral("General"));
        QCOMPARE(list.model()->index(0, 4).data().toString(), QStringLiteral("1,000.00"));
        QCOMPARE(list.model()->index(0, 5).data().toString(), QStringLiteral("Posted"));
    }

    void trialBalanceDrillsDownToTheEntry()
    {
        TrialBalance trial(*m_client, *m_accounts);
        trial.resize(1200, 600);
        trial.show();
        QTRY_VERIFY(trial.isLoaded());
        QVERIFY(trial.isBalanced());
        QCOMPARE(trial.balancedBadge()->text(), QStringLiteral("Balanced"));
        // The fiscal year so far by default.
        QCOMPARE(trial.toEdit()->date().toString(QStringLiteral("yyyy-MM")), thisMonth());
        QTreeWidgetItem* rent = trial.itemOfCode(QStringLiteral("5602"));
        QVERIFY(rent);
        QVERIFY(!rent->text(TrialBalance::DebitCol).isEmpty());
        // The totals row closes the tree.
        QTreeWidgetItem* total = trial.tree()->topLevelItem(trial.tree()->topLevelItemCount() - 1);
        QCOMPARE(total->text(TrialBalance::NameCol), QStringLiteral("Total"));
        QCOMPARE(total->text(TrialBalance::DebitCol), total->text(TrialBalance::CreditCol));

        QSignalSpy opened(&trial, &TrialBalance::ledgerOpened);
        trial.tree()->setCurrentItem(rent);
        QTest::keyClick(trial.tree(), Qt::Key_Return);
        QTRY_COMPARE(opened.count(), 1);
        auto* ledger = qobject_cast<LedgerDialog*>(opened.first().first().value<QDialog*>());
        QVERIFY(ledger);
        QTRY_VERIFY(ledger->model()->isLoaded());
        QAbstractItemModelTester tester(ledger->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        int row = -1;
        for (int r = 0; r < ledger->model()->rowCount(); ++r)
            if (ledger->model()->row(r).value(QLatin1String("number")).toString() == m_number)
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(ledger->model()->index(row, LedgerModel::DebitCol).data().toString(),
                 QStringLiteral("1,000.00"));
        QVERIFY(ledger->summaryText().contains(QStringLiteral("Closing balance")));

        QSignalSpy entry(ledger, &LedgerDialog::entryOpened);
        ledger->view()->setCurrentIndex(ledger->model()->index(row, 0));
        QTest::keyClick(ledger->view(), Qt::Key_Return);
        QTRY_COMPARE(entry.count(), 1);
        auto* voucher = qobject_cast<VoucherDialog*>(entry.first().first().value<QDialog*>());
        QVERIFY(voucher);
        QTRY_VERIFY(voucher->isReady());
        QCOMPARE(voucher->numberLabel()->text(), m_number);
        QVERIFY(!voucher->grid()->model()->isEditable());
        QCOMPARE(voucher->grid()->model()->rowCount(), 2);
        voucher->close();
        ledger->close();
    }

    void statementsBalanceAndVatIsTransferred()
    {
        StatementsPage page(*m_client);
        page.resize(1200, 700);
        page.show();
        QTRY_VERIFY(page.isLoaded());
        QCOMPARE(page.report(), StatementsPage::BalanceSheet);
        QCOMPARE(page.monthEdit()->date().toString(QStringLiteral("yyyy-MM")), thisMonth());
        QCOMPARE(page.balancedBadge()->text(), QStringLiteral("Balanced"));
        QVERIFY(page.transferButton()->isHidden());
        // Total assets (line 30) equal liabilities plus equity (line 53), both columns.
        const auto rowOfLine = [&page](int line) {
            for (int r = 0; r < page.table()->rowCount(); ++r)
                if (page.table()->item(r, 1)->text() == QString::number(line))
                    return r;
            return -1;
        };
        const int assets = rowOfLine(30);
        const int both = rowOfLine(53);
        QVERIFY(assets >= 0 && both > assets);
        QCOMPARE(page.table()->item(assets, 0)->text(), QStringLiteral("Total assets"));
        QVERIFY(!page.table()->item(assets, 2)->text().isEmpty());
        QCOMPARE(page.table()->item(both, 2)->text(), page.table()->item(assets, 2)->text());
        QCOMPARE(page.table()->item(both, 3)->text(), page.table()->item(assets, 3)->text());

        page.showReport(StatementsPage::IncomeStatement);
        QTRY_COMPARE(page.table()->horizontalHeaderItem(2)->text(), QStringLiteral("This month"));
        QTRY_VERIFY(rowOfLine(32) >= 0);
        QCOMPARE(page.table()->item(rowOfLine(32), 0)->text(), QStringLiteral("Net profit"));
        QVERIFY(page.balancedBadge()->isHidden());

        // A sale with output VAT this month — larger than any input VAT the demo's supplier
        // bills carry forward — then the month-end transfer from the VAT view.
        bool saved = false;
        m_client->call(
            QStringLiteral("finance.entry.create"),
            {{"description", "statements test sale"},
             {"post", true},
             {"lines",
              QJsonArray{QJsonObject{{"account_code", "1122"}, {"debit", "113000000.00"}},
                         QJsonObject{{"account_code", "5001"}, {"credit", "100000000.00"}},
                         QJsonObject{{"account_code", "222102"}, {"credit", "13000000.00"}}}}},
            this, [&saved](const QJsonObject&) { saved = true; },
            [](const Erp::Rpc::Error& e) { QFAIL(qPrintable(e.message)); });
        QTRY_VERIFY(saved);
        page.showReport(StatementsPage::Vat);
        QTRY_COMPARE(page.table()->horizontalHeaderItem(1)->text(), QStringLiteral("Output VAT"));
        QVERIFY(!page.transferButton()->isHidden());
        const int month = page.table()->rowCount() - 2; // the last month, above the totals
        QTRY_COMPARE(page.table()->item(month, 0)->text(), thisMonth());
        QVERIFY(page.table()->item(month, 1)->text() != QStringLiteral("0.00"));
        QVERIFY(page.table()->item(month, 5)->text() != QStringLiteral("0.00")); // to transfer
        QString asked;
        Test::answerMessageBox(QStringLiteral("Transfer"), &asked);
        page.transferButton()->click();
        QVERIFY(asked.contains(thisMonth()));
        QTRY_VERIFY2(page.messageLabel()->text().contains(QStringLiteral("moved to unpaid VAT")),
                     qPrintable(page.messageLabel()->text()));
        QTRY_COMPARE(page.table()->item(page.table()->rowCount() - 2, 5)->text(),
                     QStringLiteral("0.00"));
        QVERIFY(page.table()->item(page.table()->rowCount() - 2, 4)->text() !=
                QStringLiteral("0.00")); // transferred

        // An invoice to a customer, due later: the receivables aging shows it not yet due.
        QJsonObject customer;
        m_client->call(
            QStringLiteral("crm.customer.list"), {{"limit", 1}}, this,
            [&customer](const QJsonObject& r) {
                customer = r.value("rows").toArray().at(0).toObject();
            },
            [](const Erp::Rpc::Error& e) { QFAIL(qPrintable(e.message)); });
        QTRY_VERIFY(!customer.isEmpty());
        bool invoiced = false;
        m_client->call(
            QStringLiteral("finance.invoice.create"),
            {{"customer_id", customer.value("id")},
             {"post", true},
             {"lines", QJsonArray{QJsonObject{{"description", "aging test"},
                                              {"qty", "2"},
                                              {"unit_price", "500.00"},
                                              {"tax_rate", "13.00"}}}}},
            this, [&invoiced](const QJsonObject&) { invoiced = true; },
            [](const Erp::Rpc::Error& e) { QFAIL(qPrintable(e.message)); });
        QTRY_VERIFY(invoiced);
        page.showReport(StatementsPage::ReceivablesAging);
        QTRY_COMPARE(page.table()->horizontalHeaderItem(1)->text(), QStringLiteral("Customer"));
        QVERIFY(page.transferButton()->isHidden());
        int row = -1;
        QTRY_VERIFY((row = [&page, &customer] {
                        for (int r = 0; r < page.table()->rowCount(); ++r)
                            if (page.table()->item(r, 0)->text() ==
                                customer.value("code").toString())
                                return r;
                        return -1;
                    }()) >= 0);
        QCOMPARE(page.table()->item(row, 1)->text(), customer.value("name").toString());
        QVERIFY(page.table()->item(row, 2)->text() != QStringLiteral("0.00")); // not due yet
        QCOMPARE(page.table()->item(page.table()->rowCount() - 1, 1)->text(),
                 QStringLiteral("Total"));

        // The journal listing of the month: the voucher typed through the grid with both its
        // lines, totals that balance, and Enter on a line that asks for its voucher.
        page.showReport(StatementsPage::Journal);
        QTRY_COMPARE(page.data().value("report").toInt(), int(StatementsPage::Journal));
        QCOMPARE(page.table()->horizontalHeaderItem(1)->text(), QStringLiteral("Voucher"));
        int line = -1;
        for (int r = 0; r < page.table()->rowCount() && line < 0; ++r)
            if (page.table()->item(r, 1)->text() == m_number)
                line = r;
        QVERIFY(line >= 0);
        QCOMPARE(page.table()->item(line + 1, 1)->text(), m_number);
        QCOMPARE(page.table()->item(line, 5)->text(), QStringLiteral("1,000.00"));
        QCOMPARE(page.table()->item(line + 1, 6)->text(), QStringLiteral("1,000.00"));
        const int last = page.table()->rowCount() - 1;
        QCOMPARE(page.table()->item(last, 4)->text(), QStringLiteral("Total"));
        QCOMPARE(page.table()->item(last, 5)->text(), page.table()->item(last, 6)->text());
        QSignalSpy voucherAsked(&page, &StatementsPage::entryRequested);
        page.table()->setCurrentCell(line, 2);
        page.table()->setFocus();
        QTest::keyClick(page.table(), Qt::Key_Return);
        QTRY_COMPARE(voucherAsked.count(), 1);
        QVERIFY(voucherAsked.first().first().toLongLong() > 0);
    }

    void reversalBooksTheCorrection()
    {
        VoucherDialog dialog(*m_client, *m_accounts, m_entryId);
        dialog.show();
        QTRY_VERIFY(dialog.isReady());
        QVERIFY(!dialog.reverseButton()->isHidden());
        QSignalSpy saved(&dialog, &VoucherDialog::saved);
        dialog.reverseEntry(QString(), QString());
        QTRY_COMPARE(saved.count(), 1);
        // The dialog shows the reversal: posted, its own number, red (storno) lines.
        const QString reversal = dialog.numberLabel()->text();
        QVERIFY(reversal.startsWith(QStringLiteral("记-")) && reversal != m_number);
        QCOMPARE(dialog.grid()->model()->lines().at(0).debit, QStringLiteral("-1000.00"));
        QCOMPARE(dialog.grid()->model()->index(0, M::DebitCol).data().toString(),
                 QStringLiteral("-1,000.00"));
        QVERIFY(dialog.reverseButton()->isHidden()); // a reversal is not reversed again
        QVERIFY(
            dialog.findChild<QLabel*>(QStringLiteral("voucherNote"))->text().contains(m_number));

        VoucherDialog original(*m_client, *m_accounts, m_entryId);
        original.show();
        QTRY_VERIFY(original.isReady());
        QVERIFY(original.reverseButton()->isHidden());
        QVERIFY(original.findChild<QLabel*>(QStringLiteral("voucherSource"))
                    ->text()
                    .contains(QStringLiteral("reversed")));
    }

    void pagedLedgerFetchesMore()
    {
        const QJsonObject bank = m_accounts->byCode(QStringLiteral("1002"));
        LedgerModel model(*m_client, Test::idOf(bank), QDate(QDate::currentDate().year(), 1, 1),
                          QDate::currentDate());
        model.setPageSize(3);
        model.reload();
        QTRY_VERIFY(model.isLoaded());
        QVERIFY(model.total() > 3);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), int(qMin<qint64>(6, model.total())));
        QSignalSpy all(&model, &LedgerModel::allLoaded);
        model.fetchAll();
        QTRY_COMPARE(all.count(), 1);
        QCOMPARE(model.rowCount(), int(model.total()));
        // The running balance of the last line is the closing balance.
        QCOMPARE(model.row(model.rowCount() - 1).value(QLatin1String("balance")).toString(),
                 model.summary().value(QLatin1String("closing_balance")).toString());
    }

    void entryOpensItsSourceDocument()
    {
        auto admin = m_company.connect();
        QVERIFY(admin);
        const QJsonObject stock =
            Test::callOn(
                *admin, QStringLiteral("finance.entry.list"),
                {{QStringLiteral("filter"),
                  QJsonObject{{QStringLiteral("source_type"), QStringLiteral("purchase_order")}}},
                 {QStringLiteral("limit"), 1}})
                .toObject();
        const QJsonObject entry = stock.value(QLatin1String("rows")).toArray().first().toObject();
        QVERIFY(Test::idOf(entry) > 0);
        AppSettings settings;
        MainWindow window(*admin, settings, QStringLiteral("en"));
        window.show();
        QVERIFY(window.navigate(QStringLiteral("finance/entry/%1").arg(Test::idOf(entry))));
        VoucherDialog* voucher = nullptr;
        QTRY_VERIFY((voucher = window.findChild<VoucherDialog*>()) && voucher->isReady());
        QCOMPARE(VoucherDialog::sourceTarget(voucher->entry()),
                 QStringLiteral("inventory/purchase-order/%1").arg(Test::idOf(entry, "source_id")));
        auto* source = voucher->findChild<QLabel*>(QStringLiteral("voucherSource"));
        QVERIFY(source->text().contains(QStringLiteral("Purchase order")));
        emit source->linkActivated(QStringLiteral("open:") +
                                   VoucherDialog::sourceTarget(voucher->entry()));
        QTRY_VERIFY(window.findChild<Inventory::PurchaseOrderDialog*>());
        QTRY_COMPARE(window.tabs()->tabText(window.tabs()->currentIndex()),
                     QStringLiteral("Inventory"));
    }

    void billShowsTheMatchAndIsApprovedThenPosted()
    {
        // An order of 10 at 5.00 from a supplier in the base currency, received in full.
        auto admin = m_company.connect();
        QVERIFY(admin);
        const auto first = [&](const QString& method) {
            return Test::callOn(*admin, method, {{"limit", 1}})
                .toObject()
                .value("rows")
                .toArray()
                .at(0)
                .toObject()
                .value("id")
                .toInteger();
        };
        const qint64 supplier =
            Test::callOn(*admin, "purchasing.supplier.create", {{"name", "账单测试供应商"}})
                .toObject()
                .value("id")
                .toInteger();
        QJsonObject po =
            Test::callOn(
                *admin, "purchasing.order.create",
                {{"supplier_id", supplier},
                 {"warehouse_id", first("inventory.warehouse.list")},
                 {"lines", QJsonArray{QJsonObject{{"product_id", first("inventory.product.list")},
                                                  {"qty", "10"},
                                                  {"unit_cost", "5.00"}}}}})
                .toObject();
        for (const char* step : {"send", "confirm"})
            po = Test::callOn(*admin, QStringLiteral("purchasing.order.") + QLatin1String(step),
                              {{"id", po.value("id")}, {"version", po.value("version")}})
                     .toObject();
        const qint64 line = po.value("lines").toArray().at(0).toObject().value("id").toInteger();
        po = Test::callOn(*admin, "purchasing.order.receive",
                          {{"id", po.value("id")},
                           {"version", po.value("version")},
                           {"lines", QJsonArray{QJsonObject{{"line_id", line}, {"qty", "10"}}}}})
                 .toObject();
        // The supplier bills 5.50: 10 % above the order, beyond the tolerance.
        const QJsonObject bill =
            Test::callOn(*m_accountant, "finance.bill.create",
                         {{"purchase_order_id", po.value("id")},
                          {"lines", QJsonArray{QJsonObject{{"purchase_order_line_id", line},
                                                           {"unit_price", "5.50"}}}}})
                .toObject();
        QCOMPARE(bill.value("state").toString(), QStringLiteral("awaiting_approval"));

        BillsPage page(*m_client);
        page.show();
        QTRY_VERIFY(page.isLoaded());
        QVERIFY(page.list()->rowCount() >= 1);
        page.openBill(bill.value("id").toInteger());
        QTRY_COMPARE(page.current().value("id"), bill.value("id"));
        QTableWidget* lines = page.lines();
        QCOMPARE(lines->rowCount(), 1);
        const auto tone = [lines](int column) {
            return lines->item(0, column)->data(RemoteTableModel::ToneRole).toInt();
        };
        // The price and its difference are highlighted, the quantities are not.
        QCOMPARE(tone(BillsPage::PriceCol), int(Column::Tone::Problem));
        QCOMPARE(tone(BillsPage::OrderPriceCol), int(Column::Tone::Problem));
        QCOMPARE(tone(BillsPage::DifferenceCol), int(Column::Tone::Problem));
        QCOMPARE(tone(BillsPage::ReceivedCol), 0);
        QCOMPARE(lines->item(0, BillsPage::OrderPriceCol)->text(), QStringLiteral("5.00"));
        QCOMPARE(lines->item(0, BillsPage::DifferenceCol)->text(), QStringLiteral("5.00"));
        QVERIFY(lines->item(0, BillsPage::FlagsCol)->text().contains("above the tolerance"));

        // The accountant approves (finance.bill.approve), then posts.
        QVERIFY(page.approveButton()->isVisible() && page.approveButton()->isEnabled());
        QVERIFY(!page.postButton()->isEnabled());
        page.approveButton()->click();
        QTRY_COMPARE(page.current().value("state").toString(), QStringLiteral("approved"));
        QVERIFY(!page.approveButton()->isEnabled());
        QVERIFY(page.postButton()->isEnabled());
        page.postButton()->click();
        QTRY_COMPARE(page.current().value("state").toString(), QStringLiteral("posted"));
        QVERIFY(page.current().value("number").toString().startsWith("BILL"));
        QVERIFY(page.message().contains(page.current().value("number").toString()));

        // The state filter lists the posted bills only.
        page.stateFilter()->setCurrentIndex(page.stateFilter()->findData(QStringLiteral("posted")));
        const auto onlyPosted = [&page] {
            QTableWidget* list = page.list();
            if (list->rowCount() == 0)
                return false;
            for (int row = 0; row < list->rowCount(); ++row)
                if (list->item(row, BillsPage::StateCol)->text() != QStringLiteral("Posted"))
                    return false;
            return true;
        };
        QTRY_VERIFY(onlyPosted());
        // A user without finance.bill.approve does not see the button.
        auto sales = m_company.connect(QStringLiteral("li.na"), kDemoPassword);
        FinanceClient salesClient(*sales);
        BillsPage other(salesClient);
        QVERIFY(other.approveButton()->isHidden() && other.postButton()->isHidden());
    }

    void settingsAddAndRemoveACategoryOverride()
    {
        SettingsPage page(*m_client);
        page.show();
        QTRY_VERIFY(page.isLoaded());
        QVERIFY(!page.chartBox()->isEnabled()); // the demo books have entries
        const int inventory = page.rowOf(QStringLiteral("inventory"), QString());
        QVERIFY(inventory >= 0);
        QTRY_VERIFY(page.picker(inventory)->text().startsWith(QStringLiteral("1405 ")));

        const int row = page.addOverride(QStringLiteral("inventory"), QStringLiteral("原料"));
        QCOMPARE(row, inventory + 1);
        EntityPicker* picker = page.picker(row);
        picker->setCurrent(m_accounts->byCode(QStringLiteral("1403")));
        page.save();
        QTRY_COMPARE(page.message(), QStringLiteral("Settings saved."));
        const auto overrideOf = [this] {
            const QJsonObject s =
                Test::callOn(*m_accountant, QStringLiteral("finance.company.get"), {}).toObject();
            for (const QJsonValue& v : s.value(QLatin1String("roles")).toArray())
                if (v.toObject().value(QLatin1String("category")).toString() ==
                    QStringLiteral("原料"))
                    return v.toObject().value(QLatin1String("account_code")).toString();
            return QString();
        };
        QCOMPARE(overrideOf(), QStringLiteral("1403"));

        // Removed again: the role's own account applies to the category once more.
        QTRY_VERIFY(page.rowOf(QStringLiteral("inventory"), QStringLiteral("原料")) >= 0);
        page.roles()->selectRow(page.rowOf(QStringLiteral("inventory"), QStringLiteral("原料")));
        QVERIFY(page.removeOverrideButton()->isEnabled());
        page.removeOverrideButton()->click();
        page.save();
        QTRY_VERIFY(overrideOf().isEmpty());
    }

    void chartRefusesInTheClerksLanguage()
    {
        AccountChart chart(*m_client);
        chart.show();
        QTRY_VERIFY(chart.isLoaded());
        // The bank account has a balance: archiving is refused, and said so.
        QVERIFY(chart.selectCode(QStringLiteral("1002")));
        QCOMPARE(chart.archiveAction()->text(), QStringLiteral("Archive"));
        chart.toggleArchived();
        QTRY_VERIFY(!chart.message().isEmpty());
        QVERIFY2(chart.message().contains(QStringLiteral("1002")), qPrintable(chart.message()));
        // 1002 has entries: no sub-accounts under it.
        QVERIFY(!chart.newAction()->isEnabled());
        // A sub-account under 1012 must start with its code; then it is created.
        QVERIFY(chart.selectCode(QStringLiteral("1012")));
        QVERIFY(chart.newAction()->isEnabled());
        FormDialog* dialog = chart.newSubAccount();
        auto* form = qobject_cast<AccountDialog*>(dialog);
        QVERIFY(form);
        form->codeEdit()->setText(QStringLiteral("9901"));
        form->nameEdit()->setText(QStringLiteral("工商银行"));
        form->saveButton()->click();
        QTRY_VERIFY(!form->errors().fieldError(QStringLiteral("code")).isEmpty());
        QVERIFY(form->errors().fieldError(QStringLiteral("code")).contains(QStringLiteral("1012")));
        form->codeEdit()->setText(QStringLiteral("101201"));
        form->nameEnEdit()->setText(QStringLiteral("ICBC"));
        form->saveButton()->click();
        QTRY_VERIFY(chart.tree()
                        ->findItems(QStringLiteral("101201"), Qt::MatchExactly | Qt::MatchRecursive)
                        .size() == 1);
        QTRY_COMPARE(T(chart.currentAccount()), QStringLiteral("101201"));
        // In an English interface the English name is shown.
        QCOMPARE(chart.tree()->currentItem()->text(AccountChart::NameCol), QStringLiteral("ICBC"));
    }

    void closedPeriodRefusesAPosting()
    {
        PeriodsPage periods(*m_client, *m_accounts);
        periods.resize(1000, 600);
        periods.show();
        QTRY_VERIFY(periods.isLoaded());
        QCOMPARE(periods.table()->rowCount(), 12);
        QVERIFY(periods.rowOf(thisMonth()) >= 0);

        // The check first: the demo books are in order.
        periods.runCheck();
        QTRY_VERIFY(periods.checkResult()->isVisible());
        QVERIFY2(periods.checkResult()->text().contains(QStringLiteral("in order")),
                 qPrintable(periods.checkResult()->text()));

        periods.selectPeriod(thisMonth());
        QVERIFY(periods.closeButton()->isEnabled());
        QString asked;
        Test::answerMessageBox(QStringLiteral("Close Period"), &asked);
        periods.closeButton()->click();
        QTRY_VERIFY(periods.message().contains(QStringLiteral("is closed")));
        QVERIFY(asked.contains(thisMonth()));
        QTRY_COMPARE(
            periods.table()->item(periods.rowOf(thisMonth()), PeriodsPage::StateCol)->text(),
            QStringLiteral("Closed"));

        // A voucher dated in the closed month: refused with the reason above the form.
        VoucherDialog dialog(*m_client, *m_accounts, 0);
        dialog.show();
        M* lines = dialog.grid()->model();
        lines->setAccount(0, m_accounts->byCode(QStringLiteral("5602")));
        lines->setData(lines->index(0, M::DebitCol), QStringLiteral("50"));
        lines->addLine();
        lines->setAccount(1, m_accounts->byCode(QStringLiteral("1001")));
        QCOMPARE(lines->lines().at(1).credit, QStringLiteral("50.00"));
        dialog.post();
        QTRY_VERIFY(!dialog.errors().message().isEmpty());
        QVERIFY2(dialog.errors().message().contains(thisMonth()) &&
                     dialog.errors().message().contains(QStringLiteral("closed")),
                 qPrintable(dialog.errors().message()));
        QVERIFY(!dialog.isPosted());

        // The manager reopens it, giving the reason the dialog asks for.
        auto manager = m_company.connect(QStringLiteral("wang.fang"), kDemoPassword);
        QVERIFY(manager);
        FinanceClient managerClient(*manager);
        AccountCache managerAccounts(managerClient);
        PeriodsPage reopen(managerClient, managerAccounts);
        reopen.show();
        QTRY_VERIFY(reopen.isLoaded());
        QVERIFY(!reopen.reopenButton()->isHidden());
        reopen.selectPeriod(thisMonth());
        QVERIFY(reopen.reopenButton()->isEnabled());
        Test::whenModal<QInputDialog>([](QInputDialog* input) {
            input->setTextValue(QStringLiteral("late supplier bill"));
            input->accept();
        });
        reopen.reopenButton()->click();
        QTRY_VERIFY(reopen.message().contains(QStringLiteral("open again")));
        QTRY_COMPARE(
            periods.table()->item(periods.rowOf(thisMonth()), PeriodsPage::StateCol)->text(),
            QStringLiteral("Open"));
        dialog.post();
        QTRY_VERIFY(dialog.isPosted());
    }

private:
    static QString T(const QJsonObject& account)
    {
        return account.value(QLatin1String("code")).toString();
    }

    Test::TcpCompany m_company;
    std::unique_ptr<ApiClient> m_accountant;
    std::unique_ptr<FinanceClient> m_client;
    std::unique_ptr<AccountCache> m_accounts;
    QString m_number;
    qint64 m_entryId = 0;
};

QTEST_MAIN(TestFinance)
#include "tst_finance.moc"
