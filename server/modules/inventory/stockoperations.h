#pragma once

#include <QJsonObject>

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Server::Inventory {

class StockService;

/// What clerks do with stock directly (inventory.stock.*): manual adjustments and transfers,
/// the lists of levels, moves and low stock, and the ledger check. Writes go through
/// StockService.
class StockOperations final
{
public:
    explicit StockOperations(StockService& stock)
        : m_stock(stock)
    {}

    /// {product_id, warehouse_id, location_id?, qty (signed), reason, kind}: one move.
    /// -32022 for invalid fields (receipt needs qty > 0, scrap qty < 0); -32030
    /// insufficient_stock when stock would go negative or below what is reserved.
    QJsonObject adjust(Rpc::CallContext& ctx, const QJsonObject& params);
    /// {product_id, from_warehouse_id, to_warehouse_id, qty > 0, reason?}: two `transfer` moves
    /// sharing a reference TR2026-000001.
    QJsonObject transfer(Rpc::CallContext& ctx, const QJsonObject& params);
    /// The levels list, or with product_ids the per-product totals.
    QJsonObject levels(Rpc::CallContext& ctx, const QJsonObject& params);
    QJsonObject moves(Rpc::CallContext& ctx, const QJsonObject& params);
    QJsonObject low(Rpc::CallContext& ctx, const QJsonObject& params);
    /// Recomputes on-hand from the moves and reserved from the reservations and reports every
    /// difference; `repair` (permission inventory.stock.repair, else -32003) rewrites the levels.
    QJsonObject check(Rpc::CallContext& ctx, bool repair);

private:
    QJsonObject levelJson(Rpc::CallContext& ctx, qint64 productId, qint64 warehouseId);

    StockService& m_stock;
};

} // namespace Erp::Server::Inventory
