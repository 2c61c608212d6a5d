#include "server/modules/purchasing/purchaseorderservice.h"

#include "common/jsonrpc.h"
#include "common/ordermath.h"
#include "server/modules/inventory/inventorymodule.h"
#include "server/modules/inventory/units.h"
#include "server/modules/purchasing/purchaseorderrepository.h"
#include "server/modules/purchasing/purchasingevents.h"
#include "server/modules/purchasing/supplierrepository.h"
#include "server/platform/businessdate.h"
#include "server/platform/documentnumbers.h"
#include "server/platform/eventbus.h"
#include "server/platform/fieldaccess.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"
#include "server/storage/listquery.h"

#include <QDate>
#include <QRegularExpression>

#include <stdexcept>

namespace Erp::Server::Purchasing {

using Inventory::qtyText;
using Rpc::Error;

namespace {

const QString kEntity = QStringLiteral("purchasing.order");
const QString kInvalid = QStringLiteral("invalid");
constexpr int MaxLines = 500;

Error illegal(const PurchaseOrder& o, const QString& action)
{
    return Error(Rpc::BusinessRule,
                 QStringLiteral("Purchase order %1 is %2: \"%3\" is not possible in that state")
                     .arg(o.number, o.state, action),
                 QJsonObject{{QStringLiteral("reason"), QStringLiteral("illegal_transition")},
                             {QStringLiteral("state"), o.state},
                             {QStringLiteral("action"), action}})
        .withId(QStringLiteral("purchasing.order.illegal_transition"),
                QJsonObject{{QStringLiteral("number"), o.number},
                            {QStringLiteral("state"), o.state},
                            {QStringLiteral("action"), action}});
}

bool isIsoDate(const QString& s)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return shape.match(s).hasMatch() && QDate::fromString(s, Qt::ISODate).isValid();
}

QString today()
{
    return Platform::businessDate().toString(Qt::ISODate);
}

/// A positive record id in a nested object, else a field error.
qint64 idField(const QJsonObject& o, const char* key, const QString& field,
               Rpc::FieldErrors& errors)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const double d = v.toDouble();
    if (v.isUndefined() || v.isNull()) {
        errors.add(field, QStringLiteral("required"), QStringLiteral("is required"),
                   QStringLiteral("validation.required"));
        return 0;
    }
    if (!v.isDouble() || d < 1 || d != double(qint64(d))) {
        errors.add(field, kInvalid, QStringLiteral("must be a record id"),
                   QStringLiteral("validation.record_id"));
        return 0;
    }
    return qint64(d);
}

const Platform::NumberSeries kOrderNumbers{QStringLiteral("purchasing.order"),
                                           QStringLiteral("PO{yyyy}-{n:6}")};
const Platform::NumberSeries kReceiptNumbers{QStringLiteral("purchasing.receipt"),
                                             QStringLiteral("GR{yyyy}-{n:6}")};

} // namespace

PurchaseOrder PurchaseOrderService::load(PurchaseOrderRepository& repo, qint64 id)
{
    auto o = repo.byId(id);
    if (!o)
        throw Rpc::notFound(QStringLiteral("purchase_order"), id);
    return *o;
}

QJsonObject PurchaseOrderService::get(Rpc::CallContext& ctx, qint64 id)
{
    PurchaseOrderRepository repo(ctx.db);
    return toJson(load(repo, id));
}

