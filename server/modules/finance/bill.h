#pragma once

#include "server/modules/finance/invoice.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Erp::Server::Finance {

/// One line of a supplier bill. From a purchase order line (poLineId) it carries the three-way
/// match: ordered, received and billed before (read live), the order's price and what the line
/// clears of goods received not invoiced (grni = qty × poPrice, half up).
struct BillLine : TaxedLine
{
    qint64 id = 0;
    int lineNo = 0;
    qint64 poLineId = 0;
    qint64 productId = 0;
    QString description;
    qint64 poPrice = 0;
    qint64 grni = 0;
    QStringList flags; ///< qty_over_received, price_differs, over_tolerance
    // The match, read with the bill (not stored).
    qint64 orderedQty = 0;
    qint64 receivedQty = 0;
    qint64 billedBefore = 0; ///< other bills of the line (drafts included, not cancelled)

    /// The price difference the posting books on purchase_price_variance.
    qint64 variance() const { return poLineId > 0 ? net - grni : 0; }
};

/// A supplier bill (table fin_bills): draft → (awaiting_approval → approved) → posted →
/// partially_paid → paid; cancelled (a draft), reversed (a posted bill taken back).
struct Bill
{
    qint64 id = 0;
    QString number; ///< empty until posted
    qint64 supplierId = 0;
    QString supplierCode; ///< read with the bill
    QString supplierName;
    qint64 purchaseOrderId = 0;
    QString orderNumber;
    QString supplierRef;  ///< the supplier's invoice (fapiao) number
    QString supplierDate; ///< its date
    QDate date;
    QDate dueDate;
    QString currency = QStringLiteral("CNY");
    qint64 net = 0;
    qint64 tax = 0;
    qint64 total = 0;
    qint64 paid = 0;
    QString state = QStringLiteral("draft");
    bool needsApproval = false;
    QString approvedAt;
    QString approvedBy;
    QString notes;
    qint64 entryId = 0;
    qint64 reversalEntryId = 0;
    QString createdAt;
    QString createdBy;
    QString postedAt;
    QString postedBy;
    QString updatedAt;
    qint64 version = 1;
    QList<BillLine> lines;

    /// Not posted yet: draft, awaiting_approval or approved.
    bool isUnposted() const;
    bool isOpen() const;
    qint64 open() const { return isOpen() ? total - paid : 0; }
};

QJsonObject toJson(const Bill& b);

/// What a supplier payment settles of a bill (table fin_bill_allocations).
struct BillAllocation
{
    qint64 id = 0;
    qint64 billId = 0;
    QString billNumber;
    qint64 paymentId = 0;
    QString paymentNumber;
    qint64 amount = 0;
    QString effectiveDate;
    QString createdAt;
    QString createdBy;
};

QJsonObject toJson(const BillAllocation& a);

} // namespace Erp::Server::Finance
