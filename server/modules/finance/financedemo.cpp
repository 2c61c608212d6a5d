#include "server/modules/finance/financedemo.h"

#include "common/money.h"
#include "server/modules/finance/accountrepository.h"
#include "server/modules/finance/invoiceservice.h"
#include "server/modules/finance/ledgerservice.h"
#include "server/modules/finance/paymentservice.h"
#include "server/platform/businessdate.h"
#include "server/rpc/callcontext.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>
#include <functional>

namespace Erp::Server::Finance {

namespace {

struct Step
{
    QDate date;
    std::function<void()> run;
};

qint64 units(const QJsonValue& amount)
{
    return Decimal::parse(amount.toString(), 2).value_or(Decimal()).units();
}

QString amountText(qint64 minor)
{
    return Decimal(minor, 2).toString();
}

/// The customers' payments of the posted invoices, each on its day.
void payInvoices(Rpc::CallContext& ctx, PaymentService& payments, InvoiceService& invoices,
                 const QDate& today, QList<Step>& steps)
{
    QRandomGenerator rng(20261207);
    for (qint64 offset = 0;; offset += 1000) {
        const QJsonArray rows =
            invoices
                .list(
                    ctx,
                    QJsonObject{{QStringLiteral("filter"),
                                 QJsonObject{{QStringLiteral("kind"), QStringLiteral("invoice")},
                                             {QStringLiteral("state"), QStringLiteral("posted")}}},
                                {QStringLiteral("sort"), QStringLiteral("date")},
                                {QStringLiteral("offset"), offset},
                                {QStringLiteral("limit"), 1000}})
                .value(QLatin1String("rows"))
                .toArray();
        for (const QJsonValue& v : rows) {
            const QJsonObject invoice = v.toObject();
            const QDate issued =
                QDate::fromString(invoice.value(QLatin1String("date")).toString(), Qt::ISODate);
            const QDate due =
                QDate::fromString(invoice.value(QLatin1String("due_date")).toString(), Qt::ISODate);
            qint64 amount = units(invoice.value(QLatin1String("total")));
            QDate paid;
            switch (rng.bounded(10)) {
            case 9: // still open
                continue;
            case 8: // half now, the rest still owed
                amount = amount / 2;
                paid = issued.addDays(rng.bounded(5, 30));
                break;
            case 7:
            case 6: // late
                paid = due.addDays(rng.bounded(10, 45));
                break;
            default: // about on time
                paid = due.addDays(rng.bounded(-12, 3));
            }
            paid = qMax(paid, issued);
            if (paid > today || amount <= 0)
                continue;
            const QJsonObject params{
                {QStringLiteral("partner_type"), QStringLiteral("customer")},
                {QStringLiteral("partner_id"), invoice.value(QLatin1String("customer_id"))},
                {QStringLiteral("amount"), amountText(amount)},
                {QStringLiteral("date"), paid.toString(Qt::ISODate)},
                {QStringLiteral("reference"), invoice.value(QLatin1String("number"))},
                {QStringLiteral("allocations"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("invoice_id"), invoice.value(QLatin1String("id"))},
                                 {QStringLiteral("amount"), amountText(amount)}}}}};
            steps.append({paid, [&ctx, &payments, params]() { payments.create(ctx, params); }});
        }
        if (rows.size() < 1000)
            break;
    }
}

} // namespace

void loadDemoBooks(Rpc::CallContext& ctx, LedgerService& ledger, PaymentService& payments,
                   InvoiceService& invoices)
{
    AccountRepository accounts(ctx.db);
    const qint64 bank = accounts.roleAccount(QStringLiteral("bank"), {});
    const qint64 capital = accounts.roleAccount(QStringLiteral("opening"), {});
    const qint64 rent = accounts.idByCode(QStringLiteral("5602"));
    const bool chinese = accounts.settings().chart == QLatin1String("cn_small");
    const QDate today = QDate::currentDate();
    const QDate start = Platform::demoBooksStart();

    QList<Step> steps;
    Posting opening;
    opening.date = start;
    opening.description =
        chinese ? QStringLiteral("股东投入资本") : QStringLiteral("Paid-in capital");
    opening.sourceType = QStringLiteral("manual");
    opening.lines = {{{}, {}, bank, 200'000'000, 0, {}, 0, {}},
                     {{}, {}, capital, 0, 200'000'000, {}, 0, {}}};
    steps.append({start, [&ctx, &ledger, opening]() { ledger.post(ctx, opening); }});
    for (QDate month = start; rent != 0 && month.addDays(4) <= today; month = month.addMonths(1)) {
        Posting p;
        p.journal = QStringLiteral("bank");
        p.date = month.addDays(4);
        p.description =
            (chinese ? QStringLiteral("支付办公室租金 %1") : QStringLiteral("Office rent %1"))
                .arg(month.toString(QStringLiteral("yyyy-MM")));
        p.sourceType = QStringLiteral("manual");
        p.lines = {{{}, {}, rent, 3'500'000, 0, {}, 0, p.description},
                   {{}, {}, bank, 0, 3'500'000, {}, 0, p.description}};
        steps.append({p.date, [&ctx, &ledger, p]() { ledger.post(ctx, p); }});
    }
    payInvoices(ctx, payments, invoices, today, steps);

    // In date order, so the bank journal's numbers follow its days.
    std::stable_sort(steps.begin(), steps.end(),
                     [](const Step& a, const Step& b) { return a.date < b.date; });
    Platform::BusinessDateScope day(today);
    for (const Step& step : steps) {
        day.set(step.date);
        step.run();
    }
}

} // namespace Erp::Server::Finance
