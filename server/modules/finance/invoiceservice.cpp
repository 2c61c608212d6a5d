#include "server/modules/finance/invoiceservice.h"

#include "common/jsonrpc.h"
#include "common/money.h"
#include "server/modules/crm/customerrepository.h"
#include "server/modules/crm/customerservice.h"
#include "server/modules/finance/documentfields.h"
#include "server/modules/finance/invoicerepository.h"
#include "server/modules/sales/orderrepository.h"
#include "server/platform/businessdate.h"
#include "server/platform/documentnumbers.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"
#include "server/storage/database.h"
#include "server/storage/listquery.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <stdexcept>

namespace Erp::Server::Finance {

using Rpc::Error;

namespace {

const QString kEntity = QStringLiteral("finance.invoice");
constexpr int kMaxLines = 1000;

const Platform::NumberSeries& invoiceSeries()
{
    static const Platform::NumberSeries s{QStringLiteral("finance.invoice"),
                                          QStringLiteral("INV{yyyy}-{n:6}")};
    return s;
}

const Platform::NumberSeries& creditNoteSeries()
{
    static const Platform::NumberSeries s{QStringLiteral("finance.credit_note"),
                                          QStringLiteral("CN{yyyy}-{n:6}")};
    return s;
}

QString ratesText()
{
    return QStringLiteral("13, 9, 6, 0, 3, 1");
}

Error posted(const Invoice& i)
{
    return Error(Rpc::BusinessRule,
                 QStringLiteral("Invoice %1 is posted: only its fapiao number and date can "
                                "change; credit it to cancel it")
                     .arg(i.number),
                 QJsonObject{{QStringLiteral("reason"), QStringLiteral("posted")}})
        .withId(QStringLiteral("finance.invoice.posted"), {{QStringLiteral("number"), i.number}});
}

} // namespace

InvoiceService::InvoiceService(LedgerService& ledger, LedgerService::PartnerCheck partners)
    : m_ledger(ledger)
    , m_partners(std::move(partners))
{}

Invoice InvoiceService::load(InvoiceRepository& repo, qint64 id, bool lock)
{
    auto i = repo.byId(id, lock);
    if (!i)
        throw Rpc::notFound(QStringLiteral("invoice"), id);
    return *i;
}

void InvoiceService::readFields(Rpc::CallContext& ctx, const QJsonObject& params, Invoice& i,
                                bool creating)
{
    Rpc::FieldErrors errors;
    if (creating) {
        const qint64 orderId = params.value(QLatin1String("order_id")).toInteger();
        const qint64 customerId = params.value(QLatin1String("customer_id")).toInteger();
        if (orderId > 0) {
            const auto order = Sales::OrderRepository(ctx.db).load(orderId, false);
            if (!order) {
                errors.add(QStringLiteral("order_id"), QStringLiteral("unknown"),
                           QStringLiteral("is not a sales order"),
                           QStringLiteral("finance.invoice.unknown_order"));
                errors.throwIfAny();
            }
            const QString base = m_ledger.company(ctx).baseCurrency;
            if (order->currency != base)
                throw Error::validation(
                    QStringLiteral("order_id"), QStringLiteral("currency"),
                    QStringLiteral("Order %1 is in %2: invoices are in the base currency %3")
                        .arg(order->number, order->currency, base),
                    QStringLiteral("finance.invoice.order_currency"),
                    {{QStringLiteral("order"), order->number},
                     {QStringLiteral("currency"), order->currency},
                     {QStringLiteral("base"), base}});
            i.orderId = order->id;
            i.orderNumber = order->number;
            i.customerId = order->customerId;
        } else if (customerId > 0) {
            if (!m_partners(ctx, QStringLiteral("customer"), customerId))
                errors.add(QStringLiteral("customer_id"), QStringLiteral("unknown"),
                           QStringLiteral("is not a customer"),
                           QStringLiteral("validation.unknown_customer"));
            i.customerId = customerId;
        } else {
            errors.add(QStringLiteral("customer_id"), QStringLiteral("required"),
                       QStringLiteral("is required"), QStringLiteral("validation.required"));
        }
        i.currency = m_ledger.company(ctx).baseCurrency;
    } else if (params.contains(QLatin1String("customer_id")) &&
               params.value(QLatin1String("customer_id")).toInteger() != i.customerId) {
        const qint64 customerId = params.value(QLatin1String("customer_id")).toInteger();
        if (i.orderId > 0 || !m_partners(ctx, QStringLiteral("customer"), customerId))
            errors.add(QStringLiteral("customer_id"), QStringLiteral("unknown"),
                       QStringLiteral("is not a customer"),
                       QStringLiteral("validation.unknown_customer"));
        i.customerId = customerId;
    }
    if (params.contains(QLatin1String("date")))
        i.date = readDate(params.value(QLatin1String("date")), QStringLiteral("date"), errors);
    if (!i.date.isValid() && !params.contains(QLatin1String("date")))
        i.date = Platform::businessDate();
    readText(params, "notes", 500, i.notes, errors);
    if (params.contains(QLatin1String("fapiao_number"))) {
        i.fapiaoNumber = params.value(QLatin1String("fapiao_number")).toString().trimmed();
        static const QRegularExpression digits(QStringLiteral("^[0-9]{0,20}$"));
        if (!digits.match(i.fapiaoNumber).hasMatch())
            errors.add(QStringLiteral("fapiao_number"), QStringLiteral("invalid"),
                       QStringLiteral("must be up to 20 digits"),
                       QStringLiteral("finance.invoice.fapiao_number"));
    }
    if (params.contains(QLatin1String("fapiao_date"))) {
        i.fapiaoDate = params.value(QLatin1String("fapiao_date")).toString().trimmed();
        if (!i.fapiaoDate.isEmpty())
            readDate(i.fapiaoDate, QStringLiteral("fapiao_date"), errors);
    }
    errors.throwIfAny();
    if (params.contains(QLatin1String("lines"))) {
        const QJsonValue lines = params.value(QLatin1String("lines"));
        if (!lines.isArray())
            throw Error::validation(QStringLiteral("lines"), QStringLiteral("invalid"),
                                    QStringLiteral("must be a list"),
                                    QStringLiteral("validation.list"));
        readLines(ctx, lines.toArray(), i);
    } else if (creating && i.orderId > 0) {
        openOrderLines(ctx, i);
    }
    totals(i);
}

void InvoiceService::readLines(Rpc::CallContext& ctx, const QJsonArray& lines, Invoice& i)
{
    Rpc::FieldErrors errors;
    if (lines.size() > kMaxLines)
        throw Error::validation(QStringLiteral("lines"), QStringLiteral("too_many"),
                                QStringLiteral("at most %1 lines").arg(kMaxLines),
                                QStringLiteral("validation.too_many_lines"),
                                {{QStringLiteral("max"), kMaxLines}});
    std::optional<Sales::Order> order;
    Sales::OrderRepository sales(ctx.db);
    if (i.orderId > 0)
        order = sales.load(i.orderId, false);
    QList<qint64> productIds;
    for (const QJsonValue& v : lines)
        if (const qint64 p = v.toObject().value(QLatin1String("product_id")).toInteger(); p > 0)
            productIds.append(p);
    const QHash<qint64, Sales::LineProduct> products =
        productIds.isEmpty() ? QHash<qint64, Sales::LineProduct>{} : sales.lineProducts(productIds);

    i.lines.clear();
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString prefix = QStringLiteral("lines[%1].").arg(n);
        if (!lines.at(n).isObject()) {
            errors.add(QStringLiteral("lines[%1]").arg(n), QStringLiteral("invalid"),
                       QStringLiteral("must be an object"),
                       QStringLiteral("finance.entry.line_not_object"));
            continue;
        }
        const QJsonObject in = lines.at(n).toObject();
        InvoiceLine l;
        l.lineNo = int(n) + 1;
        const auto qty =
            readDecimal(in.value(QLatin1String("qty")), 3, prefix + QStringLiteral("qty"), errors);
        if (qty && *qty == 0)
            errors.add(prefix + QStringLiteral("qty"), QStringLiteral("positive"),
                       QStringLiteral("must be more than zero"),
                       QStringLiteral("validation.positive"));
        l.qty = qty.value_or(0);
        const qint64 orderLineId = in.value(QLatin1String("order_line_id")).toInteger();
        if (orderLineId > 0) {
            const Sales::OrderLine* source = nullptr;
            if (order)
                for (const Sales::OrderLine& ol : order->lines)
                    if (ol.id == orderLineId)
                        source = &ol;
            if (!source) {
                errors.add(prefix + QStringLiteral("order_line_id"), QStringLiteral("unknown"),
                           QStringLiteral("is not a line of this order"),
                           QStringLiteral("validation.unknown_order_line"));
                continue;
            }
            l.orderLineId = source->id;
            l.productId = source->productId;
            l.description = source->name;
            l.unitPrice = source->unitPrice;
            l.discount = source->discount;
            l.taxRate = source->taxRate;
        } else {
            l.productId = in.value(QLatin1String("product_id")).toInteger();
            if (l.productId > 0 && !products.contains(l.productId))
                errors.add(prefix + QStringLiteral("product_id"), QStringLiteral("unknown"),
                           QStringLiteral("is not a product"),
                           QStringLiteral("validation.unknown_product"));
            l.description = in.value(QLatin1String("description")).toString().trimmed();
            if (l.description.isEmpty() && l.productId > 0)
                l.description = products.value(l.productId).name;
            if (l.description.isEmpty())
                errors.add(prefix + QStringLiteral("description"), QStringLiteral("required"),
                           QStringLiteral("is required"), QStringLiteral("validation.required"));
            else if (l.description.size() > 200)
                errors.add(prefix + QStringLiteral("description"), QStringLiteral("too_long"),
                           QStringLiteral("must be at most 200 characters"),
                           QStringLiteral("validation.too_long"), {{QStringLiteral("max"), 200}});
            l.unitPrice = readDecimal(in.value(QLatin1String("unit_price")), 2,
                                      prefix + QStringLiteral("unit_price"), errors)
                              .value_or(0);
            l.discount = readDecimal(in.value(QLatin1String("discount_pct")), 2,
                                     prefix + QStringLiteral("discount_pct"), errors, false)
                             .value_or(0);
            if (l.discount > 10000)
                errors.add(prefix + QStringLiteral("discount_pct"), QStringLiteral("range"),
                           QStringLiteral("must be between 0 and 100"),
                           QStringLiteral("validation.range"),
                           {{QStringLiteral("min"), 0}, {QStringLiteral("max"), 100}});
            const auto rate = readDecimal(in.value(QLatin1String("tax_rate")), 2,
                                          prefix + QStringLiteral("tax_rate"), errors);
            l.taxRate = rate.value_or(0);
            const QJsonValue inclusive = in.value(QLatin1String("price_includes_tax"));
            if (!inclusive.isUndefined() && !inclusive.isNull() && !inclusive.isBool())
                errors.add(prefix + QStringLiteral("price_includes_tax"), QStringLiteral("invalid"),
                           QStringLiteral("must be true or false"),
                           QStringLiteral("validation.boolean"));
            l.priceIncludesTax = inclusive.toBool();
        }
        checkTaxRate(l.taxRate, prefix + QStringLiteral("tax_rate"), errors);
        i.lines.append(l);
    }
    errors.throwIfAny();
}