QJsonObject PurchaseOrderService::list(Rpc::CallContext& ctx, const QJsonObject& params)
{
    static const QHash<QString, QString> sortable{
        {QStringLiteral("id"), QStringLiteral("o.id")},
        {QStringLiteral("number"), QStringLiteral("o.number")},
        {QStringLiteral("order_date"), QStringLiteral("o.order_date")},
        {QStringLiteral("expected_date"), QStringLiteral("o.expected_date")},
        {QStringLiteral("gross"), QStringLiteral("o.gross")},
        {QStringLiteral("state"), QStringLiteral("o.state")},
        {QStringLiteral("supplier_name"), QStringLiteral("s.name")},
        {QStringLiteral("created_at"), QStringLiteral("o.created_at")},
        {QStringLiteral("updated_at"), QStringLiteral("o.updated_at")},
    };
    const auto query = Storage::ListQuery::parse(params, sortable, QStringLiteral("-order_date"),
                                                 QStringLiteral("o.id"));
    static const QStringList known{
        QStringLiteral("draft"),     QStringLiteral("sent"),
        QStringLiteral("confirmed"), QStringLiteral("partially_received"),
        QStringLiteral("received"),  QStringLiteral("cancelled")};
    const QJsonValue state = query.filter.value(QLatin1String("state"));
    QStringList states;
    if (state.isString()) {
        states.append(state.toString());
    } else if (state.isArray()) {
        for (const QJsonValue& v : state.toArray())
            states.append(v.toString());
    } else if (!state.isUndefined() && !state.isNull()) {
        states.append(QString()); // reported below
    }
    for (const QString& s : std::as_const(states))
        if (!known.contains(s))
            throw Error(Rpc::InvalidParams,
                        QStringLiteral("Invalid params: filter.state must be one of %1 (or a "
                                       "list of them)")
                            .arg(known.join(QLatin1String(", "))))
                .withId(QStringLiteral("list.filter_state"),
                        QJsonObject{{QStringLiteral("states"), known.join(QLatin1String(", "))}});
    for (const char* key : {"supplier_id", "warehouse_id"}) {
        const QJsonValue v = query.filter.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isDouble())
            throw Error(
                Rpc::InvalidParams,
                QStringLiteral("Invalid params: filter.%1 must be an id").arg(QLatin1String(key)))
                .withId(QStringLiteral("list.filter_id"),
                        QJsonObject{{QStringLiteral("filter"), QLatin1String(key)}});
    }
    return PurchaseOrderRepository(ctx.db).list(query, states);
}

void PurchaseOrderService::apply(Rpc::CallContext& ctx, PurchaseOrder& o, const QJsonObject& fields,
                                 Rpc::FieldErrors& errors)
{
    if (fields.contains(QLatin1String("supplier_id")))
        o.supplierId = qint64(fields.value(QLatin1String("supplier_id")).toDouble());
    if (fields.contains(QLatin1String("warehouse_id")))
        o.warehouseId = qint64(fields.value(QLatin1String("warehouse_id")).toDouble());
    if (fields.contains(QLatin1String("order_date")))
        o.orderDate = fields.value(QLatin1String("order_date")).toString().trimmed();
    if (fields.contains(QLatin1String("expected_date")))
        o.expectedDate = fields.value(QLatin1String("expected_date")).toString().trimmed();
    if (fields.contains(QLatin1String("currency")))
        o.currency = fields.value(QLatin1String("currency")).toString().trimmed().toUpper();
    if (fields.contains(QLatin1String("notes")))
        o.notes = fields.value(QLatin1String("notes")).toString().trimmed();

    const QJsonValue linesValue = fields.value(QLatin1String("lines"));
    if (!linesValue.isArray())
        return;
    const QJsonArray list = linesValue.toArray();
    if (list.size() > MaxLines) {
        errors.add(QStringLiteral("lines"), QStringLiteral("too_long"),
                   QStringLiteral("at most %1 lines").arg(MaxLines),
                   QStringLiteral("validation.too_many_lines"),
                   QJsonObject{{QStringLiteral("max"), MaxLines}});
        return;
    }
    QList<qint64> productIds;
    for (const QJsonValue& v : list) {
        const double d = v.toObject().value(QLatin1String("product_id")).toDouble();
        if (d >= 1)
            productIds.append(qint64(d));
    }
    const auto products = m_inventory.products(ctx, productIds);
    // A line's price defaults to the product's cost, but only for callers who may read the
    // cost (inventory.cost); for the others it starts at 0 for them to enter the supplier's
    // price, so a purchase order never reveals a cost they may not see.
    const bool costDefault = Platform::FieldAccess::canRead(
        ctx, QStringLiteral("inventory.product"), QStringLiteral("cost"));
    o.lines.clear();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString prefix = QStringLiteral("lines[%1].").arg(i);
        if (!list.at(i).isObject()) {
            errors.add(QStringLiteral("lines[%1]").arg(i), kInvalid,
                       QStringLiteral("must be an object {product_id, qty, unit_cost, "
                                      "tax_rate}"),
                       QStringLiteral("purchasing.order.line_object"));
            continue;
        }
        const QJsonObject in = list.at(i).toObject();
        PurchaseOrderLine l;
        l.productId = idField(in, "product_id", prefix + QStringLiteral("product_id"), errors);
        const auto product = products.constFind(l.productId);
        if (l.productId > 0 && product == products.constEnd()) {
            errors.add(prefix + QStringLiteral("product_id"), QStringLiteral("unknown"),
                       QStringLiteral("is not a product"),
                       QStringLiteral("validation.unknown_product"));
        } else if (l.productId > 0 && !product->active) {
            errors.add(prefix + QStringLiteral("product_id"), QStringLiteral("inactive"),
                       QStringLiteral("is an archived product"),
                       QStringLiteral("validation.archived_product"));
        } else if (l.productId > 0) {
            l.sku = product->sku;
            l.name = product->name;
            l.unit = product->unit;
            l.unitCost = costDefault ? product->cost : 0;
            l.taxRate = product->taxRate;
        }
        if (in.contains(QLatin1String("qty")))
            Inventory::readQty(in.value(QLatin1String("qty")), prefix + QStringLiteral("qty"),
                               l.qty, errors, Inventory::Sign::Positive);
        else
            errors.add(prefix + QStringLiteral("qty"), QStringLiteral("required"),
                       QStringLiteral("is required"), QStringLiteral("validation.required"));
        if (in.contains(QLatin1String("unit_cost")))
            Inventory::readMoney(in.value(QLatin1String("unit_cost")),
                                 prefix + QStringLiteral("unit_cost"), l.unitCost, errors);
        if (in.contains(QLatin1String("tax_rate")))
            Inventory::readRate(in.value(QLatin1String("tax_rate")),
                                prefix + QStringLiteral("tax_rate"), l.taxRate, errors);
        o.lines.append(l);
    }
}

