// What purchasing announces on the event bus (server/platform/eventbus.h).
#pragma once

#include "server/platform/eventbus.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Erp::Server::Purchasing::Events {

/// Announcement "purchasing.goods_received": a goods receipt (GR…) was posted against a
/// purchase order, after its stock moves (announced as inventory.stock_moved) and the order's
/// received quantities are written. Quantities in thousandths; money in minor units of
/// `currency`, net of tax (the tax is what the supplier's invoice will claim).
struct GoodsReceived
{
    static constexpr auto Name = "purchasing.goods_received";
    static constexpr auto Kind = Platform::EventKind::Announcement;

    struct Line
    {
        qint64 orderLineId = 0;
        qint64 productId = 0;
        qint64 qty = 0;      ///< received now
        qint64 unitCost = 0; ///< the order line's price
        qint64 taxRate = 0;  ///< hundredths of a percent (1300 = 13 %)
        qint64 net = 0;      ///< qty × unit cost, rounded half up
        qint64 tax = 0;
        qint64 moveId = 0; ///< the receipt move in the stock ledger
    };

    qint64 receiptId = 0;
    QString number; ///< GR2026-000001
    QDate date;
    qint64 orderId = 0;
    QString orderNumber; ///< PO2026-000001
    qint64 supplierId = 0;
    qint64 warehouseId = 0;
    QString currency;
    QList<Line> lines;
    qint64 net = 0; ///< sum of the lines' net
    qint64 tax = 0; ///< sum of the lines' tax
};

} // namespace Erp::Server::Purchasing::Events
