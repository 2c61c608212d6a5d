#include "server/modules/sales/orderservice.h"

#include "common/jsonrpc.h"
#include "common/money.h"
#include "common/ordermath.h"
#include "server/modules/inventory/inventorymodule.h"
#include "server/modules/mail/outbox.h"
#include "server/modules/sales/orderqueries.h"
#include "server/modules/sales/orderrepository.h"
#include "server/modules/sales/salesevents.h"
#include "server/platform/businessdate.h"
#include "server/platform/documentnumbers.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"
#include "server/storage/database.h"
#include "server/storage/listquery.h"
#include "server/storage/settings.h"

#include <QDate>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <stdexcept>

namespace Erp::Server::Sales {

using Rpc::Error;

namespace {

const QString kEntity = QStringLiteral("sales.order");
constexpr int MaxLines = 500;
constexpr qint64 DefaultMaxDiscount = 2000; // 20.00 %

bool isIsoDate(const QString& s)
{
    return s.size() == 10 && QDate::fromString(s, Qt::ISODate).isValid();
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

/// A review reason: {code, message, message_ref: {id, args}}; the code is the id's last part.
QJsonObject reason(const QString& messageId, const QString& message, const QJsonObject& args)
{
    return QJsonObject{{QStringLiteral("code"), messageId.section(QLatin1Char('.'), -1)},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("message_ref"), Rpc::message(messageId, args)}};
}

QJsonObject stateJson(const Order& o)
{
    return QJsonObject{{QStringLiteral("state"), o.state},
                       {QStringLiteral("version"), o.version},
                       {QStringLiteral("gross"), moneyText(o.gross)}};
}

} // namespace

OrderService::OrderService(Inventory::InventoryModule& inventory, const Platform::EventBus& events)
    : m_stock(inventory.stock())
    , m_events(events)
{}

Order OrderService::begin(OrderRepository& repo, qint64 id, qint64 version, const QString& action)
{
    auto o = repo.load(id, true);
    if (!o)
        throw Rpc::notFound(QStringLiteral("sales_order"), id);
    if (o->version != version)
        throw Rpc::versionConflict(QStringLiteral("sales_order"), o->version);
    const bool shipped = std::any_of(o->lines.begin(), o->lines.end(),
                                     [](const OrderLine& l) { return l.shippedQty > 0; });
    if (Lifecycle::target(o->state, action, shipped).isEmpty())
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("Order %1 is %2: it cannot %3").arg(o->number, o->state, action),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("illegal_transition")},
                                {QStringLiteral("state"), o->state},
                                {QStringLiteral("action"), action}})
            .withId(QStringLiteral("sales.order.illegal_transition"),
                    QJsonObject{{QStringLiteral("number"), o->number},
                                {QStringLiteral("state"), o->state},
                                {QStringLiteral("action"), action}});
    return *o;
}

void OrderService::finish(Rpc::CallContext& ctx, OrderRepository& repo, Order& o,
                          qint64 expectedVersion, const QString& action, const QString& fromState,
                          const QString& note)
{
    const QJsonObject before{{QStringLiteral("state"), fromState},
                             {QStringLiteral("version"), expectedVersion}};
    if (!repo.updateState(o, expectedVersion))
        throw Rpc::versionConflict(QStringLiteral("sales_order"), expectedVersion + 1);
    repo.addEvent(o.id, o.updatedAt, ctx.identity.username, action, fromState, o.state, note);
    QJsonObject after = stateJson(o);
    after.insert(QStringLiteral("action"), action);
    if (!note.isEmpty())
        after.insert(QStringLiteral("note"), note);
    ctx.recordChange(kEntity, o.id, o.version, before, after);
}

