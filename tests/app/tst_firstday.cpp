// A firm's first day through the widgets only, on a real SQLite company file: the start dialog
// creates the file (and logs in with the password just typed, no third time), the new-company
// wizard comes up over the main window — company profile with a refused tax id first, a
// warehouse, Back and Next keeping what was typed, a colleague with a role, import skipped —
// Finish lands on the dashboard's getting-started checklist, whose links lead to the product
// form, the opening-stock receipt, the customer form and the order form; the order is
// submitted, allocated, picked and shipped, and every step of the checklist is ticked.
#include "apptest.h"

#include "app/appcontroller.h"
#include "app/appsettings.h"
#include "app/language.h"
#include "app/mainwindow.h"
#include "app/models/remotetablemodel.h"
#include "app/pages/admin/companypage.h"
#include "app/pages/admin/userdialog.h"
#include "app/pages/customers/customerdialog.h"
#include "app/pages/dashboard/dashboardpage.h"
#include "app/pages/dashboard/gettingstarted.h"
#include "app/pages/inventory/inventorywidgets.h"
#include "app/pages/inventory/productdialog.h"
#include "app/pages/inventory/productlist.h"
#include "app/pages/inventory/stocklevels.h"
#include "app/pages/inventory/stockmovedialog.h"
#include "app/pages/orders/lineeditor.h"
#include "app/pages/orders/orderactions.h"
#include "app/pages/orders/orderdialog.h"
#include "app/pages/orders/orderlinesmodel.h"
#include "app/pages/orders/orderlist.h"
#include "app/pages/orders/shipdialog.h"
#include "app/setup/setuppages.h"
#include "app/setup/setupwizard.h"
#include "app/startdialog.h"
#include "app/widgets/entitypicker.h"
#include "app/widgets/formerrors.h"
#include "app/widgets/moneyedit.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QCompleter>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Erp::Client;

namespace {
template <typename T>
void whenModal(std::function<void(T*)> step)
{
    QTimer::singleShot(20, [step] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget()))
            step(dialog);
        else
            whenModal<T>(step);
    });
}

/// The visible dialog of type T among the window's children (the lists open theirs with open()).
template <typename T>
T* visibleChild(QWidget* parent)
{
    for (T* d : parent->findChildren<T*>()) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

/// Types `text` into a picker the way the input method delivers Chinese, then Enter.
void pick(QWidget* picker, const QString& text)
{
    picker->setFocus();
    QInputMethodEvent ime;
    ime.setCommitString(text);
    QApplication::sendEvent(picker, &ime);
    QTest::keyClick(picker, Qt::Key_Return);
}
} // namespace