void PurchaseOrderService::checkHeader(Rpc::CallContext& ctx, PurchaseOrderRepository& repo,
                                       const PurchaseOrder& o, Rpc::FieldErrors& errors,
                                       const PurchaseOrder* before)
{
    static const QRegularExpression currencyPattern(QStringLiteral("^[A-Z]{3}$"));
    if (o.supplierId <= 0) {
        errors.add(QStringLiteral("supplier_id"), QStringLiteral("required"),
                   QStringLiteral("is required"), QStringLiteral("validation.required"));
    } else if (!before || before->supplierId != o.supplierId) {
        // An unchanged supplier is not checked again: it may have been archived since.
        const auto supplier = SupplierRepository(ctx.db).byId(o.supplierId);
        if (!supplier)
            errors.add(QStringLiteral("supplier_id"), QStringLiteral("unknown"),
                       QStringLiteral("is not a supplier"),
                       QStringLiteral("validation.unknown_supplier"));
        else if (!supplier->active)
            errors.add(QStringLiteral("supplier_id"), QStringLiteral("inactive"),
                       QStringLiteral("is an archived supplier"),
                       QStringLiteral("validation.archived_supplier"));
    }
    if (o.warehouseId <= 0) {
        errors.add(QStringLiteral("warehouse_id"), QStringLiteral("required"),
                   QStringLiteral("is required"), QStringLiteral("validation.required"));
    } else if (!before || before->warehouseId != o.warehouseId) {
        const auto active = repo.warehouseActive(o.warehouseId);
        if (!active)
            errors.add(QStringLiteral("warehouse_id"), QStringLiteral("unknown"),
                       QStringLiteral("is not a warehouse"),
                       QStringLiteral("validation.unknown_warehouse"));
        else if (!*active)
            errors.add(QStringLiteral("warehouse_id"), QStringLiteral("inactive"),
                       QStringLiteral("is an inactive warehouse"),
                       QStringLiteral("validation.inactive_warehouse"));
    }
    if (!isIsoDate(o.orderDate))
        errors.add(QStringLiteral("order_date"), kInvalid,
                   QStringLiteral("must be a date such as 2026-11-27"),
                   QStringLiteral("validation.date"));
    if (!o.expectedDate.isEmpty()) {
        if (!isIsoDate(o.expectedDate))
            errors.add(QStringLiteral("expected_date"), kInvalid,
                       QStringLiteral("must be a date such as 2026-11-27"),
                       QStringLiteral("validation.date"));
        else if (isIsoDate(o.orderDate) && o.expectedDate < o.orderDate)
            errors.add(QStringLiteral("expected_date"), QStringLiteral("before_order_date"),
                       QStringLiteral("must not be before the order date"),
                       QStringLiteral("purchasing.order.before_order_date"));
    }
    if (!currencyPattern.match(o.currency).hasMatch())
        errors.add(QStringLiteral("currency"), kInvalid,
                   QStringLiteral("must be a three-letter currency code"),
                   QStringLiteral("validation.currency"));
    if (o.notes.size() > 4000)
        errors.add(QStringLiteral("notes"), QStringLiteral("too_long"),
                   QStringLiteral("must be at most 4000 characters"),
                   QStringLiteral("validation.too_long"),
                   QJsonObject{{QStringLiteral("max"), 4000}});
}

