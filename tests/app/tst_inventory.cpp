// The Inventory tab against a real server over TCP: the product form shows the server's field
// errors and saves, a stock count takes counted quantities from the keyboard, shows the
// differences and posts them as adjustments, a purchase order is received in part, and
// replenishment turns proposals into draft purchase orders.
#include "apptest.h"
#include "customertest.h"
#include "inventorytest.h"

#include "app/models/remotetablemodel.h"
#include "app/pages/inventory/countdialog.h"
#include "app/pages/inventory/inventoryclient.h"
#include "app/pages/inventory/inventorypage.h"
#include "app/pages/inventory/inventorywidgets.h"
#include "app/pages/inventory/moveslist.h"
#include "app/pages/inventory/productdialog.h"
#include "app/pages/inventory/productlist.h"
#include "app/pages/inventory/purchaseorderdialog.h"
#include "app/pages/inventory/purchaseorderlist.h"
#include "app/pages/inventory/receivedialog.h"
#include "app/pages/inventory/replenishment.h"
#include "app/pages/inventory/stocklevels.h"
#include "app/pages/inventory/stockmovedialog.h"
#include "app/widgets/formerrors.h"
#include "app/widgets/moneyedit.h"

#include <QAbstractItemModelTester>
#include <QButtonGroup>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

using namespace Erp::Client;
using namespace Erp::Client::Inventory;

namespace {
int rowOfSku(QTableWidget* table, const QString& sku)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text().startsWith(sku))
            return r;
    }
    return -1;
}
} // namespace