void InvoiceService::openOrderLines(Rpc::CallContext& ctx, Invoice& i)
{
    InvoiceRepository repo(ctx.db);
    const auto order = Sales::OrderRepository(ctx.db).load(i.orderId, false);
    const QHash<qint64, qint64> invoiced = repo.invoicedQty(i.orderId, i.id);
    i.lines.clear();
    for (const Sales::OrderLine& ol : order->lines) {
        const qint64 open = ol.shippedQty - invoiced.value(ol.id);
        if (open <= 0)
            continue;
        InvoiceLine l;
        l.lineNo = int(i.lines.size()) + 1;
        l.orderLineId = ol.id;
        l.productId = ol.productId;
        l.description = ol.name;
        l.qty = open;
        l.unitPrice = ol.unitPrice;
        l.discount = ol.discount;
        l.taxRate = ol.taxRate;
        i.lines.append(l);
    }
    if (i.lines.isEmpty())
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("Order %1 has nothing shipped that is not invoiced yet")
                        .arg(i.orderNumber),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("nothing_to_invoice")}})
            .withId(QStringLiteral("finance.invoice.nothing_to_invoice"),
                    {{QStringLiteral("order"), i.orderNumber}});
    for (qsizetype n = 0; n < i.lines.size(); ++n)
        if (!invoiceTaxRates().contains(i.lines.at(n).taxRate))
            throw Error::validation(
                QStringLiteral("lines[%1].tax_rate").arg(n), QStringLiteral("invalid"),
                QStringLiteral("must be one of %1 %").arg(ratesText()),
                QStringLiteral("finance.invoice.tax_rate"),
                {{QStringLiteral("rate"), Decimal(i.lines.at(n).taxRate, 2).toString()},
                 {QStringLiteral("values"), ratesText()}});
}

