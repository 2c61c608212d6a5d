#include "app/pages/inventory/inventorydocuments.h"

#include "app/models/format.h"
#include "app/net/apiclient.h"
#include "app/net/servermessages.h"
#include "app/pages/inventory/inventorytext.h"
#include "app/pages/orders/orderprint.h"
#include "common/money.h"

#include <QJsonArray>
#include <QPointer>
#include <QWidget>

#include <memory>

namespace Erp::Client::Inventory {

using T = InventoryText;

namespace {
QString rate(const QString& wire)
{
    return T::qty(wire) + QStringLiteral(" %"); // "13 %", as on the sales documents
}

QString nameAndCode(const QString& name, const QString& code)
{
    if (name.isEmpty())
        return code;
    return code.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, code);
}
} // namespace

Print::TradeDocument InventoryDocuments::purchaseOrder(const QJsonObject& po,
                                                       const QJsonObject& supplier,
                                                       const QJsonObject& warehouse,
                                                       const Print::DeliveryNote::Company& company)
{
    Print::TradeDocument d;
    d.company = company;
    d.title = tr("Purchase Order");
    const QString state = T::str(po, "state");
    if (state == QLatin1String("cancelled")) {
        d.badge = T::orderState(state);
        d.alert = true;
    } else if (state == QLatin1String("draft")) {
        d.badge = T::orderState(state);
    }
    d.number = T::str(po, "number");
    d.facts = {{tr("Order date"), Format::timestamp(T::str(po, "order_date"))},
               {tr("Expected delivery"), Format::timestamp(T::str(po, "expected_date"))}};
    const int terms = supplier.value(QLatin1String("payment_terms_days")).toInt();
    if (terms > 0)
        d.facts.append({tr("Payment terms"), tr("%1 days").arg(terms)});
    d.partyTitle = tr("Supplier");
    d.partyName = T::str(po, "supplier_name");
    d.partyCode = T::str(po, "supplier_code");
    d.partyTaxId = T::str(supplier, "tax_id");
    QString contact = T::str(supplier, "contact_name");
    for (const char* key : {"phone", "email"}) {
        const QString v = T::str(supplier, key);
        if (!v.isEmpty())
            contact += (contact.isEmpty() ? QString() : QStringLiteral(" · ")) + v;
    }
    d.contact = contact;
    d.partyAddress = T::str(supplier, "address");
    d.deliveryTitle = tr("Deliver to");
    QString deliverTo = nameAndCode(T::str(po, "warehouse_name"), T::str(po, "warehouse_code"));
    if (!T::str(warehouse, "address").isEmpty())
        deliverTo += QLatin1Char('\n') + T::str(warehouse, "address");
    d.deliveryAddress = deliverTo;
    d.currency = T::str(po, "currency");
    for (const QJsonValue& v : po.value(QLatin1String("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        d.lines.append({T::str(l, "sku"), T::str(l, "name"), T::qty(T::str(l, "qty")),
                        ServerMessages::unit(T::str(l, "unit")), T::money(T::str(l, "unit_cost")),
                        QString(), rate(T::str(l, "tax_rate")), T::money(T::str(l, "net")),
                        T::money(T::str(l, "tax")), T::money(T::str(l, "gross"))});
    }
    d.net = T::money(T::str(po, "net"));
    d.tax = T::money(T::str(po, "tax"));
    d.total = T::money(T::str(po, "gross"));
    if (d.currency == QLatin1String("CNY"))
        d.totalInWords = chineseCapitalAmount(T::minorUnits(T::str(po, "gross")));
    d.notes = T::str(po, "notes");
    d.terms = tr("Please confirm this order with its delivery date and quote our order number "
                 "on the delivery note and the invoice.");
    d.signers = {tr("Ordered by"), tr("Confirmed by the supplier (stamp)")};
    return d;
}

