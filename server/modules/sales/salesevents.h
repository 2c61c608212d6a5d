// What sales announces on the event bus (server/platform/eventbus.h).
#pragma once

#include "server/platform/eventbus.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Erp::Server::Sales::Events {

/// One order line's part of a shipment or return. Quantities in thousandths; money in minor
/// units of the order's currency; net and tax are those of this quantity (Erp::lineAmounts:
/// qty × price × (1 − discount), half up), so a line shipped in parts may differ from the
/// order line's amount by rounding.
struct OrderLinePart
{
    qint64 orderLineId = 0;
    qint64 productId = 0;
    qint64 warehouseId = 0;
    qint64 qty = 0;
    qint64 unitPrice = 0;
    qint64 discount = 0; ///< hundredths of a percent
    qint64 taxRate = 0;  ///< hundredths of a percent (1300 = 13 %)
    qint64 net = 0;
    qint64 tax = 0;
    QString disposition; ///< returns only: restock or scrap
};

/// Announcement "sales.order_shipped": a shipment (SH…) left the warehouse. Published after
/// its stock moves (inventory.stock_moved, source type sales_order, ref = the shipment number:
/// their values are the cost of goods sold) and the order's progress are written.
struct OrderShipped
{
    static constexpr auto Name = "sales.order_shipped";
    static constexpr auto Kind = Platform::EventKind::Announcement;

    qint64 shipmentId = 0;
    QString number; ///< SH2026-000001
    QDate date;
    qint64 orderId = 0;
    QString orderNumber; ///< SO2026-000001
    qint64 customerId = 0;
    QString currency;
    bool complete = false; ///< the order is shipped in full now
    QList<OrderLinePart> lines;
    qint64 net = 0;
    qint64 tax = 0;
};

/// Announcement "sales.order_returned": goods came back on an RMA (RMA…). Restocked lines
/// posted a `return` move, scrapped ones a `return` and a `scrap` move in one posting.
struct OrderReturned
{
    static constexpr auto Name = "sales.order_returned";
    static constexpr auto Kind = Platform::EventKind::Announcement;

    qint64 returnId = 0;
    QString number; ///< RMA2026-000001
    QDate date;
    qint64 orderId = 0;
    QString orderNumber;
    qint64 customerId = 0;
    QString currency;
    QString reason;
    QList<OrderLinePart> lines;
    qint64 net = 0;
    qint64 tax = 0;
};

/// Request "sales.credit_exposure": what a customer owes beyond its open orders, for the credit
/// check on submit. Finance answers with the unpaid receivable (open invoices less unapplied
/// payments and credit notes) and what of the listed orders is invoiced already, so it is not
/// counted twice; unanswered, the open orders alone are the exposure.
struct CreditExposure
{
    static constexpr auto Name = "sales.credit_exposure";
    static constexpr auto Kind = Platform::EventKind::Request;

    qint64 customerId = 0;
    QList<qint64> orderIds; ///< the customer's open orders (not the one being checked)
    // The reply, in minor units of the base currency.
    bool answered = false;
    qint64 receivable = 0; ///< unpaid, posted invoices less the customer's unapplied credits
    qint64 invoiced = 0;   ///< of orderIds: posted invoices less credit notes
};

} // namespace Erp::Server::Sales::Events
