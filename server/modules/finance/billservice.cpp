#include "server/modules/finance/billservice.h"

#include "common/jsonrpc.h"
#include "common/money.h"
#include "common/ordermath.h"
#include "server/modules/finance/accountrepository.h"
#include "server/modules/finance/billrepository.h"
#include "server/modules/finance/documentfields.h"
#include "server/modules/finance/invoice.h"
#include "server/modules/purchasing/purchaseorderrepository.h"
#include "server/modules/purchasing/supplierrepository.h"
#include "server/platform/businessdate.h"
#include "server/platform/documentnumbers.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"
#include "server/storage/database.h"
#include "server/storage/listquery.h"

namespace Erp::Server::Finance {

using Rpc::Error;

namespace {

const QString kEntity = QStringLiteral("finance.bill");
constexpr int kMaxLines = 1000;
constexpr int kMaxRefLength = 40;

const Platform::NumberSeries& billSeries()
{
    static const Platform::NumberSeries s{QStringLiteral("finance.bill"),
                                          QStringLiteral("BILL{yyyy}-{n:6}")};
    return s;
}

QString ref(const Bill& b)
{
    return b.number.isEmpty() ? QStringLiteral("#%1").arg(b.id) : b.number;
}

Error illegal(const Bill& b, const QString& action)
{
    return Error(Rpc::BusinessRule,
                 QStringLiteral("Bill %1 is %2: it cannot %3").arg(ref(b), b.state, action),
                 QJsonObject{{QStringLiteral("reason"), QStringLiteral("illegal_transition")},
                             {QStringLiteral("state"), b.state},
                             {QStringLiteral("action"), action}})
        .withId(QStringLiteral("finance.bill.illegal_transition"),
                {{QStringLiteral("number"), ref(b)},
                 {QStringLiteral("state"), b.state},
                 {QStringLiteral("action"), action}});
}

Error posted(const Bill& b)
{
    return Error(Rpc::BusinessRule,
                 QStringLiteral("Bill %1 is posted: only the supplier's bill number and date can "
                                "change; cancel it to reverse it")
                     .arg(ref(b)),
                 QJsonObject{{QStringLiteral("reason"), QStringLiteral("posted")}})
        .withId(QStringLiteral("finance.bill.posted"), {{QStringLiteral("number"), ref(b)}});
}

const Purchasing::PurchaseOrderLine* orderLine(const Purchasing::PurchaseOrder& o, qint64 id)
{
    for (const Purchasing::PurchaseOrderLine& l : o.lines)
        if (l.id == id)
            return &l;
    return nullptr;
}

/// The supplier's bill number and date, when given.
void readSupplierRef(const QJsonObject& params, Bill& b, Rpc::FieldErrors& errors)
{
    readText(params, "supplier_ref", kMaxRefLength, b.supplierRef, errors);
    readText(params, "supplier_date", 10, b.supplierDate, errors);
    if (params.contains(QLatin1String("supplier_date")) && !b.supplierDate.isEmpty())
        readDate(b.supplierDate, QStringLiteral("supplier_date"), errors);
}

std::optional<Purchasing::PurchaseOrder> orderOf(Rpc::CallContext& ctx, const Bill& b)
{
    if (b.purchaseOrderId <= 0)
        return std::nullopt;
    return Purchasing::PurchaseOrderRepository(ctx.db).byId(b.purchaseOrderId);
}

} // namespace

BillService::BillService(LedgerService& ledger, LedgerService::PartnerCheck partners)
    : m_ledger(ledger)
    , m_partners(std::move(partners))
{}

Bill BillService::load(BillRepository& repo, qint64 id, bool lock)
{
    auto b = repo.byId(id, lock);
    if (!b)
        throw Rpc::notFound(QStringLiteral("bill"), id);
    return *b;
}

Bill BillService::loadVersion(BillRepository& repo, qint64 id, qint64 version)
{
    Bill b = load(repo, id, true);
    if (b.version != version)
        throw Rpc::versionConflict(QStringLiteral("bill"), b.version);
    return b;
}

void BillService::readFields(Rpc::CallContext& ctx, const QJsonObject& params, Bill& b,
                             bool creating)
{
    Rpc::FieldErrors errors;
    if (creating) {
        const qint64 orderId = params.value(QLatin1String("purchase_order_id")).toInteger();
        const qint64 supplierId = params.value(QLatin1String("supplier_id")).toInteger();
        const QString base = m_ledger.company(ctx).baseCurrency;
        if (orderId > 0) {
            const auto order = Purchasing::PurchaseOrderRepository(ctx.db).byId(orderId);
            if (!order) {
                errors.add(QStringLiteral("purchase_order_id"), QStringLiteral("unknown"),
                           QStringLiteral("is not a purchase order"),
                           QStringLiteral("finance.bill.unknown_order"));
                errors.throwIfAny();
            }
            if (order->currency != base)
                throw Error::validation(
                    QStringLiteral("purchase_order_id"), QStringLiteral("currency"),
                    QStringLiteral("Order %1 is in %2: bills are in the base currency %3")
                        .arg(order->number, order->currency, base),
                    QStringLiteral("finance.bill.order_currency"),
                    {{QStringLiteral("order"), order->number},
                     {QStringLiteral("currency"), order->currency},
                     {QStringLiteral("base"), base}});
            b.purchaseOrderId = order->id;
            b.orderNumber = order->number;
            b.supplierId = order->supplierId;
        } else if (supplierId > 0) {
            if (!m_partners(ctx, QStringLiteral("supplier"), supplierId))
                errors.add(QStringLiteral("supplier_id"), QStringLiteral("unknown"),
                           QStringLiteral("is not a supplier"),
                           QStringLiteral("validation.unknown_supplier"));
            b.supplierId = supplierId;
        } else {
            errors.add(QStringLiteral("supplier_id"), QStringLiteral("required"),
                       QStringLiteral("is required"), QStringLiteral("validation.required"));
        }
        b.currency = base;
    }
    if (params.contains(QLatin1String("date")))
        b.date = readDate(params.value(QLatin1String("date")), QStringLiteral("date"), errors);
    if (!b.date.isValid() && !params.contains(QLatin1String("date")))
        b.date = Platform::businessDate();
    if (params.contains(QLatin1String("due_date")))
        readDate(params.value(QLatin1String("due_date")), QStringLiteral("due_date"), errors);
    readText(params, "notes", 500, b.notes, errors);
    readSupplierRef(params, b, errors);
    errors.throwIfAny();
    if (params.contains(QLatin1String("lines"))) {
        const QJsonValue lines = params.value(QLatin1String("lines"));
        if (!lines.isArray())
            throw Error::validation(QStringLiteral("lines"), QStringLiteral("invalid"),
                                    QStringLiteral("must be a list"),
                                    QStringLiteral("validation.list"));
        readLines(ctx, lines.toArray(), b);
    } else if (creating && b.purchaseOrderId > 0) {
        openOrderLines(ctx, b);
    }
    totals(b);
    dueDate(ctx, params, b);
}

void BillService::readLines(Rpc::CallContext& ctx, const QJsonArray& lines, Bill& b)
{
    if (lines.size() > kMaxLines)
        throw Error::validation(QStringLiteral("lines"), QStringLiteral("too_many"),
                                QStringLiteral("at most %1 lines").arg(kMaxLines),
                                QStringLiteral("validation.too_many_lines"),
                                {{QStringLiteral("max"), kMaxLines}});
    const auto order = orderOf(ctx, b);
    const QHash<qint64, qint64> billed =
        order ? BillRepository(ctx.db).billedQty(order->id, b.id) : QHash<qint64, qint64>{};
    Rpc::FieldErrors errors;
    b.lines.clear();
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString prefix = QStringLiteral("lines[%1].").arg(n);
        if (!lines.at(n).isObject()) {
            errors.add(QStringLiteral("lines[%1]").arg(n), QStringLiteral("invalid"),
                       QStringLiteral("must be an object"),
                       QStringLiteral("finance.entry.line_not_object"));
            continue;
        }
        const QJsonObject in = lines.at(n).toObject();
        BillLine l;
        l.lineNo = int(n) + 1;
        const qint64 poLineId = in.value(QLatin1String("purchase_order_line_id")).toInteger();
        const bool fromOrder = poLineId > 0 || in.contains(QLatin1String("purchase_order_line_id"));
        const Purchasing::PurchaseOrderLine* source =
            fromOrder && order ? orderLine(*order, poLineId) : nullptr;
        if (fromOrder && !source) {
            errors.add(prefix + QStringLiteral("purchase_order_line_id"), QStringLiteral("unknown"),
                       QStringLiteral("is not a line of this order"),
                       QStringLiteral("validation.unknown_order_line"));
            continue;
        }
        if (source) {
            l.poLineId = source->id;
            l.productId = source->productId;
            l.description = source->name;
            l.qty = qMax<qint64>(0, source->receivedQty - billed.value(source->id));
            l.unitPrice = source->unitCost;
            l.taxRate = source->taxRate;
        } else {
            l.description = in.value(QLatin1String("description")).toString().trimmed();
            if (l.description.isEmpty())
                errors.add(prefix + QStringLiteral("description"), QStringLiteral("required"),
                           QStringLiteral("is required"), QStringLiteral("validation.required"));
            else if (l.description.size() > 200)
                errors.add(prefix + QStringLiteral("description"), QStringLiteral("too_long"),
                           QStringLiteral("must be at most 200 characters"),
                           QStringLiteral("validation.too_long"), {{QStringLiteral("max"), 200}});
        }
        // An order line's quantity, price and rate default to the order's; the supplier's
        // bill may say otherwise (the match flags it).
        const bool required = !source;
        if (const auto qty = readDecimal(in.value(QLatin1String("qty")), 3,
                                         prefix + QStringLiteral("qty"), errors, required))
            l.qty = *qty;
        if (l.qty == 0 && (required || in.contains(QLatin1String("qty"))))
            errors.add(prefix + QStringLiteral("qty"), QStringLiteral("positive"),
                       QStringLiteral("must be more than zero"),
                       QStringLiteral("validation.positive"));
        else if (l.qty == 0)
            errors.add(prefix + QStringLiteral("qty"), QStringLiteral("nothing_received"),
                       QStringLiteral("nothing is received and not billed yet on this line"),
                       QStringLiteral("finance.bill.nothing_received"));
        if (const auto price = readDecimal(in.value(QLatin1String("unit_price")), 2,
                                           prefix + QStringLiteral("unit_price"), errors, required))
            l.unitPrice = *price;
        if (const auto rate = readDecimal(in.value(QLatin1String("tax_rate")), 2,
                                          prefix + QStringLiteral("tax_rate"), errors, required))
            l.taxRate = *rate;
        const QJsonValue inclusive = in.value(QLatin1String("price_includes_tax"));
        if (!inclusive.isUndefined() && !inclusive.isNull() && !inclusive.isBool())
            errors.add(prefix + QStringLiteral("price_includes_tax"), QStringLiteral("invalid"),
                       QStringLiteral("must be true or false"),
                       QStringLiteral("validation.boolean"));
        l.priceIncludesTax = inclusive.toBool();
        checkTaxRate(l.taxRate, prefix + QStringLiteral("tax_rate"), errors);
        b.lines.append(l);
    }
    errors.throwIfAny();
}

