// The Inventory and Dashboard parts of erp-client-screenshots: the dashboard, every section of
// the Inventory tab, the product form with a server error, a stock count with differences,
// a purchase order, its receipt and replenishment.
#include "app/mainwindow.h"
#include "app/models/remotetablemodel.h"
#include "app/pages/dashboard/dashboardpage.h"
#include "app/pages/inventory/countdialog.h"
#include "app/pages/inventory/countlist.h"
#include "app/pages/inventory/inventoryclient.h"
#include "app/pages/inventory/inventorypage.h"
#include "app/pages/inventory/moveslist.h"
#include "app/pages/inventory/productdialog.h"
#include "app/pages/inventory/productlist.h"
#include "app/pages/inventory/purchaseorderdialog.h"
#include "app/pages/inventory/purchaseorderlist.h"
#include "app/pages/inventory/receivedialog.h"
#include "app/pages/inventory/replenishment.h"
#include "app/pages/inventory/stocklevels.h"
#include "app/pages/inventory/supplierlist.h"
#include "app/widgets/formerrors.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>

#include <functional>

using namespace Erp::Client;
using namespace Erp::Client::Inventory;

void saveShot(QWidget* w, const QString& name);  // screenshots.cpp
bool waitFor(const std::function<bool()>& done); // screenshots.cpp

namespace {
bool waitShort(const std::function<bool()>& done)
{
    return QTest::qWaitFor(done, 10000);
}

QJsonObject callNow(ApiClient& api, const QString& method, const QJsonObject& params)
{
    QJsonObject out;
    bool done = false;
    QObject guard;
    api.call(
        method, params, &guard,
        [&](const QJsonValue& v) {
            out = v.toObject();
            done = true;
        },
        [&](const Erp::Rpc::Error& e) {
            qWarning("%s: %s", qPrintable(method), qPrintable(e.message));
            done = true;
        });
    waitShort([&] { return done; });
    return out;
}

void showSection(MainWindow& window, InventoryPage* page, InventoryPage::Section section,
                 const QString& name, const std::function<bool()>& ready)
{
    page->showSection(section);
    waitShort(ready);
    saveShot(&window, name);
}
} // namespace

void inventoryScreenshots(MainWindow& window, ApiClient& api)
{
    if (auto* dashboard = window.findChild<Dashboard::DashboardPage*>()) {
        window.tabs()->setCurrentWidget(dashboard);
        waitShort([&] { return dashboard->isLoaded(); });
        QTest::qWait(300);
        saveShot(&window, QStringLiteral("dashboard"));
    }
    auto* page = window.findChild<InventoryPage*>();
    if (!page)
        return;
    window.tabs()->setCurrentWidget(page);
    InventoryClient client(api);

    showSection(window, page, InventoryPage::Products, QStringLiteral("inventory-products"),
                [&] { return page->products()->model()->isLoaded(); });
    {
        ProductDialog dialog(client, 0, &window);
        dialog.show();
        dialog.skuEdit()->setText(QStringLiteral("CUP-500-BL"));
        dialog.nameEdit()->setText(QString());
        dialog.saveButton()->click();
        waitShort([&] { return dialog.errors().hasErrors(); });
        saveShot(&dialog, QStringLiteral("inventory-product-dialog"));
        dialog.hide();
    }
    showSection(window, page, InventoryPage::Stock, QStringLiteral("inventory-stock"),
                [&] { return page->stock()->model()->isLoaded(); });
    page->stock()->lowOnly()->setChecked(true);
    waitShort(
        [&] { return page->stock()->model()->isLoaded() && !page->stock()->model()->isBusy(); });
    page->stock()->view()->selectRow(1);
    saveShot(&window, QStringLiteral("inventory-stock-low"));
    page->stock()->lowOnly()->setChecked(false);
    showSection(window, page, InventoryPage::Moves, QStringLiteral("inventory-moves"),
                [&] { return page->moves()->model()->isLoaded(); });
    showSection(window, page, InventoryPage::LowStock, QStringLiteral("inventory-low"),
                [&] { return page->lowStock()->model()->isLoaded(); });

    // A stock count with a shortage and a surplus entered.
    const QJsonObject warehouses = callNow(api, QStringLiteral("inventory.warehouse.list"), {});
    const qint64 warehouseId = warehouses.value(QLatin1String("rows"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QLatin1String("id"))
                                   .toInteger();
    const QJsonObject count = callNow(api, QStringLiteral("inventory.count.create"),
                                      {{QStringLiteral("warehouse_id"), warehouseId}});
    showSection(window, page, InventoryPage::Counts, QStringLiteral("inventory-counts"),
                [&] { return page->counts()->model()->isLoaded(); });
    if (!count.isEmpty()) {
        CountDialog dialog(client, count, &window);
        dialog.show();
        for (int row = 0; row < qMin(6, dialog.table()->rowCount()); ++row) {
            const QString expected = dialog.table()
                                         ->item(row, CountDialog::ExpectedCol)
                                         ->text()
                                         .remove(QLatin1Char(','));
            const int n = expected.toInt();
            dialog.setCounted(row, QString::number(row == 1   ? qMax(0, n - 2)
                                                   : row == 3 ? n + 1
                                                              : n));
        }
        saveShot(&dialog, QStringLiteral("inventory-count-dialog"));
        dialog.hide();
        callNow(api, QStringLiteral("inventory.count.cancel"),
                {{QStringLiteral("id"), count.value(QLatin1String("id"))},
                 {QStringLiteral("version"), count.value(QLatin1String("version"))}});
    }

    showSection(window, page, InventoryPage::PurchaseOrders, QStringLiteral("inventory-orders"),
                [&] { return page->purchaseOrders()->model()->isLoaded(); });
    RemoteTableModel* orders = page->purchaseOrders()->model();
    qint64 receivable = 0;
    for (int r = 0; r < orders->rowCount(); ++r) {
        const QString state = orders->row(r).value(QLatin1String("state")).toString();
        if (state == QLatin1String("confirmed") || state == QLatin1String("partially_received")) {
            receivable = orders->idAt(r);
            break;
        }
    }
    if (receivable == 0 && orders->rowCount() > 0)
        receivable = orders->idAt(0);
    if (receivable > 0) {
        PurchaseOrderDialog dialog(client, receivable, &window);
        dialog.show();
        waitShort([&] { return dialog.isReady(); });
        saveShot(&dialog, QStringLiteral("inventory-order-dialog"));
        ReceiveDialog receive(client, dialog.order(), &window);
        receive.show();
        if (receive.table()->rowCount() > 1)
            receive.setNow(1, QStringLiteral("0"));
        saveShot(&receive, QStringLiteral("inventory-receive-dialog"));
        receive.hide();
        dialog.hide();
    }
    {
        PurchaseOrderDialog dialog(client, 0, &window);
        dialog.show();
        const QJsonObject products =
            callNow(api, QStringLiteral("inventory.product.list"), {{QStringLiteral("limit"), 3}});
        for (const QJsonValue& p : products.value(QLatin1String("rows")).toArray())
            dialog.addLine(p.toObject(), QStringLiteral("12"));
        saveShot(&dialog, QStringLiteral("inventory-order-new"));
        dialog.hide();
    }
    showSection(window, page, InventoryPage::Suppliers, QStringLiteral("inventory-suppliers"),
                [&] { return page->suppliers()->model()->isLoaded(); });
    showSection(window, page, InventoryPage::Replenish, QStringLiteral("inventory-replenishment"),
                [&] { return page->replenishment()->isLoaded(); });
}