QByteArray OrderService::detail(OrderRepository& repo, const Order& o,
                                const QList<Allocation>* known)
{
    bool reserved = false;
    bool shipped = false;
    for (const OrderLine& l : o.lines) {
        reserved = reserved || l.openReservation() > 0;
        shipped = shipped || l.shippedQty > 0;
    }
    // Parts stored elsewhere are read only when the order has any: fewer statements per call.
    OrderQueries queries(repo.db());
    QList<Allocation> allocations;
    if (known)
        allocations = *known;
    else if (reserved)
        allocations = queries.allocations(o.id);
    const QList<OrderEvent> timeline = queries.events(o.id);
    OrderParts parts;
    parts.allocations = &allocations;
    parts.timeline = &timeline;
    if (shipped)
        parts.shipments = QJsonDocument(queries.shipments(o.id)).toJson(QJsonDocument::Compact);
    if (o.hasReturn)
        parts.returns = QJsonDocument(queries.returns(o.id)).toJson(QJsonDocument::Compact);
    return toJsonText(o, parts);
}

QByteArray OrderService::get(Rpc::CallContext& ctx, qint64 id)
{
    OrderRepository repo(ctx.db);
    const auto o = repo.load(id, false);
    if (!o)
        throw Rpc::notFound(QStringLiteral("sales_order"), id);
    return detail(repo, *o);
}

QByteArray OrderService::list(Rpc::CallContext& ctx, const QJsonObject& params)
{
    static const QHash<QString, QString> sortable{
        {QStringLiteral("order_date"), QStringLiteral("o.order_date")},
        {QStringLiteral("number"), QStringLiteral("o.number")},
        {QStringLiteral("gross"), QStringLiteral("o.gross")},
        {QStringLiteral("requested_date"), QStringLiteral("o.requested_date")},
        {QStringLiteral("state"), QStringLiteral("o.state")},
        {QStringLiteral("customer_name"), QStringLiteral("c.name")},
        {QStringLiteral("updated_at"), QStringLiteral("o.updated_at")},
    };
    const auto query = Storage::ListQuery::parse(params, sortable, QStringLiteral("-order_date"),
                                                 QStringLiteral("o.id"));
    const QJsonValue state = query.filter.value(QLatin1String("state"));
    const QJsonArray states = state.isArray() ? state.toArray() : QJsonArray{state};
    if (!state.isUndefined() && !state.isNull()) {
        for (const QJsonValue& s : states)
            if (!Lifecycle::states().contains(s.toString()))
                throw Error(Rpc::InvalidParams,
                            QStringLiteral("Invalid params: filter.state must be one of %1")
                                .arg(Lifecycle::states().join(QLatin1String(", "))))
                    .withId(QStringLiteral("list.filter_state"),
                            QJsonObject{{QStringLiteral("states"),
                                         Lifecycle::states().join(QLatin1String(", "))}});
    }
    for (const char* key : {"from", "to"}) {
        const QJsonValue v = query.filter.value(QLatin1String(key));
        if (!v.isUndefined() && !isIsoDate(v.toString()))
            throw Error(Rpc::InvalidParams,
                        QStringLiteral("Invalid params: filter.%1 must be a date such as "
                                       "\"2026-11-27\"")
                            .arg(QLatin1String(key)))
                .withId(QStringLiteral("list.filter_date"),
                        QJsonObject{{QStringLiteral("filter"), QLatin1String(key)}});
    }
    return OrderQueries(ctx.db).list(query);
}

