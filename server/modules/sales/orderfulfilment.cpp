// The warehouse half of the order lifecycle: allocation (and backorders), picking, shipping,
// delivery, completion and returns. Stock changes go through the StockService only.
#include "common/jsonrpc.h"
#include "common/ordermath.h"
#include "server/modules/inventory/inventoryevents.h"
#include "server/modules/inventory/stockservice.h"
#include "server/modules/sales/orderqueries.h"
#include "server/modules/sales/orderrepository.h"
#include "server/modules/sales/orderservice.h"
#include "server/modules/sales/salesevents.h"
#include "server/platform/businessdate.h"
#include "server/platform/documentnumbers.h"
#include "server/platform/eventbus.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"
#include "server/storage/database.h"

#include <QSet>

namespace Erp::Server::Sales {

using Rpc::Error;

namespace {

const QString kEntity = QStringLiteral("sales.order");
const QString kSourceType = QStringLiteral("sales_order");

const Platform::NumberSeries kShipmentNumbers{QStringLiteral("sales.shipment"),
                                              QStringLiteral("SH{yyyy}-{n:6}")};
const Platform::NumberSeries kReturnNumbers{QStringLiteral("sales.return"),
                                            QStringLiteral("RMA{yyyy}-{n:6}")};

/// A line's part of a shipment or return, with the amounts of that quantity.
Events::OrderLinePart linePart(const OrderLine& l, qint64 warehouseId, qint64 qty)
{
    const LineAmounts amounts = lineAmounts(qty, l.unitPrice, l.discount, l.taxRate);
    return {l.id,       l.productId, warehouseId, qty,         l.unitPrice,
            l.discount, l.taxRate,   amounts.net, amounts.tax, QString()};
}

bool anyMissing(const Order& o)
{
    return std::any_of(o.lines.begin(), o.lines.end(),
                       [](const OrderLine& l) { return l.missing() > 0; });
}

OrderLine* lineById(Order& o, qint64 id)
{
    for (OrderLine& l : o.lines)
        if (l.id == id)
            return &l;
    return nullptr;
}

QString missingNote(const Order& o)
{
    QStringList parts;
    for (const OrderLine& l : o.lines)
        if (l.missing() > 0)
            parts.append(QStringLiteral("%1 %2").arg(l.sku, qtyText(l.missing())));
    return parts.isEmpty() ? QString()
                           : QStringLiteral("backorder: ") + parts.join(QLatin1String(", "));
}

} // namespace

qint64 OrderService::allocateLines(Rpc::CallContext& ctx, OrderRepository& repo, Order& o,
                                   qint64 warehouseId, qint64 productId, QList<Allocation>* made)
{
    const auto wanted = [&](const OrderLine& l) {
        return l.missing() > 0 && (productId <= 0 || l.productId == productId);
    };
    QList<qint64> ids;
    for (const OrderLine& l : o.lines)
        if (wanted(l) && !ids.contains(l.productId))
            ids.append(l.productId);
    if (ids.isEmpty())
        return 0;
    // What every warehouse has of all the products, read once; reserve() still takes each
    // quantity atomically, so a clerk reserving meanwhile only makes us get less.
    QHash<qint64, QList<Allocation>> available = repo.availableByWarehouse(ids);
    qint64 total = 0;
    QList<OrderLine> changed;
    for (OrderLine& l : o.lines) {
        if (!wanted(l))
            continue;
        qint64 got = 0;
        for (Allocation& level : available[l.productId]) {
            if (l.missing() - got <= 0)
                break;
            if ((warehouseId > 0 && level.warehouseId != warehouseId) || level.qty <= 0)
                continue;
            const qint64 reserved = m_stock.reserve(ctx, l.productId, level.warehouseId,
                                                    qMin(level.qty, l.missing() - got),
                                                    {kSourceType, o.id, l.id, o.number});
            level.qty -= reserved;
            got += reserved;
            if (made && reserved > 0)
                made->append({l.id, level.warehouseId, level.warehouseCode, reserved});
        }
        if (got > 0) {
            l.allocatedQty += got;
            total += got;
            changed.append(l);
        }
    }
    repo.updateLineProgress(changed);
    return total;
}

QByteArray OrderService::allocate(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                  qint64 warehouseId)
{
    OrderRepository repo(ctx.db);
    Order o = begin(repo, id, version, QStringLiteral("allocate"));
    const QString from = o.state;
    // An approved order holds no reservations yet: what this call reserves is all it has.
    QList<Allocation> made;
    allocateLines(ctx, repo, o, warehouseId, 0, &made);
    o.hasBackorder = anyMissing(o);
    o.state = QStringLiteral("allocated");
    o.allocatedAt = Storage::nowText();
    finish(ctx, repo, o, version, QStringLiteral("allocate"), from, missingNote(o));
    return detail(repo, o, &made);
}

void OrderService::allocateBackorders(Rpc::CallContext& ctx,
                                      const Inventory::Events::StockMoved& moved)
{
    // Net per product and warehouse: a scrapped return (return + scrap in one posting) or a
    // transfer's source leg brings nothing new for backorders.
    for (const qint64 productId : moved.arrivedProducts())
        allocateBackorders(ctx, productId);
}

void OrderService::allocateBackorders(Rpc::CallContext& ctx, qint64 productId)
{
    OrderRepository repo(ctx.db);
    for (qint64 orderId : repo.backorderedOrders(productId)) {
        auto loaded = repo.load(orderId, true);
        if (!loaded || !loaded->hasBackorder)
            continue;
        Order& o = *loaded;
        const qint64 version = o.version;
        const qint64 got = allocateLines(ctx, repo, o, 0, productId, nullptr);
        if (got == 0)
            break; // nothing left for the younger orders either
        o.hasBackorder = anyMissing(o);
        if (!repo.updateState(o, version))
            throw Rpc::versionConflict(QStringLiteral("sales_order"), version + 1);
        QString sku;
        for (const OrderLine& l : o.lines)
            if (l.productId == productId)
                sku = l.sku;
        const QString note =
            QStringLiteral("%1 %2 allocated from arrived stock").arg(sku, qtyText(got));
        repo.addEvent(o.id, o.updatedAt, ctx.identity.username,
                      QStringLiteral("allocate_backorder"), o.state, o.state, note);
        ctx.recordChange(kEntity, o.id, o.version,
                         QJsonObject{{QStringLiteral("has_backorder"), true},
                                     {QStringLiteral("version"), version}},
                         QJsonObject{{QStringLiteral("has_backorder"), o.hasBackorder},
                                     {QStringLiteral("version"), o.version},
                                     {QStringLiteral("note"), note}});
    }
}

QHash<qint64, qint64> OrderService::backorderDemand(Rpc::CallContext& ctx)
{
    return OrderRepository(ctx.db).backorderDemand();
}

void OrderService::moveCustomer(Rpc::CallContext& ctx, qint64 fromId, qint64 toId)
{
    const int moved = OrderRepository(ctx.db).moveCustomer(fromId, toId);
    if (moved == 0)
        return;
    ctx.recordChange(
        kEntity, 0, 0, QJsonObject{{QStringLiteral("customer_id"), fromId}},
        QJsonObject{{QStringLiteral("customer_id"), toId}, {QStringLiteral("orders"), moved}},
        false);
    ctx.notifyChanged(kEntity, 0, 0);
}

QByteArray OrderService::pick(Rpc::CallContext& ctx, qint64 id, qint64 version)
{
    OrderRepository repo(ctx.db);
    Order o = begin(repo, id, version, QStringLiteral("pick"));
    const QString from = o.state;
    o.state = QStringLiteral("picking");
    finish(ctx, repo, o, version, QStringLiteral("pick"), from, QString());
    return detail(repo, o);
}

QByteArray OrderService::ship(Rpc::CallContext& ctx, qint64 id, qint64 version,
                              const QString& carrier, const QString& tracking,
                              const QJsonArray& lines)
{
    OrderRepository repo(ctx.db);
    Order o = begin(repo, id, version, QStringLiteral("ship"));
    const QString from = o.state;

    // What to ship: the given lines, or everything allocated and not shipped yet.
    QList<QPair<qint64, qint64>> wanted; // line id -> qty
    Rpc::FieldErrors errors;
    if (lines.isEmpty()) {
        for (const OrderLine& l : o.lines)
            if (l.openReservation() > 0)
                wanted.append({l.id, l.openReservation()});
    } else {
        QSet<qint64> seen;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QJsonObject in = lines.at(i).toObject();
            const QString prefix = QStringLiteral("lines[%1].").arg(i);
            const qint64 lineId = qint64(in.value(QLatin1String("line_id")).toDouble());
            const OrderLine* l = lineById(o, lineId);
            qint64 qty = 0;
            if (!l || seen.contains(lineId)) {
                errors.add(prefix + QStringLiteral("line_id"),
                           l ? QStringLiteral("duplicate") : QStringLiteral("unknown"),
                           l ? QStringLiteral("is given twice")
                             : QStringLiteral("is not a line of this order"),
                           l ? QStringLiteral("validation.given_twice")
                             : QStringLiteral("validation.unknown_order_line"));
                continue;
            }
            seen.insert(lineId);
            if (!readUnits(in.value(QLatin1String("qty")), prefix + QStringLiteral("qty"), 3, true,
                           qty, errors))
                continue;
            if (qty > l->openReservation()) {
                errors.add(prefix + QStringLiteral("qty"), QStringLiteral("exceeds_allocated"),
                           QStringLiteral("only %1 is allocated and not shipped")
                               .arg(qtyText(l->openReservation())),
                           QStringLiteral("sales.ship.only_allocated"),
                           QJsonObject{{QStringLiteral("qty"), qtyText(l->openReservation())}});
                continue;
            }
            wanted.append({lineId, qty});
        }
    }
    errors.throwIfAny();
    if (wanted.isEmpty())
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("Order %1 has nothing allocated to ship").arg(o.number),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("nothing_to_ship")}})
            .withId(QStringLiteral("sales.ship.nothing_allocated"),
                    QJsonObject{{QStringLiteral("number"), o.number}});

    const QString now = Storage::nowText();
    const QString number = Platform::takeDocumentNumber(ctx.db, kShipmentNumbers);
    const qint64 shipmentId = repo.insertShipment(o.id, number, carrier.trimmed(),
                                                  tracking.trimmed(), now, ctx.identity.username);
    const QList<Allocation> allocations = OrderQueries(ctx.db).allocations(o.id);
    Events::OrderShipped shipped;
    shipped.shipmentId = shipmentId;
    shipped.number = number;
    shipped.date = Platform::businessDate();
    shipped.orderId = o.id;
    shipped.orderNumber = o.number;
    shipped.customerId = o.customerId;
    shipped.currency = o.currency;
    QList<OrderLine> changed;
    for (const auto& [lineId, qty] : std::as_const(wanted)) {
        OrderLine* l = lineById(o, lineId);
        qint64 remaining = qty;
        for (const Allocation& a : allocations) {
            if (a.lineId != lineId || remaining == 0)
                continue;
            const qint64 take = qMin(a.qty, remaining);
            m_stock.consume(ctx, l->productId, a.warehouseId, take,
                            {kSourceType, o.id, l->id, number});
            repo.insertShipmentLine(shipmentId, l->id, a.warehouseId, take);
            shipped.lines.append(linePart(*l, a.warehouseId, take));
            shipped.net += shipped.lines.constLast().net;
            shipped.tax += shipped.lines.constLast().tax;
            remaining -= take;
        }
        if (remaining != 0) // the line's reservations and allocated_qty disagree
            throw Error(
                Rpc::BusinessRule,
                QStringLiteral("%1: the reservation is smaller than the allocated "
                               "quantity; run inventory.stock.check")
                    .arg(l->sku),
                QJsonObject{{QStringLiteral("reason"), QStringLiteral("insufficient_stock")}})
                .withId(QStringLiteral("sales.ship.reservation_short"),
                        QJsonObject{{QStringLiteral("sku"), l->sku}});
        l->shippedQty += qty;
        changed.append(*l);
    }
    repo.updateLineProgress(changed);
    const bool complete = std::all_of(o.lines.begin(), o.lines.end(),
                                      [](const OrderLine& l) { return l.shippedQty == l.qty; });
    if (complete) {
        o.state = QStringLiteral("shipped");
        o.shippedAt = now;
    }
    QString note = QStringLiteral("%1 %2 %3").arg(number, carrier.trimmed(), tracking.trimmed());
    if (!complete)
        note += QStringLiteral(" (partial)");
    finish(ctx, repo, o, version, QStringLiteral("ship"), from, note.simplified());
    shipped.complete = complete;
    m_events.publish(ctx, shipped);
    notify(
        ctx, o, QStringLiteral("shipped"),
        QStringLiteral("Shipment %1, carrier %2, tracking number %3%4")
            .arg(number, carrier, tracking,
                 complete ? QString() : QStringLiteral(" (partial shipment)")),
        QStringLiteral("发货单 %1，承运商 %2，运单号 %3%4")
            .arg(number, carrier, tracking, complete ? QString() : QStringLiteral("（部分发货）")));
    return detail(repo, o);
}