Print::StockSheet InventoryDocuments::countSheet(const QJsonObject& count,
                                                 const QString& warehouseName,
                                                 const Print::DeliveryNote::Company& company,
                                                 bool showExpected)
{
    Print::StockSheet s;
    s.kind = Print::StockSheet::Kind::CountSheet;
    s.company = company;
    s.title = tr("Stock Count Sheet");
    s.number = T::str(count, "number");
    s.warehouse = warehouseName.isEmpty() ? T::str(count, "warehouse_code") : warehouseName;
    s.facts = {{tr("Started"), Format::timestamp(T::str(count, "created_at"))},
               {tr("Category"), T::str(count, "category")},
               {tr("State"), T::countState(T::str(count, "state"))}};
    s.showExpected = showExpected;
    s.notes = T::str(count, "notes");
    for (const QJsonValue& v : count.value(QLatin1String("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        s.lines.append({T::str(l, "location_code"), T::str(l, "sku"), T::str(l, "name"),
                        ServerMessages::unit(T::str(l, "unit")),
                        T::qty(T::str(l, "expected_qty"))});
    }
    return s;
}

void InventoryDocuments::presentPurchaseOrder(ApiClient& api, QWidget* owner, const QJsonObject& po,
                                              Mode mode)
{
    QPointer<QWidget> guard(owner);
    Orders::OrderPrint::loadCompany(
        api, owner, [&api, guard, po, mode](const Print::DeliveryNote::Company& company) {
            if (!guard)
                return;
            struct State
            {
                QJsonObject supplier;
                QJsonObject warehouse;
                int pending = 2;
            };
            auto state = std::make_shared<State>();
            const auto finish = [guard, po, company, mode, state] {
                if (--state->pending > 0 || !guard)
                    return;
                const Print::TradeDocument d =
                    purchaseOrder(po, state->supplier, state->warehouse, company);
                const QString title = Print::TradeDocumentRenderer::name(d);
                Print::DocumentOutput::present(
                    guard, mode, title, title + QStringLiteral(".pdf"),
                    [&d](QPagedPaintDevice& device) {
                        return Print::TradeDocumentRenderer::print(d, device);
                    },
                    [&d](const QString& path, QString* error) {
                        return Print::TradeDocumentRenderer::writePdf(d, path, error);
                    });
            };
            api.call(
                QStringLiteral("purchasing.supplier.get"),
                {{QStringLiteral("id"), po.value(QLatin1String("supplier_id"))}}, guard,
                [state, finish](const QJsonValue& v) {
                    state->supplier = v.toObject();
                    finish();
                },
                [finish](const Rpc::Error&) { finish(); });
            api.call(
                QStringLiteral("inventory.warehouse.get"),
                {{QStringLiteral("id"), po.value(QLatin1String("warehouse_id"))}}, guard,
                [state, finish](const QJsonValue& v) {
                    state->warehouse = v.toObject();
                    finish();
                },
                [finish](const Rpc::Error&) { finish(); });
        });
}

void InventoryDocuments::presentCountSheet(ApiClient& api, QWidget* owner, const QJsonObject& count,
                                           Mode mode)
{
    QPointer<QWidget> guard(owner);
    Orders::OrderPrint::loadCompany(
        api, owner, [&api, guard, count, mode](const Print::DeliveryNote::Company& company) {
            if (!guard)
                return;
            const auto finish = [guard, count, company, mode](const QString& warehouse) {
                if (!guard)
                    return;
                const QList<Print::StockSheet> sheets{countSheet(count, warehouse, company)};
                const QString title = Print::StockSheetRenderer::name(sheets.first());
                Print::DocumentOutput::present(
                    guard, mode, title, title + QStringLiteral(".pdf"),
                    [&sheets](QPagedPaintDevice& device) {
                        return Print::StockSheetRenderer::print(sheets, device);
                    },
                    [&sheets](const QString& path, QString* error) {
                        return Print::StockSheetRenderer::writePdf(sheets, path, error);
                    });
            };
            api.call(
                QStringLiteral("inventory.warehouse.get"),
                {{QStringLiteral("id"), count.value(QLatin1String("warehouse_id"))}}, guard,
                [finish](const QJsonValue& v) {
                    const QJsonObject w = v.toObject();
                    finish(nameAndCode(T::str(w, "name"), T::str(w, "code")));
                },
                [finish](const Rpc::Error&) { finish(QString()); });
        });
}

} // namespace Erp::Client::Inventory
