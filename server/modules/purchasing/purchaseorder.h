#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Erp::Server::Purchasing {

/// One line of a purchase order. Quantities in thousandths, money in minor units, the rate in
/// hundredths of a percent.
struct PurchaseOrderLine
{
    qint64 id = 0;
    qint64 productId = 0;
    QString sku;  ///< read only, from products
    QString name; ///< read only, from products
    QString unit; ///< read only, from products
    qint64 qty = 0;
    qint64 unitCost = 0;
    qint64 taxRate = 0;
    qint64 net = 0;
    qint64 tax = 0;
    qint64 gross = 0;
    qint64 receivedQty = 0;

    qint64 openQty() const { return qty - receivedQty; }
};

/// A goods receipt line: what one receive call took in for one order line.
struct ReceiptLine
{
    qint64 orderLineId = 0;
    qint64 productId = 0;
    qint64 qty = 0;
    qint64 moveId = 0;
};

/// A goods receipt (GR2026-000001) of a purchase order.
struct Receipt
{
    qint64 id = 0;
    QString number;
    qint64 locationId = 0;
    QString notes;
    QString receivedAt;
    QString receivedByName;
    QList<ReceiptLine> lines;
};

/// A purchase order (docs/OMS.md "Purchasing"):
/// draft -> sent -> confirmed -> partially_received -> received; cancelled from draft, sent and
/// confirmed.
struct PurchaseOrder
{
    qint64 id = 0;
    QString number; ///< PO2026-000001
    qint64 supplierId = 0;
    QString supplierCode; ///< read only
    QString supplierName; ///< read only
    qint64 warehouseId = 0;
    QString warehouseCode; ///< read only
    QString warehouseName; ///< read only
    QString orderDate;     ///< ISO date
    QString expectedDate;  ///< ISO date or empty
    QString currency = QStringLiteral("CNY");
    QString notes;
    QString state = QStringLiteral("draft");
    qint64 net = 0;
    qint64 tax = 0;
    qint64 gross = 0;
    qint64 createdBy = 0;
    QString createdAt;
    QString sentAt;
    QString confirmedAt;
    QString receivedAt;
    QString cancelledAt;
    QString updatedAt;
    qint64 version = 1;
    QList<PurchaseOrderLine> lines;
    QList<Receipt> receipts;

    /// Recomputes every line's amounts (common/ordermath.h) and the order's sums.
    void computeTotals();
};

/// The actions of the lifecycle (the method names' last word).
namespace Action {
inline const QString Update = QStringLiteral("update");
inline const QString Send = QStringLiteral("send");
inline const QString Confirm = QStringLiteral("confirm");
inline const QString Cancel = QStringLiteral("cancel");
inline const QString Receive = QStringLiteral("receive");
} // namespace Action

/// The transition table: whether `action` is legal in `state`.
bool isAllowed(const QString& state, const QString& action);
/// The legal actions in `state`, in the order a client shows them.
QStringList allowedActions(const QString& state);
/// The state an action leads to (receive: partially_received; the service decides received).
QString targetState(const QString& action);
/// States whose open quantities count as "on order".
const QStringList& openStates();

/// The full wire form: lines, receipts and allowed_actions.
QJsonObject toJson(const PurchaseOrder& o);
/// The list row: the header without notes, lines and receipts.
QJsonObject summaryJson(const PurchaseOrder& o);

} // namespace Erp::Server::Purchasing