void OrderService::applyFields(OrderRepository& repo, Order& o, const QJsonObject& fields,
                               bool creating, Rpc::FieldErrors& errors)
{
    const auto has = [&fields](const char* key) { return fields.contains(QLatin1String(key)); };
    std::optional<CustomerInfo> customer;
    if (has("customer_id") || creating) {
        const qint64 id = qint64(fields.value(QLatin1String("customer_id")).toDouble());
        customer = id > 0 ? repo.customer(id) : std::nullopt;
        if (id <= 0)
            errors.add(QStringLiteral("customer_id"), QStringLiteral("required"),
                       QStringLiteral("is required"), QStringLiteral("validation.required"));
        else if (!customer)
            errors.add(QStringLiteral("customer_id"), QStringLiteral("unknown"),
                       QStringLiteral("is not a customer"),
                       QStringLiteral("validation.unknown_customer"));
        else if (customer->status != QLatin1String("active"))
            errors.add(QStringLiteral("customer_id"), QStringLiteral("inactive"),
                       QStringLiteral("is %1").arg(customer->status),
                       QStringLiteral("sales.order.customer_status"),
                       QJsonObject{{QStringLiteral("status"), customer->status}});
        if (customer && customer->id != o.customerId) {
            // A new customer brings its defaults unless the call sets them.
            o.customerId = customer->id;
            o.customerCode = customer->code;
            o.customerName = customer->name;
            o.customerEmail = customer->email;
            o.customerCredit = customer->creditLimit;
            if (!has("contact_name"))
                o.contactName = customer->contactName;
            if (!has("contact_phone"))
                o.contactPhone = customer->phone;
            if (!has("contact_email"))
                o.contactEmail = customer->email;
            if (!has("shipping_address"))
                o.shippingAddress = customer->shippingAddress;
            if (!has("currency"))
                o.currency =
                    customer->currency.isEmpty() ? QStringLiteral("CNY") : customer->currency;
        }
    }
    if (has("contact_name"))
        o.contactName = str(fields, "contact_name");
    if (has("contact_phone"))
        o.contactPhone = str(fields, "contact_phone");
    if (has("contact_email")) {
        o.contactEmail = str(fields, "contact_email").toLower();
        if (!o.contactEmail.isEmpty() && !Mail::isMailAddress(o.contactEmail))
            errors.add(QStringLiteral("contact_email"), QStringLiteral("invalid"),
                       QStringLiteral("is not an e-mail address"),
                       QStringLiteral("validation.email"));
    }
    if (has("shipping_address"))
        o.shippingAddress = str(fields, "shipping_address");
    if (has("notes"))
        o.notes = fields.value(QLatin1String("notes")).toString();
    if (has("order_date") || creating) {
        o.orderDate = str(fields, "order_date");
        if (o.orderDate.isEmpty())
            o.orderDate = Platform::businessDate().toString(Qt::ISODate);
        else if (!isIsoDate(o.orderDate))
            errors.add(QStringLiteral("order_date"), QStringLiteral("invalid"),
                       QStringLiteral("must be a date such as 2026-11-27"),
                       QStringLiteral("validation.date"));
    }
    if (has("requested_date")) {
        o.requestedDate = str(fields, "requested_date");
        if (!o.requestedDate.isEmpty() && !isIsoDate(o.requestedDate))
            errors.add(QStringLiteral("requested_date"), QStringLiteral("invalid"),
                       QStringLiteral("must be a date such as 2026-11-27"),
                       QStringLiteral("validation.date"));
    }
    if (!o.requestedDate.isEmpty() && isIsoDate(o.orderDate) && o.requestedDate < o.orderDate &&
        has("requested_date"))
        errors.add(QStringLiteral("requested_date"), QStringLiteral("before_order_date"),
                   QStringLiteral("is before the order date"),
                   QStringLiteral("sales.order.before_order_date"));
    if (has("channel")) {
        o.channel = str(fields, "channel");
        static const QStringList channels{QStringLiteral("phone"), QStringLiteral("email"),
                                          QStringLiteral("web"), QStringLiteral("walk_in"),
                                          QStringLiteral("import")};
        if (!channels.contains(o.channel))
            errors.add(QStringLiteral("channel"), QStringLiteral("invalid"),
                       QStringLiteral("must be one of %1").arg(channels.join(QLatin1String(", "))),
                       QStringLiteral("validation.one_of"),
                       QJsonObject{{QStringLiteral("values"), channels.join(QLatin1String(", "))}});
    }
    if (has("external_ref"))
        o.externalRef = str(fields, "external_ref");
    if (has("currency")) {
        o.currency = str(fields, "currency").toUpper();
        static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
        if (!iso.match(o.currency).hasMatch())
            errors.add(QStringLiteral("currency"), QStringLiteral("invalid"),
                       QStringLiteral("must be an ISO 4217 code such as CNY"),
                       QStringLiteral("validation.currency"));
    }
    if (!o.externalRef.isEmpty() && (has("external_ref") || has("channel"))) {
        const qint64 other = repo.idByExternalRef(o.channel, o.externalRef);
        if (other != 0 && other != o.id)
            errors.add(QStringLiteral("external_ref"), QStringLiteral("duplicate"),
                       QStringLiteral("another order of this channel has it"),
                       QStringLiteral("sales.order.external_ref_taken"));
    }

    if (!has("lines") && !creating)
        return;
    const QJsonValue linesValue = fields.value(QLatin1String("lines"));
    const QJsonArray input = linesValue.toArray();
    if (!linesValue.isArray() || input.isEmpty()) {
        errors.add(QStringLiteral("lines"), QStringLiteral("required"),
                   QStringLiteral("an order needs at least one line"),
                   QStringLiteral("sales.order.no_lines"));
        return;
    }
    if (input.size() > MaxLines) {
        errors.add(QStringLiteral("lines"), QStringLiteral("too_many"),
                   QStringLiteral("at most %1 lines").arg(MaxLines),
                   QStringLiteral("validation.too_many_lines"),
                   QJsonObject{{QStringLiteral("max"), MaxLines}});
        return;
    }
    QList<qint64> productIds;
    for (const QJsonValue& v : input) {
        const qint64 pid = qint64(v.toObject().value(QLatin1String("product_id")).toDouble());
        if (pid > 0 && !productIds.contains(pid))
            productIds.append(pid);
    }
    const QHash<qint64, LineProduct> products = repo.lineProducts(productIds);
    QList<OrderLine> lines;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QJsonObject in = input.at(i).toObject();
        const QString prefix = QStringLiteral("lines[%1].").arg(i);
        OrderLine l;
        const QJsonValue pidValue = in.value(QLatin1String("product_id"));
        l.productId = qint64(pidValue.toDouble());
        const auto product = products.constFind(l.productId);
        if (!pidValue.isDouble() || l.productId <= 0)
            errors.add(prefix + QStringLiteral("product_id"), QStringLiteral("required"),
                       QStringLiteral("is required"), QStringLiteral("validation.required"));
        else if (product == products.constEnd())
            errors.add(prefix + QStringLiteral("product_id"), QStringLiteral("unknown"),
                       QStringLiteral("is not a product"),
                       QStringLiteral("validation.unknown_product"));
        else if (!product->active)
            errors.add(prefix + QStringLiteral("product_id"), QStringLiteral("inactive"),
                       QStringLiteral("%1 is archived").arg(product->sku),
                       QStringLiteral("sales.order.product_archived"),
                       QJsonObject{{QStringLiteral("sku"), product->sku}});
        bool ok = readUnits(in.value(QLatin1String("qty")), prefix + QStringLiteral("qty"), 3, true,
                            l.qty, errors);
        if (product != products.constEnd()) {
            l.sku = product->sku;
            l.name = product->name;
            l.unit = product->unit;
            l.unitPrice = product->listPrice;
            l.taxRate = product->taxRate;
        }
        if (in.contains(QLatin1String("unit_price")))
            ok = readUnits(in.value(QLatin1String("unit_price")),
                           prefix + QStringLiteral("unit_price"), 2, false, l.unitPrice, errors) &&
                 ok;
        if (in.contains(QLatin1String("discount_pct"))) {
            ok = readUnits(in.value(QLatin1String("discount_pct")),
                           prefix + QStringLiteral("discount_pct"), 2, false, l.discount, errors) &&
                 ok;
            if (l.discount > 10000) {
                errors.add(prefix + QStringLiteral("discount_pct"), QStringLiteral("range"),
                           QStringLiteral("must be at most 100.00"),
                           QStringLiteral("validation.max_100"));
                ok = false;
            }
        }
        if (in.contains(QLatin1String("tax_rate")))
            ok = readUnits(in.value(QLatin1String("tax_rate")), prefix + QStringLiteral("tax_rate"),
                           2, false, l.taxRate, errors) &&
                 ok;
        l.notes = in.value(QLatin1String("notes")).toString();
        if (ok) {
            try {
                lineAmounts(l.qty, l.unitPrice, l.discount, l.taxRate);
            } catch (const std::overflow_error&) {
                errors.add(prefix + QStringLiteral("qty"), QStringLiteral("range"),
                           QStringLiteral("quantity times price is too large"),
                           QStringLiteral("validation.amount_too_large"));
            }
        }
        lines.append(l);
    }
    o.lines = lines;
}

