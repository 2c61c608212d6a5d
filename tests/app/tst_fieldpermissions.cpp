// Protected fields and record rules in the client, against a real server over TCP: without
// inventory.cost the product list has no Cost column, the product form no cost field (and
// saving leaves the cost alone), replenishment no unit cost or amounts — never a 0 in their
// place; the role dialog switches a record rule on and off.
#include "apptest.h"
#include "inventorytest.h"

#include "app/models/remotetablemodel.h"
#include "app/pages/admin/adminclient.h"
#include "app/pages/admin/roledialog.h"
#include "app/pages/inventory/inventoryclient.h"
#include "app/pages/inventory/productdialog.h"
#include "app/pages/inventory/productlist.h"
#include "app/pages/inventory/replenishment.h"
#include "app/pages/inventory/stocklevels.h"
#include "app/widgets/moneyedit.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>

using namespace Erp::Client;
using namespace Erp::Client::Inventory;

namespace {

QStringList headers(const RemoteTableModel* model)
{
    QStringList out;
    for (int i = 0; i < model->columnCount(); ++i)
        out.append(model->headerData(i, Qt::Horizontal).toString());
    return out;
}

qint64 roleId(ApiClient& api, const QString& name)
{
    const QJsonArray rows =
        Test::callOn(api, QStringLiteral("admin.role.list"), {{QStringLiteral("limit"), 100}})
            .toObject()
            .value(QLatin1String("rows"))
            .toArray();
    for (const QJsonValue& r : rows)
        if (r.toObject().value(QLatin1String("name")).toString() == name)
            return Test::idOf(r.toObject());
    return 0;
}

} // namespace