void BillService::openOrderLines(Rpc::CallContext& ctx, Bill& b)
{
    const auto order = orderOf(ctx, b);
    const QHash<qint64, qint64> billed = BillRepository(ctx.db).billedQty(b.purchaseOrderId, b.id);
    QJsonArray lines;
    for (const Purchasing::PurchaseOrderLine& l : order->lines)
        if (l.receivedQty - billed.value(l.id) > 0)
            lines.append(QJsonObject{{QStringLiteral("purchase_order_line_id"), l.id}});
    if (lines.isEmpty())
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("Order %1 has nothing received that is not billed yet")
                        .arg(b.orderNumber),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("nothing_to_bill")}})
            .withId(QStringLiteral("finance.bill.nothing_to_bill"),
                    {{QStringLiteral("order"), b.orderNumber}});
    readLines(ctx, lines, b);
}

void BillService::totals(Bill& b)
{
    b.net = 0;
    b.tax = 0;
    b.total = 0;
    for (BillLine& l : b.lines) {
        computeTaxed(l, 0, l.lineNo - 1);
        b.net += l.net;
        b.tax += l.tax;
        b.total += l.gross;
    }
}

void BillService::match(Rpc::CallContext& ctx, BillRepository& repo, Bill& b)
{
    const auto order = orderOf(ctx, b);
    const QHash<qint64, qint64> billed =
        order ? repo.billedQty(order->id, b.id) : QHash<qint64, qint64>{};
    const BookSettings books = AccountRepository(ctx.db).settings();
    QHash<qint64, qint64> here; // earlier lines of this bill on the same order line
    b.needsApproval = false;
    for (BillLine& l : b.lines) {
        l.flags.clear();
        const Purchasing::PurchaseOrderLine* source =
            order && l.poLineId > 0 ? orderLine(*order, l.poLineId) : nullptr;
        if (!source)
            continue;
        l.orderedQty = source->qty;
        l.receivedQty = source->receivedQty;
        l.billedBefore = billed.value(l.poLineId) + here.value(l.poLineId);
        here[l.poLineId] += l.qty;
        l.poPrice = source->unitCost;
        // What the receipt booked on goods received not invoiced for this quantity.
        l.grni = lineAmounts(l.qty, l.poPrice, 0, 0).net;
        const qint64 difference = qAbs(l.variance());
        if (l.billedBefore + l.qty > l.receivedQty)
            l.flags.append(QStringLiteral("qty_over_received"));
        if (difference != 0)
            l.flags.append(QStringLiteral("price_differs"));
        // Above the tolerance: more than pct of the received value, or more than the amount.
        const bool overPct = difference * 10000 > l.grni * books.billTolerancePct;
        const bool overAmount =
            books.billToleranceAmount > 0 && difference > books.billToleranceAmount;
        if (difference != 0 && (overPct || overAmount))
            l.flags.append(QStringLiteral("over_tolerance"));
        if (l.flags.contains(QStringLiteral("qty_over_received")) ||
            l.flags.contains(QStringLiteral("over_tolerance")))
            b.needsApproval = true;
    }
}