void PurchaseOrderService::computeTotals(PurchaseOrder& o, Rpc::FieldErrors& errors)
{
    try {
        o.computeTotals();
    } catch (const std::overflow_error&) {
        errors.add(QStringLiteral("lines"), QStringLiteral("too_large"),
                   QStringLiteral("the amounts are too large"),
                   QStringLiteral("validation.amount_too_large"));
    }
}

QJsonObject PurchaseOrderService::insert(Rpc::CallContext& ctx, PurchaseOrderRepository& repo,
                                         PurchaseOrder& o)
{
    o.number = Platform::takeDocumentNumber(ctx.db, kOrderNumbers,
                                            QDate::fromString(o.orderDate, Qt::ISODate));
    o.state = QStringLiteral("draft");
    o.createdBy = ctx.identity.userId;
    repo.insert(o);
    const QJsonObject stored = toJson(load(repo, o.id));
    ctx.recordChange(kEntity, o.id, o.version, QJsonValue::Null, stored);
    return stored;
}

QJsonObject PurchaseOrderService::create(Rpc::CallContext& ctx, const QJsonObject& fields)
{
    PurchaseOrderRepository repo(ctx.db);
    PurchaseOrder o;
    o.orderDate = today();
    o.currency.clear(); // the supplier's unless given
    Rpc::FieldErrors errors;
    apply(ctx, o, fields, errors);
    // Defaults from the supplier: its currency and, without an expected date, its lead time.
    if (const auto supplier = SupplierRepository(ctx.db).byId(o.supplierId)) {
        if (o.currency.isEmpty())
            o.currency = supplier->currency;
        const QDate ordered = QDate::fromString(o.orderDate, Qt::ISODate);
        if (!fields.contains(QLatin1String("expected_date")) && ordered.isValid())
            o.expectedDate = ordered.addDays(supplier->leadTimeDays).toString(Qt::ISODate);
    }
    if (o.currency.isEmpty())
        o.currency = QStringLiteral("CNY");
    checkHeader(ctx, repo, o, errors, nullptr);
    computeTotals(o, errors);
    errors.throwIfAny();
    return insert(ctx, repo, o);
}

QJsonObject PurchaseOrderService::createDraft(Rpc::CallContext& ctx, qint64 supplierId,
                                              qint64 warehouseId, const QList<DraftLine>& lines,
                                              const QString& notes)
{
    QJsonArray jsonLines;
    for (const DraftLine& l : lines)
        jsonLines.append(QJsonObject{{QStringLiteral("product_id"), l.productId},
                                     {QStringLiteral("qty"), qtyText(l.qty)}});
    return create(ctx, QJsonObject{{QStringLiteral("supplier_id"), supplierId},
                                   {QStringLiteral("warehouse_id"), warehouseId},
                                   {QStringLiteral("notes"), notes},
                                   {QStringLiteral("lines"), jsonLines}});
}