void InvoiceService::checkShipped(Rpc::CallContext& ctx, InvoiceRepository& repo, const Invoice& i)
{
    if (i.orderId <= 0)
        return;
    // The order row is locked: two invoices of one order are checked one after the other.
    const auto order = Sales::OrderRepository(ctx.db).load(i.orderId, true);
    const QHash<qint64, qint64> invoiced = repo.invoicedQty(i.orderId, i.id);
    QHash<qint64, qint64> here;
    Rpc::FieldErrors errors;
    for (qsizetype n = 0; n < i.lines.size(); ++n) {
        const InvoiceLine& l = i.lines.at(n);
        if (l.orderLineId <= 0)
            continue;
        here[l.orderLineId] += l.qty;
        qint64 shipped = 0;
        for (const Sales::OrderLine& ol : order->lines)
            if (ol.id == l.orderLineId)
                shipped = ol.shippedQty;
        const qint64 open = shipped - invoiced.value(l.orderLineId);
        if (here.value(l.orderLineId) > open)
            errors.add(QStringLiteral("lines[%1].qty").arg(n), QStringLiteral("exceeds_shipped"),
                       QStringLiteral("exceeds what is shipped and not invoiced yet (%1)")
                           .arg(Decimal(qMax<qint64>(0, open), 3).toString()),
                       QStringLiteral("finance.invoice.exceeds_shipped"),
                       {{QStringLiteral("open"), Decimal(qMax<qint64>(0, open), 3).toString()}});
    }
    errors.throwIfAny();
}

