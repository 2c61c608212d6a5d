#include "server/modules/inventory/stockservice.h"

#include "common/jsonrpc.h"
#include "common/ordermath.h"
#include "server/modules/inventory/stockrepository.h"
#include "server/modules/inventory/units.h"
#include "server/platform/businessdate.h"
#include "server/platform/eventbus.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"
#include "server/storage/database.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace Erp::Server::Inventory {

using Rpc::Error;

namespace {

const QString kStock = QStringLiteral("inventory.stock");

/// How often a reservation re-reads the level after losing a race (PostgreSQL only: SQLite has
/// one writer). Each retry means another clerk took stock meanwhile.
constexpr int MaxReserveAttempts = 50;

/// qty (thousandths) × unit cost (minor units), rounded half away from zero, signed as qty.
qint64 moveValue(qint64 qty, qint64 unitCost)
{
    const qint64 magnitude = lineAmounts(qty < 0 ? -qty : qty, unitCost, 0, 0).net;
    return qty < 0 ? -magnitude : magnitude;
}

/// The value of `qty` (thousandths, > 0) at the moving average of `stock`: its share of the
/// value on hand, or at the cost (the last average, or the entered cost before any stock)
/// when nothing is on hand.
qint64 atAverage(qint64 qty, const StockRepository::Valuation& stock)
{
    if (stock.qty > 0)
        return mulDivHalfUp(qty, stock.value, stock.qty);
    return moveValue(qty, stock.cost);
}

/// Audits a change of a product's stock; announces it once per call and product.
void recordStockChange(Rpc::CallContext& ctx, qint64 productId, const QJsonObject& after)
{
    bool queued = false;
    for (const Rpc::ChangeEvent& e : ctx.changes)
        queued = queued || (e.entity == kStock && e.id == productId);
    ctx.recordChange(kStock, productId, 0, QJsonValue::Null, after, !queued);
}

QJsonObject sourceJson(const StockSource& s)
{
    return QJsonObject{{QStringLiteral("source_type"), s.type},
                       {QStringLiteral("source_id"), s.id},
                       {QStringLiteral("source_line_id"), s.lineId},
                       {QStringLiteral("source_ref"), s.ref}};
}

Error insufficient(StockRepository& repo, qint64 productId, qint64 warehouseId, qint64 requested,
                   const QString& what)
{
    const auto level = repo.level(productId, warehouseId);
    return Error(Rpc::BusinessRule,
                 QStringLiteral("Insufficient stock: %1 %2 requested, %3 on hand, %4 reserved")
                     .arg(what, qtyText(requested), qtyText(level.first), qtyText(level.second)),
                 QJsonObject{{QStringLiteral("reason"), QStringLiteral("insufficient_stock")},
                             {QStringLiteral("product_id"), productId},
                             {QStringLiteral("warehouse_id"), warehouseId},
                             {QStringLiteral("requested"), qtyText(requested)},
                             {QStringLiteral("on_hand"), qtyText(level.first)},
                             {QStringLiteral("reserved"), qtyText(level.second)},
                             {QStringLiteral("available"), qtyText(level.first - level.second)}})
        .withId(QStringLiteral("inventory.stock.insufficient"),
                QJsonObject{{QStringLiteral("action"), what},
                            {QStringLiteral("requested"), qtyText(requested)},
                            {QStringLiteral("on_hand"), qtyText(level.first)},
                            {QStringLiteral("reserved"), qtyText(level.second)}});
}

void checkSource(const StockSource& source)
{
    if (source.type.isEmpty() || source.id <= 0)
        throw Error(Rpc::InvalidParams,
                    QStringLiteral("A reservation needs its document (source type and id)"))
            .withId(QStringLiteral("inventory.reservation.no_source"));
}

} // namespace

