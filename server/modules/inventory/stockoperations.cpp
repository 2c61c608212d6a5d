#include "server/modules/inventory/stockoperations.h"

#include "common/jsonrpc.h"
#include "common/money.h"
#include "common/permission.h"
#include "server/modules/inventory/stockqueries.h"
#include "server/modules/inventory/stockrepository.h"
#include "server/modules/inventory/stockservice.h"
#include "server/modules/inventory/units.h"
#include "server/platform/documentnumbers.h"
#include "server/rpc/callcontext.h"
#include "server/storage/database.h"
#include "server/storage/listquery.h"

#include <QDate>
#include <QJsonArray>
#include <QSet>

namespace Erp::Server::Inventory {

using Rpc::Error;

namespace {

constexpr int MaxProductIds = 10000;
const QString kRepairPermission = QStringLiteral("inventory.stock.repair");

qint64 idOf(const QJsonObject& p, const char* key)
{
    return qint64(p.value(QLatin1String(key)).toDouble());
}

QString reasonOf(const QJsonObject& p, bool required, Rpc::FieldErrors& errors)
{
    const QString reason = p.value(QLatin1String("reason")).toString().trimmed();
    if (required && reason.isEmpty())
        errors.add(QStringLiteral("reason"), QStringLiteral("required"),
                   QStringLiteral("is required"), QStringLiteral("validation.required"));
    if (reason.size() > 500)
        errors.add(QStringLiteral("reason"), QStringLiteral("too_long"),
                   QStringLiteral("must be at most 500 characters"),
                   QStringLiteral("validation.too_long"),
                   QJsonObject{{QStringLiteral("max"), 500}});
    return reason;
}

void noKeyset(const QJsonObject& params)
{
    if (params.contains(QLatin1String("after")))
        throw Error(Rpc::InvalidParams,
                    QStringLiteral("Invalid params: this list pages by offset, not \"after\""))
            .withId(QStringLiteral("list.after_unsupported"));
}

} // namespace

QJsonObject StockOperations::levelJson(Rpc::CallContext& ctx, qint64 productId, qint64 warehouseId)
{
    const auto level = StockRepository(ctx.db).level(productId, warehouseId);
    return QJsonObject{{QStringLiteral("product_id"), productId},
                       {QStringLiteral("warehouse_id"), warehouseId},
                       {QStringLiteral("on_hand"), qtyText(level.first)},
                       {QStringLiteral("reserved"), qtyText(level.second)},
                       {QStringLiteral("available"), qtyText(level.first - level.second)}};
}

QJsonObject StockOperations::adjust(Rpc::CallContext& ctx, const QJsonObject& p)
{
    Rpc::FieldErrors errors;
    StockMove move;
    move.productId = idOf(p, "product_id");
    move.warehouseId = idOf(p, "warehouse_id");
    move.locationId = idOf(p, "location_id");
    move.kind = p.value(QLatin1String("kind")).toString(QStringLiteral("adjustment"));
    if (!QStringList{QStringLiteral("adjustment"), QStringLiteral("scrap"),
                     QStringLiteral("receipt")}
             .contains(move.kind))
        errors.add(QStringLiteral("kind"), QStringLiteral("invalid"),
                   QStringLiteral("must be adjustment, scrap or receipt"),
                   QStringLiteral("inventory.move.kind"));
    if (readQty(p.value(QLatin1String("qty")), QStringLiteral("qty"), move.qty, errors,
                Sign::Any)) {
        if (move.qty == 0)
            errors.add(QStringLiteral("qty"), QStringLiteral("zero"),
                       QStringLiteral("must not be zero"), QStringLiteral("validation.zero"));
        else if (move.kind == QLatin1String("receipt") && move.qty < 0)
            errors.add(QStringLiteral("qty"), QStringLiteral("negative"),
                       QStringLiteral("a receipt brings stock in: the quantity must be positive"),
                       QStringLiteral("inventory.receipt.qty_positive"));
        else if (move.kind == QLatin1String("scrap") && move.qty > 0)
            errors.add(QStringLiteral("qty"), QStringLiteral("positive"),
                       QStringLiteral("scrap takes stock out: the quantity must be negative"),
                       QStringLiteral("inventory.scrap.qty_negative"));
    }
    move.reason = reasonOf(p, true, errors);
    errors.throwIfAny();
    move.source.type = QStringLiteral("manual");
    const qint64 id = m_stock.post(ctx, move);
    QJsonObject out = levelJson(ctx, move.productId, move.warehouseId);
    out.insert(QStringLiteral("move_id"), id);
    return out;
}

QJsonObject StockOperations::transfer(Rpc::CallContext& ctx, const QJsonObject& p)
{
    Rpc::FieldErrors errors;
    const qint64 productId = idOf(p, "product_id");
    const qint64 from = idOf(p, "from_warehouse_id");
    const qint64 to = idOf(p, "to_warehouse_id");
    if (from == to)
        errors.add(QStringLiteral("to_warehouse_id"), QStringLiteral("invalid"),
                   QStringLiteral("must differ from the source warehouse"),
                   QStringLiteral("inventory.transfer.same_warehouse"));
    qint64 qty = 0;
    readQty(p.value(QLatin1String("qty")), QStringLiteral("qty"), qty, errors, Sign::Positive);
    const QString reason = reasonOf(p, false, errors);
    errors.throwIfAny();
    static const Platform::NumberSeries transfers{QStringLiteral("inventory.transfer"),
                                                  QStringLiteral("TR{yyyy}-{n:6}")};
    const QString ref = Platform::takeDocumentNumber(ctx.db, transfers);
    StockMove out;
    out.productId = productId;
    out.warehouseId = from;
    out.locationId = idOf(p, "from_location_id");
    out.kind = QStringLiteral("transfer");
    out.qty = -qty;
    out.reason = reason;
    out.source.type = QStringLiteral("manual");
    out.source.ref = ref;
    StockMove in = out;
    in.warehouseId = to;
    in.locationId = idOf(p, "to_location_id");
    in.qty = qty;
    // One posting: the source leg is not an arrival, the destination leg is.
    const QList<qint64> ids = m_stock.postAll(ctx, {out, in});
    return QJsonObject{{QStringLiteral("source_ref"), ref},
                       {QStringLiteral("move_ids"), QJsonArray{ids.at(0), ids.at(1)}},
                       {QStringLiteral("from"), levelJson(ctx, productId, from)},
                       {QStringLiteral("to"), levelJson(ctx, productId, to)}};
}

QJsonObject StockOperations::levels(Rpc::CallContext& ctx, const QJsonObject& params)
{
    const QJsonValue ids = params.value(QLatin1String("product_ids"));
    if (ids.isArray()) {
        const QJsonArray array = ids.toArray();
        if (array.size() > MaxProductIds)
            throw Error(Rpc::InvalidParams,
                        QStringLiteral("Invalid params: at most %1 product_ids").arg(MaxProductIds))
                .withId(QStringLiteral("inventory.stock.too_many_products"),
                        QJsonObject{{QStringLiteral("max"), MaxProductIds}});
        QList<qint64> productIds;
        productIds.reserve(array.size());
        QSet<qint64> seen;
        for (const QJsonValue& v : array) {
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d < 1 || d != qint64(d))
                throw Error(Rpc::InvalidParams,
                            QStringLiteral("Invalid params: product_ids must be record ids"))
                    .withId(QStringLiteral("inventory.stock.product_ids"));
            if (!seen.contains(qint64(d))) {
                seen.insert(qint64(d));
                productIds.append(qint64(d));
            }
        }
        const QJsonArray rows = StockQueries(ctx.db).totals(productIds);
        return QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("total"), rows.size()}};
    }
    static const QHash<QString, QString> sortable{
        {QStringLiteral("sku"), QStringLiteral("p.sku")},
        {QStringLiteral("name"), QStringLiteral("p.name")},
        {QStringLiteral("category"), QStringLiteral("p.category")},
        {QStringLiteral("warehouse_code"), QStringLiteral("w.code")},
        {QStringLiteral("on_hand"), QStringLiteral("COALESCE(l.on_hand, 0)")},
        {QStringLiteral("reserved"), QStringLiteral("COALESCE(l.reserved, 0)")},
        {QStringLiteral("available"),
         QStringLiteral("COALESCE(l.on_hand, 0) - COALESCE(l.reserved, 0)")},
    };
    noKeyset(params);
    const auto query =
        Storage::ListQuery::parse(params, sortable, QStringLiteral("sku"), QStringLiteral("p.id"));
    return StockQueries(ctx.db).levels(query);
}

