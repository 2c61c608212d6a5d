#pragma once

#include <QJsonArray>
#include <QJsonObject>

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Server::Inventory {
class InventoryModule;
}

namespace Erp::Server::Purchasing {

class PurchaseOrderService;

/// Replenishment (purchasing.replenishment.*): which products to buy, from whom, how much.
///
/// Per product: projected = available + on order − backordered, where available is on hand
/// minus reserved (all warehouses, or the one asked for), on order is what open purchase orders
/// (draft … partially_received) still expect, and backordered is the demand other modules
/// report through StockService::demand(). A product is proposed when projected falls below its
/// reorder point (or below zero); the quantity is max(reorder_qty, reorder_point − projected).
class ReplenishmentService final
{
public:
    ReplenishmentService(Inventory::InventoryModule& inventory, PurchaseOrderService& orders)
        : m_inventory(inventory)
        , m_orders(orders)
    {}

    /// {warehouse_id, rows: [{supplier_id, supplier_code, supplier_name, currency, lines: [{
    /// product_id, sku, name, unit, available, on_order, backordered, reorder_point,
    /// reorder_qty, proposed_qty, unit_cost}]}]}, grouped by the products' default supplier;
    /// products without one come last in a group with supplier_id null.
    QJsonObject propose(Rpc::CallContext& ctx, qint64 warehouseId);
    /// One draft purchase order per supplier into `warehouseId` (0: the first warehouse by
    /// priority), from `lines` [{product_id,
    /// supplier_id?, qty}] (supplier: the product's default when left out) or, with `all`, from
    /// every proposed line that has a supplier. Returns {orders: [order JSON]}.
    QJsonObject create(Rpc::CallContext& ctx, qint64 warehouseId, const QJsonArray& lines,
                       bool all);

private:
    Inventory::InventoryModule& m_inventory;
    PurchaseOrderService& m_orders;
};

} // namespace Erp::Server::Purchasing
