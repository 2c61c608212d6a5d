#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <vector>

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Server::Inventory {

/// The document a move or reservation belongs to.
struct StockSource
{
    QString type;      ///< sales_order, purchase_order, stock_count, manual, return
    qint64 id = 0;     ///< the document's id
    qint64 lineId = 0; ///< the document line's id (reservations), 0 when none
    QString ref;       ///< the number people see: SO2026-000123
};

/// One entry of the stock ledger. Quantities are thousandths, signed: + into the warehouse.
struct StockMove
{
    qint64 productId = 0;
    qint64 warehouseId = 0;
    qint64 locationId = 0; ///< 0: no location
    QString kind;          ///< receipt, shipment, transfer, adjustment, return, scrap
    qint64 qty = 0;
    QString reason;
    StockSource source;
};

/// On-hand, reserved and available of one product in one warehouse (thousandths).
struct StockLevel
{
    qint64 warehouseId = 0;
    QString warehouseCode;
    qint64 onHand = 0;
    qint64 reserved = 0;
    qint64 available() const { return onHand - reserved; }
};

/// The only writer of the stock ledger, the levels and the reservations; works inside the
/// caller's transaction. Rules broken (stock would go negative, a reservation would exceed what
/// is available) throw Rpc::Error -32030 with data.reason "insufficient_stock".
class StockService final
{
public:
    /// Posts a move and updates the level; returns the move's id.
    qint64 post(Rpc::CallContext& ctx, const StockMove& move);

    /// The opening balance of a product in a warehouse (import of opening stock): posts one
    /// receipt with the reason "opening balance", once per product and warehouse. Returns false
    /// when the same balance was posted before (nothing to do); -32030 (reason
    /// "opening_balance_posted") when a different one was.
    bool postOpeningBalance(Rpc::CallContext& ctx, qint64 productId, qint64 warehouseId,
                            qint64 qty);

    /// Reserves up to `qty` of a product in a warehouse for a document line; returns what was
    /// reserved (0..qty). Never more than is available, also when other clerks reserve the same
    /// units at the same instant.
    qint64 reserve(Rpc::CallContext& ctx, qint64 productId, qint64 warehouseId, qint64 qty,
                   const StockSource& source);
    /// Releases open reservations of a document (all its lines when source.lineId is 0).
    void release(Rpc::CallContext& ctx, const StockSource& source);
    /// Ships reserved stock: reduces the line's reservation in that warehouse by `qty` and posts
    /// a `shipment` move of -qty. -32030 when less than `qty` is reserved there.
    qint64 consume(Rpc::CallContext& ctx, qint64 productId, qint64 warehouseId, qint64 qty,
                   const StockSource& source);
    /// Open reservations of a document line per warehouse: warehouse id -> qty.
    QHash<qint64, qint64> reservations(Rpc::CallContext& ctx, const StockSource& source);

    /// Levels of a product in every active warehouse, in allocation order (priority, code).
    QList<StockLevel> levels(Rpc::CallContext& ctx, qint64 productId);
    /// Available quantity of many products over all warehouses: product id -> available.
    QHash<qint64, qint64> available(Rpc::CallContext& ctx, const QList<qint64>& productIds);

    /// Called after stock of a product arrived (receipt, return, positive adjustment, transfer
    /// in) in the same transaction, e.g. to allocate backorders.
    using ArrivalListener = std::function<void(Rpc::CallContext& ctx, qint64 productId)>;
    void addArrivalListener(ArrivalListener listener) { m_arrival.push_back(std::move(listener)); }

    /// Quantities other modules still need (backorders): product id -> qty. Sales registers.
    using DemandProvider = std::function<QHash<qint64, qint64>(Rpc::CallContext& ctx)>;
    void addDemandProvider(DemandProvider provider) { m_demand.push_back(std::move(provider)); }
    QHash<qint64, qint64> demand(Rpc::CallContext& ctx);

private:
    void notifyArrival(Rpc::CallContext& ctx, qint64 productId);

    // Filled while the modules are wired, before the first call; read-only afterwards.
    std::vector<ArrivalListener> m_arrival;
    std::vector<DemandProvider> m_demand;
};

} // namespace Erp::Server::Inventory
