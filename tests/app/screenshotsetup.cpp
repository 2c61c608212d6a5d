// Screenshots of the new-company wizard (each page, with a refused tax id on the first) and
// of the printed documents of the demo company (quotation / order confirmation, pick list,
// purchase order, stock count sheet) drawn as A4 pages.
#include "app/mainwindow.h"
#include "app/net/apiclient.h"
#include "app/pages/admin/companypage.h"
#include "app/pages/inventory/inventorydocuments.h"
#include "app/pages/orders/orderdocuments.h"
#include "app/pages/orders/orderprint.h"
#include "app/setup/setuppages.h"
#include "app/setup/setupwizard.h"
#include "app/widgets/formerrors.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextDocument>

using namespace Erp::Client;

void saveShot(QWidget* w, const QString& name); // screenshots.cpp
bool waitFor(const std::function<bool()>& done);
QString shotPath(const QString& name);

namespace {
QJsonObject callBlocking(ApiClient& api, const QString& method, const QJsonObject& params)
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
    waitFor([&] { return done; });
    return result;
}

QJsonObject firstOf(ApiClient& api, const QString& list, const QString& get,
                    const QJsonObject& filter = {})
{
    const QJsonArray rows =
        callBlocking(api, list, {{QStringLiteral("limit"), 1}, {QStringLiteral("filter"), filter}})
            .value(QLatin1String("rows"))
            .toArray();
    if (rows.isEmpty())
        return {};
    return callBlocking(api, get, {{QStringLiteral("id"), rows.first()[QLatin1String("id")]}});
}

/// The first page of `document` on white A4 (96 dpi, 15 mm margins), as a reader sees it.
void savePage(QTextDocument& document, const QString& name)
{
    const QSize a4(794, 1123);
    const int margin = 57;
    QImage image(a4, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(margin, margin);
    document.setPageSize(QSizeF(a4.width() - 2 * margin, a4.height() - 2 * margin));
    document.drawContents(&painter,
                          QRectF(0, 0, a4.width() - 2 * margin, a4.height() - 2 * margin));
    painter.end();
    image.save(shotPath(name));
    qInfo("%s", qPrintable(shotPath(name)));
}
} // namespace

void documentScreenshots(ApiClient& api)
{
    const Print::DeliveryNote::Company company =
        Orders::OrderPrint::company(callBlocking(api, QStringLiteral("admin.company.get"), {}));
    const QJsonObject allocated =
        firstOf(api, QStringLiteral("sales.order.list"), QStringLiteral("sales.order.get"),
                {{QStringLiteral("state"), QStringLiteral("allocated")}});
    if (!allocated.isEmpty()) {
        const Orders::Order order = Orders::Order::fromJson(allocated);
        QTextDocument confirmation;
        Print::TradeDocumentRenderer::build(confirmation,
                                            Orders::OrderDocuments::confirmation(order, company));
        savePage(confirmation, QStringLiteral("print-order-confirmation"));
        QHash<qint64, QString> names;
        for (const QJsonValue& w : callBlocking(api, QStringLiteral("inventory.warehouse.list"), {})
                                       .value(QLatin1String("rows"))
                                       .toArray())
            names.insert(w[QLatin1String("id")].toInteger(),
                         QStringLiteral("%1 (%2)").arg(w[QLatin1String("name")].toString(),
                                                       w[QLatin1String("code")].toString()));
        QTextDocument pick;
        Print::StockSheetRenderer::build(
            pick, Orders::OrderDocuments::pickLists(order, names, {}, company));
        savePage(pick, QStringLiteral("print-pick-list"));
    }
    const QJsonObject draft =
        firstOf(api, QStringLiteral("sales.order.list"), QStringLiteral("sales.order.get"),
                {{QStringLiteral("state"), QStringLiteral("draft")}});
    if (!draft.isEmpty()) {
        QTextDocument quotation;
        Print::TradeDocumentRenderer::build(
            quotation,
            Orders::OrderDocuments::confirmation(Orders::Order::fromJson(draft), company));
        savePage(quotation, QStringLiteral("print-quotation"));
    }
    const QJsonObject po = firstOf(api, QStringLiteral("purchasing.order.list"),
                                   QStringLiteral("purchasing.order.get"));
    if (!po.isEmpty()) {
        const QJsonObject supplier =
            callBlocking(api, QStringLiteral("purchasing.supplier.get"),
                         {{QStringLiteral("id"), po[QLatin1String("supplier_id")]}});
        const QJsonObject warehouse =
            callBlocking(api, QStringLiteral("inventory.warehouse.get"),
                         {{QStringLiteral("id"), po[QLatin1String("warehouse_id")]}});
        QTextDocument document;
        Print::TradeDocumentRenderer::build(document, Inventory::InventoryDocuments::purchaseOrder(
                                                          po, supplier, warehouse, company));
        savePage(document, QStringLiteral("print-purchase-order"));
    }
    const QJsonObject count =
        firstOf(api, QStringLiteral("inventory.count.list"), QStringLiteral("inventory.count.get"));
    if (!count.isEmpty()) {
        QTextDocument document;
        Print::StockSheetRenderer::build(
            document, {Inventory::InventoryDocuments::countSheet(count, QString(), company)});
        savePage(document, QStringLiteral("print-count-sheet"));
    }
}

void setupWizardScreenshots(MainWindow& window, ApiClient& api)
{
    Setup::SetupWizard wizard(api, &window);
    wizard.show();
    Setup::CompanySetupPage* companyPage = wizard.companyPage();
    waitFor([&] { return companyPage->isComplete(); });
    Admin::CompanyPage* company = companyPage->form();
    company->findChild<QLineEdit*>(QStringLiteral("legalName"))
        ->setText(QStringLiteral("深圳明远贸易有限公司"));
    company->findChild<QPlainTextEdit*>(QStringLiteral("address"))
        ->setPlainText(QStringLiteral("广东省深圳市福田区深南大道 1000 号"));
    company->findChild<QLineEdit*>(QStringLiteral("taxId"))
        ->setText(QStringLiteral("91440300708461136X"));
    wizard.next(); // the check character is wrong: said under the field
    waitFor([&] { return !companyPage->isBusy() && company->errors().hasErrors(); });
    saveShot(&wizard, QStringLiteral("setup-company"));
    company->findChild<QLineEdit*>(QStringLiteral("taxId"))
        ->setText(QStringLiteral("91440300708461136T"));
    wizard.next();
    waitFor([&] { return wizard.currentId() == Setup::SetupWizard::WarehousePageId; });
    Setup::WarehouseSetupPage* warehouses = wizard.warehousePage();
    warehouses->codeEdit()->setText(QStringLiteral("SZ"));
    warehouses->nameEdit()->setText(QStringLiteral("深圳仓"));
    warehouses->addressEdit()->setText(QStringLiteral("深圳市福田区车公庙"));
    warehouses->binsEdit()->setText(QStringLiteral("A-01, A-02, B-01"));
    saveShot(&wizard, QStringLiteral("setup-warehouse"));
    wizard.next();
    waitFor([&] { return wizard.currentId() == Setup::SetupWizard::UsersPageId; });
    QTest::qWait(500);
    saveShot(&wizard, QStringLiteral("setup-users"));
    wizard.next();
    saveShot(&wizard, QStringLiteral("setup-import"));
    wizard.next();
    saveShot(&wizard, QStringLiteral("setup-done"));
    wizard.hide();
}
