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

} // namespace

qint64 BillService::applyPayment(Rpc::CallContext& ctx, const Payment& payment,
                                 const QJsonArray& allocations)
{
    BillRepository repo(ctx.db);
    const auto applies = readAllocations(
        allocations, payment.unapplied(),
        {QStringLiteral("bill_id"),
         [](Rpc::FieldErrors& errors, const QString& field) {
             errors.add(field, QStringLiteral("unknown"),
                        QStringLiteral("is not an open bill of this supplier"),
                        QStringLiteral("finance.payment.not_open_bill"));
         },
         [](Rpc::FieldErrors& errors, const QString& field, qint64 open, const QString& number) {
             errors.add(
                 field, QStringLiteral("exceeds_open"),
                 QStringLiteral("exceeds the bill's open amount %1").arg(money(open)),
                 QStringLiteral("finance.payment.exceeds_open_bill"),
                 {{QStringLiteral("open"), money(open)}, {QStringLiteral("number"), number}});
         }},
        [&](qint64 id) {
            const auto bill = repo.byId(id, true);
            if (!bill || bill->supplierId != payment.partnerId ||
                (bill->state != QLatin1String("posted") &&
                 bill->state != QLatin1String("partially_paid")))
                return Allocatable{};
            return Allocatable{true, bill->open(), bill->number};
        });
    qint64 sum = 0;
    for (const auto& [billId, amount] : applies) {
        const Bill before = *repo.byId(billId);
        if (!repo.settle(billId, amount))
            throw Rpc::versionConflict(QStringLiteral("bill"), before.version + 1);
        BillAllocation row;
        row.billId = billId;
        row.paymentId = payment.id;
        row.amount = amount;
        row.effectiveDate = qMax(payment.date, before.date).toString(Qt::ISODate);
        row.createdBy = ctx.identity.username;
        const qint64 allocationId = repo.insertAllocation(row);
        const Bill after = *repo.byId(billId);
        ctx.recordChange(kEntity, after.id, after.version,
                         QJsonObject{{QStringLiteral("state"), before.state},
                                     {QStringLiteral("paid"), money(before.paid)}},
                         QJsonObject{{QStringLiteral("state"), after.state},
                                     {QStringLiteral("paid"), money(after.paid)},
                                     {QStringLiteral("payment"), payment.number},
                                     {QStringLiteral("allocation_id"), allocationId}});
        sum += amount;
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