QByteArray OrderService::insertNew(Rpc::CallContext& ctx, OrderRepository& repo, Order& o,
                                   bool bulk)
{
    o.computeTotals();
    static const Platform::NumberSeries orders{QStringLiteral("sales.order"),
                                               QStringLiteral("SO{yyyy}-{n:6}")};
    o.number =
        Platform::takeDocumentNumber(ctx.db, orders, QDate::fromString(o.orderDate, Qt::ISODate));
    o.state = QStringLiteral("draft");
    repo.insert(o, ctx.identity.userId);
    repo.addEvent(o.id, o.createdAt, ctx.identity.username, QStringLiteral("create"), QString(),
                  o.state, QString());
    // The record as written is the record stored: no read-back.
    const QList<OrderEvent> timeline{{o.createdAt, ctx.identity.username, QStringLiteral("create"),
                                      QString(), o.state, QString()}};
    OrderParts parts;
    parts.timeline = &timeline;
    const QByteArray json = toJsonText(o, parts);
    ctx.recordChange(kEntity, o.id, o.version, QJsonValue::Null,
                     QJsonDocument::fromJson(json).object(), !bulk);
    return json;
}

QByteArray OrderService::create(Rpc::CallContext& ctx, const QJsonObject& fields)
{
    OrderRepository repo(ctx.db);
    Order o;
    Rpc::FieldErrors errors;
    applyFields(repo, o, fields, true, errors);
    errors.throwIfAny();
    return insertNew(ctx, repo, o, false);
}

