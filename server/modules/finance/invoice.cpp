#include "server/modules/finance/invoice.h"

#include "common/money.h"
#include "common/ordermath.h"

#include <QJsonArray>

#include <limits>
#include <stdexcept>

namespace Erp::Server::Finance {

namespace {

QString amount(qint64 minor)
{
    return Money(minor).toString();
}

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

const QList<qint64>& invoiceTaxRates()
{
    static const QList<qint64> rates{1300, 900, 600, 0, 300, 100};
    return rates;
}

TaxSplit splitLine(qint64 qty, qint64 unitPrice, qint64 discount, qint64 taxRate,
                   bool priceIncludesTax)
{
    // common/ordermath: the client's invoice form computes the same.
    const LineAmounts a = invoiceLineAmounts(qty, unitPrice, discount, taxRate, priceIncludesTax);
    TaxSplit s;
    s.net = a.net;
    s.tax = a.tax;
    s.gross = a.gross;
    return s;
}

void insertTaxedJson(QJsonObject& out, const TaxedLine& l)
{
    out.insert(QStringLiteral("qty"), Decimal(l.qty, 3).toString());
    out.insert(QStringLiteral("unit_price"), amount(l.unitPrice));
    out.insert(QStringLiteral("tax_rate"), Decimal(l.taxRate, 2).toString());
    out.insert(QStringLiteral("price_includes_tax"), l.priceIncludesTax);
    out.insert(QStringLiteral("net"), amount(l.net));
    out.insert(QStringLiteral("tax"), amount(l.tax));
    out.insert(QStringLiteral("gross"), amount(l.gross));
}

QString Invoice::settledState() const
{
    if (state == QLatin1String("draft") || state == QLatin1String("cancelled"))
        return state;
    if (open() == 0 && total > 0)
        return credited == total ? QStringLiteral("credited") : QStringLiteral("paid");
    if (paid + credited > 0)
        return QStringLiteral("partially_paid");
    return QStringLiteral("posted");
}

QJsonObject toJson(const Invoice& i)
{
    QJsonArray lines;
    for (const InvoiceLine& l : i.lines) {
        QJsonObject line{
            {QStringLiteral("id"), l.id},
            {QStringLiteral("line_no"), l.lineNo},
            {QStringLiteral("order_line_id"), idOrNull(l.orderLineId)},
            {QStringLiteral("credit_of_line"), idOrNull(l.creditOfLine)},
            {QStringLiteral("product_id"), idOrNull(l.productId)},
            {QStringLiteral("description"), l.description},
            {QStringLiteral("discount_pct"), Decimal(l.discount, 2).toString()},
        };
        insertTaxedJson(line, l);
        lines.append(line);
    }
    return QJsonObject{
        {QStringLiteral("id"), i.id},
        {QStringLiteral("kind"), i.kind},
        {QStringLiteral("number"), i.number.isEmpty() ? QJsonValue() : QJsonValue(i.number)},
        {QStringLiteral("customer_id"), i.customerId},
        {QStringLiteral("customer_code"), i.customerCode},
        {QStringLiteral("customer_name"), i.customerName},
        {QStringLiteral("order_id"), idOrNull(i.orderId)},
        {QStringLiteral("order_number"), i.orderNumber},
        {QStringLiteral("credit_of"), idOrNull(i.creditOf)},
        {QStringLiteral("credit_of_number"), i.creditOfNumber},
        {QStringLiteral("date"), dateText(i.date)},
        {QStringLiteral("due_date"), dateText(i.dueDate)},
        {QStringLiteral("currency"), i.currency},
        {QStringLiteral("net"), amount(i.net)},
        {QStringLiteral("tax"), amount(i.tax)},
        {QStringLiteral("total"), amount(i.total)},
        {QStringLiteral("paid"), amount(i.paid)},
        {QStringLiteral("credited"), amount(i.credited)},
        {QStringLiteral("open"),
         amount(i.isDraft() || i.state == QLatin1String("cancelled") ? 0 : i.open())},
        {QStringLiteral("state"), i.state},
        {QStringLiteral("fapiao_number"), i.fapiaoNumber},
        {QStringLiteral("fapiao_date"), i.fapiaoDate},
        {QStringLiteral("notes"), i.notes},
        {QStringLiteral("entry_id"), idOrNull(i.entryId)},
        {QStringLiteral("created_at"), i.createdAt},
        {QStringLiteral("created_by"), i.createdBy},
        {QStringLiteral("posted_at"), i.postedAt},
        {QStringLiteral("posted_by"), i.postedBy},
        {QStringLiteral("updated_at"), i.updatedAt},
        {QStringLiteral("version"), i.version},
        {QStringLiteral("lines"), lines},
    };
}

QString Payment::state() const
{
    if (applied == 0)
        return QStringLiteral("unapplied");
    return applied == amount ? QStringLiteral("applied") : QStringLiteral("partially_applied");
}

QJsonObject toJson(const Payment& p)
{
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("number"), p.number},
        {QStringLiteral("kind"), p.kind},
        {QStringLiteral("partner_type"), p.partnerType},
        {QStringLiteral("partner_id"), p.partnerId},
        {QStringLiteral("partner_name"), p.partnerName},
        {QStringLiteral("date"), dateText(p.date)},
        {QStringLiteral("amount"), amount(p.amount)},
        {QStringLiteral("applied"), amount(p.applied)},
        {QStringLiteral("unapplied"), amount(p.unapplied())},
        {QStringLiteral("state"), p.state()},
        {QStringLiteral("reference"), p.reference},
        {QStringLiteral("notes"), p.notes},
        {QStringLiteral("entry_id"), idOrNull(p.entryId)},
        {QStringLiteral("created_at"), p.createdAt},
        {QStringLiteral("created_by"), p.createdBy},
        {QStringLiteral("updated_at"), p.updatedAt},
        {QStringLiteral("version"), p.version},
    };
}

QJsonObject toJson(const Allocation& a)
{
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("invoice_id"), a.invoiceId},
        {QStringLiteral("invoice_number"), a.invoiceNumber},
        {QStringLiteral("payment_id"), idOrNull(a.paymentId)},
        {QStringLiteral("payment_number"), a.paymentNumber},
        {QStringLiteral("credit_note_id"), idOrNull(a.creditNoteId)},
        {QStringLiteral("amount"), amount(a.amount)},
        {QStringLiteral("effective_date"), a.effectiveDate},
        {QStringLiteral("created_at"), a.createdAt},
        {QStringLiteral("created_by"), a.createdBy},
    };
}

} // namespace Erp::Server::Finance
