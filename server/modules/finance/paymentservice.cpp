#include "server/modules/finance/paymentservice.h"

#include "common/jsonrpc.h"
#include "common/money.h"
#include "server/modules/finance/accountrepository.h"
#include "server/modules/finance/billservice.h"
#include "server/modules/finance/documentfields.h"
#include "server/modules/finance/invoicerepository.h"
#include "server/platform/businessdate.h"
#include "server/platform/documentnumbers.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"
#include "server/storage/database.h"
#include "server/storage/listquery.h"

#include <QJsonArray>

namespace Erp::Server::Finance {

using Rpc::Error;

namespace {

const QString kEntity = QStringLiteral("finance.payment");
const QString kInvoiceEntity = QStringLiteral("finance.invoice");

bool toSupplier(const Payment& p)
{
    return p.partnerType == QLatin1String("supplier");
}

/// The payment with its allocations: to invoices (a customer's) or to bills (a supplier's).
QJsonObject withAllocations(Rpc::CallContext& ctx, InvoiceRepository& repo, const Payment& p)
{
    QJsonObject out = toJson(p);
    QJsonArray allocations;
    if (toSupplier(p))
        allocations = BillService::paymentAllocations(ctx, p.id);
    else
        for (const Allocation& a : repo.allocationsOfPayment(p.id))
            allocations.append(toJson(a));
    out.insert(QStringLiteral("allocations"), allocations);
    return out;
}

/// Applies a customer's receipt to invoices [{invoice_id, amount}] (audited on the invoices);
/// returns the sum.
qint64 applyToInvoices(Rpc::CallContext& ctx, InvoiceRepository& repo, const Payment& payment,
                       const QJsonArray& allocations)
{
    const auto applies = readAllocations(
        allocations, payment.unapplied(),
        {QStringLiteral("invoice_id"),
         [](Rpc::FieldErrors& errors, const QString& field) {
             errors.add(field, QStringLiteral("unknown"),
                        QStringLiteral("is not an open invoice of this partner"),
                        QStringLiteral("finance.payment.not_open_invoice"));
         },
         [](Rpc::FieldErrors& errors, const QString& field, qint64 open, const QString& number) {
             errors.add(
                 field, QStringLiteral("exceeds_open"),
                 QStringLiteral("exceeds the invoice's open amount %1").arg(money(open)),
                 QStringLiteral("finance.payment.exceeds_open"),
                 {{QStringLiteral("open"), money(open)}, {QStringLiteral("number"), number}});
         }},
        [&](qint64 invoiceId) {
            const auto invoice = repo.byId(invoiceId, true);
            if (!invoice || invoice->isCreditNote() || invoice->customerId != payment.partnerId ||
                (invoice->state != QLatin1String("posted") &&
                 invoice->state != QLatin1String("partially_paid")))
                return Allocatable{};
            return Allocatable{true, invoice->open(), invoice->number};
        });
    qint64 sum = 0;
    for (const auto& [invoiceId, amount] : applies) {
        const Invoice invoice = *repo.byId(invoiceId);
        if (!repo.settle(invoiceId, amount, 0))
            throw Rpc::versionConflict(QStringLiteral("invoice"), invoice.version + 1);
        Allocation row;
        row.invoiceId = invoiceId;
        row.paymentId = payment.id;
        row.amount = amount;
        row.effectiveDate = qMax(payment.date, invoice.date).toString(Qt::ISODate);
        row.createdBy = ctx.identity.username;
        const qint64 allocationId = repo.insertAllocation(row);
        const Invoice after = *repo.byId(invoiceId);
        ctx.recordChange(kInvoiceEntity, after.id, after.version,
                         QJsonObject{{QStringLiteral("state"), invoice.state},
                                     {QStringLiteral("paid"), money(invoice.paid)}},
                         QJsonObject{{QStringLiteral("state"), after.state},
                                     {QStringLiteral("paid"), money(after.paid)},
                                     {QStringLiteral("payment"), payment.number},
                                     {QStringLiteral("allocation_id"), allocationId}});
        sum += amount;
    }
    return sum;
}

const QStringList& agingBuckets()
{
    static const QStringList names{QStringLiteral("current"), QStringLiteral("d1_30"),
                                   QStringLiteral("d31_60"), QStringLiteral("d61_90"),
                                   QStringLiteral("over_90")};
    return names;
}

} // namespace

PaymentService::PaymentService(LedgerService& ledger, LedgerService::PartnerCheck partners)
    : m_ledger(ledger)
    , m_partners(std::move(partners))
{}

QJsonObject PaymentService::create(Rpc::CallContext& ctx, const QJsonObject& params)
{
    InvoiceRepository repo(ctx.db);
    Rpc::FieldErrors errors;
    Payment p;
    p.partnerType = params.value(QLatin1String("partner_type")).toString();
    if (p.partnerType != QLatin1String("customer") && p.partnerType != QLatin1String("supplier"))
        errors.add(QStringLiteral("partner_type"), QStringLiteral("invalid"),
                   QStringLiteral("must be one of customer, supplier"),
                   QStringLiteral("validation.one_of"),
                   {{QStringLiteral("values"), QStringLiteral("customer, supplier")}});
    else {
        p.partnerId = params.value(QLatin1String("partner_id")).toInteger();
        if (p.partnerId <= 0 || !m_partners(ctx, p.partnerType, p.partnerId))
            errors.add(QStringLiteral("partner_id"), QStringLiteral("unknown"),
                       QStringLiteral("is not a known partner of that type"),
                       QStringLiteral("finance.entry.unknown_partner"),
                       {{QStringLiteral("type"), p.partnerType}});
    }
    p.kind = p.partnerType == QLatin1String("supplier") ? QStringLiteral("payment")
                                                        : QStringLiteral("receipt");
    p.amount = readAmount(params.value(QLatin1String("amount")), QStringLiteral("amount"), errors);
    p.date = Platform::businessDate();
    if (params.contains(QLatin1String("date"))) {
        p.date = QDate::fromString(params.value(QLatin1String("date")).toString(), Qt::ISODate);
        if (!p.date.isValid())
            errors.add(QStringLiteral("date"), QStringLiteral("invalid"),
                       QStringLiteral("must be a date such as 2026-11-27"),
                       QStringLiteral("validation.date"));
    }
    readText(params, "reference", 100, p.reference, errors);
    readText(params, "notes", 500, p.notes, errors);
    errors.throwIfAny();

    p.createdBy = ctx.identity.username;
    p.number = Platform::takeDocumentNumber(
        ctx.db, {QStringLiteral("finance.payment"), QStringLiteral("PAY{yyyy}-{n:6}")}, p.date);
    repo.insertPayment(p);
    // Receipt: Dr bank / Cr receivable (the customer); payment: Dr payable (the supplier) /
    // Cr bank. Booked now, in this transaction.
    const bool receipt = p.kind == QLatin1String("receipt");
    Posting posting;
    posting.journal = QStringLiteral("bank");
    posting.date = p.date;
    posting.sourceType = QStringLiteral("payment");
    posting.sourceId = p.id;
    posting.sourceRef = p.number;
    posting.description =
        p.reference.isEmpty() ? p.number : p.number + QLatin1Char(' ') + p.reference;
    PostingLine bank;
    bank.role = QStringLiteral("bank");
    (receipt ? bank.debit : bank.credit) = p.amount;
    bank.description = posting.description;
    PostingLine partner;
    partner.role = receipt ? QStringLiteral("receivable") : QStringLiteral("payable");
    (receipt ? partner.credit : partner.debit) = p.amount;
    partner.partnerType = p.partnerType;
    partner.partnerId = p.partnerId;
    partner.description = posting.description;
    posting.lines = receipt ? QList<PostingLine>{bank, partner} : QList<PostingLine>{partner, bank};
    repo.setPaymentEntry(p.id, m_ledger.post(ctx, posting));
    const Payment stored = *repo.paymentById(p.id);
    ctx.recordChange(kEntity, p.id, stored.version, QJsonValue::Null, toJson(stored));

    const QJsonValue allocations = params.value(QLatin1String("allocations"));
    if (allocations.isArray() && !allocations.toArray().isEmpty())
        return applyAll(ctx, repo, p.id, stored.version, allocations.toArray());
    return withAllocations(ctx, repo, stored);
}

QJsonObject PaymentService::applyAll(Rpc::CallContext& ctx, InvoiceRepository& repo, qint64 id,
                                     qint64 version, const QJsonArray& allocations)
{
    const auto before = repo.paymentById(id, true);
    if (!before)
        throw Rpc::notFound(QStringLiteral("payment"), id);
    if (before->version != version)
        throw Rpc::versionConflict(QStringLiteral("payment"), before->version);
    // A customer's receipt settles invoices, a supplier's payment bills.
    const qint64 sum = toSupplier(*before) ? BillService::applyPayment(ctx, *before, allocations)
                                           : applyToInvoices(ctx, repo, *before, allocations);
    if (!repo.applyToPayment(id, version, sum))
        throw Rpc::versionConflict(QStringLiteral("payment"), version + 1);
    const Payment stored = *repo.paymentById(id);
    ctx.recordChange(kEntity, id, stored.version,
                     QJsonObject{{QStringLiteral("applied"), money(before->applied)}},
                     QJsonObject{{QStringLiteral("applied"), money(stored.applied)}});
    return withAllocations(ctx, repo, stored);
}

QJsonObject PaymentService::apply(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                  const QJsonObject& params)
{
    InvoiceRepository repo(ctx.db);
    const QJsonValue allocations = params.value(QLatin1String("allocations"));
    if (!allocations.isArray() || allocations.toArray().isEmpty())
        throw Error::validation(QStringLiteral("allocations"), QStringLiteral("required"),
                                QStringLiteral("is required"),
                                QStringLiteral("validation.required"));
    return applyAll(ctx, repo, id, version, allocations.toArray());
}

QJsonObject PaymentService::unapply(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                    qint64 allocationId)
{
    InvoiceRepository repo(ctx.db);
    const auto before = repo.paymentById(id, true);
    if (!before)
        throw Rpc::notFound(QStringLiteral("payment"), id);
    if (before->version != version)
        throw Rpc::versionConflict(QStringLiteral("payment"), before->version);
    // The allocation goes back to the invoice (a customer's) or the bill (a supplier's).
    QJsonObject taken;
    qint64 amount = 0;
    if (toSupplier(*before)) {
        const BillAllocation allocation = BillService::unapplyPayment(ctx, *before, allocationId);
        taken = toJson(allocation);
        amount = allocation.amount;
    } else {
        const auto allocation = repo.allocationById(allocationId);
        if (!allocation || allocation->paymentId != id)
            throw Error::validation(QStringLiteral("allocation_id"), QStringLiteral("unknown"),
                                    QStringLiteral("is not an allocation of this payment"),
                                    QStringLiteral("finance.payment.unknown_allocation"));
        const Invoice invoiceBefore = *repo.byId(allocation->invoiceId, true);
        if (!repo.deleteAllocation(allocationId) ||
            !repo.settle(allocation->invoiceId, -allocation->amount, 0))
            throw Rpc::versionConflict(QStringLiteral("invoice"), invoiceBefore.version + 1);
        const Invoice invoiceAfter = *repo.byId(allocation->invoiceId);
        ctx.recordChange(kInvoiceEntity, invoiceAfter.id, invoiceAfter.version,
                         QJsonObject{{QStringLiteral("state"), invoiceBefore.state},
                                     {QStringLiteral("paid"), money(invoiceBefore.paid)}},
                         QJsonObject{{QStringLiteral("state"), invoiceAfter.state},
                                     {QStringLiteral("paid"), money(invoiceAfter.paid)},
                                     {QStringLiteral("unapplied_payment"), before->number}});
        taken = toJson(*allocation);
        amount = allocation->amount;
    }
    if (!repo.applyToPayment(id, version, -amount))
        throw Rpc::versionConflict(QStringLiteral("payment"), version + 1);
    const Payment stored = *repo.paymentById(id);
    ctx.recordChange(kEntity, id, stored.version, taken,
                     QJsonObject{{QStringLiteral("unapplied"), allocationId},
                                 {QStringLiteral("applied"), money(stored.applied)}});
    return withAllocations(ctx, repo, stored);
}

QJsonObject PaymentService::get(Rpc::CallContext& ctx, qint64 id)
{
    InvoiceRepository repo(ctx.db);
    const auto p = repo.paymentById(id);
    if (!p)
        throw Rpc::notFound(QStringLiteral("payment"), id);
    return withAllocations(ctx, repo, *p);
}

QJsonObject PaymentService::list(Rpc::CallContext& ctx, const QJsonObject& params)
{
    static const QHash<QString, QString> sortable{
        {QStringLiteral("id"), QStringLiteral("p.id")},
        {QStringLiteral("date"), QStringLiteral("p.payment_date")},
        {QStringLiteral("number"), QStringLiteral("p.number")},
        {QStringLiteral("amount"), QStringLiteral("p.amount")},
    };
    const auto query = Storage::ListQuery::parse(params, sortable, QStringLiteral("-date"),
                                                 QStringLiteral("p.id"));
    checkListFilters(query.filter, {"kind", "partner_type", "from", "to"}, {"partner_id"});
    return InvoiceRepository(ctx.db).listPayments(query);
}

QJsonObject PaymentService::aging(Rpc::CallContext& ctx, const QJsonObject& params)
{
    const QString kind = params.value(QLatin1String("kind")).toString();
    Rpc::FieldErrors errors;
    if (kind != QLatin1String("receivable") && kind != QLatin1String("payable"))
        errors.add(QStringLiteral("kind"), QStringLiteral("invalid"),
                   QStringLiteral("must be one of receivable, payable"),
                   QStringLiteral("validation.one_of"),
                   {{QStringLiteral("values"), QStringLiteral("receivable, payable")}});
    QDate asOf = QDate::currentDate();
    if (params.contains(QLatin1String("as_of"))) {
        asOf = QDate::fromString(params.value(QLatin1String("as_of")).toString(), Qt::ISODate);
        if (!asOf.isValid())
            errors.add(QStringLiteral("as_of"), QStringLiteral("invalid"),
                       QStringLiteral("must be a date such as 2026-11-27"),
                       QStringLiteral("validation.date"));
    }
    errors.throwIfAny();
    const qint64 partnerId = params.value(QLatin1String("partner_id")).toInteger();
    InvoiceRepository repo(ctx.db);
    QJsonArray rows;
    qint64 totals[5] = {0, 0, 0, 0, 0};
    qint64 unapplied = 0;
    qint64 total = 0;
    for (const InvoiceRepository::AgingRow& r : repo.aging(kind, asOf, partnerId)) {
        QJsonObject row{{QStringLiteral("partner_id"), r.partnerId},
                        {QStringLiteral("partner_code"), r.partnerCode},
                        {QStringLiteral("partner_name"), r.partnerName},
                        {QStringLiteral("unapplied"), money(r.unapplied)},
                        {QStringLiteral("total"), money(r.total)}};
        for (int b = 0; b < 5; ++b) {
            row.insert(agingBuckets().at(b), money(r.buckets[b]));
            totals[b] += r.buckets[b];
        }
        unapplied += r.unapplied;
        total += r.total;
        rows.append(row);
    }
    QJsonObject sums{{QStringLiteral("unapplied"), money(unapplied)},
                     {QStringLiteral("total"), money(total)}};
    for (int b = 0; b < 5; ++b)
        sums.insert(agingBuckets().at(b), money(totals[b]));
    QJsonObject out{{QStringLiteral("kind"), kind},
                    {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                    {QStringLiteral("rows"), rows},
                    {QStringLiteral("totals"), sums}};
    if (partnerId > 0)
        out.insert(QStringLiteral("items"), repo.openItems(kind, asOf, partnerId));
    return out;
}

void PaymentService::check(Rpc::CallContext& ctx, QJsonObject& result)
{
    InvoiceRepository repo(ctx.db);
    AccountRepository accounts(ctx.db);
    QJsonArray problems = result.value(QStringLiteral("problems")).toArray();
    // Everything ever dated: the documents' open amounts against the accounts' balances.
    for (const QString& kind : {QStringLiteral("receivable"), QStringLiteral("payable")}) {
        const qint64 account = accounts.roleAccount(kind, {});
        if (account == 0)
            continue;
        // The aging's grand total (allocations cancel out), without grouping by partner.
        const qint64 documents = repo.openTotal(kind);
        // A receivable is a debit balance, a payable a credit one. The documents must equal
        // what they booked on the account; entries written by hand on it (opening balances)
        // are shown beside, they are no open items.
        const auto [balance, booked] = repo.accountBalance(account);
        const qint64 sign = kind == QLatin1String("receivable") ? 1 : -1;
        const auto a = accounts.byId(account);
        const QString code = a ? a->code : QString();
        if (sign * booked != documents)
            problems.append(
                QJsonObject{{QStringLiteral("kind"), kind + QStringLiteral("_mismatch")},
                            {QStringLiteral("account_code"), code},
                            {QStringLiteral("ledger"), money(sign * booked)},
                            {QStringLiteral("documents"), money(documents)}});
        result.insert(
            kind + QStringLiteral("s"),
            QJsonObject{{QStringLiteral("account_code"), code},
                        {QStringLiteral("documents"), money(documents)},
                        {QStringLiteral("ledger"), money(sign * booked)},
                        {QStringLiteral("other_entries"), money(sign * (balance - booked))},
                        {QStringLiteral("balance"), money(sign * balance)}});
    }
    // Each document's settled amount is the sum of its allocations.
    for (const QJsonValue& v : repo.settlementMismatches()) {
        QJsonObject problem = v.toObject();
        problem.insert(QStringLiteral("kind"), QStringLiteral("allocation_mismatch"));
        problems.append(problem);
    }
    result.insert(QStringLiteral("problems"), problems);
    result.insert(QStringLiteral("ok"), problems.isEmpty());
}

} // namespace Erp::Server::Finance