void InvoiceService::totals(Invoice& i)
{
    i.net = 0;
    i.tax = 0;
    i.total = 0;
    for (InvoiceLine& l : i.lines) {
        if (l.creditOfLine == 0) {
            computeTaxed(l, l.discount, l.lineNo - 1);
        }
        i.net += l.net;
        i.tax += l.tax;
        i.total += l.gross;
    }
}

Posting InvoiceService::posting(const Invoice& i) const
{
    // Invoice: Dr receivable (the customer) / Cr revenue (net) + Cr output VAT (tax); a credit
    // note the reverse.
    const bool invoice = !i.isCreditNote();
    Posting p;
    p.journal = QStringLiteral("sales");
    p.date = i.date;
    p.description = i.number + QLatin1Char(' ') + i.customerName;
    p.sourceType = QStringLiteral("invoice");
    p.sourceId = i.id;
    p.sourceRef = i.number;
    PostingLine receivable;
    receivable.role = QStringLiteral("receivable");
    (invoice ? receivable.debit : receivable.credit) = i.total;
    receivable.partnerType = QStringLiteral("customer");
    receivable.partnerId = i.customerId;
    receivable.description = p.description;
    PostingLine revenue;
    revenue.role = QStringLiteral("revenue");
    (invoice ? revenue.credit : revenue.debit) = i.net;
    revenue.description = p.description;
    PostingLine vat;
    vat.role = QStringLiteral("output_vat");
    (invoice ? vat.credit : vat.debit) = i.tax;
    vat.description = p.description;
    p.lines = {receivable, revenue, vat};
    return p;
}