QJsonObject PurchaseOrderService::update(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                         const QJsonObject& fields)
{
    PurchaseOrderRepository repo(ctx.db);
    PurchaseOrder o = load(repo, id);
    if (o.version != version)
        throw Rpc::versionConflict(QStringLiteral("purchase_order"), o.version);
    if (!isAllowed(o.state, Action::Update))
        throw illegal(o, Action::Update);
    const PurchaseOrder before = o;
    Rpc::FieldErrors errors;
    apply(ctx, o, fields, errors);
    checkHeader(ctx, repo, o, errors, &before);
    computeTotals(o, errors);
    errors.throwIfAny();
    if (!repo.updateDraft(o, version))
        throw Rpc::versionConflict(QStringLiteral("purchase_order"), version + 1);
    const QJsonObject stored = toJson(load(repo, id));
    ctx.recordChange(kEntity, id, version + 1, toJson(before), stored);
    return stored;
}

QJsonObject PurchaseOrderService::transition(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                             const QString& action)
{
    PurchaseOrderRepository repo(ctx.db);
    const PurchaseOrder o = load(repo, id);
    if (o.version != version)
        throw Rpc::versionConflict(QStringLiteral("purchase_order"), o.version);
    if (!isAllowed(o.state, action) || action == Action::Update || action == Action::Receive)
        throw illegal(o, action);
    if (action == Action::Send && o.lines.isEmpty())
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("Purchase order %1 has no lines to send").arg(o.number),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("no_lines")}})
            .withId(QStringLiteral("purchasing.order.no_lines"),
                    QJsonObject{{QStringLiteral("number"), o.number}});
    if (!repo.setState(id, version, targetState(action)))
        throw Rpc::versionConflict(QStringLiteral("purchase_order"), version + 1);
    const PurchaseOrder stored = load(repo, id);
    ctx.recordChange(kEntity, id, stored.version, summaryJson(o), summaryJson(stored));
    return toJson(stored);
}

