// Inventory ▸ Warehouses against a real server over TCP: a new company creates its first
// warehouse with bins from the keyboard, required fields are marked by the server's errors,
// priority and bins change, and archiving is refused while the warehouse holds stock.
#include "apptest.h"
#include "inventorytest.h"

#include "app/models/remotetablemodel.h"
#include "app/pages/inventory/inventorypage.h"
#include "app/pages/inventory/warehouselist.h"
#include "app/widgets/formerrors.h"
#include "app/widgets/recordtable.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>

using namespace Erp::Client;
using namespace Erp::Client::Inventory;

class TestWarehouses final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_warehouses"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_company.start());
        m_api = m_company.connect();
        QVERIFY(m_api);
        m_client = std::make_unique<InventoryClient>(*m_api);
    }

    void anEmptyCompanySaysWhatToDo()
    {
        InventoryPage page(*m_api);
        QVERIFY(page.showSection(InventoryPage::Warehouses));
        WarehouseList* list = page.warehouses();
        QVERIFY(list);
        page.show();
        QTRY_VERIFY(list->model()->isLoaded());
        QCOMPARE(list->model()->rowCount(), 0);
        QVERIFY(list->isEmptyStateShown());
        QVERIFY(list->newAction()->isVisible());
        QCOMPARE(list->newAction()->shortcut(), QKeySequence(QKeySequence::New));
    }

    void createsTheFirstWarehouseWithBins()
    {
        WarehouseList list(*m_client);
        list.show();
        QTRY_VERIFY(list.model()->isLoaded());
        QSignalSpy opened(&list, &WarehouseList::dialogOpened);
        list.newAction()->trigger();
        QCOMPARE(opened.size(), 1);
        auto* dialog = qobject_cast<WarehouseDialog*>(opened.at(0).at(0).value<QDialog*>());
        QVERIFY(dialog);

        // Nothing typed: the server names both required fields under them.
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->errors().fieldError(QStringLiteral("code")).isEmpty());
        QVERIFY(!dialog->errors().fieldError(QStringLiteral("name")).isEmpty());
        QVERIFY(dialog->isVisible());

        dialog->codeEdit()->setText(QStringLiteral("sh"));
        dialog->nameEdit()->setText(QStringLiteral("上海仓"));
        dialog->priorityEdit()->setValue(10);
        dialog->bins()->addRecord();
        dialog->bins()->setCell(0, QStringLiteral("code"), QStringLiteral("a-01"));
        dialog->bins()->addRecord();
        dialog->bins()->setCell(1, QStringLiteral("code"), QStringLiteral("A-02"));
        dialog->bins()->setCell(1, QStringLiteral("name"), QStringLiteral("冷藏区"));
        QSignalSpy saved(dialog, &WarehouseDialog::saved);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 1);
        const QJsonObject w = saved.at(0).at(0).toJsonObject();
        QCOMPARE(w.value("code").toString(), QStringLiteral("SH"));
        QCOMPARE(w.value("priority").toInt(), 10);
        const QJsonArray bins = w.value("locations").toArray();
        QCOMPARE(bins.size(), 2);
        QCOMPARE(bins.at(0).toObject().value("code").toString(), QStringLiteral("A-01"));
        QCOMPARE(bins.at(1).toObject().value("name").toString(), QStringLiteral("冷藏区"));
        m_shanghai = Test::idOf(w);
        QTRY_COMPARE(list.model()->rowCount(), 1);
        QVERIFY(list.message().contains(QStringLiteral("上海仓")));
    }

    void changesPriorityAndRemovesABin()
    {
        WarehouseDialog dialog(*m_client, m_shanghai);
        dialog.show();
        QTRY_COMPARE(dialog.bins()->rowCount(), 2);
        QCOMPARE(dialog.codeEdit()->isReadOnly(), true);
        dialog.priorityEdit()->setValue(5);
        dialog.bins()->table()->selectRow(1);
        dialog.bins()->removeSelected();
        QSignalSpy saved(&dialog, &WarehouseDialog::saved);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 1);
        const QJsonObject w =
            Test::callOn(*m_api, QStringLiteral("inventory.warehouse.get"), {{"id", m_shanghai}})
                .toObject();
        QCOMPARE(w.value("priority").toInt(), 5);
        int active = 0;
        for (const QJsonValue& bin : w.value("locations").toArray())
            active += bin.toObject().value("active").toBool() ? 1 : 0;
        QCOMPARE(active, 1);
    }

    void archivingIsRefusedWhileStockIsThere()
    {
        const QJsonObject product = Test::createProduct(*m_api, QStringLiteral("WH-1"));
        Test::receiveStock(*m_api, Test::idOf(product), m_shanghai, QStringLiteral("3"));
        const QJsonObject empty = Test::createWarehouse(*m_api, QStringLiteral("BJ"));

        WarehouseList list(*m_client);
        list.show();
        QTRY_COMPARE(list.model()->rowCount(), 2);
        list.selectId(m_shanghai);
        QTRY_VERIFY(list.archiveAction()->isEnabled());
        list.archiveAction()->trigger();
        QTRY_VERIFY(!list.message().isEmpty());
        QVERIFY(
            Test::callOn(*m_api, QStringLiteral("inventory.warehouse.get"), {{"id", m_shanghai}})
                .toObject()
                .value("active")
                .toBool());

        list.selectId(Test::idOf(empty));
        QTRY_VERIFY(list.archiveAction()->isEnabled());
        list.archiveAction()->trigger();
        QTRY_COMPARE(list.model()->rowCount(), 1); // the Active filter hides it now
        QVERIFY(!Test::callOn(*m_api, QStringLiteral("inventory.warehouse.get"),
                              {{"id", Test::idOf(empty)}})
                     .toObject()
                     .value("active")
                     .toBool());
    }

private:
    Test::TcpCompany m_company;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<InventoryClient> m_client;
    qint64 m_shanghai = 0;
};

QTEST_MAIN(TestWarehouses)
#include "tst_warehouses.moc"
