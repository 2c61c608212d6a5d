#include "app/pages/orders/orderdocuments.h"

#include "app/models/format.h"
#include "app/net/apiclient.h"
#include "app/net/servermessages.h"
#include "app/pages/orders/orderprint.h"
#include "app/pages/orders/ordertext.h"
#include "common/money.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <memory>

namespace Erp::Client::Orders {

namespace {
QString percent(const QString& wire)
{
    return OrderText::decimal(wire, true) + QStringLiteral(" %");
}

qint64 minor(const QString& wire)
{
    const auto m = Money::parse(wire);
    return m ? m->minorUnits() : 0;
}

bool isZero(const QString& wire)
{
    return wire.isEmpty() || OrderText::parse(wire, 3).value_or(0) == 0;
}
} // namespace

Print::TradeDocument OrderDocuments::confirmation(const Order& o,
                                                  const Print::DeliveryNote::Company& company)
{
    Print::TradeDocument d;
    d.company = company;
    const bool quotation = o.state == QLatin1String("draft") ||
                           o.state == QLatin1String("submitted") ||
                           o.state == QLatin1String("rejected");
    //: 报价单
    d.title = quotation ? tr("Quotation") : tr("Sales Order Confirmation");
    if (o.state == QLatin1String("cancelled") || o.state == QLatin1String("rejected")) {
        d.badge = OrderText::state(o.state);
        d.alert = true;
    } else if (!quotation) {
        d.badge = OrderText::state(o.state);
    }
    d.number = o.number;
    d.facts = {{tr("Date"), Format::timestamp(o.orderDate)},
               {tr("Requested delivery"), Format::timestamp(o.requestedDate)},
               {tr("Your reference"), o.externalRef}};
    d.partyTitle = tr("Customer");
    d.partyName = o.customerName;
    QString contact = o.contactName;
    if (!o.contactPhone.isEmpty())
        contact += (contact.isEmpty() ? QString() : QStringLiteral(" · ")) + o.contactPhone;
    d.contact = contact;
    d.deliveryTitle = tr("Ship to");
    d.deliveryAddress = o.shippingAddress;
    d.currency = o.currency;
    for (const OrderLine& l : o.lines) {
        if (l.productId == 0 && l.sku.isEmpty())
            continue; // the editor's empty last line
        d.lines.append({l.sku, l.name, OrderText::decimal(l.qty, true),
                        ServerMessages::unit(l.unit), OrderText::decimal(l.unitPrice),
                        isZero(l.discountPct) ? QString() : percent(l.discountPct),
                        percent(l.taxRate), OrderText::decimal(l.net), OrderText::decimal(l.tax),
                        OrderText::decimal(l.gross)});
    }
    d.net = OrderText::decimal(o.net);
    d.tax = OrderText::decimal(o.tax);
    d.total = OrderText::decimal(o.gross);
    if (o.currency == QLatin1String("CNY"))
        d.totalInWords = chineseCapitalAmount(minor(o.gross));
    d.notes = o.notes;
    d.terms = quotation ? tr("This quotation is valid for 30 days. Prices include the VAT shown; "
                             "delivery as agreed on order.")
                        : tr("Thank you for your order. Please check the quantities and prices "
                             "and tell us at once if anything differs.");
    d.signers = {tr("For the seller"), tr("For the buyer (stamp)")};
    return d;
}

QList<Print::StockSheet> OrderDocuments::pickLists(const Order& o,
                                                   const QHash<qint64, QString>& warehouses,
                                                   const Bins& bins,
                                                   const Print::DeliveryNote::Company& company)
{
    QList<qint64> order; // the warehouses in the order the allocations name them
    QHash<qint64, Print::StockSheet> sheets;
    for (const Allocation& a : o.allocations) {
        if (isZero(a.qty))
            continue;
        const OrderLine* line = nullptr;
        for (const OrderLine& l : o.lines) {
            if (l.id == a.lineId)
                line = &l;
        }
        if (!line)
            continue;
        if (!sheets.contains(a.warehouseId)) {
            order.append(a.warehouseId);
            Print::StockSheet s;
            s.kind = Print::StockSheet::Kind::PickList;
            s.company = company;
            s.title = tr("Pick List");
            s.number = o.number;
            s.warehouse = warehouses.value(a.warehouseId, a.warehouseCode);
            s.facts = {{tr("Date"), Format::date(QDate::currentDate())},
                       {tr("Customer"), o.customerName},
                       {tr("Ship to"), o.shippingAddress}};
            s.notes = o.notes;
            sheets.insert(a.warehouseId, s);
        }
        sheets[a.warehouseId].lines.append({bins.value({line->productId, a.warehouseId}), line->sku,
                                            line->name, ServerMessages::unit(line->unit),
                                            OrderText::decimal(a.qty, true)});
    }
    QList<Print::StockSheet> out;
    for (qint64 id : order)
        out.append(sheets.value(id));
    return out;
}

void OrderDocuments::present(ApiClient& api, QWidget* owner, const Order& order,
                             const QString& which, Mode mode)
{
    QPointer<QWidget> guard(owner);
    OrderPrint::loadCompany(
        api, owner, [&api, guard, order, which, mode](const Print::DeliveryNote::Company& company) {
            if (!guard)
                return;
            if (which == QLatin1String("confirmation")) {
                const Print::TradeDocument d = confirmation(order, company);
                const QString title = Print::TradeDocumentRenderer::name(d);
                Print::DocumentOutput::present(
                    guard, mode, title, title + QStringLiteral(".pdf"),
                    [&d](QPagedPaintDevice& device) {
                        return Print::TradeDocumentRenderer::print(d, device);
                    },
                    [&d](const QString& path, QString* error) {
                        return Print::TradeDocumentRenderer::writePdf(d, path, error);
                    });
                return;
            }
            if (which == QLatin1String("delivery")) {
                const Print::DeliveryNote note = OrderPrint::deliveryNote(order, -1, company);
                const QString title = Print::DeliveryNoteRenderer::tr("Delivery Note %1")
                                          .arg(note.shipmentNumber.isEmpty() ? note.orderNumber
                                                                             : note.shipmentNumber);
                if (mode == Mode::Pdf) { // asks which shipment when there are several
                    OrderPrint::printDeliveryNote(order, company, guard);
                    return;
                }
                Print::DocumentOutput::present(
                    guard, mode, title, title + QStringLiteral(".pdf"),
                    [&note](QPagedPaintDevice& device) {
                        return Print::DeliveryNoteRenderer::print(note, device);
                    },
                    [&note](const QString& path, QString* error) {
                        return Print::DeliveryNoteRenderer::writePdf(note, path, error);
                    });
                return;
            }
            // Pick lists: the warehouses' names, then the bin of each product in its warehouse
            // (where its newest move with a bin put it), then the sheets.
            struct State
            {
                QHash<qint64, QString> warehouses;
                Bins bins;
                int pending = 0;
            };
            auto state = std::make_shared<State>();
            const auto finish = [guard, order, company, mode, state] {
                if (!guard)
                    return;
                const QList<Print::StockSheet> sheets =
                    pickLists(order, state->warehouses, state->bins, company);
                if (sheets.isEmpty())
                    return;
                const QString title = tr("Pick List %1").arg(order.number);
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
                QStringLiteral("inventory.warehouse.list"), {{QStringLiteral("limit"), 200}}, guard,
                [&api, guard, order, state, finish](const QJsonValue& v) {
                    for (const QJsonValue& row :
                         v.toObject().value(QLatin1String("rows")).toArray()) {
                        const QJsonObject w = row.toObject();
                        state->warehouses.insert(w.value(QLatin1String("id")).toInteger(),
                                                 QStringLiteral("%1 (%2)").arg(
                                                     w.value(QLatin1String("name")).toString(),
                                                     w.value(QLatin1String("code")).toString()));
                    }
                    QSet<QPair<qint64, qint64>> asked;
                    for (const Allocation& a : order.allocations) {
                        for (const OrderLine& l : order.lines) {
                            if (l.id == a.lineId && l.productId > 0)
                                asked.insert({l.productId, a.warehouseId});
                        }
                    }
                    if (asked.isEmpty() ||
                        !api.hasPermission(QStringLiteral("inventory.stock.read"))) {
                        finish();
                        return;
                    }
                    state->pending = int(asked.size());
                    for (const auto& key : std::as_const(asked)) {
                        const auto done = [state, finish] {
                            if (--state->pending == 0)
                                finish();
                        };
                        api.call(
                            QStringLiteral("inventory.stock.moves"),
                            {{QStringLiteral("filter"),
                              QJsonObject{{QStringLiteral("product_id"), key.first},
                                          {QStringLiteral("warehouse_id"), key.second}}},
                             {QStringLiteral("limit"), 20}},
                            guard,
                            [state, key, done](const QJsonValue& m) {
                                for (const QJsonValue& row :
                                     m.toObject().value(QLatin1String("rows")).toArray()) {
                                    const QString bin = row.toObject()
                                                            .value(QLatin1String("location_code"))
                                                            .toString();
                                    if (!bin.isEmpty()) {
                                        state->bins.insert(key, bin);
                                        break;
                                    }
                                }
                                done();
                            },
                            [done](const Rpc::Error&) { done(); });
                    }
                },
                [finish](const Rpc::Error&) { finish(); });
        });
}

} // namespace Erp::Client::Orders