void BillService::dueDate(Rpc::CallContext& ctx, const QJsonObject& params, Bill& b)
{
    const QDate given =
        QDate::fromString(params.value(QLatin1String("due_date")).toString(), Qt::ISODate);
    if (given.isValid()) {
        b.dueDate = given;
        return;
    }
    if (params.contains(QLatin1String("due_date")) ||
        (b.dueDate.isValid() && b.id > 0 && !params.contains(QLatin1String("date")) &&
         !params.contains(QLatin1String("supplier_date"))))
        return; // kept as it was
    // The supplier's payment terms run from its bill's date (or ours).
    const QDate from =
        b.supplierDate.isEmpty() ? b.date : QDate::fromString(b.supplierDate, Qt::ISODate);
    const auto supplier = Purchasing::SupplierRepository(ctx.db).byId(b.supplierId);
    b.dueDate = from.addDays(supplier ? supplier->paymentTermsDays : 0);
}

QJsonObject BillService::answer(Rpc::CallContext& ctx, BillRepository& repo, Bill b)
{
    // The match is read live: what is received and billed moves after the bill is written.
    const bool needed = b.needsApproval;
    const QList<BillLine> stored = b.lines;
    match(ctx, repo, b);
    if (!b.isUnposted()) {
        // A posted bill keeps the flags it was posted with.
        for (qsizetype n = 0; n < b.lines.size() && n < stored.size(); ++n)
            b.lines[n].flags = stored.at(n).flags;
        b.needsApproval = needed;
    }
    QJsonObject out = toJson(b);
    QJsonArray allocations;
    for (const BillAllocation& a : repo.allocationsOfBill(b.id))
        allocations.append(toJson(a));
    out.insert(QStringLiteral("allocations"), allocations);
    return out;
}

