#pragma once

#include "server/modules/inventory/inventoryevents.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Erp::Rpc {
struct CallContext;
}
namespace Erp::Platform {
class EventBus;
}

namespace Erp::Server::Inventory {

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
    /// Minor units per unit for an incoming move's value (a receipt's purchase price), used
    /// when `currency` is the base currency; none (or another currency): the moving average.
    /// Outgoing moves are always valued at the moving average.
    std::optional<qint64> unitCost = std::nullopt;
    QString currency = QStringLiteral("CNY");
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

/// A product's running stock value as recorded and as summed from its moves (the checks).
struct ProductValuation
{
    qint64 productId = 0;
    QString category;
    qint64 qty = 0;   ///< recorded running quantity, thousandths, company-wide
    qint64 value = 0; ///< recorded running value, minor units of the base currency
    qint64 ledgerQty = 0;
    qint64 ledgerValue = 0;
};

/// The only writer of the stock ledger, the levels and the reservations; works inside the
/// caller's transaction. Rules broken (stock would go negative, a reservation would exceed what
/// is available) throw Rpc::Error -32030 with data.reason "insufficient_stock".
/// Every posting is announced as Events::StockMoved (inventoryevents.h) in the same
/// transaction; other modules react there (sales allocates backorders, finance will post).
class StockService final
{
public:
    /// The company's base currency (a receipt in another currency is valued at the average).
    using BaseCurrency = std::function<QString(Rpc::CallContext&)>;

    explicit StockService(const Platform::EventBus& events, BaseCurrency baseCurrency = {})
        : m_events(events)
        , m_baseCurrency(std::move(baseCurrency))
    {}

    /// Posts a move, updates the level and announces it; returns the move's id.
    qint64 post(Rpc::CallContext& ctx, const StockMove& move);
    /// Posts several moves as one posting (a document's lines, a transfer's legs): all are
    /// written first, then one StockMoved carries them all. Returns the moves' ids in order.
    QList<qint64> postAll(Rpc::CallContext& ctx, const QList<StockMove>& moves);

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

    /// Quantities other modules still need (backorders): product id -> qty, asked on the
    /// event bus (Events::DemandQuery).
    QHash<qint64, qint64> demand(Rpc::CallContext& ctx);

    /// Every product's running quantity and value, recorded and recomputed from the moves
    /// (finance.check compares the sum with the inventory accounts).
    QList<ProductValuation> valuation(Rpc::CallContext& ctx);

private:
    PostedMove write(Rpc::CallContext& ctx, const StockMove& move, const QString& now);

    const Platform::EventBus& m_events;
    BaseCurrency m_baseCurrency;
};

} // namespace Erp::Server::Inventory