Invoice InvoiceService::postDraft(Rpc::CallContext& ctx, InvoiceRepository& repo, Invoice i)
{
    if (i.lines.isEmpty() || i.total <= 0)
        throw Error(Rpc::BusinessRule, QStringLiteral("An invoice needs an amount to be posted"),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("zero")}})
            .withId(QStringLiteral("finance.invoice.zero"));
    if (!i.isCreditNote())
        checkShipped(ctx, repo, i);
    const qint64 version = i.version;
    const auto customer = Crm::CustomerRepository(ctx.db).byId(i.customerId);
    if (!i.isCreditNote())
        i.dueDate = i.date.addDays(customer ? customer->paymentTermsDays : 0);
    // The number, then the entry: a refused posting (a closed period) gives the number back.
    i.number = Platform::takeDocumentNumber(
        ctx.db, i.isCreditNote() ? creditNoteSeries() : invoiceSeries(), i.date);
    i.entryId = m_ledger.post(ctx, posting(i));
    i.postedBy = ctx.identity.username;
    if (!repo.markPosted(i, version))
        throw Rpc::versionConflict(QStringLiteral("invoice"), version + 1);
    const Invoice stored = load(repo, i.id);
    ctx.recordChange(kEntity, i.id, stored.version,
                     QJsonObject{{QStringLiteral("state"), QStringLiteral("draft")}},
                     QJsonObject{{QStringLiteral("state"), stored.state},
                                 {QStringLiteral("number"), stored.number},
                                 {QStringLiteral("total"), money(stored.total)},
                                 {QStringLiteral("entry_id"), stored.entryId}});
    return stored;
}

QJsonObject InvoiceService::create(Rpc::CallContext& ctx, const QJsonObject& params)
{
    InvoiceRepository repo(ctx.db);
    Invoice i;
    readFields(ctx, params, i, true);
    if (i.lines.isEmpty())
        throw Error::validation(QStringLiteral("lines"), QStringLiteral("required"),
                                QStringLiteral("an invoice needs at least one line"),
                                QStringLiteral("finance.invoice.no_lines"));
    checkShipped(ctx, repo, i);
    i.dueDate = i.date;
    if (const auto customer = Crm::CustomerRepository(ctx.db).byId(i.customerId))
        i.dueDate = i.date.addDays(customer->paymentTermsDays);
    i.createdBy = ctx.identity.username;
    repo.insert(i);
    Invoice stored = load(repo, i.id);
    ctx.recordChange(kEntity, stored.id, stored.version, QJsonValue::Null, toJson(stored));
    if (params.value(QLatin1String("post")).toBool())
        stored = postDraft(ctx, repo, stored);
    return toJson(stored);
}