class TestFirstDay final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_firstday"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void emptyFileToTheFirstShippedOrder()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("明远贸易.erp"));
        AppSettings settings;
        Language language;
        language.install(QStringLiteral("en"));
        AppController controller(settings, language);

        whenModal<StartDialog>([](StartDialog* d) {
            d->adminPasswordEdit()->setText(QStringLiteral("first-day-1"));
            d->repeatPasswordEdit()->setText(QStringLiteral("first-day-1"));
            d->primaryButton()->click();
        });
        AppController::Options options;
        options.localFile = file;
        QVERIFY(controller.start(options)); // no login dialog: the password was just set
        QCOMPARE(controller.api().session().username, QStringLiteral("admin"));
        MainWindow* window = controller.mainWindow();
        QVERIFY(window);

        // The wizard comes up by itself: the profile was never saved, there is no warehouse.
        Setup::SetupWizard* wizard = nullptr;
        QTRY_VERIFY((wizard = visibleChild<Setup::SetupWizard>(window)));
        QCOMPARE(wizard->currentId(), int(Setup::SetupWizard::CompanyPageId));
        Setup::CompanySetupPage* companyPage = wizard->companyPage();
        QTRY_VERIFY(companyPage->isComplete()); // the profile is loaded
        Admin::CompanyPage* company = companyPage->form();
        auto* name = company->findChild<QLineEdit*>(QStringLiteral("legalName"));
        auto* taxId = company->findChild<QLineEdit*>(QStringLiteral("taxId"));
        auto* address = company->findChild<QPlainTextEdit*>(QStringLiteral("address"));
        QVERIFY(name && taxId && address);
        QCOMPARE(name->text(), QStringLiteral("明远贸易")); // named after the file
        name->setText(QStringLiteral("深圳明远贸易有限公司"));
        address->setPlainText(QStringLiteral("广东省深圳市福田区深南大道 1000 号"));
        taxId->setText(QStringLiteral("91440300708461136X")); // wrong check character
        QSignalSpy companyDone(companyPage, &Setup::SavingPage::committed);
        wizard->next();
        QTRY_COMPARE(companyDone.count(), 1);
        QCOMPARE(companyDone.last().first().toBool(), false);
        QCOMPARE(wizard->currentId(), int(Setup::SetupWizard::CompanyPageId));
        QVERIFY(company->errors()
                    .fieldError(QStringLiteral("tax_id"))
                    .contains(QStringLiteral("unified social credit code")));
        taxId->setText(QStringLiteral("91440300708461136T"));
        wizard->next();
        QTRY_COMPARE(wizard->currentId(), int(Setup::SetupWizard::WarehousePageId));

        // The warehouse: refused without a name, then typed; Back and Next keep both pages.
        Setup::WarehouseSetupPage* warehouses = wizard->warehousePage();
        QCOMPARE(warehouses->codeEdit()->text(), QStringLiteral("WH1")); // proposed
        warehouses->codeEdit()->setText(QStringLiteral("SZ"));
        warehouses->nameEdit()->clear();
        QSignalSpy warehouseDone(warehouses, &Setup::SavingPage::committed);
        wizard->next();
        QTRY_COMPARE(warehouseDone.count(), 1);
        QCOMPARE(wizard->currentId(), int(Setup::SetupWizard::WarehousePageId));
        QVERIFY(!warehouses->errors().fieldError(QStringLiteral("name")).isEmpty());
        warehouses->nameEdit()->setText(QStringLiteral("深圳仓"));
        warehouses->addressEdit()->setText(QStringLiteral("深圳市福田区"));
        warehouses->binsEdit()->setText(QStringLiteral("A-01, A-02"));
        wizard->back();
        QCOMPARE(wizard->currentId(), int(Setup::SetupWizard::CompanyPageId));
        QCOMPARE(name->text(), QStringLiteral("深圳明远贸易有限公司"));
        QCOMPARE(taxId->text(), QStringLiteral("91440300708461136T"));
        wizard->next();
        QTRY_COMPARE(wizard->currentId(), int(Setup::SetupWizard::WarehousePageId));
        QCOMPARE(warehouses->codeEdit()->text(), QStringLiteral("SZ"));
        QCOMPARE(warehouses->nameEdit()->text(), QStringLiteral("深圳仓"));
        wizard->next();
        QTRY_COMPARE(wizard->currentId(), int(Setup::SetupWizard::UsersPageId));
        QCOMPARE(warehouses->warehouseCount(), 1);
        const QJsonObject sz =
            Test::callOn(controller.api(), QStringLiteral("inventory.warehouse.list"), {})
                .toObject()
                .value(QLatin1String("rows"))
                .toArray()
                .first()
                .toObject();
        QCOMPARE(sz.value(QLatin1String("code")).toString(), QStringLiteral("SZ"));
        QCOMPARE(sz.value(QLatin1String("locations")).toArray().size(), 2);
        const QJsonObject profile =
            Test::callOn(controller.api(), QStringLiteral("admin.company.get"), {}).toObject();
        QCOMPARE(profile.value(QLatin1String("legal_name")).toString(),
                 QStringLiteral("深圳明远贸易有限公司"));
        QCOMPARE(profile.value(QLatin1String("tax_id")).toString(),
                 QStringLiteral("91440300708461136T"));

        // A colleague with the sales role, through the Users dialog.
        Setup::UsersSetupPage* users = wizard->usersPage();
        QTRY_COMPARE(users->usersList()->count(), 1); // admin
        QSignalSpy userOpened(users, &Setup::UsersSetupPage::dialogOpened);
        users->addButton()->click();
        QCOMPARE(userOpened.count(), 1);
        auto* userDialog =
            qobject_cast<Admin::UserDialog*>(userOpened.first().first().value<QDialog*>());
        QVERIFY(userDialog);
        QTRY_VERIFY(userDialog->isReady());
        userDialog->usernameEdit()->setText(QStringLiteral("zhangwei"));
        userDialog->fullNameEdit()->setText(QStringLiteral("张伟"));
        userDialog->passwordEdit()->setText(QStringLiteral("sales-pass-1"));
        userDialog->repeatEdit()->setText(QStringLiteral("sales-pass-1"));
        for (int i = 0; i < userDialog->rolesList()->count(); ++i) {
            QListWidgetItem* item = userDialog->rolesList()->item(i);
            if (item->data(Qt::UserRole).toString() == QLatin1String("sales") ||
                item->text().startsWith(QLatin1String("Sales")))
                item->setCheckState(Qt::Checked);
        }
        userDialog->saveButton()->click();
        QTRY_COMPARE(users->usersList()->count(), 2);
        QVERIFY(users->usersList()->item(1)->text().contains(QStringLiteral("张伟")) ||
                users->usersList()->item(0)->text().contains(QStringLiteral("张伟")));

        // Import: offered for customers, products and opening stock; skipped.
        wizard->next();
        QCOMPARE(wizard->currentId(), int(Setup::SetupWizard::ImportPageId));
        QVERIFY(wizard->importPage()->button(QStringLiteral("crm.customer")));
        QVERIFY(wizard->importPage()->button(QStringLiteral("inventory.product")));
        QVERIFY(wizard->importPage()->button(QStringLiteral("inventory.opening_stock")));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(Setup::SetupWizard::DonePageId));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!visibleChild<Setup::SetupWizard>(window));

        // The dashboard with its checklist: the warehouse and the colleague are ticked.
        QCOMPARE(window->tabs()->currentIndex(), 0);
        auto* dashboard = qobject_cast<Dashboard::DashboardPage*>(window->tabs()->widget(0));
        QVERIFY(dashboard);
        Dashboard::GettingStarted* start = dashboard->gettingStarted();
        QTRY_VERIFY(start->isVisible());
        QTRY_VERIFY(start->isDone(QStringLiteral("inventory/warehouses")));
        QTRY_VERIFY(start->isDone(QStringLiteral("admin/users")));
        QVERIFY(!start->isDone(QStringLiteral("inventory/products")));

        // Products: the link opens the list, New the form.
        start->link(QStringLiteral("inventory/products"))->click();
        Inventory::ProductList* products = nullptr;
        QTRY_VERIFY((products = visibleChild<Inventory::ProductList>(window)));
        products->newAction()->trigger();
        Inventory::ProductDialog* product = nullptr;
        QTRY_VERIFY((product = visibleChild<Inventory::ProductDialog>(window)));
        QTRY_VERIFY(product->isReady());
        product->skuEdit()->setText(QStringLiteral("SD-100"));
        product->nameEdit()->setText(QStringLiteral("十字螺丝刀"));
        product->listPriceEdit()->setValue(QStringLiteral("12.80"));
        product->costEdit()->setValue(QStringLiteral("5.00"));
        QSignalSpy productSaved(product, &Inventory::ProductDialog::saved);
        product->saveButton()->click();
        QTRY_COMPARE(productSaved.count(), 1);

        // Opening stock: the link opens Stock, Adjust… a receipt into 深圳仓.
        window->tabs()->setCurrentIndex(0);
        QTRY_VERIFY(start->isDone(QStringLiteral("inventory/products")));
        start->link(QStringLiteral("inventory/stock"))->click();
        Inventory::StockLevels* stock = nullptr;
        QTRY_VERIFY((stock = visibleChild<Inventory::StockLevels>(window)));
        stock->adjustAction()->trigger();
        Inventory::StockMoveDialog* receipt = nullptr;
        QTRY_VERIFY((receipt = visibleChild<Inventory::StockMoveDialog>(window)));
        QTRY_VERIFY(receipt->warehouseBox()->isLoaded());
        QCOMPARE(receipt->warehouseBox()->currentText().contains(QStringLiteral("SZ")), true);
        receipt->kindBox()->setCurrentIndex(
            receipt->kindBox()->findData(QStringLiteral("receipt")));
        Inventory::ProductPicker* picker = receipt->productPicker();
        picker->setFocus();
        QTest::keyClicks(picker, QStringLiteral("SD-1"));
        QTRY_COMPARE(picker->matchCount(), 1);
        QTRY_VERIFY(picker->completer()->popup()->isVisible());
        QAbstractItemView* popup = picker->completer()->popup();
        popup->setCurrentIndex(popup->model()->index(0, 0));
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_VERIFY(picker->productId() > 0);
        receipt->qtyEdit()->setText(QStringLiteral("10"));
        receipt->reasonEdit()->setText(QStringLiteral("期初库存"));
        QSignalSpy posted(receipt, &Inventory::StockMoveDialog::posted);
        receipt->saveButton()->click();
        QTRY_COMPARE(posted.count(), 1);

        // The customer: the link opens the form directly.
        window->tabs()->setCurrentIndex(0);
        QTRY_VERIFY(start->isDone(QStringLiteral("inventory/stock")));
        start->link(QStringLiteral("customers/new"))->click();
        Customers::CustomerDialog* customer = nullptr;
        QTRY_VERIFY((customer = visibleChild<Customers::CustomerDialog>(window)));
        customer->nameEdit()->setText(QStringLiteral("华信科技有限公司"));
        QSignalSpy customerSaved(customer, &Customers::CustomerDialog::saved);
        customer->saveButton()->click();
        QTRY_COMPARE(customerSaved.count(), 1);

        // The first order, from the checklist to the shipment.
        window->tabs()->setCurrentIndex(0);
        QTRY_VERIFY(start->isDone(QStringLiteral("customers/new")));
        start->link(QStringLiteral("orders/new"))->click();
        Orders::OrderDialog* order = nullptr;
        QTRY_VERIFY((order = visibleChild<Orders::OrderDialog>(window)));
        QTRY_VERIFY(order->isReady());
        pick(order->customerPicker(), QStringLiteral("华信"));
        QTRY_VERIFY(order->customerPicker()->currentId() > 0);
        Orders::OrderLinesModel* lines = order->lineEditor()->model();
        QTRY_VERIFY(qobject_cast<EntityPicker*>(QApplication::focusWidget()));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("SD-100"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(lines->lines().at(0).productId > 0);
        QTRY_VERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
        auto* qty = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        qty->selectAll();
        QTest::keyClicks(qty, QStringLiteral("3"));
        QTest::keyClick(qty, Qt::Key_Return);
        QTRY_COMPARE(lines->rowCount(), 2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QSignalSpy orderSaved(order, &Orders::OrderDialog::saved);
        order->saveButton()->click();
        QTRY_COMPARE(orderSaved.count(), 1);
        QCOMPARE(order->order().gross, QStringLiteral("43.39")); // 3 × 12.80 + 13 % VAT
        Orders::OrderActions* actions = order->actions();
        for (const char* step : {"submit", "allocate", "pick"}) {
            const QString action = QString::fromLatin1(step);
            QTRY_VERIFY2(actions->button(action)->isEnabled(), step);
            actions->button(action)->click();
            QTRY_VERIFY2(!actions->isBusy() && actions->lastError().isEmpty(),
                         qPrintable(actions->lastError()));
        }
        QSignalSpy opened(actions, &Orders::OrderActions::dialogOpened);
        QTRY_VERIFY(actions->button(QStringLiteral("ship"))->isEnabled());
        actions->button(QStringLiteral("ship"))->click();
        QTRY_COMPARE(opened.count(), 1);
        auto* ship = qobject_cast<Orders::ShipDialog*>(opened.first().first().value<QDialog*>());
        QVERIFY(ship);
        ship->carrierBox()->setEditText(QStringLiteral("顺丰速运"));
        ship->trackingEdit()->setText(QStringLiteral("SF1234567890123"));
        ship->accept();
        QTRY_COMPARE(order->order().state, QStringLiteral("shipped"));
        QCOMPARE(order->order().shipments.size(), 1);
        const QString orderNumber = order->order().number;
        const qint64 orderId = order->order().id;
        order->reject();

        // From the order list too: Print Preview of the selected order (its confirmation).
        auto* orders = visibleChild<Orders::OrderList>(window);
        QVERIFY(orders);
        QTRY_VERIFY(orders->model()->rowOfId(orderId) >= 0);
        orders->selectId(orderId);
        auto* preview = orders->findChild<QAction*>(QStringLiteral("printPreview"));
        QVERIFY(preview && preview->isEnabled());
        QString previewTitle;
        QTimer watcher;
        watcher.setInterval(20);
        connect(&watcher, &QTimer::timeout, this, [&previewTitle] {
            if (auto* d = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget())) {
                previewTitle = d->windowTitle();
                d->reject();
            }
        });
        watcher.start();
        preview->trigger();
        QTRY_VERIFY(!previewTitle.isEmpty());
        watcher.stop();
        QCOMPARE(previewTitle,
                 QStringLiteral("Print Sales Order Confirmation %1").arg(orderNumber));

        // The stock went out of 深圳仓, and the checklist is done: the dashboard shows its charts.
        const QJsonObject level =
            Test::callOn(controller.api(), QStringLiteral("inventory.stock.levels"), {})
                .toObject()
                .value(QLatin1String("rows"))
                .toArray()
                .first()
                .toObject();
        QCOMPARE(level.value(QLatin1String("on_hand")).toString(), QStringLiteral("7.000"));
        window->tabs()->setCurrentIndex(0);
        dashboard->refresh();
        QTRY_VERIFY(start->isDone(QStringLiteral("orders/new")));
        QTRY_VERIFY(!start->isNeeded());
        QCOMPARE(start->doneCount(), start->stepCount());

        // Logged in again, the wizard is not offered a second time.
        bool offered = true;
        bool answered = false;
        Setup::SetupWizard::shouldOffer(controller.api(), window, [&](bool offer) {
            offered = offer;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QVERIFY(!offered);
    }

    void theDemoCompanyIsNotOffered()
    {
        Test::LocalCompany company;
        QVERIFY(company.create(true));
        QVERIFY(company.login());
        QObject context;
        bool answered = false;
        bool offered = true;
        Setup::SetupWizard::shouldOffer(company.api(), &context, [&](bool offer) {
            offered = offer;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QVERIFY(!offered);
    }
};

QTEST_MAIN(TestFirstDay)
#include "tst_firstday.moc"