QJsonObject BillService::create(Rpc::CallContext& ctx, const QJsonObject& params)
{
    BillRepository repo(ctx.db);
    Bill b;
    readFields(ctx, params, b, true);
    if (b.lines.isEmpty())
        throw Error::validation(QStringLiteral("lines"), QStringLiteral("required"),
                                QStringLiteral("a bill needs at least one line"),
                                QStringLiteral("finance.bill.no_lines"));
    match(ctx, repo, b);
    b.state = b.needsApproval ? QStringLiteral("awaiting_approval") : QStringLiteral("draft");
    b.createdBy = ctx.identity.username;
    repo.insert(b);
    const Bill stored = load(repo, b.id);
    ctx.recordChange(kEntity, stored.id, stored.version, QJsonValue::Null, toJson(stored));
    return answer(ctx, repo, stored);
}

QJsonObject BillService::update(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                const QJsonObject& params)
{
    BillRepository repo(ctx.db);
    const Bill before = loadVersion(repo, id, version);
    if (!before.isUnposted()) {
        if (!before.isOpen())
            throw illegal(before, QStringLiteral("update"));
        // A posted bill keeps everything but the supplier's reference it was received with.
        for (auto it = params.constBegin(); it != params.constEnd(); ++it)
            if (it.key() != QLatin1String("id") && it.key() != QLatin1String("version") &&
                it.key() != QLatin1String("supplier_ref") &&
                it.key() != QLatin1String("supplier_date"))
                throw posted(before);
        Bill b = before;
        Rpc::FieldErrors errors;
        readSupplierRef(params, b, errors);
        errors.throwIfAny();
        if (!repo.setSupplierRef(id, version, b.supplierRef, b.supplierDate))
            throw Rpc::versionConflict(QStringLiteral("bill"), version + 1);
        const Bill stored = load(repo, id);
        ctx.recordChange(kEntity, id, stored.version,
                         QJsonObject{{QStringLiteral("supplier_ref"), before.supplierRef},
                                     {QStringLiteral("supplier_date"), before.supplierDate}},
                         QJsonObject{{QStringLiteral("supplier_ref"), stored.supplierRef},
                                     {QStringLiteral("supplier_date"), stored.supplierDate}});
        return answer(ctx, repo, stored);
    }
    Bill b = before;
    readFields(ctx, params, b, false);
    if (b.lines.isEmpty())
        throw Error::validation(QStringLiteral("lines"), QStringLiteral("required"),
                                QStringLiteral("a bill needs at least one line"),
                                QStringLiteral("finance.bill.no_lines"));
    // A change lapses an approval: the match decides again.
    match(ctx, repo, b);
    b.state = b.needsApproval ? QStringLiteral("awaiting_approval") : QStringLiteral("draft");
    if (!repo.updateUnposted(b, version))
        throw Rpc::versionConflict(QStringLiteral("bill"), version + 1);
    const Bill stored = load(repo, id);
    ctx.recordChange(kEntity, id, stored.version, toJson(before), toJson(stored));
    return answer(ctx, repo, stored);
}

