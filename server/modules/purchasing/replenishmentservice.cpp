#include "server/modules/purchasing/replenishmentservice.h"

#include "common/jsonrpc.h"
#include "server/modules/inventory/inventorymodule.h"
#include "server/modules/inventory/units.h"
#include "server/modules/purchasing/purchaseorderrepository.h"
#include "server/modules/purchasing/purchaseorderservice.h"
#include "server/modules/purchasing/supplierrepository.h"
#include "server/rpc/callcontext.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace Erp::Server::Purchasing {

using Inventory::moneyText;
using Inventory::qtyText;
using Rpc::Error;

namespace {

/// One proposed purchase of a product.
struct Proposal
{
    Inventory::ProductInfo product;
    qint64 available = 0;
    qint64 onOrder = 0;
    qint64 backordered = 0;
    qint64 qty = 0;
};

QJsonObject lineJson(const Proposal& p)
{
    return QJsonObject{{QStringLiteral("product_id"), p.product.id},
                       {QStringLiteral("sku"), p.product.sku},
                       {QStringLiteral("name"), p.product.name},
                       {QStringLiteral("unit"), p.product.unit},
                       {QStringLiteral("available"), qtyText(p.available)},
                       {QStringLiteral("on_order"), qtyText(p.onOrder)},
                       {QStringLiteral("backordered"), qtyText(p.backordered)},
                       {QStringLiteral("reorder_point"), qtyText(p.product.reorderPoint)},
                       {QStringLiteral("reorder_qty"), qtyText(p.product.reorderQty)},
                       {QStringLiteral("proposed_qty"), qtyText(p.qty)},
                       {QStringLiteral("unit_cost"), moneyText(p.product.cost)}};
}

/// Every product to reorder, grouped by default supplier id (0: none), each group by SKU.
std::map<qint64, QList<Proposal>>
proposals(Rpc::CallContext& ctx, Inventory::InventoryModule& inventory, qint64 warehouseId)
{
    PurchaseOrderRepository repo(ctx.db);
    Inventory::StockService& stock = inventory.stock();
    const QHash<qint64, qint64> demand = stock.demand(ctx);
    QList<qint64> ids = repo.productsWithReorderPoint();
    QSet<qint64> seen(ids.begin(), ids.end());
    for (auto it = demand.begin(); it != demand.end(); ++it)
        if (it.value() > 0 && !seen.contains(it.key()))
            ids.append(it.key());
    const auto products = inventory.products(ctx, ids);
    const QHash<qint64, qint64> onOrder = repo.onOrder(warehouseId);
    QHash<qint64, qint64> available;
    if (warehouseId == 0) {
        available = stock.available(ctx, ids);
    } else {
        for (const qint64 id : std::as_const(ids))
            for (const Inventory::StockLevel& level : stock.levels(ctx, id))
                if (level.warehouseId == warehouseId)
                    available.insert(id, level.available());
    }
    std::map<qint64, QList<Proposal>> groups;
    for (const qint64 id : std::as_const(ids)) {
        const auto product = products.constFind(id);
        if (product == products.constEnd() || !product->active)
            continue;
        Proposal p;
        p.product = *product;
        p.available = available.value(id);
        p.onOrder = onOrder.value(id);
        p.backordered = qMax<qint64>(0, demand.value(id));
        const qint64 projected = p.available + p.onOrder - p.backordered;
        if (projected >= p.product.reorderPoint && projected >= 0)
            continue;
        const qint64 shortfall = p.product.reorderPoint - projected;
        p.qty = qMax(p.product.reorderQty, shortfall);
        groups[qMax<qint64>(0, p.product.defaultSupplierId)].append(p);
    }
    for (auto& group : groups)
        std::sort(
            group.second.begin(), group.second.end(),
            [](const Proposal& a, const Proposal& b) { return a.product.sku < b.product.sku; });
    return groups;
}

} // namespace

QJsonObject ReplenishmentService::propose(Rpc::CallContext& ctx, qint64 warehouseId)
{
    if (warehouseId > 0 && !PurchaseOrderRepository(ctx.db).warehouseActive(warehouseId))
        throw Error::validation(QStringLiteral("warehouse_id"), QStringLiteral("unknown"),
                                QStringLiteral("is not a warehouse"),
                                QStringLiteral("validation.unknown_warehouse"));
    SupplierRepository suppliers(ctx.db);
    QList<QJsonObject> rows;
    QJsonArray unassigned; // no supplier (or an unknown one): reported, never ordered, last
    for (const auto& [supplierId, group] : proposals(ctx, m_inventory, warehouseId)) {
        const auto supplier = supplierId > 0 ? suppliers.byId(supplierId) : std::nullopt;
        QJsonArray lines;
        for (const Proposal& p : group)
            (supplier ? lines : unassigned).append(lineJson(p));
        if (!supplier)
            continue;
        rows.append(QJsonObject{{QStringLiteral("supplier_id"), supplierId},
                                {QStringLiteral("supplier_code"), supplier->code},
                                {QStringLiteral("supplier_name"), supplier->name},
                                {QStringLiteral("supplier_active"), supplier->active},
                                {QStringLiteral("currency"), supplier->currency},
                                {QStringLiteral("lines"), lines}});
    }
    std::sort(rows.begin(), rows.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QLatin1String("supplier_name")).toString() <
               b.value(QLatin1String("supplier_name")).toString();
    });
    if (!unassigned.isEmpty())
        rows.append(QJsonObject{{QStringLiteral("supplier_id"), QJsonValue()},
                                {QStringLiteral("supplier_code"), QJsonValue()},
                                {QStringLiteral("supplier_name"), QJsonValue()},
                                {QStringLiteral("supplier_active"), false},
                                {QStringLiteral("currency"), QJsonValue()},
                                {QStringLiteral("lines"), unassigned}});
    QJsonArray out;
    for (const QJsonObject& row : std::as_const(rows))
        out.append(row);
    return QJsonObject{
        {QStringLiteral("warehouse_id"), warehouseId > 0 ? QJsonValue(warehouseId) : QJsonValue()},
        {QStringLiteral("rows"), out}};
}