bool StockService::postOpeningBalance(Rpc::CallContext& ctx, qint64 productId, qint64 warehouseId,
                                      qint64 qty)
{
    const std::optional<qint64> posted = StockRepository(ctx.db).openingQty(productId, warehouseId);
    if (posted) {
        if (*posted == qty)
            return false;
        throw Error(
            Rpc::BusinessRule,
            QStringLiteral("An opening balance of %1 was already posted for this "
                           "product in this warehouse; correct it with a stock count")
                .arg(qtyText(*posted)),
            QJsonObject{{QStringLiteral("reason"), QStringLiteral("opening_balance_posted")}})
            .withId(QStringLiteral("inventory.stock.opening_posted"),
                    {{QStringLiteral("qty"), qtyText(*posted)}});
    }
    if (qty <= 0)
        throw Error::validation(QStringLiteral("qty"), QStringLiteral("range"),
                                QStringLiteral("an opening balance must be positive"),
                                QStringLiteral("inventory.stock.opening_positive"));
    StockMove move;
    move.productId = productId;
    move.warehouseId = warehouseId;
    move.kind = QStringLiteral("receipt");
    move.qty = qty;
    move.reason = QStringLiteral("opening balance");
    move.source.type = QStringLiteral("opening");
    move.source.ref = QStringLiteral("opening balance");
    post(ctx, move);
    return true;
}

PostedMove StockService::write(Rpc::CallContext& ctx, const StockMove& move, const QString& now)
{
    static const QStringList kinds{QStringLiteral("receipt"),  QStringLiteral("shipment"),
                                   QStringLiteral("transfer"), QStringLiteral("adjustment"),
                                   QStringLiteral("return"),   QStringLiteral("scrap")};
    if (!kinds.contains(move.kind))
        throw Error(Rpc::InvalidParams,
                    QStringLiteral("Unknown stock move kind \"%1\"").arg(move.kind))
            .withId(QStringLiteral("inventory.move.unknown_kind"),
                    QJsonObject{{QStringLiteral("kind"), move.kind}});
    if (move.qty == 0)
        throw Error::validation(QStringLiteral("qty"), QStringLiteral("zero"),
                                QStringLiteral("must not be zero"),
                                QStringLiteral("validation.zero"));
    StockRepository repo(ctx.db);
    if (!repo.productExists(move.productId))
        throw Rpc::notFound(QStringLiteral("product"), move.productId);
    const auto active = repo.warehouseActive(move.warehouseId);
    if (!active)
        throw Rpc::notFound(QStringLiteral("warehouse"), move.warehouseId);
    if (!*active)
        throw Error(Rpc::BusinessRule, QStringLiteral("The warehouse is not active"),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("warehouse_inactive")},
                                {QStringLiteral("warehouse_id"), move.warehouseId}})
            .withId(QStringLiteral("inventory.warehouse.inactive"));
    if (move.locationId > 0 && repo.locationWarehouse(move.locationId) != move.warehouseId)
        throw Error::validation(QStringLiteral("location_id"), QStringLiteral("unknown"),
                                QStringLiteral("is not a location of this warehouse"),
                                QStringLiteral("inventory.location.not_in_warehouse"));
    if (!repo.changeOnHand(move.productId, move.warehouseId, move.qty))
        throw insufficient(repo, move.productId, move.warehouseId, -move.qty,
                           QStringLiteral("taking"));
    // The moving average (docs/OMS.md "Stock valuation"): the product's row stays held until
    // the transaction ends, so a concurrent move of the same product values after this one.
    // The level above is taken first, as every move does, so the order of locks is the same.
    const std::optional<StockRepository::Valuation> stock = repo.lockValuation(move.productId);
    if (!stock)
        throw Rpc::notFound(QStringLiteral("product"), move.productId);
    qint64 value = 0;
    if (move.kind == QLatin1String("transfer")) {
        value = 0; // between warehouses: the company's stock and its value stay
    } else if (move.qty > 0) {
        const bool documentCost =
            move.unitCost &&
            (move.currency.isEmpty() ||
             move.currency == (m_baseCurrency ? m_baseCurrency(ctx) : QStringLiteral("CNY")));
        value = documentCost ? moveValue(move.qty, *move.unitCost) : atAverage(move.qty, *stock);
    } else {
        const qint64 out = -move.qty;
        // The move that empties the stock takes exactly what is left: no residue. Levels never
        // go below zero, so neither does the company-wide quantity; were it ever at or below
        // zero the cost (the last average) applies, never more than the value left.
        if (stock->qty > 0 && out >= stock->qty)
            value = -stock->value;
        else
            value = -qMin(atAverage(out, *stock), qMax<qint64>(stock->value, 0));
    }
    const qint64 qtyAfter = stock->qty + move.qty;
    const qint64 valueAfter = stock->value + value;
    const qint64 costAfter = qtyAfter > 0 ? mulDivHalfUp(valueAfter, 1000, qtyAfter) : stock->cost;
    repo.writeValuation(move.productId, qtyAfter, valueAfter, costAfter);
    const qint64 id = repo.insertMove(move, value, ctx.identity.userId, ctx.identity.username, now);
    QJsonObject after = sourceJson(move.source);
    after.insert(QStringLiteral("move_id"), id);
    after.insert(QStringLiteral("warehouse_id"), move.warehouseId);
    after.insert(QStringLiteral("kind"), move.kind);
    after.insert(QStringLiteral("qty"), qtyText(move.qty));
    after.insert(QStringLiteral("reason"), move.reason);
    recordStockChange(ctx, move.productId, after);
    PostedMove posted;
    posted.moveId = id;
    posted.productId = move.productId;
    posted.warehouseId = move.warehouseId;
    posted.locationId = move.locationId;
    posted.kind = move.kind;
    posted.qty = move.qty;
    posted.unitCost = move.unitCost.value_or(stock->cost);
    posted.productCost = stock->cost;
    posted.category = stock->category;
    posted.value = value;
    posted.currency = move.currency;
    posted.reason = move.reason;
    posted.source = move.source;
    return posted;
}

