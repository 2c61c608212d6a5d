#include "server/modules/finance/partnerstatement.h"

#include "common/money.h"
#include "server/modules/finance/invoicerepository.h"
#include "server/modules/finance/partnerstatementrepository.h"
#include "server/modules/finance/reportparams.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"

#include <QJsonArray>

namespace Erp::Server::Finance {

using Rpc::Error;

namespace {

QString money(qint64 v)
{
    return Money(v).toString();
}

} // namespace

QJsonObject PartnerStatement::statement(Rpc::CallContext& ctx, const QJsonObject& params)
{
    const qint64 customerId = params.value(QLatin1String("customer_id")).toInteger();
    const QDate today = QDate::currentDate();
    // Default: the month so far.
    const QDate to = dateParam(params, "to", today);
    const QDate from = dateParam(params, "from", QDate(to.year(), to.month(), 1));
    if (to < from)
        throw Error::validation(QStringLiteral("to"), QStringLiteral("range"),
                                QStringLiteral("must not be before \"from\""),
                                QStringLiteral("finance.report.to_before_from"));
    PartnerStatementRepository repo(ctx.db);
    const auto customer = repo.customer(customerId);
    if (!customer)
        throw Rpc::notFound(QStringLiteral("customer"), customerId);

    const qint64 opening = repo.balanceBefore(customerId, from);
    qint64 balance = opening;
    qint64 debits = 0;
    qint64 credits = 0;
    QJsonArray lines;
    for (const PartnerStatementRepository::Line& l : repo.lines(customerId, from, to)) {
        balance += l.debit - l.credit;
        debits += l.debit;
        credits += l.credit;
        lines.append(QJsonObject{{QStringLiteral("date"), l.date},
                                 {QStringLiteral("kind"), l.kind},
                                 {QStringLiteral("number"), l.number},
                                 {QStringLiteral("debit"), money(l.debit)},
                                 {QStringLiteral("credit"), money(l.credit)},
                                 {QStringLiteral("balance"), money(balance)},
                                 {QStringLiteral("source_type"), l.sourceType},
                                 {QStringLiteral("source_id"), l.sourceId}});
    }

    // The aging as of the end date: the same open items as finance.report.aging.
    QJsonObject aging{
        {QStringLiteral("current"), money(0)}, {QStringLiteral("d1_30"), money(0)},
        {QStringLiteral("d31_60"), money(0)},  {QStringLiteral("d61_90"), money(0)},
        {QStringLiteral("over_90"), money(0)}, {QStringLiteral("unapplied"), money(0)},
        {QStringLiteral("total"), money(0)}};
    static const char* const kBuckets[5] = {"current", "d1_30", "d31_60", "d61_90", "over_90"};
    for (const InvoiceRepository::AgingRow& r :
         InvoiceRepository(ctx.db).aging(QStringLiteral("receivable"), to, customerId)) {
        for (int b = 0; b < 5; ++b)
            aging.insert(QLatin1String(kBuckets[b]), money(r.buckets[b]));
        aging.insert(QStringLiteral("unapplied"), money(r.unapplied));
        aging.insert(QStringLiteral("total"), money(r.total));
    }

    return {{QStringLiteral("customer_id"), customerId},
            {QStringLiteral("customer_code"), customer->first},
            {QStringLiteral("customer_name"), customer->second},
            {QStringLiteral("from"), from.toString(Qt::ISODate)},
            {QStringLiteral("to"), to.toString(Qt::ISODate)},
            {QStringLiteral("opening"), money(opening)},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("debit"), money(debits)},
            {QStringLiteral("credit"), money(credits)},
            {QStringLiteral("closing"), money(balance)},
            {QStringLiteral("aging"), aging}};
}

} // namespace Erp::Server::Finance