class TestFieldPermissions final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_fieldpermissions"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_company.start());
        m_admin = m_company.connect();
        QVERIFY(m_admin);
        m_supplier = Test::createSupplier(*m_admin, QStringLiteral("Cost Co"));
        m_product =
            Test::createProduct(*m_admin, QStringLiteral("COST-1"),
                                {{QStringLiteral("cost"), QStringLiteral("7.50")},
                                 {QStringLiteral("list_price"), QStringLiteral("12.00")},
                                 {QStringLiteral("reorder_point"), QStringLiteral("10")},
                                 {QStringLiteral("reorder_qty"), QStringLiteral("20")},
                                 {QStringLiteral("default_supplier_id"), Test::idOf(m_supplier)}});
        QCOMPARE(m_product.value(QLatin1String("cost")).toString(), QStringLiteral("7.50"));
        const QJsonObject warehouse = Test::createWarehouse(*m_admin, QStringLiteral("FP1"));
        Test::receiveStock(*m_admin, Test::idOf(m_product), Test::idOf(warehouse),
                           QStringLiteral("3"));
        // A sales clerk, and a buyer whose role has products and purchasing but no cost.
        Test::callOn(*m_admin, QStringLiteral("admin.role.create"),
                     {{QStringLiteral("name"), QStringLiteral("buyer_nocost")},
                      {QStringLiteral("permissions"),
                       QJsonArray{"purchasing.*", "inventory.product.*", "inventory.stock.read",
                                  "inventory.warehouse.read"}}});
        for (const auto& [name, role] :
             {std::pair{"clerk.sales", "sales"}, std::pair{"clerk.buyer", "buyer_nocost"}})
            Test::callOn(*m_admin, QStringLiteral("admin.user.create"),
                         {{QStringLiteral("username"), QLatin1String(name)},
                          {QStringLiteral("password"), QStringLiteral("secret-clerk-1")},
                          {QStringLiteral("roles"), QJsonArray{QLatin1String(role)}}});
        m_sales =
            m_company.connect(QStringLiteral("clerk.sales"), QStringLiteral("secret-clerk-1"));
        m_buyer =
            m_company.connect(QStringLiteral("clerk.buyer"), QStringLiteral("secret-clerk-1"));
        QVERIFY(m_sales && m_buyer);
    }

    void productListHasNoCostColumnWithoutThePermission()
    {
        InventoryClient adminClient(*m_admin);
        ProductList withCost(adminClient);
        QVERIFY(headers(withCost.model()).contains(QStringLiteral("Cost")));
        QVERIFY(withCost.columnOf(QStringLiteral("cost")) > 0);

        InventoryClient salesClient(*m_sales);
        ProductList list(salesClient);
        list.resize(1100, 500);
        list.show();
        QTRY_VERIFY(list.model()->rowCount() > 0);
        QVERIFY(!headers(list.model()).contains(QStringLiteral("Cost")));
        QCOMPARE(list.columnOf(QStringLiteral("cost")), -1);
        QVERIFY(list.columnOf(QStringLiteral("active")) > 0);
        // No cell shows a cost (nor a 0.00 standing in for it).
        for (int c = 0; c < list.model()->columnCount(); ++c)
            QVERIFY(list.model()->index(0, c).data().toString() != QStringLiteral("7.50"));
        QCOMPARE(
            list.model()->index(0, list.columnOf(QStringLiteral("list_price"))).data().toString(),
            QStringLiteral("12.00"));
    }

    void productFormHidesAndKeepsTheCost()
    {
        InventoryClient adminClient(*m_admin);
        {
            ProductDialog dialog(adminClient, Test::idOf(m_product));
            dialog.show();
            QTRY_VERIFY(dialog.isReady());
            QVERIFY(dialog.costEdit()->isVisible());
            QCOMPARE(dialog.costEdit()->value(), QStringLiteral("7.50"));
        }
        InventoryClient buyerClient(*m_buyer); // may write products, may not see cost
        ProductDialog dialog(buyerClient, Test::idOf(m_product));
        dialog.show();
        QTRY_VERIFY(dialog.isReady());
        QVERIFY(!dialog.costEdit()->isVisible());
        QVERIFY(dialog.costEdit()->value().isEmpty());
        QVERIFY(!dialog.fields().contains(QStringLiteral("cost")));
        dialog.nameEdit()->setText(QStringLiteral("Cost product, renamed"));
        QSignalSpy saved(&dialog, &ProductDialog::saved);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(!saved.first().first().toJsonObject().contains(QStringLiteral("cost")));
        // The cost nobody in that role could see is still there.
        const QJsonObject stored = Test::callOn(*m_admin, QStringLiteral("inventory.product.get"),
                                                {{QStringLiteral("id"), Test::idOf(m_product)}})
                                       .toObject();
        QCOMPARE(stored.value(QLatin1String("name")).toString(),
                 QStringLiteral("Cost product, renamed"));
        QCOMPARE(stored.value(QLatin1String("cost")).toString(), QStringLiteral("7.50"));

        // A new product from that role: no cost field, no cost sent.
        ProductDialog fresh(buyerClient, 0);
        fresh.show();
        QVERIFY(!fresh.costEdit()->isVisible());
    }

    void stockAndReplenishmentCopeWithoutCost()
    {
        InventoryClient salesClient(*m_sales);
        StockLevels levels(salesClient);
        levels.resize(1000, 500);
        levels.show();
        QTRY_VERIFY(levels.model()->rowCount() > 0);

        InventoryClient buyerClient(*m_buyer);
        Replenishment view(buyerClient);
        view.resize(1000, 500);
        view.show();
        QTRY_VERIFY(view.isLoaded());
        QVERIFY(view.tree()->isColumnHidden(Replenishment::CostCol));
        QVERIFY(view.tree()->isColumnHidden(Replenishment::AmountCol));
        QTreeWidgetItem* line = nullptr;
        for (int i = 0; i < view.tree()->topLevelItemCount(); ++i)
            for (int j = 0; j < view.tree()->topLevelItem(i)->childCount(); ++j)
                if (view.tree()->topLevelItem(i)->child(j)->text(0).startsWith("COST-1"))
                    line = view.tree()->topLevelItem(i)->child(j);
        QVERIFY(line);
        QVERIFY(line->text(Replenishment::CostCol).isEmpty());
        line->setText(Replenishment::QtyCol, QStringLiteral("30"));
        QCOMPARE(line->text(Replenishment::QtyCol), QStringLiteral("30")); // accepted, not red
        QVERIFY(line->text(Replenishment::AmountCol).isEmpty());
        QVERIFY(!view.summaryLabel()->text().contains(QStringLiteral("net")));
        QVERIFY(!view.chosenLines().isEmpty());

        InventoryClient adminClient(*m_admin);
        Replenishment full(adminClient);
        full.show();
        QTRY_VERIFY(full.isLoaded());
        QVERIFY(!full.tree()->isColumnHidden(Replenishment::CostCol));
        QVERIFY(full.summaryLabel()->text().contains(QStringLiteral("net")));
    }

    void roleDialogSwitchesRecordRules()
    {
        Admin::AdminClient client(*m_admin);
        const qint64 sales = roleId(*m_admin, QStringLiteral("sales"));
        {
            Admin::RoleDialog dialog(client, sales, true);
            dialog.show();
            QTRY_VERIFY(dialog.isReady());
            QCheckBox* own = dialog.recordRuleCheck(QStringLiteral("crm.customer.own"));
            QVERIFY(own);
            QCOMPARE(own->text(), QStringLiteral("Sees only customers they own"));
            QVERIFY(!own->isChecked()); // off by default
            own->setChecked(true);
            QSignalSpy saved(&dialog, &Admin::RoleDialog::saved);
            QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
            QTRY_COMPARE(saved.count(), 1);
        }
        const QJsonObject role = Test::callOn(*m_admin, QStringLiteral("admin.role.get"),
                                              {{QStringLiteral("id"), sales}})
                                     .toObject();
        QCOMPARE(role.value(QLatin1String("record_rules")).toArray(),
                 QJsonArray{QStringLiteral("crm.customer.own")});
        // The rule now applies to the sales clerk (the server filters, not the client).
        Test::callOn(*m_admin, QStringLiteral("crm.customer.create"),
                     {{QStringLiteral("name"), QStringLiteral("管理员的客户")}});
        const QJsonObject seen =
            Test::callOn(*m_sales, QStringLiteral("crm.customer.list"), {}).toObject();
        QCOMPARE(seen.value(QLatin1String("total")).toInt(), 0);
        {
            Admin::RoleDialog dialog(client, sales, true);
            dialog.show();
            QTRY_VERIFY(dialog.isReady());
            QCheckBox* own = dialog.recordRuleCheck(QStringLiteral("crm.customer.own"));
            QVERIFY(own->isChecked());
            own->setChecked(false);
            QSignalSpy saved(&dialog, &Admin::RoleDialog::saved);
            QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
            QTRY_COMPARE(saved.count(), 1);
        }
        QCOMPARE(Test::callOn(*m_sales, QStringLiteral("crm.customer.list"), {})
                     .toObject()
                     .value(QLatin1String("total"))
                     .toInt(),
                 1);
        // Without admin.role.write the checkbox is read-only.
        Admin::RoleDialog readOnly(client, sales, false);
        readOnly.show();
        QTRY_VERIFY(readOnly.isReady());
        QVERIFY(!readOnly.recordRuleCheck(QStringLiteral("crm.customer.own"))->isEnabled());
    }

private:
    Test::TcpCompany m_company;
    std::unique_ptr<ApiClient> m_admin;
    std::unique_ptr<ApiClient> m_sales;
    std::unique_ptr<ApiClient> m_buyer;
    QJsonObject m_supplier;
    QJsonObject m_product;
};

QTEST_MAIN(TestFieldPermissions)
#include "tst_fieldpermissions.moc"