QJsonObject BillService::get(Rpc::CallContext& ctx, qint64 id)
{
    BillRepository repo(ctx.db);
    return answer(ctx, repo, load(repo, id));
}

QJsonObject BillService::list(Rpc::CallContext& ctx, const QJsonObject& params)
{
    static const QHash<QString, QString> sortable{
        {QStringLiteral("id"), QStringLiteral("b.id")},
        {QStringLiteral("date"), QStringLiteral("b.bill_date")},
        {QStringLiteral("due_date"), QStringLiteral("b.due_date")},
        {QStringLiteral("number"), QStringLiteral("b.number")},
        {QStringLiteral("state"), QStringLiteral("b.state")},
        {QStringLiteral("total"), QStringLiteral("b.total")},
        {QStringLiteral("supplier"), QStringLiteral("s.name")},
    };
    const auto query = Storage::ListQuery::parse(params, sortable, QStringLiteral("-date"),
                                                 QStringLiteral("b.id"));
    checkListFilters(query.filter, {"state", "from", "to"}, {"supplier_id", "purchase_order_id"});
    return BillRepository(ctx.db).list(query);
}

QJsonObject BillService::approve(Rpc::CallContext& ctx, qint64 id, qint64 version)
{
    BillRepository repo(ctx.db);
    Bill b = load(repo, id, true);
    if (b.state != QLatin1String("awaiting_approval"))
        throw illegal(b, QStringLiteral("approve"));
    if (b.version != version)
        throw Rpc::versionConflict(QStringLiteral("bill"), b.version);
    b.approvedBy = ctx.identity.username;
    b.approvedAt = Storage::nowText();
    if (!repo.setState(b, version, QStringLiteral("approved")))
        throw Rpc::versionConflict(QStringLiteral("bill"), version + 1);
    const Bill stored = load(repo, id);
    ctx.recordChange(kEntity, id, stored.version,
                     QJsonObject{{QStringLiteral("state"), QStringLiteral("awaiting_approval")}},
                     QJsonObject{{QStringLiteral("state"), stored.state},
                                 {QStringLiteral("approved_by"), stored.approvedBy},
                                 {QStringLiteral("approved_at"), stored.approvedAt}});
    return answer(ctx, repo, stored);
}