QJsonObject StockOperations::moves(Rpc::CallContext& ctx, const QJsonObject& params)
{
    static const QHash<QString, QString> sortable{
        {QStringLiteral("id"), QStringLiteral("m.id")},
        {QStringLiteral("created_at"), QStringLiteral("m.created_at")},
        {QStringLiteral("kind"), QStringLiteral("m.kind")},
        {QStringLiteral("qty"), QStringLiteral("m.qty")},
        {QStringLiteral("sku"), QStringLiteral("p.sku")},
        {QStringLiteral("warehouse_code"), QStringLiteral("w.code")},
        {QStringLiteral("source_ref"), QStringLiteral("m.source_ref")},
    };
    const auto query =
        Storage::ListQuery::parse(params, sortable, QStringLiteral("-id"), QStringLiteral("m.id"));
    return StockQueries(ctx.db).moves(query);
}

QJsonObject StockOperations::low(Rpc::CallContext& ctx, const QJsonObject& params)
{
    static const QHash<QString, QString> sortable{
        {QStringLiteral("sku"), QStringLiteral("p.sku")},
        {QStringLiteral("name"), QStringLiteral("p.name")},
        {QStringLiteral("category"), QStringLiteral("p.category")},
        {QStringLiteral("available"),
         QStringLiteral("COALESCE(t.on_hand, 0) - COALESCE(t.reserved, 0)")},
        {QStringLiteral("shortage"),
         QStringLiteral("p.reorder_point - COALESCE(t.on_hand, 0) + COALESCE(t.reserved, 0)")},
    };
    noKeyset(params);
    const auto query =
        Storage::ListQuery::parse(params, sortable, QStringLiteral("sku"), QStringLiteral("p.id"));
    QJsonObject out = StockQueries(ctx.db).low(query);
    // Backorders other modules still have to fill ride along.
    const QHash<qint64, qint64> demand = m_stock.demand(ctx);
    QJsonArray rows = out.value(QLatin1String("rows")).toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject row = rows.at(i).toObject();
        row.insert(
            QStringLiteral("demand"),
            qtyText(demand.value(qint64(row.value(QLatin1String("product_id")).toDouble()))));
        rows.replace(i, row);
    }
    out.insert(QStringLiteral("rows"), rows);
    return out;
}

