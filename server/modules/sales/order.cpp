#include "server/modules/sales/order.h"

#include "common/jsonrpc.h"
#include "common/money.h"
#include "common/ordermath.h"
#include "server/modules/mail/outbox.h"
#include "server/platform/jsontext.h"
#include "server/rpc/errors.h"

#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

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
                       QStringLiteral("has more than %1 decimals").arg(scale),
                       QStringLiteral("validation.too_many_decimals"),
                       QJsonObject{{QStringLiteral("max"), scale}});
        else
            errors.add(field, QStringLiteral("invalid"),
                       QStringLiteral("must be a decimal string such as \"%1\"")
                           .arg(Decimal(1500, 3).rescaled(scale).toString()),
                       QStringLiteral("validation.decimal"),
                       QJsonObject{{QStringLiteral("example"),
                                    Decimal(1500, 3).rescaled(scale).toString()}});
        return false;
    }
    if (d->isNegative()) {
        errors.add(field, QStringLiteral("negative"), QStringLiteral("must not be negative"),
                   QStringLiteral("validation.negative"));
        return false;
    }
    if (positive && d->isZero()) {
        errors.add(field, QStringLiteral("zero"), QStringLiteral("must be more than zero"),
                   QStringLiteral("validation.positive"));
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

void writeSummary(JsonText& j, const Order& o)
{
    j.num("id", o.id)
        .str("number", o.number)
        .num("customer_id", o.customerId)
        .str("customer_code", o.customerCode)
        .str("customer_name", o.customerName)
        .str("order_date", o.orderDate)
        .strOrNull("requested_date", o.requestedDate)
        .str("channel", o.channel)
        .str("external_ref", o.externalRef)
        .str("currency", o.currency)
        .dec("net", o.net, 2)
        .dec("tax", o.tax, 2)
        .dec("gross", o.gross, 2)
        .str("state", o.state)
        .boolean("has_backorder", o.hasBackorder)
        .num("amendments", o.amendments)
        .str("created_at", o.createdAt)
        .str("updated_at", o.updatedAt)
        .num("version", o.version);
}

namespace {

void writeAllocation(JsonText& j, const Allocation& a, bool withLine)
{
    j.beginObject();
    if (withLine)
        j.num("line_id", a.lineId);
    j.num("warehouse_id", a.warehouseId)
        .str("warehouse_code", a.warehouseCode)
        .dec("qty", a.qty, 3)
        .endObject();
}

} // namespace

/// The message id of a note the server wrote itself (a clerk's own note has none): null or
/// {id, args} as compact JSON, for "note_ref" in the timeline.
static QByteArray timelineNoteRef(const OrderEvent& e)
{
    static const QRegularExpression backorder(
        QStringLiteral("^(\\S+) (\\S+) allocated from arrived stock$"));
    QJsonObject ref;
    if (e.note == QLatin1String("amendment"))
        ref = Rpc::message(QStringLiteral("sales.timeline.amendment"));
    else if (e.note == QLatin1String("approved automatically"))
        ref = Rpc::message(QStringLiteral("sales.timeline.auto_approved"));
    else if (e.note == QLatin1String("waiting for approval"))
        ref = Rpc::message(QStringLiteral("sales.timeline.waiting_approval"));
    else if (const auto m = backorder.match(e.note);
             e.action == QLatin1String("allocate_backorder") && m.hasMatch())
        ref = Rpc::message(QStringLiteral("sales.timeline.backorder_allocated"),
                           QJsonObject{{QStringLiteral("sku"), m.captured(1)},
                                       {QStringLiteral("qty"), m.captured(2)}});
    return ref.isEmpty() ? QByteArray("null") : QJsonDocument(ref).toJson(QJsonDocument::Compact);
}

QByteArray toJsonText(const Order& o, const OrderParts& parts)
{
    JsonText j;
    j.beginObject();
    writeSummary(j, o);
    const bool tracking =
        o.state == QLatin1String("allocated") || o.state == QLatin1String("picking");
    bool anythingShipped = false;
    j.beginArray("lines");
    for (const OrderLine& l : o.lines) {
        anythingShipped = anythingShipped || l.shippedQty > 0;
        j.beginObject()
            .num("id", l.id)
            .num("product_id", l.productId)
            .str("sku", l.sku)
            .str("name", l.name)
            .str("unit", l.unit)
            .dec("qty", l.qty, 3)
            .dec("unit_price", l.unitPrice, 2)
            .dec("discount_pct", l.discount, 2)
            .dec("tax_rate", l.taxRate, 2)
            .dec("net", l.net, 2)
            .dec("tax", l.tax, 2)
            .dec("gross", l.gross, 2)
            .dec("allocated_qty", l.allocatedQty, 3)
            .dec("shipped_qty", l.shippedQty, 3)
            .dec("returned_qty", l.returnedQty, 3)
            .dec("backorder_qty", tracking ? l.missing() : 0, 3)
            .str("notes", l.notes);
        j.beginArray("allocations");
        if (parts.allocations)
            for (const Allocation& a : *parts.allocations)
                if (a.lineId == l.id)
                    writeAllocation(j, a, false);
        j.endArray().endObject();
    }
    j.endArray();
    j.beginArray("allocations");
    if (parts.allocations)
        for (const Allocation& a : *parts.allocations)
            writeAllocation(j, a, true);
    j.endArray();
    j.str("contact_name", o.contactName)
        .str("contact_phone", o.contactPhone)
        .str("contact_email", o.contactEmail)
        .str("shipping_address", o.shippingAddress)
        .str("notes", o.notes)
        .raw("review_reasons", QJsonDocument(o.reviewReasons).toJson(QJsonDocument::Compact))
        .str("reject_reason", o.rejectReason)
        .str("cancel_reason", o.cancelReason)
        .boolean("has_return", o.hasReturn)
        .strOrNull("submitted_at", o.submittedAt)
        .strOrNull("approved_at", o.approvedAt)
        .strOrNull("allocated_at", o.allocatedAt)
        .strOrNull("shipped_at", o.shippedAt)
        .strOrNull("delivered_at", o.deliveredAt)
        .strOrNull("completed_at", o.completedAt)
        .strOrNull("cancelled_at", o.cancelledAt);
    j.beginArray("allowed_actions");
    for (const QString& action : Lifecycle::allowedActions(o.state, anythingShipped))
        j.str(nullptr, action);
    j.endArray();
    j.raw("shipments", parts.shipments.isEmpty() ? QByteArray("[]") : parts.shipments);
    j.raw("returns", parts.returns.isEmpty() ? QByteArray("[]") : parts.returns);
    if (parts.timeline) {
        j.beginArray("timeline");
        for (const OrderEvent& e : *parts.timeline)
            j.beginObject()
                .str("at", e.at)
                .str("by", e.by)
                .str("action", e.action)
                .str("from_state", e.fromState)
                .str("to_state", e.toState)
                .str("note", e.note)
                .raw("note_ref", timelineNoteRef(e))
                .endObject();
        j.endArray();
    }
    j.endObject();
    return j.text();
}

QJsonObject toJson(const Order& o, const OrderParts& parts)
{
    return QJsonDocument::fromJson(toJsonText(o, parts)).object();
}

} // namespace Erp::Server::Sales