QJsonObject ReplenishmentService::create(Rpc::CallContext& ctx, qint64 warehouseId,
                                         const QJsonArray& lines, bool all)
{
    // Supplier -> lines, suppliers in the order they first appear.
    QList<qint64> supplierOrder;
    QHash<qint64, QList<DraftLine>> bySupplier;
    auto add = [&](qint64 supplierId, qint64 productId, qint64 qty) {
        if (!bySupplier.contains(supplierId))
            supplierOrder.append(supplierId);
        QList<DraftLine>& group = bySupplier[supplierId];
        for (DraftLine& l : group) {
            if (l.productId == productId) {
                l.qty += qty;
                return;
            }
        }
        group.append({productId, qty});
    };
    Rpc::FieldErrors errors;
    if (all && !lines.isEmpty())
        errors.add(QStringLiteral("lines"), QStringLiteral("invalid"),
                   QStringLiteral("give either lines or all, not both"),
                   QStringLiteral("purchasing.replenish.lines_or_all"));
    if (!all && lines.isEmpty())
        errors.add(QStringLiteral("lines"), QStringLiteral("required"),
                   QStringLiteral("name the products to order, or all: true"),
                   QStringLiteral("purchasing.replenish.nothing"));
    const qint64 countedWarehouse = warehouseId; // 0: proposals count every warehouse
    if (warehouseId <= 0)
        warehouseId = PurchaseOrderRepository(ctx.db).defaultWarehouse();
    if (!PurchaseOrderRepository(ctx.db).warehouseActive(warehouseId).value_or(false))
        errors.add(QStringLiteral("warehouse_id"), QStringLiteral("unknown"),
                   QStringLiteral("is not an active warehouse"),
                   QStringLiteral("validation.inactive_warehouse"));
    errors.throwIfAny();
    if (all) {
        // Products without a supplier, or whose supplier was archived, stay in the proposal
        // for a person to decide.
        SupplierRepository suppliers(ctx.db);
        for (const auto& [supplierId, group] : proposals(ctx, m_inventory, countedWarehouse)) {
            const auto supplier = supplierId > 0 ? suppliers.byId(supplierId) : std::nullopt;
            if (supplier && supplier->active)
                for (const Proposal& p : group)
                    add(supplierId, p.product.id, p.qty);
        }
    } else {
        QList<qint64> productIds;
        for (const QJsonValue& v : lines)
            productIds.append(qint64(v.toObject().value(QLatin1String("product_id")).toDouble()));
        const auto products = m_inventory.products(ctx, productIds);
        SupplierRepository suppliers(ctx.db);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString prefix = QStringLiteral("lines[%1].").arg(i);
            const QJsonObject in = lines.at(i).toObject();
            const qint64 productId = qint64(in.value(QLatin1String("product_id")).toDouble());
            const auto product = products.constFind(productId);
            if (product == products.constEnd() || !product->active) {
                errors.add(prefix + QStringLiteral("product_id"), QStringLiteral("unknown"),
                           QStringLiteral("is not an active product"),
                           QStringLiteral("validation.inactive_product"));
                continue;
            }
            const QJsonValue given = in.value(QLatin1String("supplier_id"));
            const qint64 supplierId =
                given.isDouble() ? qint64(given.toDouble()) : product->defaultSupplierId;
            const auto supplier = supplierId > 0 ? suppliers.byId(supplierId) : std::nullopt;
            if (!supplier || !supplier->active)
                errors.add(prefix + QStringLiteral("supplier_id"),
                           supplierId > 0 ? QStringLiteral("unknown") : QStringLiteral("required"),
                           supplierId > 0 ? QStringLiteral("is not an active supplier")
                                          : QStringLiteral("the product has no default supplier"),
                           supplierId > 0 ? QStringLiteral("validation.inactive_supplier")
                                          : QStringLiteral("purchasing.replenish.no_supplier"));
            qint64 qty = 0;
            Inventory::readQty(in.value(QLatin1String("qty")), prefix + QStringLiteral("qty"), qty,
                               errors, Inventory::Sign::Positive);
            if (supplier && supplier->active && qty > 0)
                add(supplierId, productId, qty);
        }
        errors.throwIfAny();
    }
    QJsonArray orders;
    for (const qint64 supplierId : std::as_const(supplierOrder))
        orders.append(m_orders.createDraft(ctx, supplierId, warehouseId,
                                           bySupplier.value(supplierId),
                                           QStringLiteral("replenishment")));
    return QJsonObject{{QStringLiteral("orders"), orders}};
}

} // namespace Erp::Server::Purchasing
