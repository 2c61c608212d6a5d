#include "server/modules/sales/order.h"

#include "common/jsonrpc.h"
#include "common/money.h"
#include "common/ordermath.h"
#include "server/modules/mail/outbox.h"

#include <QHash>

namespace Erp::Server::Sales {

void Order::computeTotals()
{
    net = tax = gross = 0;
    for (OrderLine& l : lines) {
        const LineAmounts a = lineAmounts(l.qty, l.unitPrice, l.discount, l.taxRate);
        l.net = a.net;
        l.tax = a.tax;
        l.gross = a.gross;
        net += a.net;
        tax += a.tax;
        gross += a.gross;
    }
}

QString Order::notifyAddress() const
{
    return Mail::isMailAddress(contactEmail.trimmed()) ? contactEmail.trimmed() : customerEmail;
}

QString qtyText(qint64 thousandths)
{
    return Decimal(thousandths, 3).toString();
}

QString moneyText(qint64 minor)
{
    return Decimal(minor, 2).toString();
}

QString rateText(qint64 basisPoints)
{
    return Decimal(basisPoints, 2).toString();
}

bool readUnits(const QJsonValue& value, const QString& field, int scale, bool positive, qint64& out,
               Rpc::FieldErrors& errors)
{
    const QString text = value.isString() ? value.toString() : QString();
    const auto d = Decimal::parse(text, scale);
    if (!d) {
        if (value.isString() && Decimal::parse(text, 12))
            errors.add(field, QStringLiteral("scale"),
                       QStringLiteral("has more than %1 decimals").arg(scale));
        else
            errors.add(field, QStringLiteral("invalid"),
                       QStringLiteral("must be a decimal string such as \"%1\"")
                           .arg(Decimal(1500, 3).rescaled(scale).toString()));
        return false;
    }
    if (d->isNegative()) {
        errors.add(field, QStringLiteral("negative"), QStringLiteral("must not be negative"));
        return false;
    }
    if (positive && d->isZero()) {
        errors.add(field, QStringLiteral("zero"), QStringLiteral("must be more than zero"));
        return false;
    }
    out = d->units();
    return true;
}

namespace Lifecycle {

namespace {

struct Step
{
    const char* action;
    const char* from;
    const char* to;
};

// The transition table. "update" leads back to draft (an amendment outside draft).
const Step kSteps[] = {
    {"update", "draft", "draft"},         {"update", "submitted", "draft"},
    {"update", "approved", "draft"},      {"update", "rejected", "draft"},
    {"submit", "draft", "submitted"},     {"approve", "submitted", "approved"},
    {"reject", "submitted", "rejected"},  {"allocate", "approved", "allocated"},
    {"pick", "allocated", "picking"},     {"ship", "picking", "shipped"},
    {"deliver", "shipped", "delivered"},  {"complete", "delivered", "completed"},
    {"cancel", "draft", "cancelled"},     {"cancel", "submitted", "cancelled"},
    {"cancel", "approved", "cancelled"},  {"cancel", "rejected", "cancelled"},
    {"cancel", "allocated", "cancelled"}, {"cancel", "picking", "cancelled"},
    {"return", "shipped", "shipped"},     {"return", "delivered", "delivered"},
    {"return", "completed", "completed"},
};

} // namespace

QString target(const QString& state, const QString& action, bool anythingShipped)
{
    if (action == QLatin1String("cancel") && anythingShipped)
        return QString();
    for (const Step& s : kSteps)
        if (action == QLatin1String(s.action) && state == QLatin1String(s.from))
            return QString::fromLatin1(s.to);
    return QString();
}

QStringList allowedActions(const QString& state, bool anythingShipped)
{
    QStringList out;
    for (const Step& s : kSteps) {
        const QString action = QString::fromLatin1(s.action);
        if (state == QLatin1String(s.from) && !out.contains(action) &&
            !(action == QLatin1String("cancel") && anythingShipped))
            out.append(action);
    }
    return out;
}

const QStringList& states()
{
    static const QStringList all{QStringLiteral("draft"),     QStringLiteral("submitted"),
                                 QStringLiteral("approved"),  QStringLiteral("rejected"),
                                 QStringLiteral("allocated"), QStringLiteral("picking"),
                                 QStringLiteral("shipped"),   QStringLiteral("delivered"),
                                 QStringLiteral("completed"), QStringLiteral("cancelled")};
    return all;
}

const QStringList& openStates()
{
    static const QStringList open{QStringLiteral("submitted"), QStringLiteral("approved"),
                                  QStringLiteral("allocated"), QStringLiteral("picking")};
    return open;
}

} // namespace Lifecycle

namespace {

QJsonValue nullable(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

QJsonObject summaryJson(const Order& o)
{
    return QJsonObject{
        {QStringLiteral("id"), o.id},
        {QStringLiteral("number"), o.number},
        {QStringLiteral("customer_id"), o.customerId},
        {QStringLiteral("customer_code"), o.customerCode},
        {QStringLiteral("customer_name"), o.customerName},
        {QStringLiteral("order_date"), o.orderDate},
        {QStringLiteral("requested_date"), nullable(o.requestedDate)},
        {QStringLiteral("channel"), o.channel},
        {QStringLiteral("external_ref"), o.externalRef},
        {QStringLiteral("currency"), o.currency},
        {QStringLiteral("net"), moneyText(o.net)},
        {QStringLiteral("tax"), moneyText(o.tax)},
        {QStringLiteral("gross"), moneyText(o.gross)},
        {QStringLiteral("state"), o.state},
        {QStringLiteral("has_backorder"), o.hasBackorder},
        {QStringLiteral("amendments"), o.amendments},
        {QStringLiteral("created_at"), o.createdAt},
        {QStringLiteral("updated_at"), o.updatedAt},
        {QStringLiteral("version"), o.version},
    };
}

QJsonObject toJson(const Order& o)
{
    QJsonObject j = summaryJson(o);
    const bool tracking =
        o.state == QLatin1String("allocated") || o.state == QLatin1String("picking");
    bool anythingShipped = false;
    QJsonArray lines;
    for (const OrderLine& l : o.lines) {
        anythingShipped = anythingShipped || l.shippedQty > 0;
        lines.append(QJsonObject{
            {QStringLiteral("id"), l.id},
            {QStringLiteral("product_id"), l.productId},
            {QStringLiteral("sku"), l.sku},
            {QStringLiteral("name"), l.name},
            {QStringLiteral("unit"), l.unit},
            {QStringLiteral("qty"), qtyText(l.qty)},
            {QStringLiteral("unit_price"), moneyText(l.unitPrice)},
            {QStringLiteral("discount_pct"), rateText(l.discount)},
            {QStringLiteral("tax_rate"), rateText(l.taxRate)},
            {QStringLiteral("net"), moneyText(l.net)},
            {QStringLiteral("tax"), moneyText(l.tax)},
            {QStringLiteral("gross"), moneyText(l.gross)},
            {QStringLiteral("allocated_qty"), qtyText(l.allocatedQty)},
            {QStringLiteral("shipped_qty"), qtyText(l.shippedQty)},
            {QStringLiteral("returned_qty"), qtyText(l.returnedQty)},
            {QStringLiteral("backorder_qty"), qtyText(tracking ? l.missing() : 0)},
            {QStringLiteral("notes"), l.notes},
        });
    }
    j.insert(QStringLiteral("lines"), lines);
    j.insert(QStringLiteral("contact_name"), o.contactName);
    j.insert(QStringLiteral("contact_phone"), o.contactPhone);
    j.insert(QStringLiteral("contact_email"), o.contactEmail);
    j.insert(QStringLiteral("shipping_address"), o.shippingAddress);
    j.insert(QStringLiteral("notes"), o.notes);
    j.insert(QStringLiteral("review_reasons"), o.reviewReasons);
    j.insert(QStringLiteral("reject_reason"), o.rejectReason);
    j.insert(QStringLiteral("cancel_reason"), o.cancelReason);
    j.insert(QStringLiteral("has_return"), o.hasReturn);
    j.insert(QStringLiteral("submitted_at"), nullable(o.submittedAt));
    j.insert(QStringLiteral("approved_at"), nullable(o.approvedAt));
    j.insert(QStringLiteral("allocated_at"), nullable(o.allocatedAt));
    j.insert(QStringLiteral("shipped_at"), nullable(o.shippedAt));
    j.insert(QStringLiteral("delivered_at"), nullable(o.deliveredAt));
    j.insert(QStringLiteral("completed_at"), nullable(o.completedAt));
    j.insert(QStringLiteral("cancelled_at"), nullable(o.cancelledAt));
    j.insert(QStringLiteral("allowed_actions"),
             QJsonArray::fromStringList(Lifecycle::allowedActions(o.state, anythingShipped)));
    return j;
}

} // namespace Erp::Server::Sales