QByteArray OrderService::deliver(Rpc::CallContext& ctx, qint64 id, qint64 version)
{
    OrderRepository repo(ctx.db);
    Order o = begin(repo, id, version, QStringLiteral("deliver"));
    const QString from = o.state;
    o.state = QStringLiteral("delivered");
    o.deliveredAt = Storage::nowText();
    finish(ctx, repo, o, version, QStringLiteral("deliver"), from, QString());
    notify(ctx, o, QStringLiteral("delivered"), QString(), QString());
    return detail(repo, o);
}

QByteArray OrderService::complete(Rpc::CallContext& ctx, qint64 id, qint64 version)
{
    OrderRepository repo(ctx.db);
    Order o = begin(repo, id, version, QStringLiteral("complete"));
    const QString from = o.state;
    o.state = QStringLiteral("completed");
    o.completedAt = Storage::nowText();
    finish(ctx, repo, o, version, QStringLiteral("complete"), from, QString());
    return detail(repo, o);
}

QByteArray OrderService::returnGoods(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                     const QJsonArray& lines, const QString& why)
{
    OrderRepository repo(ctx.db);
    Order o = begin(repo, id, version, QStringLiteral("return"));
    struct Item
    {
        OrderLine* line;
        qint64 qty;
        qint64 warehouseId;
        QString disposition;
    };
    QList<Item> items;
    Rpc::FieldErrors errors;
    if (lines.isEmpty())
        errors.add(QStringLiteral("lines"), QStringLiteral("required"),
                   QStringLiteral("name the lines and quantities coming back"),
                   QStringLiteral("sales.return.no_lines"));
    const QHash<qint64, qint64> shippedFrom = repo.shippedFrom(o.id);
    QHash<qint64, qint64> returning; // line id -> qty in this RMA
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject in = lines.at(i).toObject();
        const QString prefix = QStringLiteral("lines[%1].").arg(i);
        OrderLine* l = lineById(o, qint64(in.value(QLatin1String("line_id")).toDouble()));
        if (!l) {
            errors.add(prefix + QStringLiteral("line_id"), QStringLiteral("unknown"),
                       QStringLiteral("is not a line of this order"),
                       QStringLiteral("validation.unknown_order_line"));
            continue;
        }
        Item item{l, 0, qint64(in.value(QLatin1String("warehouse_id")).toDouble()),
                  in.value(QLatin1String("disposition")).toString()};
        if (item.disposition != QLatin1String("restock") &&
            item.disposition != QLatin1String("scrap"))
            errors.add(prefix + QStringLiteral("disposition"), QStringLiteral("invalid"),
                       QStringLiteral("must be restock or scrap"),
                       QStringLiteral("sales.return.disposition"));
        if (item.warehouseId <= 0)
            item.warehouseId = shippedFrom.value(l->id);
        if (item.warehouseId <= 0)
            errors.add(prefix + QStringLiteral("warehouse_id"), QStringLiteral("required"),
                       QStringLiteral("the line was never shipped; name the warehouse"),
                       QStringLiteral("sales.return.name_warehouse"));
        if (!readUnits(in.value(QLatin1String("qty")), prefix + QStringLiteral("qty"), 3, true,
                       item.qty, errors))
            continue;
        returning[l->id] += item.qty;
        if (returning.value(l->id) > l->shippedQty - l->returnedQty) {
            errors.add(
                prefix + QStringLiteral("qty"), QStringLiteral("exceeds_shipped"),
                QStringLiteral("only %1 was shipped and not returned")
                    .arg(qtyText(l->shippedQty - l->returnedQty)),
                QStringLiteral("sales.return.only_shipped"),
                QJsonObject{{QStringLiteral("qty"), qtyText(l->shippedQty - l->returnedQty)}});
            continue;
        }
        items.append(item);
    }
    errors.throwIfAny();

    const QString now = Storage::nowText();
    const QString number = Platform::takeDocumentNumber(ctx.db, kReturnNumbers);
    const qint64 returnId =
        repo.insertReturn(o.id, number, why.trimmed(), now, ctx.identity.username);
    Events::OrderReturned returned;
    returned.returnId = returnId;
    returned.number = number;
    returned.date = Platform::businessDate();
    returned.orderId = o.id;
    returned.orderNumber = o.number;
    returned.customerId = o.customerId;
    returned.currency = o.currency;
    returned.reason = why.trimmed();
    // The whole RMA is one posting: a scrapped line's return and scrap moves cancel out, so
    // backorders never take units that are going to the scrap heap.
    QList<Inventory::StockMove> moves;
    for (const Item& item : std::as_const(items)) {
        repo.insertReturnLine(returnId, item.line->id, item.warehouseId, item.qty,
                              item.disposition);
        const Inventory::StockSource source{QStringLiteral("return"), returnId, item.line->id,
                                            number};
        const QString reasonText = QStringLiteral("%1 %2").arg(o.number, why.trimmed()).trimmed();
        moves.append({item.line->productId, item.warehouseId, 0, QStringLiteral("return"), item.qty,
                      reasonText, source});
        if (item.disposition == QLatin1String("scrap"))
            moves.append({item.line->productId, item.warehouseId, 0, QStringLiteral("scrap"),
                          -item.qty, reasonText, source});
        item.line->returnedQty += item.qty;
        returned.lines.append(linePart(*item.line, item.warehouseId, item.qty));
        returned.lines.last().disposition = item.disposition;
        returned.net += returned.lines.constLast().net;
        returned.tax += returned.lines.constLast().tax;
    }
    m_stock.postAll(ctx, moves);
    QList<OrderLine> changed;
    for (const OrderLine& l : std::as_const(o.lines))
        if (returning.contains(l.id))
            changed.append(l);
    repo.updateLineProgress(changed);
    o.hasReturn = true;
    finish(ctx, repo, o, version, QStringLiteral("return"), o.state,
           QStringLiteral("%1 %2").arg(number, why.trimmed()).trimmed());
    m_events.publish(ctx, returned);
    return detail(repo, o);
}

} // namespace Erp::Server::Sales
