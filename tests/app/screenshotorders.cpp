// The Orders part of erp-client-screenshots: the list with its state chips, an order waiting
// for approval, a new order being typed in the line editor, a shipped order's timeline, the
// ship dialog and the delivery note.
#include "app/mainwindow.h"
#include "app/models/remotetablemodel.h"
#include "app/pages/orders/lineeditor.h"
#include "app/pages/orders/orderclient.h"
#include "app/pages/orders/orderdialog.h"
#include "app/pages/orders/orderlinesmodel.h"
#include "app/pages/orders/orderlist.h"
#include "app/pages/orders/orderspage.h"
#include "app/pages/orders/shipdialog.h"
#include "app/print/deliverynote.h"
#include "app/widgets/entitypicker.h"

#include <QApplication>
#include <QDate>
#include <QImage>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>

#include <functional>

using namespace Erp::Client;
using namespace Erp::Client::Orders;

void saveShot(QWidget* w, const QString& name);  // screenshots.cpp
bool waitFor(const std::function<bool()>& done); // screenshots.cpp

namespace {
/// The first loaded order in `state`, or 0.
qint64 firstIn(OrderList* list, const QString& state)
{
    list->setChip(state);
    waitFor([&] { return list->model()->isLoaded() && !list->model()->isBusy(); });
    return list->model()->rowCount() > 0 ? list->model()->idAt(0) : 0;
}

QJsonObject call(ApiClient& api, const QString& method, const QJsonObject& params)
{
    QJsonObject result;
    bool done = false;
    QObject guard;
    api.call(
        method, params, &guard,
        [&](const QJsonValue& v) {
            result = v.toObject();
            done = true;
        },
        [&](const Erp::Rpc::Error& e) {
            qWarning() << method << e.code << e.message << e.data;
            done = true;
        });
    waitFor([&] { return done; });
    return result;
}

/// Orders in every state when the demo company has none yet: a warehouse, products with
/// stock, and orders moved along by the real methods.
void seedOrders(ApiClient& api)
{
    const qint64 warehouse = call(api, QStringLiteral("inventory.warehouse.create"),
                                  {{QStringLiteral("code"), QStringLiteral("SZ01")},
                                   {QStringLiteral("name"), QStringLiteral("深圳总仓")}})
                                 .value(QLatin1String("id"))
                                 .toInteger();
    struct P
    {
        const char* sku;
        const char* name;
        const char* unit;
        const char* price;
        const char* cost;
        const char* stock;
    };
    const P products[] = {
        {"SD-100", "十字螺丝刀 Phillips screwdriver", "pcs", "12.80", "5.00", "240"},
        {"CB-200", "超五类网线 Cat5e cable", "m", "0.35", "0.12", "5000"},
        {"LED-9W", "LED 灯泡 9W E27", "pcs", "8.90", "3.20", "60"},
        {"GL-01", "劳保手套 Work gloves", "pair", "4.50", "1.80", "800"},
        {"TB-12", "工具箱 12 寸 Toolbox", "pcs", "68.00", "31.00", "40"},
        {"PN-50", "尼龙扎带 Cable ties (50)", "box", "6.00", "2.10", "150"}};
    QList<qint64> ids;
    for (const P& p : products) {
        const qint64 id = call(api, QStringLiteral("inventory.product.create"),
                               {{QStringLiteral("sku"), QString::fromLatin1(p.sku)},
                                {QStringLiteral("name"), QString::fromUtf8(p.name)},
                                {QStringLiteral("unit"), QString::fromLatin1(p.unit)},
                                {QStringLiteral("list_price"), QString::fromLatin1(p.price)},
                                {QStringLiteral("cost"), QString::fromLatin1(p.cost)},
                                {QStringLiteral("tax_rate"), QStringLiteral("13.00")}})
                              .value(QLatin1String("id"))
                              .toInteger();
        ids.append(id);
        call(api, QStringLiteral("inventory.stock.adjust"),
             {{QStringLiteral("product_id"), id},
              {QStringLiteral("warehouse_id"), warehouse},
              {QStringLiteral("qty"), QString::fromLatin1(p.stock)},
              {QStringLiteral("reason"), QStringLiteral("opening stock")}});
    }
    const QJsonArray customers =
        call(api, QStringLiteral("crm.customer.list"),
             {{QStringLiteral("limit"), 12},
              {QStringLiteral("filter"),
               QJsonObject{{QStringLiteral("status"), QStringLiteral("active")}}}})
            .value(QLatin1String("rows"))
            .toArray();
    // state to reach, lines (product index, qty, discount)
    const QStringList goals{
        QStringLiteral("completed"), QStringLiteral("delivered"), QStringLiteral("shipped"),
        QStringLiteral("picking"),   QStringLiteral("allocated"), QStringLiteral("approved"),
        QStringLiteral("submitted"), QStringLiteral("rejected"),  QStringLiteral("draft"),
        QStringLiteral("cancelled"), QStringLiteral("submitted"), QStringLiteral("draft")};
    const QStringList steps{QStringLiteral("submit"),   QStringLiteral("approve"),
                            QStringLiteral("allocate"), QStringLiteral("pick"),
                            QStringLiteral("ship"),     QStringLiteral("deliver"),
                            QStringLiteral("complete")};
    const QStringList after{QStringLiteral("submitted"), QStringLiteral("approved"),
                            QStringLiteral("allocated"), QStringLiteral("picking"),
                            QStringLiteral("shipped"),   QStringLiteral("delivered"),
                            QStringLiteral("completed")};
    for (int i = 0; i < goals.size() && !customers.isEmpty(); ++i) {
        const QString goal = goals.at(i);
        const bool waits = goal == QLatin1String("submitted") || goal == QLatin1String("rejected");
        QJsonArray lines{QJsonObject{{QStringLiteral("product_id"), ids.at(i % ids.size())},
                                     {QStringLiteral("qty"), QString::number(2 + i * 3)},
                                     {QStringLiteral("discount_pct"),
                                      waits ? QStringLiteral("25") : QStringLiteral("0")}},
                         QJsonObject{{QStringLiteral("product_id"), ids.at((i + 2) % ids.size())},
                                     {QStringLiteral("qty"), QString::number(10 + i)}}};
        QJsonObject o =
            call(api, QStringLiteral("sales.order.create"),
                 {{QStringLiteral("customer_id"),
                   customers.at(i % customers.size()).toObject().value(QLatin1String("id"))},
                  {QStringLiteral("channel"),
                   i % 3 == 0 ? QStringLiteral("web") : QStringLiteral("phone")},
                  {QStringLiteral("external_ref"),
                   i % 3 == 0 ? QStringLiteral("TM-20261127-%1").arg(100 + i) : QString()},
                  {QStringLiteral("requested_date"),
                   QDate::currentDate().addDays(3 + i).toString(Qt::ISODate)},
                  {QStringLiteral("lines"), lines}});
        const auto act = [&](const QString& action, const QJsonObject& extra = {}) {
            QJsonObject p = extra;
            p.insert(QStringLiteral("id"), o.value(QLatin1String("id")));
            p.insert(QStringLiteral("version"), o.value(QLatin1String("version")));
            const QJsonObject r = call(api, QStringLiteral("sales.order.") + action, p);
            if (!r.isEmpty())
                o = r;
        };
        if (goal == QLatin1String("cancelled")) {
            act(QStringLiteral("cancel"), {{QStringLiteral("reason"), QStringLiteral("客户取消")}});
            continue;
        }
        if (goal == QLatin1String("rejected")) {
            act(QStringLiteral("submit"));
            act(QStringLiteral("reject"),
                {{QStringLiteral("reason"), QStringLiteral("折扣超过 20%，请重新报价")}});
            continue;
        }
        for (int s = 0; s < steps.size(); ++s) {
            if (o.value(QLatin1String("state")).toString() == goal)
                break;
            if (!o.value(QLatin1String("allowed_actions")).toArray().contains(steps.at(s)))
                continue;
            act(steps.at(s),
                steps.at(s) == QLatin1String("ship")
                    ? QJsonObject{{QStringLiteral("carrier"), QStringLiteral("顺丰速运")},
                                  {QStringLiteral("tracking"),
                                   QStringLiteral("SF14039277%1").arg(1000 + i)}}
                    : QJsonObject());
            if (after.at(s) == goal)
                break;
        }
    }
}

void showDialog(OrderDialog& dialog, const QString& name, int tab = 0)
{
    dialog.show();
    waitFor([&] { return dialog.isReady(); });
    dialog.sections()->setCurrentIndex(tab);
    QTest::qWait(300); // stock levels
    saveShot(&dialog, name);
}
} // namespace