QByteArray OrderService::update(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                const QJsonObject& fields)
{
    OrderRepository repo(ctx.db);
    Order o = begin(repo, id, version, QStringLiteral("update"));
    const QJsonObject before = toJson(o);
    const QString from = o.state;
    Rpc::FieldErrors errors;
    applyFields(repo, o, fields, false, errors);
    errors.throwIfAny();
    o.computeTotals();
    if (!o.submittedAt.isEmpty())
        ++o.amendments; // an edit after the first submit
    o.state = QStringLiteral("draft");
    o.reviewReasons = QJsonArray();
    if (!repo.update(o, version))
        throw Rpc::versionConflict(QStringLiteral("sales_order"), version + 1);
    if (fields.contains(QLatin1String("lines")))
        repo.replaceLines(o);
    repo.addEvent(o.id, o.updatedAt, ctx.identity.username, QStringLiteral("update"), from, o.state,
                  from == QLatin1String("draft") ? QString() : QStringLiteral("amendment"));
    ctx.recordChange(kEntity, o.id, o.version, before, toJson(o));
    return detail(repo, o);
}

QJsonArray OrderService::review(Rpc::CallContext& ctx, OrderRepository& repo, const Order& o)
{
    QJsonArray reasons;
    if (o.customerCredit > 0) {
        // Open orders, and with finance what the customer has not paid yet: invoiced parts of
        // open orders count once, as receivables.
        qint64 exposure = repo.exposure(o.customerId, o.id);
        Events::CreditExposure asked;
        asked.customerId = o.customerId;
        asked.orderIds = repo.exposureOrders(o.customerId, o.id);
        m_events.ask(ctx, asked);
        if (asked.answered)
            exposure = asked.receivable + qMax<qint64>(0, exposure - asked.invoiced);
        if (exposure + o.gross > o.customerCredit)
            reasons.append(reason(
                QStringLiteral("sales.review.credit_limit"),
                QStringLiteral("Open and unpaid orders %1 plus this order %2 exceed the credit "
                               "limit %3")
                    .arg(moneyText(exposure), moneyText(o.gross), moneyText(o.customerCredit)),
                QJsonObject{{QStringLiteral("exposure"), moneyText(exposure)},
                            {QStringLiteral("gross"), moneyText(o.gross)},
                            {QStringLiteral("limit"), moneyText(o.customerCredit)}}));
    }
    QList<qint64> ids;
    QHash<qint64, qint64> wanted;
    for (const OrderLine& l : o.lines) {
        if (!ids.contains(l.productId))
            ids.append(l.productId);
        wanted[l.productId] += l.qty;
    }
    const QHash<qint64, ReviewFacts> facts = repo.reviewFacts(ids);
    qint64 maxDiscount = DefaultMaxDiscount;
    const auto setting =
        Decimal::parse(Storage::setting(ctx.db, QStringLiteral("sales.max_discount_pct")), 2);
    if (setting && !setting->isNegative())
        maxDiscount = setting->units();
    QSet<qint64> stockReported;
    for (const OrderLine& l : o.lines) {
        const qint64 have = facts.value(l.productId).available;
        if (wanted.value(l.productId) > have && !stockReported.contains(l.productId)) {
            stockReported.insert(l.productId);
            reasons.append(reason(
                QStringLiteral("sales.review.insufficient_stock"),
                QStringLiteral("%1: %2 ordered, %3 available")
                    .arg(l.sku, qtyText(wanted.value(l.productId)), qtyText(qMax<qint64>(have, 0))),
                QJsonObject{{QStringLiteral("sku"), l.sku},
                            {QStringLiteral("ordered"), qtyText(wanted.value(l.productId))},
                            {QStringLiteral("available"), qtyText(qMax<qint64>(have, 0))}}));
        }
        const qint64 cost = facts.value(l.productId).cost;
        // net unit price < cost, compared exactly: price × (100% − discount) < cost × 100%.
        if (__int128(l.unitPrice) * (10000 - l.discount) < __int128(cost) * 10000) {
            // The cost travels as its own key (protected: inventory.cost), not in the text.
            QJsonObject r = reason(QStringLiteral("sales.review.below_cost"),
                                   QStringLiteral("%1: net unit price below cost").arg(l.sku),
                                   QJsonObject{{QStringLiteral("sku"), l.sku}});
            r.insert(QStringLiteral("cost"), moneyText(cost));
            reasons.append(r);
        }
        if (l.discount > maxDiscount)
            reasons.append(reason(QStringLiteral("sales.review.discount"),
                                  QStringLiteral("%1: discount %2% above %3%")
                                      .arg(l.sku, rateText(l.discount), rateText(maxDiscount)),
                                  QJsonObject{{QStringLiteral("sku"), l.sku},
                                              {QStringLiteral("pct"), rateText(l.discount)},
                                              {QStringLiteral("max"), rateText(maxDiscount)}}));
    }
    return reasons;
}

