// What inventory announces and asks on the event bus (server/platform/eventbus.h). Other
// modules include this header, never inventory's services, to react or to answer.
#pragma once

#include "server/platform/eventbus.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace Erp::Server::Inventory {

/// The document a move or reservation belongs to.
struct StockSource
{
    QString type;      ///< sales_order, purchase_order, stock_count, manual, return
    qint64 id = 0;     ///< the document's id
    qint64 lineId = 0; ///< the document line's id (reservations), 0 when none
    QString ref;       ///< the number people see: SO2026-000123
};

/// One move of the stock ledger as posted. Quantities in thousandths, signed (+ into the
/// warehouse). `value` is the move's value at the moving weighted average in minor units of the
/// base currency, signed like qty (docs/OMS.md "Stock valuation"): a receipt in the base
/// currency at its document's unit cost, every other move at the average; a transfer 0.
struct PostedMove
{
    qint64 moveId = 0;
    qint64 productId = 0;
    qint64 warehouseId = 0;
    qint64 locationId = 0; ///< 0: none
    QString kind;          ///< receipt, shipment, transfer, adjustment, return, scrap
    qint64 qty = 0;
    qint64 unitCost = 0;    ///< the document's cost (a receipt's purchase price, in `currency`) or
                            ///< the product's average before the move
    qint64 value = 0;       ///< base currency
    QString currency;       ///< the document's currency
    qint64 productCost = 0; ///< the product's moving average before the move, base currency
    QString category;       ///< the product's category (accounts may differ per category)
    QString reason;
    StockSource source;
};

namespace Events {

/// Announcement "inventory.stock_moved": one posting to the stock ledger — the moves one
/// operation wrote together (a goods receipt's lines, a transfer's two legs, a scrapped
/// return's return and scrap move). Published by StockService after the moves and levels are
/// written. Finance posts one journal entry per event from the moves' values.
struct StockMoved
{
    static constexpr auto Name = "inventory.stock_moved";
    static constexpr auto Kind = Platform::EventKind::Announcement;

    QList<PostedMove> moves;
    QDate date; ///< business date of the posting
    QString at; ///< ISO-8601 UTC time the moves carry

    /// Products whose on-hand rose in some warehouse by this posting (the net of its moves
    /// per product and warehouse): what "stock arrived" means for backorders. A scrapped
    /// return (return +q, scrap -q) or a transfer's source leg is not an arrival.
    QList<qint64> arrivedProducts() const
    {
        QHash<QPair<qint64, qint64>, qint64> net;
        QList<QPair<qint64, qint64>> order;
        for (const PostedMove& m : moves) {
            const QPair<qint64, qint64> key(m.productId, m.warehouseId);
            if (!net.contains(key))
                order.append(key);
            net[key] += m.qty;
        }
        QList<qint64> out;
        for (const auto& key : order)
            if (net.value(key) > 0 && !out.contains(key.first))
                out.append(key.first);
        return out;
    }
};

/// Request "inventory.demand": quantities other modules still need and wait for (sales'
/// backorders), asked by replenishment and the low-stock list. Subscribers add to `qty`.
struct DemandQuery
{
    static constexpr auto Name = "inventory.demand";
    static constexpr auto Kind = Platform::EventKind::Request;

    QHash<qint64, qint64> qty; ///< reply: product id -> thousandths still needed
};

/// Request "inventory.supplier_check": is `supplierId` an active supplier (a product's
/// default_supplier_id)? Asked by the product rules; purchasing answers. Unanswered: no.
struct SupplierCheck
{
    static constexpr auto Name = "inventory.supplier_check";
    static constexpr auto Kind = Platform::EventKind::Request;

    qint64 supplierId = 0;
    bool active = false; ///< reply
};

} // namespace Events
} // namespace Erp::Server::Inventory