Posting BillService::posting(const Bill& b) const
{
    // Dr GRNI (the received value at the order's price) + Dr price variance (the rest of the
    // net; a credit when the bill is cheaper) + Dr expense (lines without an order) + Dr input
    // VAT / Cr payable (the supplier) the gross.
    qint64 grni = 0;
    qint64 variance = 0;
    qint64 expense = 0;
    for (const BillLine& l : b.lines) {
        if (l.poLineId > 0) {
            grni += l.grni;
            variance += l.variance();
        } else {
            expense += l.net;
        }
    }
    Posting p;
    p.journal = QStringLiteral("purchases");
    p.date = b.date;
    p.description = b.number + QLatin1Char(' ') + b.supplierName;
    if (!b.supplierRef.isEmpty())
        p.description += QLatin1Char(' ') + b.supplierRef;
    p.sourceType = QStringLiteral("bill");
    p.sourceId = b.id;
    p.sourceRef = b.number;
    auto line = [&](const QString& role, qint64 debit, qint64 credit) {
        PostingLine l;
        l.role = role;
        l.debit = debit;
        l.credit = credit;
        l.description = p.description;
        return l;
    };
    p.lines = {line(QStringLiteral("grni"), grni, 0),
               line(QStringLiteral("purchase_price_variance"), variance, 0),
               line(QStringLiteral("purchase_expense"), expense, 0),
               line(QStringLiteral("input_vat"), b.tax, 0)};
    PostingLine payable = line(QStringLiteral("payable"), 0, b.total);
    payable.partnerType = QStringLiteral("supplier");
    payable.partnerId = b.supplierId;
    p.lines.append(payable);
    return p;
}