QByteArray OrderService::submit(Rpc::CallContext& ctx, qint64 id, qint64 version)
{
    OrderRepository repo(ctx.db);
    Order o = begin(repo, id, version, QStringLiteral("submit"));
    const QString from = o.state;
    const QString now = Storage::nowText();
    o.reviewReasons = review(ctx, repo, o);
    if (o.submittedAt.isEmpty())
        o.submittedAt = now; // processing time counts from the first submit
    o.rejectReason.clear();
    const bool clean = o.reviewReasons.isEmpty();
    o.state = clean ? QStringLiteral("approved") : QStringLiteral("submitted");
    if (clean)
        o.approvedAt = now;
    if (!repo.updateState(o, version))
        throw Rpc::versionConflict(QStringLiteral("sales_order"), version + 1);
    if (clean) {
        repo.addEvents(o.id, now, ctx.identity.username, QStringLiteral("submit"), from,
                       QStringLiteral("submitted"), QString(), QStringLiteral("approve"), o.state,
                       QStringLiteral("approved automatically"));
        notify(ctx, o, QStringLiteral("approved"), QString(), QString());
    } else {
        repo.addEvent(o.id, now, ctx.identity.username, QStringLiteral("submit"), from, o.state,
                      QStringLiteral("waiting for approval"));
    }
    ctx.recordChange(
        kEntity, o.id, o.version,
        QJsonObject{{QStringLiteral("state"), from}, {QStringLiteral("version"), version}},
        QJsonObject{{QStringLiteral("state"), o.state},
                    {QStringLiteral("version"), o.version},
                    {QStringLiteral("review_reasons"), o.reviewReasons}});
    return detail(repo, o);
}