QJsonObject StockOperations::check(Rpc::CallContext& ctx, bool repair)
{
    if (repair && !permissionGranted(ctx.identity.grants, kRepairPermission))
        throw Error(Rpc::Forbidden,
                    QStringLiteral("Forbidden: repairing stock levels needs the permission %1")
                        .arg(kRepairPermission),
                    QJsonObject{{QStringLiteral("permission"), kRepairPermission}})
            .withId(QStringLiteral("inventory.stock.repair_forbidden"),
                    QJsonObject{{QStringLiteral("permission"), kRepairPermission}});
    StockRepository repo(ctx.db);
    if (repair)
        repo.lockLevels();
    const QList<LevelComparison> levels = repo.compareWithLedger();
    QJsonArray differences;
    QJsonArray unrepaired;
    int repaired = 0;
    for (const LevelComparison& c : levels) {
        const qint64 onHand = c.ledgerOnHand;
        const qint64 reserved = c.reservationsTotal;
        if (c.recordedOnHand == onHand && c.recordedReserved == reserved)
            continue;
        auto difference = [&](const char* field, qint64 recordedValue, qint64 computed) {
            differences.append(QJsonObject{{QStringLiteral("product_id"), c.productId},
                                           {QStringLiteral("warehouse_id"), c.warehouseId},
                                           {QStringLiteral("field"), QLatin1String(field)},
                                           {QStringLiteral("recorded"), qtyText(recordedValue)},
                                           {QStringLiteral("computed"), qtyText(computed)}});
        };
        if (c.recordedOnHand != onHand)
            difference("on_hand", c.recordedOnHand, onHand);
        if (c.recordedReserved != reserved)
            difference("reserved", c.recordedReserved, reserved);
        if (!repair)
            continue;
        if (reserved < 0 || reserved > onHand) {
            // The reservations themselves exceed the ledger: a person must release some.
            unrepaired.append(QJsonObject{{QStringLiteral("product_id"), c.productId},
                                          {QStringLiteral("warehouse_id"), c.warehouseId}});
            continue;
        }
        repo.writeLevel(c.productId, c.warehouseId, onHand, reserved);
        ctx.recordChange(QStringLiteral("inventory.stock"), c.productId, 0,
                         QJsonObject{{QStringLiteral("warehouse_id"), c.warehouseId},
                                     {QStringLiteral("on_hand"), qtyText(c.recordedOnHand)},
                                     {QStringLiteral("reserved"), qtyText(c.recordedReserved)}},
                         QJsonObject{{QStringLiteral("warehouse_id"), c.warehouseId},
                                     {QStringLiteral("on_hand"), qtyText(onHand)},
                                     {QStringLiteral("reserved"), qtyText(reserved)},
                                     {QStringLiteral("repair"), true}});
        ++repaired;
    }
    // Each product's running quantity and value (the moving average) against its moves. A
    // repair rewrites them from the ledger; the levels lock above keeps moves out meanwhile
    // (every move changes a level before its product's value).
    const QList<ProductValuation> values = repo.compareValuation();
    for (const ProductValuation& v : values) {
        if (v.qty == v.ledgerQty && v.value == v.ledgerValue)
            continue;
        auto difference = [&](const char* field, const QString& recorded, const QString& computed) {
            differences.append(QJsonObject{{QStringLiteral("product_id"), v.productId},
                                           {QStringLiteral("warehouse_id"), QJsonValue::Null},
                                           {QStringLiteral("field"), QLatin1String(field)},
                                           {QStringLiteral("recorded"), recorded},
                                           {QStringLiteral("computed"), computed}});
        };
        if (v.qty != v.ledgerQty)
            difference("stock_qty", qtyText(v.qty), qtyText(v.ledgerQty));
        if (v.value != v.ledgerValue)
            difference("stock_value", Money(v.value).toString(), Money(v.ledgerValue).toString());
        if (!repair)
            continue;
        repo.writeRunningTotals(v.productId, v.ledgerQty, v.ledgerValue);
        ctx.recordChange(
            QStringLiteral("inventory.stock"), v.productId, 0,
            QJsonObject{{QStringLiteral("stock_qty"), qtyText(v.qty)},
                        {QStringLiteral("stock_value"), Money(v.value).toString()}},
            QJsonObject{{QStringLiteral("stock_qty"), qtyText(v.ledgerQty)},
                        {QStringLiteral("stock_value"), Money(v.ledgerValue).toString()},
                        {QStringLiteral("repair"), true}});
        ++repaired;
    }
    QJsonObject out{{QStringLiteral("checked"), levels.size()},
                    {QStringLiteral("differences"), differences}};
    if (repair) {
        out.insert(QStringLiteral("repaired"), repaired);
        out.insert(QStringLiteral("unrepaired"), unrepaired);
    }
    return out;
}

} // namespace Erp::Server::Inventory
