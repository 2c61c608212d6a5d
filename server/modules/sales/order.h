#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Erp::Rpc {
class FieldErrors;
}
namespace Erp::Storage {
class Database;
}
namespace Erp::Platform {
class JsonText;
}

namespace Erp::Server::Sales {

using Platform::JsonText;

/// One line of a sales order. Quantities in thousandths, money in minor units, rates in
/// hundredths of a percent (docs/OMS.md "Units").
struct OrderLine
{
    qint64 id = 0;
    qint64 productId = 0;
    QString sku;
    QString name;
    QString unit;
    qint64 qty = 0;
    qint64 unitPrice = 0;
    qint64 discount = 0;
    qint64 taxRate = 0;
    qint64 net = 0;
    qint64 tax = 0;
    qint64 gross = 0;
    qint64 allocatedQty = 0; ///< ever reserved for the line, shipped included
    qint64 shippedQty = 0;
    qint64 returnedQty = 0;
    QString notes;
    int position = 0;

    qint64 openReservation() const { return allocatedQty - shippedQty; }
    qint64 missing() const { return qty - allocatedQty; }
};

/// An open reservation of an order line in one warehouse (qty in thousandths).
struct Allocation
{
    qint64 lineId = 0;
    qint64 warehouseId = 0;
    QString warehouseCode;
    qint64 qty = 0;
};

/// One entry of an order's timeline.
struct OrderEvent
{
    QString at;
    QString by;
    QString action;
    QString fromState;
    QString toState;
    QString note;
};

/// A sales order as stored, with its lines and the customer's fields it is shown with.
struct Order
{
    qint64 id = 0;
    QString number;
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QString customerEmail;     ///< the customer's primary e-mail (notification fallback)
    qint64 customerCredit = 0; ///< the customer's credit limit, 0 = none
    QString contactName;
    QString contactPhone;
    QString contactEmail;
    QString shippingAddress;
    QString orderDate;
    QString requestedDate;
    QString channel = QStringLiteral("phone");
    QString externalRef;
    QString currency = QStringLiteral("CNY");
    qint64 net = 0;
    qint64 tax = 0;
    qint64 gross = 0;
    QString notes;
    QString state = QStringLiteral("draft");
    QJsonArray reviewReasons;
    QString rejectReason;
    QString cancelReason;
    int amendments = 0;
    bool hasBackorder = false;
    bool hasReturn = false;
    QString submittedAt, approvedAt, allocatedAt, shippedAt, deliveredAt, completedAt, cancelledAt;
    QString createdAt;
    QString updatedAt;
    qint64 version = 0;
    QList<OrderLine> lines;

    /// Sums the lines' amounts into the order's totals (each line computed by lineAmounts).
    void computeTotals();
    /// The email address notifications go to: the order's contact, else the customer's.
    QString notifyAddress() const;
};

/// Wire texts of the stored integers: "2.500", "1234.50", "13.00".
QString qtyText(qint64 thousandths);
QString moneyText(qint64 minor);
QString rateText(qint64 basisPoints);

/// Reads a decimal string into stored units at `scale`; adds a field error (invalid, scale,
/// negative, zero) and returns false when it does not fit. `positive` refuses zero too.
bool readUnits(const QJsonValue& value, const QString& field, int scale, bool positive, qint64& out,
               Rpc::FieldErrors& errors);

/// The states and the transition table (docs/OMS.md "Lifecycle").
namespace Lifecycle {
/// The state an action leads to from `state`; empty when the action is illegal there.
/// `anythingShipped` forbids cancel once part of the order left the warehouse.
QString target(const QString& state, const QString& action, bool anythingShipped);
/// The legal next actions in a state, as offered to clients (allowed_actions).
QStringList allowedActions(const QString& state, bool anythingShipped);
const QStringList& states();
/// Open orders count against the credit limit: submitted … picking.
const QStringList& openStates();
} // namespace Lifecycle

/// The members of a list row (the order without lines) into an open JSON object.
void writeSummary(JsonText& json, const Order& o);

/// Parts of the order JSON stored in other tables; left out (empty lists) when not given.
struct OrderParts
{
    const QList<Allocation>* allocations = nullptr;
    const QList<OrderEvent>* timeline = nullptr;
    QByteArray shipments; ///< JSON array text
    QByteArray returns;   ///< JSON array text
};

/// The full order as sales.order.get returns it, as compact JSON text (the method's result is
/// sent as is) or as an object (audit records).
QByteArray toJsonText(const Order& o, const OrderParts& parts = {});
QJsonObject toJson(const Order& o, const OrderParts& parts = {});

} // namespace Erp::Server::Sales