QJsonObject InvoiceService::update(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                   const QJsonObject& params)
{
    InvoiceRepository repo(ctx.db);
    const Invoice before = load(repo, id, true);
    if (before.version != version)
        throw Rpc::versionConflict(QStringLiteral("invoice"), before.version);
    if (before.state == QLatin1String("cancelled"))
        throw posted(before);
    if (!before.isDraft()) {
        // A posted invoice keeps everything but the fapiao it was issued on.
        for (auto it = params.constBegin(); it != params.constEnd(); ++it)
            if (it.key() != QLatin1String("id") && it.key() != QLatin1String("version") &&
                it.key() != QLatin1String("fapiao_number") &&
                it.key() != QLatin1String("fapiao_date"))
                throw posted(before);
        Invoice i = before;
        readFields(ctx, params, i, false);
        if (!repo.setFapiao(id, version, i.fapiaoNumber, i.fapiaoDate))
            throw Rpc::versionConflict(QStringLiteral("invoice"), version + 1);
        const Invoice stored = load(repo, id);
        ctx.recordChange(kEntity, id, stored.version,
                         QJsonObject{{QStringLiteral("fapiao_number"), before.fapiaoNumber},
                                     {QStringLiteral("fapiao_date"), before.fapiaoDate}},
                         QJsonObject{{QStringLiteral("fapiao_number"), stored.fapiaoNumber},
                                     {QStringLiteral("fapiao_date"), stored.fapiaoDate}});
        return toJson(stored);
    }
    Invoice i = before;
    readFields(ctx, params, i, false);
    if (i.lines.isEmpty())
        throw Error::validation(QStringLiteral("lines"), QStringLiteral("required"),
                                QStringLiteral("an invoice needs at least one line"),
                                QStringLiteral("finance.invoice.no_lines"));
    checkShipped(ctx, repo, i);
    if (const auto customer = Crm::CustomerRepository(ctx.db).byId(i.customerId))
        i.dueDate = i.date.addDays(customer->paymentTermsDays);
    if (!repo.updateDraft(i, version))
        throw Rpc::versionConflict(QStringLiteral("invoice"), version + 1);
    const Invoice stored = load(repo, id);
    ctx.recordChange(kEntity, id, stored.version, toJson(before), toJson(stored));
    return toJson(stored);
}

QJsonObject InvoiceService::get(Rpc::CallContext& ctx, qint64 id)
{
    InvoiceRepository repo(ctx.db);
    const Invoice i = load(repo, id);
    if (!m_partners(ctx, QStringLiteral("customer"), i.customerId))
        throw Rpc::notFound(QStringLiteral("invoice"), id); // a customer the caller may not see
    QJsonObject out = toJson(i);
    QJsonArray allocations;
    for (const Allocation& a : repo.allocationsOfInvoice(id))
        allocations.append(toJson(a));
    out.insert(QStringLiteral("allocations"), allocations);
    return out;
}

QJsonObject InvoiceService::list(Rpc::CallContext& ctx, const QJsonObject& params)
{
    static const QHash<QString, QString> sortable{
        {QStringLiteral("id"), QStringLiteral("i.id")},
        {QStringLiteral("date"), QStringLiteral("i.invoice_date")},
        {QStringLiteral("due_date"), QStringLiteral("i.due_date")},
        {QStringLiteral("number"), QStringLiteral("i.number")},
        {QStringLiteral("state"), QStringLiteral("i.state")},
        {QStringLiteral("total"), QStringLiteral("i.total")},
        {QStringLiteral("customer"), QStringLiteral("c.name")},
    };
    const auto query = Storage::ListQuery::parse(params, sortable, QStringLiteral("-date"),
                                                 QStringLiteral("i.id"));
    checkListFilters(query.filter, {"kind", "state", "from", "to"}, {"customer_id", "order_id"});
    // Record rules of customers apply: a clerk who sees only his customers sees only their
    // invoices.
    return InvoiceRepository(ctx.db).list(query, Crm::CustomerService::visibleTo(ctx));
}

QJsonObject InvoiceService::post(Rpc::CallContext& ctx, qint64 id, qint64 version)
{
    InvoiceRepository repo(ctx.db);
    const Invoice i = load(repo, id, true);
    if (!i.isDraft())
        throw posted(i);
    if (i.version != version)
        throw Rpc::versionConflict(QStringLiteral("invoice"), i.version);
    return toJson(postDraft(ctx, repo, i));
}

QJsonObject InvoiceService::cancel(Rpc::CallContext& ctx, qint64 id, qint64 version)
{
    InvoiceRepository repo(ctx.db);
    const Invoice before = load(repo, id, true);
    if (!before.isDraft())
        throw posted(before);
    if (before.version != version || !repo.cancelDraft(id, version))
        throw Rpc::versionConflict(QStringLiteral("invoice"), before.version);
    const Invoice stored = load(repo, id);
    ctx.recordChange(kEntity, id, stored.version,
                     QJsonObject{{QStringLiteral("state"), before.state}},
                     QJsonObject{{QStringLiteral("state"), stored.state}});
    return toJson(stored);
}