QJsonObject PurchaseOrderService::receive(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                          const QJsonArray& lines, qint64 locationId,
                                          const QString& notes)
{
    PurchaseOrderRepository repo(ctx.db);
    const PurchaseOrder o = load(repo, id);
    if (o.version != version)
        throw Rpc::versionConflict(QStringLiteral("purchase_order"), o.version);
    if (!isAllowed(o.state, Action::Receive))
        throw illegal(o, Action::Receive);

    // What arrives per order line, in the order's line order.
    QHash<qint64, qint64> incoming;
    Rpc::FieldErrors errors;
    if (lines.isEmpty()) {
        for (const PurchaseOrderLine& l : o.lines)
            if (l.openQty() > 0)
                incoming.insert(l.id, l.openQty());
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString prefix = QStringLiteral("lines[%1].").arg(i);
        const QJsonObject in = lines.at(i).toObject();
        const qint64 lineId = idField(in, "line_id", prefix + QStringLiteral("line_id"), errors);
        if (lineId > 0 &&
            std::none_of(o.lines.begin(), o.lines.end(),
                         [lineId](const PurchaseOrderLine& l) { return l.id == lineId; }))
            errors.add(prefix + QStringLiteral("line_id"), QStringLiteral("unknown"),
                       QStringLiteral("is not a line of this order"),
                       QStringLiteral("validation.unknown_order_line"));
        qint64 qty = 0;
        if (Inventory::readQty(in.value(QLatin1String("qty")), prefix + QStringLiteral("qty"), qty,
                               errors, Inventory::Sign::Positive) &&
            lineId > 0)
            incoming[lineId] += qty;
    }
    if (locationId > 0 && repo.locationWarehouse(locationId) != o.warehouseId)
        errors.add(QStringLiteral("location_id"), QStringLiteral("unknown"),
                   QStringLiteral("is not a location of the order's warehouse"),
                   QStringLiteral("purchasing.receipt.location_not_in_warehouse"));
    if (notes.size() > 4000)
        errors.add(QStringLiteral("notes"), QStringLiteral("too_long"),
                   QStringLiteral("must be at most 4000 characters"),
                   QStringLiteral("validation.too_long"),
                   QJsonObject{{QStringLiteral("max"), 4000}});
    errors.throwIfAny();

    bool complete = true;
    for (const PurchaseOrderLine& l : o.lines) {
        const qint64 qty = incoming.value(l.id);
        if (qty > l.openQty())
            throw Error(Rpc::BusinessRule,
                        QStringLiteral("%1 %2 would be received on line %3 (%4), but only %5 of "
                                       "%6 ordered are still open")
                            .arg(qtyText(qty), l.unit, QString::number(l.id), l.sku,
                                 qtyText(l.openQty()), qtyText(l.qty)),
                        QJsonObject{{QStringLiteral("reason"), QStringLiteral("over_receipt")},
                                    {QStringLiteral("line_id"), l.id},
                                    {QStringLiteral("product_id"), l.productId},
                                    {QStringLiteral("ordered"), qtyText(l.qty)},
                                    {QStringLiteral("received"), qtyText(l.receivedQty)},
                                    {QStringLiteral("requested"), qtyText(qty)}})
                .withId(QStringLiteral("purchasing.receipt.over_receipt"),
                        QJsonObject{{QStringLiteral("qty"), qtyText(qty)},
                                    {QStringLiteral("unit"), l.unit},
                                    {QStringLiteral("line"), QString::number(l.id)},
                                    {QStringLiteral("sku"), l.sku},
                                    {QStringLiteral("open"), qtyText(l.openQty())},
                                    {QStringLiteral("ordered"), qtyText(l.qty)}});
        complete = complete && l.receivedQty + qty == l.qty;
    }
    if (incoming.isEmpty())
        throw Error(Rpc::BusinessRule, QStringLiteral("Nothing to receive"),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("nothing_to_receive")}})
            .withId(QStringLiteral("purchasing.receipt.nothing"));

    // The versioned header update first: it locks the order against a concurrent receipt.
    const QString state =
        complete ? QStringLiteral("received") : QStringLiteral("partially_received");
    if (!repo.setState(id, version, state))
        throw Rpc::versionConflict(QStringLiteral("purchase_order"), version + 1);
    Receipt receipt;
    receipt.number = Platform::takeDocumentNumber(ctx.db, kReceiptNumbers);
    receipt.locationId = locationId;
    receipt.notes = notes;
    repo.insertReceipt(receipt, o.id, o.warehouseId, ctx.identity.userId, ctx.identity.username);
    Events::GoodsReceived received;
    received.receiptId = receipt.id;
    received.number = receipt.number;
    received.date = Platform::businessDate();
    received.orderId = o.id;
    received.orderNumber = o.number;
    received.supplierId = o.supplierId;
    received.warehouseId = o.warehouseId;
    received.currency = o.currency;
    QList<Inventory::StockMove> moves;
    for (const PurchaseOrderLine& l : o.lines) {
        const qint64 qty = incoming.value(l.id);
        if (qty <= 0)
            continue;
        if (!repo.addReceived(l.id, qty))
            throw Rpc::versionConflict(QStringLiteral("purchase_order"), version + 1);
        Inventory::StockMove move;
        move.productId = l.productId;
        move.warehouseId = o.warehouseId;
        move.locationId = locationId;
        move.kind = QStringLiteral("receipt");
        move.qty = qty;
        move.reason = QStringLiteral("goods receipt %1").arg(receipt.number);
        move.source = {QStringLiteral("purchase_order"), o.id, l.id, o.number};
        move.unitCost = l.unitCost;
        move.currency = o.currency;
        moves.append(move);
        const LineAmounts amounts = lineAmounts(qty, l.unitCost, 0, l.taxRate);
        received.lines.append(
            {l.id, l.productId, qty, l.unitCost, l.taxRate, amounts.net, amounts.tax, 0});
        received.net += amounts.net;
        received.tax += amounts.tax;
    }
    // One posting for the receipt; waiting backorders allocate themselves on it (sales
    // subscribes to inventory.stock_moved).
    const QList<qint64> moveIds = m_inventory.stock().postAll(ctx, moves);
    for (qsizetype i = 0; i < received.lines.size(); ++i) {
        Events::GoodsReceived::Line& line = received.lines[i];
        line.moveId = moveIds.at(i);
        repo.insertReceiptLine(receipt.id,
                               {line.orderLineId, line.productId, line.qty, line.moveId});
    }
    m_events.publish(ctx, received);
    const PurchaseOrder stored = load(repo, id);
    QJsonObject after = summaryJson(stored);
    after.insert(QStringLiteral("receipt"), receipt.number);
    ctx.recordChange(kEntity, id, stored.version, summaryJson(o), after);
    return toJson(stored);
}

} // namespace Erp::Server::Purchasing
