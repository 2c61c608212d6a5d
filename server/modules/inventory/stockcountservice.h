#pragma once

#include <QJsonArray>
#include <QJsonObject>

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Server::Inventory {

class StockService;
class StockCountRepository;
struct StockCount;

/// Stock counts (inventory.count.*): a count of a warehouse (optionally one category) snapshots
/// the expected on-hand of every active product; clerks enter counted quantities; posting turns
/// each difference (counted - expected) into an `adjustment` move with reason
/// "stock count SC2026-000012". States open -> posted | cancelled. Audited and pushed as
/// "inventory.count".
class StockCountService final
{
public:
    explicit StockCountService(StockService& stock)
        : m_stock(stock)
    {}

    /// -32030 (reason "count_open") when the warehouse already has an open count.
    QJsonObject create(Rpc::CallContext& ctx, qint64 warehouseId, const QString& category,
                       const QString& notes);
    QJsonObject get(Rpc::CallContext& ctx, qint64 id);
    /// filter {warehouse_id, state}; search: number, category, notes.
    QJsonObject list(Rpc::CallContext& ctx, const QJsonObject& listParams);
    /// lines [{line_id, counted_qty: "12.000" | null}]; only while open.
    QJsonObject set(Rpc::CallContext& ctx, qint64 id, qint64 version, const QJsonArray& lines);
    /// Posts the differences; -32030 insufficient_stock when a loss would cut into reserved stock.
    QJsonObject post(Rpc::CallContext& ctx, qint64 id, qint64 version);
    QJsonObject cancel(Rpc::CallContext& ctx, qint64 id, qint64 version);

private:
    StockCount loadOpen(StockCountRepository& repo, qint64 id, qint64 version,
                        const QString& action);

    StockService& m_stock;
};

} // namespace Erp::Server::Inventory