class TestInventory final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_inventory"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_company.start());
        m_api = m_company.connect();
        QVERIFY(m_api);
        m_client = std::make_unique<InventoryClient>(*m_api);
        m_warehouse = Test::createWarehouse(*m_api, QStringLiteral("WT1"));
        QVERIFY(Test::idOf(m_warehouse) > 0);
    }

    void pageShowsEverySectionToAnAdmin()
    {
        InventoryPage page(*m_api);
        QCOMPARE(page.navigation()->count(), 9);
        QVERIFY(page.showSection(InventoryPage::Moves));
        QVERIFY(page.moves());
        QVERIFY(page.title() == QStringLiteral("Inventory"));
    }

    void rolesShapeTheTab()
    {
        for (const char* role : {"warehouse", "purchasing", "sales"}) {
            const QString name = QStringLiteral("clerk.") + QLatin1String(role);
            Test::callOn(*m_api, QStringLiteral("admin.user.create"),
                         {{QStringLiteral("username"), name},
                          {QStringLiteral("password"), QStringLiteral("secret-clerk-1")},
                          {QStringLiteral("roles"), QJsonArray{QLatin1String(role)}}});
        }
        // The warehouse counts and receives, but buys nothing.
        auto warehouse =
            m_company.connect(QStringLiteral("clerk.warehouse"), QStringLiteral("secret-clerk-1"));
        QVERIFY(warehouse);
        {
            InventoryPage page(*warehouse);
            QVERIFY(page.counts());
            QVERIFY(page.purchaseOrders());
            QVERIFY(!page.replenishment());
            QVERIFY(!page.purchaseOrders()->newAction()->isVisible());
            QVERIFY(page.purchaseOrders()->receiveAction()->isVisible());
            QVERIFY(page.stock()->adjustAction()->isVisible());
        }
        // Purchasing plans and orders, but does not count stock.
        auto buyer =
            m_company.connect(QStringLiteral("clerk.purchasing"), QStringLiteral("secret-clerk-1"));
        QVERIFY(buyer);
        {
            InventoryPage page(*buyer);
            QVERIFY(!page.counts());
            QVERIFY(page.replenishment());
            QVERIFY(page.products());
            QVERIFY(!page.products()->newAction()->isVisible());
        }
        // Sales reads products and stock only.
        auto sales =
            m_company.connect(QStringLiteral("clerk.sales"), QStringLiteral("secret-clerk-1"));
        QVERIFY(sales);
        {
            InventoryPage page(*sales);
            QCOMPARE(page.navigation()->count(),
                     5); // products, stock, moves, low stock, warehouses
            QVERIFY(!page.purchaseOrders());
        }
    }

    void productFormShowsFieldErrorsThenSaves()
    {
        ProductList list(*m_client);
        list.resize(1100, 500);
        list.show();
        QTRY_VERIFY(list.model()->isLoaded());
        QAbstractItemModelTester tester(list.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        ProductDialog dialog(*m_client, 0);
        dialog.show();
        QVERIFY(dialog.isReady());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New Product"));
        dialog.skuEdit()->setText(QStringLiteral("CUP-500"));
        dialog.costEdit()->setValue(QStringLiteral("12.50"));
        dialog.saveButton()->click(); // no name: the server says so, under the name
        QTRY_VERIFY(!dialog.errors().fieldError(QStringLiteral("name")).isEmpty());
        QVERIFY(dialog.isVisible());

        dialog.nameEdit()->setText(QStringLiteral("不锈钢保温杯 500ml"));
        QVERIFY(dialog.errors().fieldError(QStringLiteral("name")).isEmpty());
        QSignalSpy saved(&dialog, &ProductDialog::saved);
        dialog.saveButton()->click();
        QTRY_COMPARE(saved.count(), 1);
        const QJsonObject p = saved.first().first().toJsonObject();
        QCOMPARE(p.value(QLatin1String("cost")).toString(), QStringLiteral("12.50"));
        QVERIFY(!dialog.isVisible());
        QTRY_VERIFY(list.model()->rowOfId(Test::idOf(p)) >= 0); // event.changed refreshed it

        // A duplicate SKU (case-insensitive) is a field error too.
        ProductDialog second(*m_client, 0);
        second.show();
        second.skuEdit()->setText(QStringLiteral("cup-500"));
        second.nameEdit()->setText(QStringLiteral("Another cup"));
        second.saveButton()->click();
        QTRY_VERIFY(!second.errors().fieldError(QStringLiteral("sku")).isEmpty());
    }

    void productConflictOffersReload()
    {
        const QJsonObject p = Test::createProduct(*m_api, QStringLiteral("CONF-1"));
        ProductDialog dialog(*m_client, Test::idOf(p));
        dialog.show();
        QTRY_VERIFY(dialog.isReady());
        Test::callOn(*m_api, QStringLiteral("inventory.product.update"),
                     {{QStringLiteral("id"), Test::idOf(p)},
                      {QStringLiteral("version"), Test::idOf(p, "version")},
                      {QStringLiteral("name"), QStringLiteral("Renamed by a colleague")}});
        dialog.nameEdit()->setText(QStringLiteral("My name"));
        QString seen;
        Test::answerMessageBox(QStringLiteral("Reload"), &seen);
        dialog.saveButton()->click();
        QTRY_COMPARE(dialog.nameEdit()->text(), QStringLiteral("Renamed by a colleague"));
        QVERIFY(seen.contains(QStringLiteral("Someone else saved this product")));
    }

    void stockCountEnterReviewPost()
    {
        const QJsonObject p =
            Test::createProduct(*m_api, QStringLiteral("CNT-1"),
                                {{QStringLiteral("category"), QStringLiteral("CountCat")}});
        Test::receiveStock(*m_api, Test::idOf(p), Test::idOf(m_warehouse), QStringLiteral("10"));
        const QJsonObject count =
            Test::callOn(*m_api, QStringLiteral("inventory.count.create"),
                         {{QStringLiteral("warehouse_id"), Test::idOf(m_warehouse)},
                          {QStringLiteral("category"), QStringLiteral("CountCat")}})
                .toObject();
        QVERIFY(!count.value(QLatin1String("lines")).toArray().isEmpty());

        CountDialog dialog(*m_client, count);
        dialog.show();
        const int row = rowOfSku(dialog.table(), QStringLiteral("CNT-1"));
        QVERIFY(row >= 0);
        QCOMPARE(dialog.table()->item(row, CountDialog::ExpectedCol)->text(), QStringLiteral("10"));
        // Typed as a clerk would: digits, Enter goes to the next line.
        dialog.table()->setCurrentCell(row, CountDialog::CountedCol);
        QTest::keyClicks(dialog.table(), QStringLiteral("8"));
        auto* editor = dialog.table()->findChild<QuantityEdit*>();
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next turn
        QTRY_COMPARE(dialog.table()->item(row, CountDialog::CountedCol)->text(),
                     QStringLiteral("8"));
        QCOMPARE(dialog.table()->item(row, CountDialog::DifferenceCol)->text(),
                 QStringLiteral("-2"));
        QCOMPARE(dialog.differenceCount(), 1);
        QVERIFY(dialog.isDirty());

        QSignalSpy changed(&dialog, &CountDialog::changed);
        QString question;
        Test::answerMessageBox(QStringLiteral("Post"), &question);
        dialog.post();
        QTRY_VERIFY(!dialog.isVisible());
        QVERIFY(question.contains(QStringLiteral("1 line differs")));
        QCOMPARE(changed.last().first().toJsonObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("posted"));

        // The difference became an adjustment: 8 on hand now.
        const QJsonObject levels =
            Test::callOn(*m_api, QStringLiteral("inventory.stock.levels"),
                         {{QStringLiteral("filter"),
                           QJsonObject{{QStringLiteral("warehouse_id"), Test::idOf(m_warehouse)},
                                       {QStringLiteral("product_id"), Test::idOf(p)}}}})
                .toObject();
        const QJsonArray rows = levels.value(QLatin1String("rows")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QLatin1String("on_hand")).toString(),
                 QStringLiteral("8.000"));
    }

    void stockLevelsAndMovesShowTheLedger()
    {
        const QJsonObject p =
            Test::createProduct(*m_api, QStringLiteral("LVL-1"),
                                {{QStringLiteral("reorder_point"), QStringLiteral("5")}});
        Test::receiveStock(*m_api, Test::idOf(p), Test::idOf(m_warehouse), QStringLiteral("3"));
        StockLevels levels(*m_client);
        levels.resize(1100, 500);
        levels.show();
        levels.searchEdit()->setText(QStringLiteral("LVL-1"));
        QTRY_COMPARE(levels.model()->rowCount(), 1);
        const QJsonObject row = levels.model()->row(0);
        QVERIFY(row.value(QLatin1String("low")).toBool());
        QCOMPARE(levels.model()->index(0, StockLevels::AvailableCol).data().toString(),
                 QStringLiteral("3"));
        QCOMPARE(levels.model()
                         ->index(0, StockLevels::AvailableCol)
                         .data(Qt::TextAlignmentRole)
                         .toInt() &
                     Qt::AlignRight,
                 int(Qt::AlignRight));

        MovesList moves(*m_client);
        moves.show();
        moves.setKind(QStringLiteral("receipt"));
        QTRY_VERIFY(moves.model()->isLoaded() && moves.model()->rowCount() > 0);
        for (int r = 0; r < moves.model()->rowCount(); ++r)
            QCOMPARE(moves.model()->row(r).value(QLatin1String("kind")).toString(),
                     QStringLiteral("receipt"));
    }

    void adjustAndTransferFromTheDialogs()
    {
        const QJsonObject p = Test::createProduct(*m_api, QStringLiteral("ADJ-1"));
        const qint64 wt1 = Test::idOf(m_warehouse);
        const qint64 wt2 = Test::idOf(Test::createWarehouse(*m_api, QStringLiteral("WT2")));
        Test::receiveStock(*m_api, Test::idOf(p), wt1, QStringLiteral("5"));
        {
            StockMoveDialog dialog(*m_client, StockMoveDialog::Adjust);
            dialog.show();
            dialog.setStart(p, wt1);
            QTRY_VERIFY(dialog.warehouseBox()->isLoaded());
            QCOMPARE(dialog.warehouseBox()->warehouseId(), wt1);
            dialog.qtyEdit()->setText(QStringLiteral("-9"));
            dialog.reasonEdit()->setText(QStringLiteral("broken in transport"));
            dialog.saveButton()->click(); // more than there is: refused, said above the form
            QTRY_VERIFY(!dialog.errors().message().isEmpty());
            QVERIFY(dialog.isVisible());
            dialog.qtyEdit()->setText(QStringLiteral("-2"));
            QSignalSpy posted(&dialog, &StockMoveDialog::posted);
            dialog.saveButton()->click();
            QTRY_COMPARE(posted.count(), 1);
            QVERIFY(posted.first().first().toString().contains(QStringLiteral("-2")));
        }
        {
            StockMoveDialog dialog(*m_client, StockMoveDialog::Transfer);
            dialog.show();
            dialog.setStart(p, wt1);
            QTRY_VERIFY(dialog.targetBox()->isLoaded() && dialog.warehouseBox()->isLoaded());
            dialog.targetBox()->setWarehouseId(wt2);
            dialog.qtyEdit()->setText(QStringLiteral("1"));
            dialog.reasonEdit()->setText(QStringLiteral("for the shop"));
            QSignalSpy posted(&dialog, &StockMoveDialog::posted);
            dialog.saveButton()->click();
            QTRY_COMPARE(posted.count(), 1);
        }
        // The product form shows the stock per warehouse.
        ProductDialog dialog(*m_client, Test::idOf(p));
        dialog.show();
        QTRY_VERIFY(dialog.stockLabel()->text().contains(QStringLiteral("available 3")));
        QVERIFY(dialog.stockLabel()->text().contains(QStringLiteral("WT1 2")));
        QVERIFY(dialog.stockLabel()->text().contains(QStringLiteral("WT2 1")));
        QVERIFY(!dialog.isDirty());
    }

    void purchaseOrderReceivePartly()
    {
        const QJsonObject supplier = Test::createSupplier(*m_api, QStringLiteral("宁波华美"));
        const QJsonObject p = Test::createProduct(*m_api, QStringLiteral("PO-1"));
        QJsonObject po =
            Test::callOn(
                *m_api, QStringLiteral("purchasing.order.create"),
                {{QStringLiteral("supplier_id"), Test::idOf(supplier)},
                 {QStringLiteral("warehouse_id"), Test::idOf(m_warehouse)},
                 {QStringLiteral("lines"),
                  QJsonArray{QJsonObject{{QStringLiteral("product_id"), Test::idOf(p)},
                                         {QStringLiteral("qty"), QStringLiteral("5")},
                                         {QStringLiteral("unit_cost"), QStringLiteral("12.50")}}}}})
                .toObject();
        QVERIFY(Test::idOf(po) > 0);

        // The form shows the server's amounts, computed the same way, and the draft's actions.
        {
            PurchaseOrderDialog dialog(*m_client, Test::idOf(po));
            dialog.show();
            QTRY_VERIFY(dialog.isReady());
            qint64 net = 0, tax = 0, gross = 0;
            dialog.totals(net, tax, gross);
            QCOMPARE(QString::number(gross),
                     QString(po.value(QLatin1String("gross")).toString()).remove(QLatin1Char('.')));
            QVERIFY(dialog.actionButton(QStringLiteral("send"))->isVisibleTo(&dialog));
            QVERIFY(!dialog.actionButton(QStringLiteral("receive"))->isVisibleTo(&dialog));
            dialog.runAction(QStringLiteral("send"));
            QTRY_COMPARE(dialog.order().value(QLatin1String("state")).toString(),
                         QStringLiteral("sent"));
            QVERIFY(dialog.actionButton(QStringLiteral("confirm"))->isVisibleTo(&dialog));
            dialog.runAction(QStringLiteral("confirm"));
            QTRY_COMPARE(dialog.order().value(QLatin1String("state")).toString(),
                         QStringLiteral("confirmed"));
            QVERIFY(dialog.actionButton(QStringLiteral("receive"))->isVisibleTo(&dialog));
            po = dialog.order();
        }

        ReceiveDialog receive(*m_client, po);
        receive.show();
        QCOMPARE(receive.table()->item(0, ReceiveDialog::OpenCol)->text(), QStringLiteral("5"));
        QCOMPARE(receive.table()->item(0, ReceiveDialog::NowCol)->text(), QStringLiteral("5"));
        receive.setNow(0, QStringLiteral("3"));
        QSignalSpy received(&receive, &ReceiveDialog::received);
        receive.saveButton()->click();
        QTRY_COMPARE(received.count(), 1);
        const QJsonObject after = received.first().first().toJsonObject();
        QCOMPARE(after.value(QLatin1String("state")).toString(),
                 QStringLiteral("partially_received"));
        QCOMPARE(after.value(QLatin1String("lines"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("received_qty"))
                     .toString(),
                 QStringLiteral("3.000"));
    }

    void purchaseOrderFormComputesLiveTotals()
    {
        const QJsonObject p = Test::createProduct(
            *m_api, QStringLiteral("TOT-1"), {{QStringLiteral("cost"), QStringLiteral("0.35")}});
        PurchaseOrderDialog dialog(*m_client, 0);
        dialog.show();
        QVERIFY(dialog.isEditable());
        dialog.addLine(p, QStringLiteral("3"));
        qint64 net = 0, tax = 0, gross = 0;
        dialog.totals(net, tax, gross);
        QCOMPARE(net, 105); // 3 × 0.35
        QCOMPARE(tax, 14);  // 13% of 1.05 = 0.1365, half up
        QCOMPARE(gross, 119);
        dialog.lines()->item(0, PurchaseOrderDialog::QtyCol)->setText(QStringLiteral("1.5"));
        dialog.totals(net, tax, gross);
        QCOMPARE(net, 53); // 0.525 half up
        QVERIFY(dialog.totalsLabel()->text().contains(QStringLiteral("0.53")));
        dialog.lines()->item(0, PurchaseOrderDialog::QtyCol)->setText(QStringLiteral("abc"));
        QVERIFY(dialog.totalsLabel()->text().contains(QStringLiteral("invalid")));

        // The server's error about a line is shown at its cell and named by line.
        Test::createSupplier(*m_api, QStringLiteral("Line Errors Ltd"));
        QTRY_VERIFY(dialog.supplierBox()->count() > 0);
        dialog.supplierBox()->setCurrentIndex(0);
        QTRY_VERIFY(dialog.warehouseBox()->isLoaded());
        dialog.lines()->item(0, PurchaseOrderDialog::QtyCol)->setText(QStringLiteral("-2"));
        dialog.saveButton()->click();
        QTRY_VERIFY(!dialog.lines()->item(0, PurchaseOrderDialog::QtyCol)->toolTip().isEmpty());
        QVERIFY(dialog.errors().message().startsWith(QStringLiteral("Line 1 · Quantity: ")));
        QVERIFY(dialog.isVisible());
    }

    void replenishmentCreatesDraftOrders()
    {
        const QJsonObject supplier = Test::createSupplier(*m_api, QStringLiteral("Replenish Co"));
        const QJsonObject p =
            Test::createProduct(*m_api, QStringLiteral("REP-1"),
                                {{QStringLiteral("reorder_point"), QStringLiteral("10")},
                                 {QStringLiteral("reorder_qty"), QStringLiteral("25")},
                                 {QStringLiteral("default_supplier_id"), Test::idOf(supplier)}});
        Replenishment view(*m_client);
        view.resize(1000, 500);
        view.show();
        QTRY_VERIFY(view.isLoaded());
        QTreeWidgetItem* line = nullptr;
        for (int i = 0; i < view.tree()->topLevelItemCount(); ++i) {
            QTreeWidgetItem* top = view.tree()->topLevelItem(i);
            for (int j = 0; j < top->childCount(); ++j) {
                if (top->child(j)->text(0).startsWith(QStringLiteral("REP-1")))
                    line = top->child(j);
                else
                    top->child(j)->setCheckState(0, Qt::Unchecked); // only ours
            }
        }
        QVERIFY(line);
        QCOMPARE(line->parent()->text(0), QStringLiteral("Replenish Co"));
        QCOMPARE(line->text(Replenishment::QtyCol), QStringLiteral("25"));
        line->setText(Replenishment::QtyCol, QStringLiteral("30"));
        QCOMPARE(line->text(Replenishment::AmountCol), QStringLiteral("300.00"));
        const QJsonArray chosen = view.chosenLines();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().toObject().value(QLatin1String("qty")).toString(),
                 QStringLiteral("30.000"));
        QSignalSpy created(&view, &Replenishment::ordersCreated);
        view.createButton()->click();
        QTRY_COMPARE(created.count(), 1);
        QCOMPARE(created.first().first().toStringList().size(), 1);
        QVERIFY(view.message().contains(created.first().first().toStringList().first()));

        const QJsonObject orders =
            Test::callOn(*m_api, QStringLiteral("purchasing.order.list"),
                         {{QStringLiteral("filter"),
                           QJsonObject{{QStringLiteral("supplier_id"), Test::idOf(supplier)}}}})
                .toObject();
        const QJsonArray rows = orders.value(QLatin1String("rows")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("draft"));
    }

private:
    Test::TcpCompany m_company;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<InventoryClient> m_client;
    QJsonObject m_warehouse;
};

QTEST_MAIN(TestInventory)
#include "tst_inventory.moc"