qint64 StockService::post(Rpc::CallContext& ctx, const StockMove& move)
{
    return postAll(ctx, {move}).constFirst();
}

QList<qint64> StockService::postAll(Rpc::CallContext& ctx, const QList<StockMove>& moves)
{
    Events::StockMoved event;
    event.at = Storage::nowText();
    event.date = Platform::businessDate();
    QList<qint64> ids;
    for (const StockMove& move : moves) {
        event.moves.append(write(ctx, move, event.at));
        ids.append(event.moves.constLast().moveId);
    }
    if (!event.moves.isEmpty())
        m_events.publish(ctx, event);
    return ids;
}

qint64 StockService::reserve(Rpc::CallContext& ctx, qint64 productId, qint64 warehouseId,
                             qint64 qty, const StockSource& source)
{
    checkSource(source);
    if (qty <= 0)
        return 0;
    StockRepository repo(ctx.db);
    qint64 taken = 0;
    for (int attempt = 0; attempt < MaxReserveAttempts && taken == 0; ++attempt) {
        const auto level = repo.level(productId, warehouseId);
        const qint64 want = qMin(qty, level.first - level.second);
        if (want <= 0)
            return 0;
        // Conditional: takes nothing if someone reserved meanwhile; then read again.
        if (repo.addReserved(productId, warehouseId, want))
            taken = want;
    }
    if (taken == 0)
        return 0;
    repo.addReservation(source, productId, warehouseId, taken);
    QJsonObject after = sourceJson(source);
    after.insert(QStringLiteral("warehouse_id"), warehouseId);
    after.insert(QStringLiteral("reserved"), qtyText(taken));
    recordStockChange(ctx, productId, after);
    return taken;
}

