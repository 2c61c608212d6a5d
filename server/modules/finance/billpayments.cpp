// Supplier payments applied to bills (finance.payment.apply / unapply with a supplier's
// payment): the bill side of PaymentService.
#include "common/jsonrpc.h"
#include "server/modules/finance/billrepository.h"
#include "server/modules/finance/billservice.h"
#include "server/modules/finance/documentfields.h"
#include "server/modules/finance/invoice.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"

namespace Erp::Server::Finance {

using Rpc::Error;

namespace {

const QString kEntity = QStringLiteral("finance.bill");
constexpr int kMaxAllocations = 1000;

} // namespace

qint64 BillService::applyPayment(Rpc::CallContext& ctx, const Payment& payment,
                                 const QJsonArray& allocations)
{
    BillRepository repo(ctx.db);
    if (allocations.size() > kMaxAllocations)
        throw Error::validation(QStringLiteral("allocations"), QStringLiteral("too_many"),
                                QStringLiteral("at most %1 lines").arg(kMaxAllocations),
                                QStringLiteral("validation.too_many_lines"),
                                {{QStringLiteral("max"), kMaxAllocations}});
    Rpc::FieldErrors errors;
    struct Apply
    {
        Bill bill;
        qint64 amount;
    };
    QList<Apply> applies;
    QHash<qint64, qint64> pending;
    qint64 sum = 0;
    for (qsizetype n = 0; n < allocations.size(); ++n) {
        const QString prefix = QStringLiteral("allocations[%1].").arg(n);
        const QJsonObject in = allocations.at(n).toObject();
        const qint64 billId = in.value(QLatin1String("bill_id")).toInteger();
        const qint64 amount = readAmount(in.value(QLatin1String("amount")),
                                         prefix + QStringLiteral("amount"), errors);
        const auto bill = billId > 0 ? repo.byId(billId, true) : std::nullopt;
        if (!bill || bill->supplierId != payment.partnerId ||
            (bill->state != QLatin1String("posted") &&
             bill->state != QLatin1String("partially_paid"))) {
            errors.add(prefix + QStringLiteral("bill_id"), QStringLiteral("unknown"),
                       QStringLiteral("is not an open bill of this supplier"),
                       QStringLiteral("finance.payment.not_open_bill"));
            continue;
        }
        if (amount <= 0)
            continue;
        const qint64 open = bill->open() - pending.value(bill->id);
        if (amount > open) {
            errors.add(
                prefix + QStringLiteral("amount"), QStringLiteral("exceeds_open"),
                QStringLiteral("exceeds the bill's open amount %1").arg(money(open)),
                QStringLiteral("finance.payment.exceeds_open_bill"),
                {{QStringLiteral("open"), money(open)}, {QStringLiteral("number"), bill->number}});
            continue;
        }
        pending[bill->id] += amount;
        sum += amount;
        applies.append({*bill, amount});
    }
    errors.throwIfAny();
    if (sum > payment.unapplied())
        throw Error::validation(
            QStringLiteral("allocations"), QStringLiteral("exceeds_unapplied"),
            QStringLiteral("the allocations (%1) exceed what is unapplied of the payment (%2)")
                .arg(money(sum), money(payment.unapplied())),
            QStringLiteral("finance.payment.exceeds_unapplied"),
            {{QStringLiteral("amount"), money(sum)},
             {QStringLiteral("unapplied"), money(payment.unapplied())}});
    for (const Apply& a : applies) {
        if (!repo.settle(a.bill.id, a.amount))
            throw Rpc::versionConflict(QStringLiteral("bill"), a.bill.version + 1);
        BillAllocation row;
        row.billId = a.bill.id;
        row.paymentId = payment.id;
        row.amount = a.amount;
        row.effectiveDate = qMax(payment.date, a.bill.date).toString(Qt::ISODate);
        row.createdBy = ctx.identity.username;
        const qint64 allocationId = repo.insertAllocation(row);
        const Bill after = *repo.byId(a.bill.id);
        ctx.recordChange(kEntity, after.id, after.version,
                         QJsonObject{{QStringLiteral("state"), a.bill.state},
                                     {QStringLiteral("paid"), money(a.bill.paid)}},
                         QJsonObject{{QStringLiteral("state"), after.state},
                                     {QStringLiteral("paid"), money(after.paid)},
                                     {QStringLiteral("payment"), payment.number},
                                     {QStringLiteral("allocation_id"), allocationId}});
    }
    return sum;
}

BillAllocation BillService::unapplyPayment(Rpc::CallContext& ctx, const Payment& payment,
                                           qint64 allocationId)
{
    BillRepository repo(ctx.db);
    const auto allocation = repo.allocationById(allocationId);
    if (!allocation || allocation->paymentId != payment.id)
        throw Error::validation(QStringLiteral("allocation_id"), QStringLiteral("unknown"),
                                QStringLiteral("is not an allocation of this payment"),
                                QStringLiteral("finance.payment.unknown_allocation"));
    const Bill before = *repo.byId(allocation->billId, true);
    if (!repo.deleteAllocation(allocationId) || !repo.settle(before.id, -allocation->amount))
        throw Rpc::versionConflict(QStringLiteral("bill"), before.version + 1);
    const Bill after = *repo.byId(before.id);
    ctx.recordChange(kEntity, after.id, after.version,
                     QJsonObject{{QStringLiteral("state"), before.state},
                                 {QStringLiteral("paid"), money(before.paid)}},
                     QJsonObject{{QStringLiteral("state"), after.state},
                                 {QStringLiteral("paid"), money(after.paid)},
                                 {QStringLiteral("unapplied_payment"), payment.number}});
    return *allocation;
}

QJsonArray BillService::paymentAllocations(Rpc::CallContext& ctx, qint64 paymentId)
{
    QJsonArray out;
    for (const BillAllocation& a : BillRepository(ctx.db).allocationsOfPayment(paymentId))
        out.append(toJson(a));
    return out;
}

} // namespace Erp::Server::Finance
