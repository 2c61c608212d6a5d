// The main window: its title names the company once (the window system adds "ERP"), the
// keyboard switches tabs — Ctrl+PgDn / Ctrl+PgUp step (wrapping), Ctrl+1 … Ctrl+9 jump — and
// a new, empty company's dashboard is a getting-started checklist whose links lead to the
// place where each step is done, until the first order replaces it with the figures.
#include "apptest.h"

#include "app/appsettings.h"
#include "app/mainwindow.h"
#include "app/pages/customers/customerdialog.h"
#include "app/pages/dashboard/dashboardpage.h"
#include "app/pages/dashboard/dashboardwidgets.h"
#include "app/pages/dashboard/gettingstarted.h"
#include "app/pages/inventory/inventorypage.h"
#include "app/pages/inventory/warehouselist.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QListWidget>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>

using namespace Erp::Client;

class TestMainWindow final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_mainwindow"));
        QVERIFY(m_company.create());
        QVERIFY(m_company.login());
    }

    void titleNamesTheCompanyOnce()
    {
        AppSettings settings;
        MainWindow window(m_company.api(), settings, QStringLiteral("en"));
        QVERIFY(!window.windowTitle().contains(QStringLiteral("ERP")));
        QVERIFY(window.windowTitle().endsWith(QStringLiteral(".erp")));
    }

    void keysSwitchTabs()
    {
        AppSettings settings;
        MainWindow window(m_company.api(), settings, QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTabWidget* tabs = window.tabs();
        QVERIFY(tabs->count() >= 4);
        QCOMPARE(tabs->currentIndex(), 0);
        QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 1);
        QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), tabs->count() - 1); // wraps around
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 2);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 0);
        QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier); // no ninth tab: stays
        QCOMPARE(tabs->currentIndex(), 0);
    }

    void anEmptyCompanyGetsStarted()
    {
        AppSettings settings;
        MainWindow window(m_company.api(), settings, QStringLiteral("en"));
        window.show();
        auto* dashboard = qobject_cast<Dashboard::DashboardPage*>(window.tabs()->widget(0));
        QVERIFY(dashboard);
        Dashboard::GettingStarted* start = dashboard->gettingStarted();
        QTRY_VERIFY(start->isVisible());
        QCOMPARE(start->stepCount(), 6);
        QCOMPARE(start->doneCount(), 0);
        QVERIFY(!dashboard->charts()->isVisible()); // no blank charts
        QVERIFY(!dashboard->lowStockTable()->isVisible());

        // The warehouse link opens Inventory ▸ Warehouses.
        start->link(QStringLiteral("inventory/warehouses"))->click();
        auto* inventory = qobject_cast<Inventory::InventoryPage*>(window.tabs()->currentWidget());
        QVERIFY(inventory);
        QCOMPARE(inventory->section(Inventory::InventoryPage::Warehouses),
                 static_cast<QWidget*>(inventory->warehouses()));
        QCOMPARE(inventory->navigation()->currentRow(),
                 inventory->navigation()->count() - 1); // Warehouses is the last section

        // Done elsewhere, ticked here.
        m_company.call(QStringLiteral("inventory.warehouse.create"),
                       {{QStringLiteral("code"), QStringLiteral("SH")},
                        {QStringLiteral("name"), QStringLiteral("上海仓")}});
        window.tabs()->setCurrentIndex(0);
        dashboard->refresh();
        QTRY_VERIFY(start->isDone(QStringLiteral("inventory/warehouses")));
        QCOMPARE(start->doneCount(), 1);

        // "Add your customers" opens a new customer form on the Customers tab.
        start->link(QStringLiteral("customers/new"))->click();
        QTRY_VERIFY(qobject_cast<Customers::CustomerDialog*>(QApplication::activeModalWidget()));
        QApplication::activeModalWidget()->close();

        // The first order: the figures take over.
        const QJsonObject customer =
            m_company
                .call(QStringLiteral("crm.customer.create"),
                      {{QStringLiteral("name"), QStringLiteral("First Customer")}})
                .toObject();
        const QJsonObject product =
            m_company
                .call(QStringLiteral("inventory.product.create"),
                      {{QStringLiteral("sku"), QStringLiteral("P-1")},
                       {QStringLiteral("name"), QStringLiteral("First Product")}})
                .toObject();
        m_company.call(QStringLiteral("sales.order.create"),
                       {{QStringLiteral("customer_id"), customer.value("id")},
                        {QStringLiteral("lines"),
                         QJsonArray{QJsonObject{{QStringLiteral("product_id"), product.value("id")},
                                                {QStringLiteral("qty"), QStringLiteral("1")}}}}});
        window.tabs()->setCurrentIndex(0);
        dashboard->refresh();
        QTRY_VERIFY(!start->isVisible());
        QTRY_VERIFY(dashboard->charts()->isVisible());
    }

private:
    Test::LocalCompany m_company;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