QByteArray OrderService::approve(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                 const QString& note)
{
    OrderRepository repo(ctx.db);
    Order o = begin(repo, id, version, QStringLiteral("approve"));
    const QString from = o.state;
    o.state = QStringLiteral("approved");
    o.approvedAt = Storage::nowText();
    finish(ctx, repo, o, version, QStringLiteral("approve"), from, note.trimmed());
    notify(ctx, o, QStringLiteral("approved"), QString(), QString());
    return detail(repo, o);
}

QByteArray OrderService::reject(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                const QString& why)
{
    OrderRepository repo(ctx.db);
    Order o = begin(repo, id, version, QStringLiteral("reject"));
    if (why.trimmed().isEmpty())
        throw Error::validation(QStringLiteral("reason"), QStringLiteral("required"),
                                QStringLiteral("say why the order is rejected"),
                                QStringLiteral("sales.order.reject_reason"));
    const QString from = o.state;
    o.state = QStringLiteral("rejected");
    o.rejectReason = why.trimmed();
    finish(ctx, repo, o, version, QStringLiteral("reject"), from, o.rejectReason);
    return detail(repo, o);
}

QByteArray OrderService::cancel(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                const QString& why)
{
    OrderRepository repo(ctx.db);
    Order o = begin(repo, id, version, QStringLiteral("cancel"));
    const QString from = o.state;
    QList<qint64> freed;
    QList<OrderLine> changed;
    for (OrderLine& l : o.lines) {
        if (l.openReservation() <= 0)
            continue;
        if (!freed.contains(l.productId))
            freed.append(l.productId);
        l.allocatedQty = l.shippedQty;
        changed.append(l);
    }
    repo.updateLineProgress(changed);
    if (!freed.isEmpty())
        m_stock.release(ctx, {QStringLiteral("sales_order"), o.id, 0, o.number});
    o.state = QStringLiteral("cancelled");
    o.cancelledAt = Storage::nowText();
    o.cancelReason = why.trimmed();
    o.hasBackorder = false;
    finish(ctx, repo, o, version, QStringLiteral("cancel"), from, o.cancelReason);
    // What this order held may be what another one is waiting for.
    for (qint64 productId : freed)
        allocateBackorders(ctx, productId);
    return detail(repo, o);
}

void OrderService::notify(Rpc::CallContext& ctx, const Order& o, const QString& kind,
                          const QString& detailEn, const QString& detailZh)
{
    struct Text
    {
        const char* en;
        const char* zh;
    };
    static const QHash<QString, Text> texts{
        {QStringLiteral("approved"), {"confirmed", "已确认"}},
        {QStringLiteral("shipped"), {"shipped", "已发货"}},
        {QStringLiteral("delivered"), {"delivered", "已送达"}},
    };
    const Text t = texts.value(kind);
    const QString en = QString::fromLatin1(t.en);
    const QString zh = QString::fromUtf8(t.zh);
    const QString greeting = o.contactName.isEmpty() ? o.customerName : o.contactName;
    QString body = QStringLiteral("%1：\n\n您的订单 %2 %3。").arg(greeting, o.number, zh);
    if (!detailZh.isEmpty())
        body += QLatin1Char('\n') + detailZh;
    body += QStringLiteral("\n订单金额（含税）：%1 %2\n\n").arg(moneyText(o.gross), o.currency);
    body += QStringLiteral("Dear %1,\n\nyour order %2 has been %3.").arg(greeting, o.number, en);
    if (!detailEn.isEmpty())
        body += QLatin1Char('\n') + detailEn;
    body +=
        QStringLiteral("\nOrder total (incl. tax): %1 %2\n").arg(moneyText(o.gross), o.currency);
    Mail::queueMail(
        ctx, Mail::MailMessage{o.notifyAddress(),
                               QStringLiteral("Order %1 %2 / 订单 %1 %3").arg(o.number, en, zh),
                               body, kEntity, o.id});
}

} // namespace Erp::Server::Sales
