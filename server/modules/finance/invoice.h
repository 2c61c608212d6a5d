#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Erp::Server::Finance {

/// The VAT rates an invoice line may carry, in hundredths of a percent: 13 %, 9 %, 6 %, 0 %
/// (general taxpayers) and the small-scale 3 % and 1 %.
const QList<qint64>& invoiceTaxRates();

/// 金额 and 税额 of one invoice line (价税分离), in minor units.
struct TaxSplit
{
    qint64 net = 0;
    qint64 tax = 0;
    qint64 gross = 0;
};

/// Splits a line: `qty` in thousandths, `unitPrice` in minor units, `discount` and `taxRate` in
/// hundredths of a percent. Tax-exclusive: 金额 = half-up(qty × price × (1 − discount)),
/// 税额 = half-up(金额 × rate). Tax-inclusive (the price is 含税): 含税 = half-up(qty × price ×
/// (1 − discount)), 金额 = half-up(含税 / (1 + rate)), 税额 = 含税 − 金额. Integer arithmetic
/// only; throws std::overflow_error beyond 64 bits.
TaxSplit splitLine(qint64 qty, qint64 unitPrice, qint64 discount, qint64 taxRate,
                   bool priceIncludesTax);

/// The taxed amounts every document line has (invoices, bills): quantity in thousandths,
/// price in minor units, rate in hundredths of a percent, and its 价税分离.
struct TaxedLine
{
    qint64 qty = 0;
    qint64 unitPrice = 0;
    qint64 taxRate = 1300;
    bool priceIncludesTax = false;
    qint64 net = 0;
    qint64 tax = 0;
    qint64 gross = 0;
};

/// Adds qty, unit_price, tax_rate, price_includes_tax, net, tax and gross to a line's JSON.
void insertTaxedJson(QJsonObject& out, const TaxedLine& l);

struct InvoiceLine : TaxedLine
{
    qint64 id = 0;
    int lineNo = 0;
    qint64 orderLineId = 0;
    qint64 creditOfLine = 0;
    qint64 productId = 0;
    QString description;
    qint64 discount = 0;
};

/// A customer invoice or credit note (table fin_invoices).
struct Invoice
{
    qint64 id = 0;
    QString kind = QStringLiteral("invoice"); ///< invoice | credit_note
    QString number;                           ///< empty until posted
    qint64 customerId = 0;
    QString customerCode; ///< read with the invoice
    QString customerName;
    qint64 orderId = 0;
    QString orderNumber;
    qint64 creditOf = 0;
    QString creditOfNumber; ///< read with the invoice
    QDate date;
    QDate dueDate;
    QString currency = QStringLiteral("CNY");
    qint64 net = 0;
    qint64 tax = 0;
    qint64 total = 0;
    qint64 paid = 0;
    qint64 credited = 0;
    QString state = QStringLiteral("draft");
    QString fapiaoNumber;
    QString fapiaoDate;
    QString notes;
    qint64 entryId = 0;
    QString createdAt;
    QString createdBy;
    QString postedAt;
    QString postedBy;
    QString updatedAt;
    qint64 version = 1;
    QList<InvoiceLine> lines;

    bool isDraft() const { return state == QLatin1String("draft"); }
    bool isCreditNote() const { return kind == QLatin1String("credit_note"); }
    /// What is still to be paid (an invoice) or to be applied (a credit note).
    qint64 open() const { return total - paid - credited; }
    /// The state that follows the open amount of a posted invoice or credit note.
    QString settledState() const;
};

QJsonObject toJson(const Invoice& i);

/// A customer receipt or a supplier payment (table fin_payments).
struct Payment
{
    qint64 id = 0;
    QString number;
    QString kind = QStringLiteral("receipt"); ///< receipt (customer) | payment (supplier)
    QString partnerType = QStringLiteral("customer");
    qint64 partnerId = 0;
    QString partnerName; ///< read with the payment
    QDate date;
    qint64 amount = 0;
    qint64 applied = 0;
    QString reference;
    QString notes;
    qint64 entryId = 0;
    QString createdAt;
    QString createdBy;
    QString updatedAt;
    qint64 version = 1;

    qint64 unapplied() const { return amount - applied; }
    QString state() const;
};

/// What a payment or a credit note settles of an invoice.
struct Allocation
{
    qint64 id = 0;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    qint64 paymentId = 0;
    QString paymentNumber;
    qint64 creditNoteId = 0;
    qint64 amount = 0;
    QString effectiveDate;
    QString createdAt;
    QString createdBy;
};

QJsonObject toJson(const Payment& p);
QJsonObject toJson(const Allocation& a);

} // namespace Erp::Server::Finance