QJsonObject InvoiceService::credit(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                   const QJsonObject& params)
{
    InvoiceRepository repo(ctx.db);
    const Invoice original = load(repo, id, true);
    if (original.isCreditNote() || original.isDraft() ||
        original.state == QLatin1String("cancelled"))
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("Only a posted invoice is credited; a draft is cancelled"),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("not_posted")}})
            .withId(QStringLiteral("finance.invoice.credit_not_posted"));
    if (original.version != version)
        throw Rpc::versionConflict(QStringLiteral("invoice"), original.version);

    const QHash<qint64, InvoiceRepository::Credited> credited = repo.creditedLines(id);
    Invoice note;
    note.kind = QStringLiteral("credit_note");
    note.customerId = original.customerId;
    note.customerName = original.customerName;
    note.orderId = original.orderId;
    note.orderNumber = original.orderNumber;
    note.creditOf = original.id;
    note.currency = original.currency;
    note.createdBy = ctx.identity.username;
    Rpc::FieldErrors errors;
    note.date = Platform::businessDate();
    if (params.contains(QLatin1String("date")))
        note.date = readDate(params.value(QLatin1String("date")), QStringLiteral("date"), errors);
    note.notes = params.value(QLatin1String("reason")).toString().trimmed();
    if (note.notes.size() > 500)
        errors.add(QStringLiteral("reason"), QStringLiteral("too_long"),
                   QStringLiteral("must be at most 500 characters"),
                   QStringLiteral("validation.too_long"), {{QStringLiteral("max"), 500}});
    errors.throwIfAny();
    if (note.date < original.date)
        note.date = original.date;
    note.dueDate = note.date;

    // What each line credits: a part by 价税分离 of its quantity, the rest of a line exactly
    // what is left of it, so credits never exceed the invoice.
    auto addLine = [&](const InvoiceLine& l, qint64 qty) {
        const InvoiceRepository::Credited done = credited.value(l.id);
        InvoiceLine c = l;
        c.id = 0;
        c.lineNo = int(note.lines.size()) + 1;
        c.creditOfLine = l.id;
        c.qty = qty;
        if (qty == l.qty - done.qty) {
            c.net = l.net - done.net;
            c.tax = l.tax - done.tax;
        } else {
            const TaxSplit s =
                splitLine(qty, l.unitPrice, l.discount, l.taxRate, l.priceIncludesTax);
            c.net = qMin(s.net, l.net - done.net);
            c.tax = qMin(s.tax, l.tax - done.tax);
        }
        c.gross = c.net + c.tax;
        note.lines.append(c);
    };
    if (params.contains(QLatin1String("lines"))) {
        const QJsonArray lines = params.value(QLatin1String("lines")).toArray();
        for (qsizetype n = 0; n < lines.size(); ++n) {
            const QString prefix = QStringLiteral("lines[%1].").arg(n);
            const QJsonObject in = lines.at(n).toObject();
            const qint64 lineId = in.value(QLatin1String("invoice_line_id")).toInteger();
            const InvoiceLine* source = nullptr;
            for (const InvoiceLine& l : original.lines)
                if (l.id == lineId)
                    source = &l;
            if (!source) {
                errors.add(prefix + QStringLiteral("invoice_line_id"), QStringLiteral("unknown"),
                           QStringLiteral("is not a line of the invoice"),
                           QStringLiteral("finance.invoice.unknown_line"));
                continue;
            }
            const qint64 left = source->qty - credited.value(source->id).qty;
            const auto qty = in.contains(QLatin1String("qty"))
                                 ? readDecimal(in.value(QLatin1String("qty")), 3,
                                               prefix + QStringLiteral("qty"), errors)
                                 : std::optional<qint64>(left);
            if (!qty)
                continue;
            if (*qty <= 0 || *qty > left) {
                errors.add(prefix + QStringLiteral("qty"), QStringLiteral("exceeds_open"),
                           QStringLiteral("exceeds what is left to credit (%1)")
                               .arg(Decimal(left, 3).toString()),
                           QStringLiteral("finance.invoice.credit_exceeds"),
                           {{QStringLiteral("open"), Decimal(left, 3).toString()}});
                continue;
            }
            addLine(*source, *qty);
        }
        errors.throwIfAny();
    } else {
        for (const InvoiceLine& l : original.lines) {
            const qint64 left = l.qty - credited.value(l.id).qty;
            if (left > 0)
                addLine(l, left);
        }
    }
    totals(note);
    if (note.lines.isEmpty() || note.total <= 0)
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("Invoice %1 is credited in full already").arg(original.number),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("nothing_to_credit")}})
            .withId(QStringLiteral("finance.invoice.nothing_to_credit"),
                    {{QStringLiteral("number"), original.number}});
    repo.insert(note);
    ctx.recordChange(kEntity, note.id, note.version, QJsonValue::Null, toJson(load(repo, note.id)));
    Invoice posted = postDraft(ctx, repo, load(repo, note.id));

    // The credit settles the invoice's open amount first; the rest is a credit on the
    // customer.
    const qint64 settle = qMin(posted.total, original.open());
    if (settle > 0) {
        if (!repo.settle(original.id, 0, settle) || !repo.settle(posted.id, settle, 0))
            throw Rpc::versionConflict(QStringLiteral("invoice"), original.version + 1);
        Allocation a;
        a.invoiceId = original.id;
        a.creditNoteId = posted.id;
        a.amount = settle;
        a.effectiveDate = qMax(posted.date, original.date).toString(Qt::ISODate);
        a.createdBy = ctx.identity.username;
        repo.insertAllocation(a);
        const Invoice after = load(repo, original.id);
        ctx.recordChange(kEntity, original.id, after.version,
                         QJsonObject{{QStringLiteral("state"), original.state},
                                     {QStringLiteral("credited"), money(original.credited)}},
                         QJsonObject{{QStringLiteral("state"), after.state},
                                     {QStringLiteral("credited"), money(after.credited)},
                                     {QStringLiteral("credit_note"), posted.number}});
        posted = load(repo, posted.id);
    }
    return toJson(posted);
}

