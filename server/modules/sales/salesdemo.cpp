#include "server/modules/sales/salesdemo.h"

#include "common/jsonrpc.h"
#include "server/modules/sales/orderrepository.h"
#include "server/modules/sales/orderservice.h"
#include "server/platform/businessdate.h"
#include "server/rpc/callcontext.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>

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

enum class Action {
    Create,
    Submit,
    CancelEarly,
    Reject,
    Approve,
    Amend,
    Allocate,
    CancelLate,
    Pick,
    Ship,
    Deliver,
    Return,
    Complete
};

/// One demo order as it travels: what it was planned with and where it got to.
struct Demo
{
    int index = 0;
    QDateTime placed;
    QJsonObject fields;
    QJsonObject o; ///< the order as the service last answered
    QHash<QString, QString> stamps;
    bool stopped = false;
};

/// One step of one order at its time.
struct Step
{
    QDateTime at;
    int order;
    Action action;
};

/// Runs one step through the order service and notes its time in the order's stamps.
void run(Demo& d, Action action, const QString& at, Rpc::CallContext& sales,
         Rpc::CallContext& manager, Rpc::CallContext& warehouse, OrderService& orders)
{
    QJsonObject& o = d.o;
    const qint64 id = o.value(QLatin1String("id")).toInteger();
    const qint64 version = o.value(QLatin1String("version")).toInteger();
    auto state = [&o]() { return o.value(QLatin1String("state")).toString(); };
    switch (action) {
    case Action::Create:
        o = object(orders.create(sales, d.fields));
        d.stamps.insert(QStringLiteral("created_at"), at);
        return;
    case Action::Submit:
        o = object(orders.submit(sales, id, version));
        d.stamps.insert(QStringLiteral("submitted_at"), at);
        return;
    case Action::CancelEarly:
        o = object(
            orders.cancel(sales, id, version, QStringLiteral("客户取消 / customer cancelled")));
        d.stamps.insert(QStringLiteral("cancelled_at"), at);
        return;
    case Action::Reject:
        if (state() == QLatin1String("submitted"))
            o = object(orders.reject(manager, id, version,
                                     QStringLiteral("折扣过高 / discount too high")));
        d.stamps.insert(QStringLiteral("approved_at"), at);
        return;
    case Action::Approve:
        if (state() == QLatin1String("submitted"))
            o = object(orders.approve(manager, id, version, QStringLiteral("ok")));
        d.stamps.insert(QStringLiteral("approved_at"), at);
        return;
    case Action::Amend:
        // The customer changed a quantity after the first submit.
        o = object(
            orders.update(sales, id, version,
                          QJsonObject{{QStringLiteral("notes"), QStringLiteral("客户修改数量")}}));
        o = object(orders.submit(sales, id, o.value(QLatin1String("version")).toInteger()));
        if (state() == QLatin1String("submitted"))
            o = object(orders.approve(manager, id, o.value(QLatin1String("version")).toInteger(),
                                      QString()));
        return;
    case Action::Allocate:
        o = object(orders.allocate(warehouse, id, version, 0));
        d.stamps.insert(QStringLiteral("allocated_at"), at);
        return;
    case Action::CancelLate:
        o = object(orders.cancel(sales, id, version, QStringLiteral("缺货 / out of stock")));
        d.stamps.insert(QStringLiteral("cancelled_at"), at);
        return;
    case Action::Pick:
        o = object(orders.pick(warehouse, id, version));
        return;
    case Action::Ship: {
        static const char* carriers[] = {"SF Express", "JD Logistics", "ZTO", "EMS"};
        o = object(orders.ship(warehouse, id, version, QLatin1String(carriers[d.index % 4]),
                               QStringLiteral("SF%1").arg(1400000000 + d.index * 7919),
                               QJsonArray()));
        d.stamps.insert(QStringLiteral("shipped_at"), at);
        if (state() != QLatin1String("shipped"))
            d.stopped = true; // part of it is still waiting for stock
        return;
    }
    case Action::Deliver:
        o = object(orders.deliver(warehouse, id, version));
        d.stamps.insert(QStringLiteral("delivered_at"), at);
        return;
    case Action::Return: {
        const QJsonObject line = o.value(QLatin1String("lines")).toArray().at(0).toObject();
        o = object(orders.returnGoods(
            warehouse, id, version,
            QJsonArray{
                QJsonObject{{QStringLiteral("line_id"), line.value(QLatin1String("id"))},
                            {QStringLiteral("qty"), QStringLiteral("1.000")},
                            {QStringLiteral("disposition"),
                             d.index % 2 ? QStringLiteral("restock") : QStringLiteral("scrap")}}},
            QStringLiteral("包装破损 / damaged packaging")));
        return;
    }
    case Action::Complete:
        o = object(orders.complete(sales, id, version));
        d.stamps.insert(QStringLiteral("completed_at"), at);
        return;
    }
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
    // Orders over the months of the demo books.
    const qint64 span = qMax<qint64>(14, Platform::demoBooksStart().daysTo(now.date()) - 10);

    // Every order's steps are planned first, each at its time; then all steps of all orders
    // run in time order, each on its own business day, so stock moves, invoices and their
    // journal entries are dated and numbered in the order they happened.
    QList<Demo> demos;
    QList<Step> steps;
    int index = 0;
    for (const Target& target : kTargets) {
        const QString goal = QString::fromLatin1(target.state);
        for (int n = 0; n < target.count; ++n, ++index) {
            // Older orders have travelled further: spread the dates by how far the goal is.
            const int ageDays = goal == QLatin1String("draft") || goal == QLatin1String("submitted")
                                    ? int(rng.bounded(0, 6))
                                    : int(rng.bounded(qint64(2), span));
            Demo d;
            d.index = index;
            d.placed = now.addDays(-ageDays).addSecs(-qint64(rng.bounded(0, 8 * 3600)));
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
            d.fields =
                QJsonObject{{QStringLiteral("customer_id"), customers.at(index % customers.size())},
                            {QStringLiteral("order_date"), d.placed.date().toString(Qt::ISODate)},
                            {QStringLiteral("requested_date"),
                             d.placed.date().addDays(rng.bounded(2, 10)).toString(Qt::ISODate)},
                            {QStringLiteral("channel"), QLatin1String(channels[index % 4])},
                            {QStringLiteral("lines"), lines}};
            const int order = int(demos.size());
            QDateTime t = d.placed;
            auto step = [&](Action action, int minHours = 0, int maxHours = 0) {
                if (maxHours > 0)
                    t = t.addSecs(qint64(rng.bounded(minHours * 3600, maxHours * 3600 + 1)));
                steps.append({t, order, action});
            };
            step(Action::Create);
            const int reach = rank(goal);
            if (goal != QLatin1String("draft")) {
                step(Action::Submit, 0, 2);
                if (goal == QLatin1String("cancelled") && n % 2 == 0) {
                    step(Action::CancelEarly, 1, 24);
                } else if (goal == QLatin1String("rejected")) {
                    step(Action::Reject, 1, 6);
                } else if (goal != QLatin1String("submitted")) {
                    step(Action::Approve, 0, 4);
                    if (index % 9 == 4 && reach > rank(QStringLiteral("approved")))
                        step(Action::Amend);
                    if (goal == QLatin1String("cancelled")) {
                        step(Action::Allocate, 1, 10);
                        step(Action::CancelLate, 2, 48);
                    } else if (goal != QLatin1String("approved")) {
                        step(Action::Allocate, 1, 10);
                        if (reach >= rank(QStringLiteral("picking")))
                            step(Action::Pick);
                        if (reach >= rank(QStringLiteral("shipped")))
                            step(Action::Ship, 3, index % 7 == 0 ? 220 : 60);
                        if (reach >= rank(QStringLiteral("delivered"))) {
                            step(Action::Deliver, 20, 96);
                            if (index % 11 == 3)
                                step(Action::Return);
                        }
                        if (reach >= rank(QStringLiteral("completed")))
                            step(Action::Complete, 24, 168);
                    }
                }
            }
            demos.append(d);
        }
    }
    std::stable_sort(steps.begin(), steps.end(),
                     [](const Step& a, const Step& b) { return a.at < b.at; });

    Platform::BusinessDateScope day(now.date());
    for (const Step& s : steps) {
        Demo& d = demos[s.order];
        if (d.stopped)
            continue;
        day.set(qMin(s.at.date(), now.date()));
        const QString at = stamp(s.at);
        try {
            run(d, s.action, at, sales, manager, warehouse, orders);
        } catch (const Rpc::Error&) {
            d.stopped = true; // not enough demo stock for this one: it stays where it got to
        }
    }
    for (Demo& d : demos) {
        if (d.o.isEmpty())
            continue;
        QString last;
        for (const QString& v : std::as_const(d.stamps))
            last = qMax(last, v);
        d.stamps.insert(QStringLiteral("updated_at"), last);
        repo.backdate(d.o.value(QLatin1String("id")).toInteger(),
                      d.placed.date().toString(Qt::ISODate), d.stamps);
    }
}

} // namespace Erp::Server::Sales
