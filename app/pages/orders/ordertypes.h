#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Erp::Client::Orders {

/// One line of a sales order as sales.order.get returns it. Quantities, prices and rates stay
/// the exact decimal strings of the wire ("2.500", "12.80", "13.00").
struct OrderLine
{
    qint64 id = 0;
    qint64 productId = 0;
    QString sku;
    QString name;
    QString unit;
    QString qty;
    QString unitPrice;
    QString discountPct;
    QString taxRate;
    QString net;
    QString tax;
    QString gross;
    QString allocatedQty;
    QString shippedQty;
    QString returnedQty;
    QString backorderQty;

    static OrderLine fromJson(const QJsonObject& o);
};

/// Stock of a line reserved in a warehouse (what is to be picked there).
struct Allocation
{
    qint64 lineId = 0;
    qint64 warehouseId = 0;
    QString warehouseCode;
    QString qty;
};

/// A shipment of an order (SH2026-000001) with the quantities it carried.
struct Shipment
{
    qint64 id = 0;
    QString number;
    QString carrier;
    QString tracking;
    QString shippedAt;
    QString by;
    struct Line
    {
        qint64 lineId = 0;
        qint64 productId = 0;
        QString sku;
        QString name;
        QString unit;
        QString qty;
    };
    QList<Line> lines;

    static Shipment fromJson(const QJsonObject& o);
};

/// A return (RMA2026-000001): what came back, why, and where it went.
struct ReturnNote
{
    qint64 id = 0;
    QString number;
    QString reason;
    QString createdAt;
    QString by;
    struct Line
    {
        qint64 lineId = 0;
        QString sku;
        QString qty;
        QString disposition; ///< restock | scrap
    };
    QList<Line> lines;

    static ReturnNote fromJson(const QJsonObject& o);
};

/// One step of the order's timeline (sales_order_events).
struct TimelineEntry
{
    QString at;
    QString by;
    QString action;
    QString fromState;
    QString toState;
    QString note;
    QJsonObject noteRef; ///< {id, args} of a note the server wrote; empty for a clerk's note

    static TimelineEntry fromJson(const QJsonObject& o);
};

/// Why a submitted order waits for approval ({code, message}).
struct ReviewReason
{
    QString code;
    QString message;
    QJsonObject messageRef; ///< {id, args} (docs/PROTOCOL.md "Message ids"); empty if old
};

/// A sales order as sales.order.get returns it.
struct Order
{
    qint64 id = 0;
    qint64 version = 0;
    QString number;
    qint64 customerId = 0;
    QString customerName;
    QString contactName;
    QString contactPhone;
    QString contactEmail;
    QString shippingAddress;
    QString orderDate;
    QString requestedDate;
    QString channel = QStringLiteral("phone");
    QString externalRef;
    QString currency = QStringLiteral("CNY");
    QString net;
    QString tax;
    QString gross;
    QString notes;
    QString state = QStringLiteral("draft");
    QList<ReviewReason> reviewReasons;
    QString rejectReason;
    QString cancelReason;
    int amendments = 0;
    bool hasBackorder = false;
    QStringList allowedActions;
    QList<OrderLine> lines;
    QList<Allocation> allocations;
    QList<Shipment> shipments;
    QList<ReturnNote> returns;
    QList<TimelineEntry> timeline;
    QString createdAt;
    QString updatedAt;

    bool isNew() const { return id == 0; }
    static Order fromJson(const QJsonObject& o);
};

} // namespace Erp::Client::Orders