QJsonObject BillService::post(Rpc::CallContext& ctx, qint64 id, qint64 version)
{
    BillRepository repo(ctx.db);
    Bill b = load(repo, id, true);
    if (b.state == QLatin1String("awaiting_approval"))
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("Bill %1 differs from its order beyond the tolerance: it needs "
                                   "approval before it is posted")
                        .arg(ref(b)),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("needs_approval")}})
            .withId(QStringLiteral("finance.bill.needs_approval"),
                    {{QStringLiteral("number"), ref(b)}});
    if (b.state != QLatin1String("draft") && b.state != QLatin1String("approved"))
        throw illegal(b, QStringLiteral("post"));
    if (b.version != version)
        throw Rpc::versionConflict(QStringLiteral("bill"), b.version);
    if (b.lines.isEmpty() || b.total <= 0)
        throw Error(Rpc::BusinessRule, QStringLiteral("A bill needs an amount to be posted"),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("zero")}})
            .withId(QStringLiteral("finance.bill.zero"));
    if (b.state == QLatin1String("draft")) {
        // Another bill of the order may have billed the received quantity since: match again.
        match(ctx, repo, b);
        if (b.needsApproval)
            throw Error(Rpc::BusinessRule,
                        QStringLiteral("Bill %1 differs from its order beyond the tolerance: it "
                                       "needs approval before it is posted")
                            .arg(ref(b)),
                        QJsonObject{{QStringLiteral("reason"), QStringLiteral("needs_approval")}})
                .withId(QStringLiteral("finance.bill.needs_approval"),
                        {{QStringLiteral("number"), ref(b)}});
    }
    // The number, then the entry: a refused posting (a closed period) gives the number back.
    b.number = Platform::takeDocumentNumber(ctx.db, billSeries(), b.date);
    b.entryId = m_ledger.post(ctx, posting(b));
    b.postedBy = ctx.identity.username;
    if (!repo.markPosted(b, version))
        throw Rpc::versionConflict(QStringLiteral("bill"), version + 1);
    const Bill stored = load(repo, id);
    ctx.recordChange(kEntity, id, stored.version, QJsonObject{{QStringLiteral("state"), b.state}},
                     QJsonObject{{QStringLiteral("state"), stored.state},
                                 {QStringLiteral("number"), stored.number},
                                 {QStringLiteral("total"), money(stored.total)},
                                 {QStringLiteral("entry_id"), stored.entryId}});
    return answer(ctx, repo, stored);
}

QJsonObject BillService::cancel(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                const QString& reason)
{
    BillRepository repo(ctx.db);
    const Bill before = loadVersion(repo, id, version);
    if (before.isUnposted()) {
        Bill b = before;
        b.approvedAt.clear();
        b.approvedBy.clear();
        if (!repo.setState(b, version, QStringLiteral("cancelled")))
            throw Rpc::versionConflict(QStringLiteral("bill"), version + 1);
    } else {
        if (before.state != QLatin1String("posted") && before.isOpen())
            throw Error(Rpc::BusinessRule,
                        QStringLiteral("Bill %1 has payments applied: unapply them before it is "
                                       "cancelled")
                            .arg(ref(before)),
                        QJsonObject{{QStringLiteral("reason"), QStringLiteral("paid")}})
                .withId(QStringLiteral("finance.bill.paid"),
                        {{QStringLiteral("number"), ref(before)}});
        if (before.state != QLatin1String("posted"))
            throw illegal(before, QStringLiteral("cancel"));
        if (reason.isEmpty())
            throw Error::validation(QStringLiteral("reason"), QStringLiteral("required"),
                                    QStringLiteral("is required"),
                                    QStringLiteral("validation.required"));
        // The correction is the reversal of the bill's entry, in this transaction.
        const QJsonObject entry = m_ledger.get(ctx, before.entryId);
        const QJsonObject reversal =
            m_ledger.reverse(ctx, before.entryId, entry.value(QLatin1String("version")).toInteger(),
                             QJsonObject{{QStringLiteral("description"),
                                          QStringLiteral("%1 %2").arg(before.number, reason)}});
        if (!repo.markReversed(id, version, reversal.value(QLatin1String("id")).toInteger()))
            throw Rpc::versionConflict(QStringLiteral("bill"), version + 1);
    }
    const Bill stored = load(repo, id);
    ctx.recordChange(kEntity, id, stored.version,
                     QJsonObject{{QStringLiteral("state"), before.state}},
                     QJsonObject{{QStringLiteral("state"), stored.state},
                                 {QStringLiteral("reason"), reason},
                                 {QStringLiteral("reversal_entry_id"),
                                  stored.reversalEntryId > 0 ? QJsonValue(stored.reversalEntryId)
                                                             : QJsonValue()}});
    return answer(ctx, repo, stored);
}

} // namespace Erp::Server::Finance
