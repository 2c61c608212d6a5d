// What crm announces on the event bus (server/platform/eventbus.h).
#pragma once

#include "server/platform/eventbus.h"

#include <QList>
#include <QString>

namespace Erp::Server::Crm::Events {

/// Announcement "crm.customer_merged": `duplicateId` was folded into `survivorId` (its state
/// is "merged"). Published after both customer rows are written and before the call's audit
/// records: a module that references customers (orders, tickets, ledger partners) moves its
/// references to the survivor here, in the same transaction.
struct CustomerMerged
{
    static constexpr auto Name = "crm.customer_merged";
    static constexpr auto Kind = Platform::EventKind::Announcement;

    qint64 duplicateId = 0;
    qint64 survivorId = 0;
};

/// Request "crm.quotation_requested": an opportunity was won; the sales module answers with a
/// draft sales order for the customer and the products of interest, made through its own
/// service (crm cannot see sales). Unanswered (no sales module): `answered` stays false and the
/// win is refused, so no opportunity is won without its order.
struct QuotationRequest
{
    static constexpr auto Name = "crm.quotation_requested";
    static constexpr auto Kind = Platform::EventKind::Request;

    struct Line
    {
        qint64 productId = 0;
        qint64 qty = 0; ///< thousandths
    };
    qint64 opportunityId = 0;
    QString opportunityNumber; ///< becomes the order's note
    qint64 customerId = 0;
    QString currency;
    QString contactName;
    QList<Line> lines;

    // reply
    bool answered = false;
    qint64 orderId = 0;
    QString orderNumber;
};

/// Request "crm.timeline": what other modules know about a customer, for crm.customer.timeline.
/// Each subscriber adds its `limit` newest entries (read through its own public reads) and
/// counts all of them in `total`; crm merges, orders by time and pages.
struct TimelineQuery
{
    static constexpr auto Name = "crm.timeline";
    static constexpr auto Kind = Platform::EventKind::Request;

    struct Entry
    {
        QString at;   ///< ISO date or date-time
        QString kind; ///< order | invoice | credit_note | payment | ...
        qint64 id = 0;
        QString entity; ///< sales.order, finance.invoice, finance.payment
        QString number;
        qint64 amount = 0; ///< minor units
        QString currency;
        QString state;
    };
    qint64 customerId = 0;
    int limit = 0;

    // reply
    QList<Entry> entries;
    qint64 total = 0;
};

} // namespace Erp::Server::Crm::Events
