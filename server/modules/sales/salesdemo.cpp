#include "server/modules/sales/salesdemo.h"

#include "common/jsonrpc.h"
#include "server/modules/sales/orderrepository.h"
#include "server/modules/sales/orderservice.h"
#include "server/rpc/callcontext.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace Erp::Server::Sales {

namespace {

/// How many demo orders end in each state (200 in all).
struct Target
{
    const char* state;
    int count;
};
const Target kTargets[] = {{"completed", 46}, {"delivered", 30}, {"shipped", 24},   {"picking", 14},
                           {"allocated", 18}, {"approved", 14},  {"submitted", 14}, {"rejected", 8},
                           {"draft", 18},     {"cancelled", 14}};

int rank(const QString& state)
{
    static const QStringList flow{QStringLiteral("draft"),     QStringLiteral("approved"),
                                  QStringLiteral("allocated"), QStringLiteral("picking"),
                                  QStringLiteral("shipped"),   QStringLiteral("delivered"),
                                  QStringLiteral("completed")};
    return int(flow.indexOf(state));
}

Rpc::Identity person(const char* username)
{
    Rpc::Identity who;
    who.username = QString::fromLatin1(username);
    return who;
}

QJsonObject object(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

QString stamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

void loadDemoOrders(Rpc::CallContext& ctx, OrderService& orders,
                    Inventory::InventoryModule& inventory)
{
    (void)inventory;
    OrderRepository repo(ctx.db);
    const QList<qint64> customers = repo.demoIds(QStringLiteral("customers"), 120);
    const QList<qint64> products = repo.demoIds(QStringLiteral("products"), 60);
    if (customers.isEmpty() || products.isEmpty())
        return;
    QRandomGenerator rng(20261127);
    Rpc::CallContext sales(ctx.db, person("li.na"), ctx.method);
    Rpc::CallContext manager(ctx.db, person("wang.fang"), ctx.method);
    Rpc::CallContext warehouse(ctx.db, person("chen.jie"), ctx.method);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int index = 0;
    for (const Target& target : kTargets) {
        const QString goal = QString::fromLatin1(target.state);
        for (int n = 0; n < target.count; ++n, ++index) {
            // Older orders have travelled further: spread the dates by how far the goal is.
            const int ageDays = goal == QLatin1String("draft") || goal == QLatin1String("submitted")
                                    ? int(rng.bounded(0, 6))
                                    : int(rng.bounded(2, 150));
            const QDateTime placed =
                now.addDays(-ageDays).addSecs(-qint64(rng.bounded(0, 8 * 3600)));
            QJsonArray lines;
            const int lineCount = int(rng.bounded(1, 5));
            QList<qint64> used;
            for (int i = 0; i < lineCount; ++i) {
                const qint64 product = products.at(int(rng.bounded(products.size())));
                if (used.contains(product))
                    continue;
                used.append(product);
                QJsonObject line{{QStringLiteral("product_id"), product},
                                 {QStringLiteral("qty"),
                                  QString::number(rng.bounded(1, 12)) + QStringLiteral(".000")}};
                if (rng.bounded(5) == 0)
                    line.insert(QStringLiteral("discount_pct"), QStringLiteral("5.00"));
                if (goal == QLatin1String("submitted") || goal == QLatin1String("rejected"))
                    line.insert(QStringLiteral("discount_pct"), QStringLiteral("30.00"));
                lines.append(line);
            }
            static const char* channels[] = {"phone", "email", "web", "walk_in"};
            const QJsonObject fields{
                {QStringLiteral("customer_id"), customers.at(index % customers.size())},
                {QStringLiteral("order_date"), placed.date().toString(Qt::ISODate)},
                {QStringLiteral("requested_date"),
                 placed.date().addDays(rng.bounded(2, 10)).toString(Qt::ISODate)},
                {QStringLiteral("channel"), QLatin1String(channels[index % 4])},
                {QStringLiteral("lines"), lines}};
            QHash<QString, QString> stamps;
            QJsonObject o;
            try {
                [&]() {
                    o = object(orders.create(sales, fields));
                    const qint64 id = o.value(QLatin1String("id")).toInteger();
                    auto version = [&o]() { return o.value(QLatin1String("version")).toInteger(); };
                    auto state = [&o]() { return o.value(QLatin1String("state")).toString(); };
                    QDateTime t = placed;
                    auto later = [&](int minHours, int maxHours) {
                        t = t.addSecs(qint64(rng.bounded(minHours * 3600, maxHours * 3600 + 1)));
                        return stamp(t);
                    };
                    stamps.insert(QStringLiteral("created_at"), stamp(t));
                    if (goal == QLatin1String("draft"))
                        return;
                    o = object(orders.submit(sales, id, version()));
                    stamps.insert(QStringLiteral("submitted_at"), later(0, 2));
                    if (goal == QLatin1String("cancelled") && n % 2 == 0) {
                        o = object(orders.cancel(sales, id, version(),
                                                 QStringLiteral("客户取消 / customer "
                                                                "cancelled")));
                        stamps.insert(QStringLiteral("cancelled_at"), later(1, 24));
                        return;
                    }
                    if (state() == QLatin1String("submitted")) {
                        if (goal == QLatin1String("submitted"))
                            return;
                        if (goal == QLatin1String("rejected")) {
                            o = object(
                                orders.reject(manager, id, version(),
                                              QStringLiteral("折扣过高 / discount too high")));
                            stamps.insert(QStringLiteral("approved_at"), later(1, 6));
                            return;
                        }
                        o = object(orders.approve(manager, id, version(), QStringLiteral("ok")));
                    }
                    stamps.insert(QStringLiteral("approved_at"), later(0, 4));
                    if (index % 9 == 4 && rank(goal) > rank(QStringLiteral("approved"))) {
                        // An amendment: the customer changed a quantity after the first submit.
                        o = object(orders.update(sales, id, version(),
                                                 QJsonObject{{QStringLiteral("notes"),
                                                              QStringLiteral("客户修改数量")}}));
                        o = object(orders.submit(sales, id, version()));
                        if (state() == QLatin1String("submitted"))
                            o = object(orders.approve(manager, id, version(), QString()));
                    }
                    if (goal == QLatin1String("approved") || goal == QLatin1String("submitted") ||
                        goal == QLatin1String("rejected"))
                        return;
                    o = object(orders.allocate(warehouse, id, version(), 0));
                    stamps.insert(QStringLiteral("allocated_at"), later(1, 10));
                    if (goal == QLatin1String("cancelled")) {
                        o = object(orders.cancel(sales, id, version(),
                                                 QStringLiteral("缺货 / out of stock")));
                        stamps.insert(QStringLiteral("cancelled_at"), later(2, 48));
                        return;
                    }
                    if (goal == QLatin1String("allocated"))
                        return;
                    o = object(orders.pick(warehouse, id, version()));
                    if (goal == QLatin1String("picking"))
                        return;
                    static const char* carriers[] = {"SF Express", "JD Logistics", "ZTO", "EMS"};
                    o = object(orders.ship(
                        warehouse, id, version(), QLatin1String(carriers[index % 4]),
                        QStringLiteral("SF%1").arg(1400000000 + index * 7919), QJsonArray()));
                    stamps.insert(QStringLiteral("shipped_at"),
                                  later(3, index % 7 == 0 ? 220 : 60));
                    if (state() != QLatin1String("shipped") || goal == QLatin1String("shipped"))
                        return;
                    o = object(orders.deliver(warehouse, id, version()));
                    stamps.insert(QStringLiteral("delivered_at"), later(20, 96));
                    if (index % 11 == 3) {
                        const QJsonObject line =
                            o.value(QLatin1String("lines")).toArray().at(0).toObject();
                        o = object(orders.returnGoods(
                            warehouse, id, version(),
                            QJsonArray{QJsonObject{
                                {QStringLiteral("line_id"), line.value(QLatin1String("id"))},
                                {QStringLiteral("qty"), QStringLiteral("1.000")},
                                {QStringLiteral("disposition"),
                                 index % 2 ? QStringLiteral("restock") : QStringLiteral("scrap")}}},
                            QStringLiteral("包装破损 / damaged packaging")));
                    }
                    if (goal == QLatin1String("delivered"))
                        return;
                    o = object(orders.complete(sales, id, version()));
                    stamps.insert(QStringLiteral("completed_at"), later(24, 168));
                }();
            } catch (const Rpc::Error&) {
                // Not enough demo stock for this one: it stays where it got to.
            }
            if (!o.isEmpty()) {
                QString last;
                for (const QString& v : stamps)
                    last = qMax(last, v);
                stamps.insert(QStringLiteral("updated_at"), last);
                repo.backdate(o.value(QLatin1String("id")).toInteger(),
                              placed.date().toString(Qt::ISODate), stamps);
            }
        }
    }
}

} // namespace Erp::Server::Sales