qint64 InvoiceService::invoiceShipped(Rpc::CallContext& ctx, qint64 orderId, const QDate& date,
                                      const QHash<qint64, qint64>& shipped)
{
    InvoiceRepository repo(ctx.db);
    const auto order = Sales::OrderRepository(ctx.db).load(orderId, false);
    if (!order || order->currency != m_ledger.company(ctx).baseCurrency)
        return 0;
    const QHash<qint64, qint64> invoiced = repo.invoicedQty(orderId, 0);
    QJsonArray lines;
    for (const Sales::OrderLine& ol : order->lines) {
        const qint64 qty = qMin(shipped.value(ol.id), ol.shippedQty - invoiced.value(ol.id));
        if (qty <= 0)
            continue;
        if (!invoiceTaxRates().contains(ol.taxRate))
            return 0;
        lines.append(QJsonObject{{QStringLiteral("order_line_id"), ol.id},
                                 {QStringLiteral("qty"), Decimal(qty, 3).toString()}});
    }
    if (lines.isEmpty())
        return 0;
    Invoice i;
    readFields(ctx,
               QJsonObject{{QStringLiteral("order_id"), orderId},
                           {QStringLiteral("date"), date.toString(Qt::ISODate)},
                           {QStringLiteral("lines"), lines}},
               i, true);
    i.dueDate = i.date;
    i.createdBy = ctx.identity.username;
    repo.insert(i);
    const Invoice stored = load(repo, i.id);
    ctx.recordChange(kEntity, stored.id, stored.version, QJsonValue::Null, toJson(stored));
    return postDraft(ctx, repo, stored).id;
}

} // namespace Erp::Server::Finance