void orderScreenshots(MainWindow& window, ApiClient& api)
{
    auto* page = window.findChild<OrdersPage*>();
    if (!page)
        return;
    window.tabs()->setCurrentWidget(page);
    OrderList* list = page->list();
    waitFor([&] { return list->model()->isLoaded() && !list->model()->isBusy(); });
    if (list->model()->rowCount() == 0) {
        seedOrders(api);
        waitFor([&] { return list->model()->rowCount() > 5 && !list->model()->isBusy(); });
    }
    list->view()->selectRow(1);
    saveShot(&window, QStringLiteral("orders"));

    OrderClient client(api);
    const qint64 waiting = firstIn(list, QStringLiteral("submitted"));
    saveShot(&window, QStringLiteral("orders-waiting"));
    if (waiting > 0) {
        OrderDialog dialog(client, waiting, &window);
        showDialog(dialog, QStringLiteral("order-waiting"));
        dialog.hide();
    }
    const qint64 shipped = firstIn(list, QStringLiteral("delivered"));
    if (shipped > 0) {
        OrderDialog dialog(client, shipped, &window);
        showDialog(dialog, QStringLiteral("order-timeline"), 2);
        const Erp::Client::Print::DeliveryNote note = dialog.deliveryNote();
        QTextDocument document;
        Erp::Client::Print::DeliveryNoteRenderer::build(document, note);
        document.setPageSize(QSizeF(760, 1075));
        QImage image(760, 1075, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        document.drawContents(&painter);
        painter.end();
        QLabel label;
        label.setPixmap(QPixmap::fromImage(image));
        label.resize(image.size());
        saveShot(&label, QStringLiteral("delivery-note"));
        dialog.hide();
    }
    const qint64 picking = firstIn(list, QStringLiteral("picking"));
    if (picking > 0) {
        OrderDialog dialog(client, picking, &window);
        showDialog(dialog, QStringLiteral("order-picking"));
        ShipDialog ship(dialog.order(), &dialog);
        ship.show();
        ship.trackingEdit()->setText(QStringLiteral("SF1403927718265"));
        saveShot(&ship, QStringLiteral("ship-dialog"));
        ship.hide();
        dialog.hide();
    }
    list->setChip(QStringLiteral("all"));
    waitFor([&] { return list->model()->isLoaded() && !list->model()->isBusy(); });

    // A new order typed from the keyboard: customer, two lines, the product popup open.
    OrderDialog fresh(client, 0, &window);
    fresh.show();
    waitFor([&] { return fresh.isReady(); });
    EntityPicker* customer = fresh.customerPicker();
    customer->setFocus();
    QInputMethodEvent ime;
    ime.setCommitString(QStringLiteral("科技"));
    QApplication::sendEvent(customer, &ime);
    customer->resolve();
    waitFor([&] { return customer->hasCurrent() || customer->isPopupVisible(); });
    if (!customer->hasCurrent() && !customer->matches().isEmpty())
        customer->setCurrent(customer->matches().first().toObject());
    emit customer->picked(customer->current());
    waitFor([&] { return !fresh.contactEdit()->text().isEmpty(); });
    LineEditor* lines = fresh.lineEditor();
    OrderLinesModel* model = lines->model();
    QJsonArray products;
    bool loaded = false;
    client.products(
        QString(), 5, &fresh,
        [&](const QJsonArray& rows) {
            products = rows;
            loaded = true;
        },
        [&](const Erp::Rpc::Error&) { loaded = true; });
    waitFor([&] { return loaded; });
    if (products.size() >= 2) {
        model->setProduct(0, products.at(0).toObject());
        model->setData(model->index(0, OrderLinesModel::QtyCol), QStringLiteral("12"));
        model->addLine();
        model->setProduct(1, products.at(1).toObject());
        model->setData(model->index(1, OrderLinesModel::QtyCol), QStringLiteral("2500"));
        model->setData(model->index(1, OrderLinesModel::DiscountCol), QStringLiteral("5"));
    }
    lines->addLine();
    QTest::qWait(400);
    if (auto* picker = qobject_cast<EntityPicker*>(QApplication::focusWidget())) {
        QTest::keyClicks(
            picker, products.size() >= 3
                        ? products.at(2).toObject().value(QLatin1String("sku")).toString().left(3)
                        : QStringLiteral("A"));
        waitFor([&] { return picker->isPopupVisible(); });
    }
    saveShot(&fresh, QStringLiteral("order-new"));
    fresh.hide();
}