void StockService::release(Rpc::CallContext& ctx, const StockSource& source)
{
    checkSource(source);
    StockRepository repo(ctx.db);
    for (const Reservation& r : repo.takeReservations(source)) {
        if (!repo.subtractReserved(r.productId, r.warehouseId, r.qty))
            throw Error(Rpc::InternalError,
                        QStringLiteral("stock level of product %1 in warehouse %2 has less "
                                       "reserved than its reservations; run inventory.stock.check")
                            .arg(r.productId)
                            .arg(r.warehouseId))
                .withId(QStringLiteral("inventory.stock.inconsistent"),
                        QJsonObject{{QStringLiteral("product_id"), r.productId},
                                    {QStringLiteral("warehouse_id"), r.warehouseId}});
        QJsonObject after = sourceJson(source);
        after.insert(QStringLiteral("warehouse_id"), r.warehouseId);
        after.insert(QStringLiteral("released"), qtyText(r.qty));
        recordStockChange(ctx, r.productId, after);
    }
}

qint64 StockService::consume(Rpc::CallContext& ctx, qint64 productId, qint64 warehouseId,
                             qint64 qty, const StockSource& source)
{
    checkSource(source);
    if (qty <= 0)
        throw Error::validation(QStringLiteral("qty"), QStringLiteral("zero"),
                                QStringLiteral("must be more than zero"),
                                QStringLiteral("validation.positive"));
    StockRepository repo(ctx.db);
    if (!repo.reduceReservation(source, productId, warehouseId, qty)) {
        const qint64 reserved = reservations(ctx, source).value(warehouseId);
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("Insufficient stock: %1 to ship but only %2 reserved")
                        .arg(qtyText(qty), qtyText(reserved)),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("insufficient_stock")},
                                {QStringLiteral("product_id"), productId},
                                {QStringLiteral("warehouse_id"), warehouseId},
                                {QStringLiteral("requested"), qtyText(qty)},
                                {QStringLiteral("reserved"), qtyText(reserved)}})
            .withId(QStringLiteral("inventory.stock.insufficient_reserved"),
                    QJsonObject{{QStringLiteral("qty"), qtyText(qty)},
                                {QStringLiteral("reserved"), qtyText(reserved)}});
    }
    if (!repo.subtractReserved(productId, warehouseId, qty))
        throw Error(Rpc::InternalError,
                    QStringLiteral("stock level of product %1 in warehouse %2 has less reserved "
                                   "than its reservations; run inventory.stock.check")
                        .arg(productId)
                        .arg(warehouseId))
            .withId(QStringLiteral("inventory.stock.inconsistent"),
                    QJsonObject{{QStringLiteral("product_id"), productId},
                                {QStringLiteral("warehouse_id"), warehouseId}});
    StockMove move;
    move.productId = productId;
    move.warehouseId = warehouseId;
    move.kind = QStringLiteral("shipment");
    move.qty = -qty;
    move.source = source;
    return post(ctx, move);
}

QHash<qint64, qint64> StockService::reservations(Rpc::CallContext& ctx, const StockSource& source)
{
    return StockRepository(ctx.db).reservations(source);
}

QList<StockLevel> StockService::levels(Rpc::CallContext& ctx, qint64 productId)
{
    return StockRepository(ctx.db).levels(productId);
}

QHash<qint64, qint64> StockService::available(Rpc::CallContext& ctx,
                                              const QList<qint64>& productIds)
{
    QHash<qint64, qint64> out = StockRepository(ctx.db).available(productIds);
    for (const qint64 id : productIds)
        if (!out.contains(id))
            out.insert(id, 0);
    return out;
}

QList<ProductValuation> StockService::valuation(Rpc::CallContext& ctx)
{
    return StockRepository(ctx.db).compareValuation();
}

QHash<qint64, qint64> StockService::demand(Rpc::CallContext& ctx)
{
    Events::DemandQuery query;
    return m_events.ask(ctx, query).qty;
}

} // namespace Erp::Server::Inventory
