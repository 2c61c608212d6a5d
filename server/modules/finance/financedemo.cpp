#include "server/modules/finance/financedemo.h"

#include "common/money.h"
#include "server/modules/finance/accountrepository.h"
#include "server/modules/finance/billservice.h"
#include "server/modules/finance/invoiceservice.h"
#include "server/modules/finance/ledgerservice.h"
#include "server/modules/finance/paymentservice.h"
#include "server/modules/purchasing/purchaseorderservice.h"
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

/// The suppliers' bills of the purchase orders received (a week after the goods), posted, and
/// paid on their due date when it has come; partly received orders are billed for what came
/// and not paid yet.
void billPurchases(Rpc::CallContext& ctx, const DemoServices& s, const QDate& today,
                   QList<Step>& steps)
{
    const QJsonArray orders =
        s.purchaseOrders
            .list(ctx,
                  QJsonObject{{QStringLiteral("filter"),
                               QJsonObject{{QStringLiteral("state"),
                                            QJsonArray{QStringLiteral("received"),
                                                       QStringLiteral("partially_received")}}}},
                              {QStringLiteral("sort"), QStringLiteral("order_date")},
                              {QStringLiteral("limit"), 1000}})
            .value(QLatin1String("rows"))
            .toArray();
    int n = 0;
    for (const QJsonValue& v : orders) {
        const QJsonObject order = v.toObject();
        const QDate ordered =
            QDate::fromString(order.value(QLatin1String("order_date")).toString(), Qt::ISODate);
        const QDate billed = qMin(ordered.addDays(12), today);
        const QString ref = QStringLiteral("%1").arg(44030000 + 137 * ++n, 8, 10, QLatin1Char('0'));
        const QJsonValue orderId = order.value(QLatin1String("id"));
        // Orders still partly open leave their bills unpaid: the payables aging has some.
        const bool settled =
            order.value(QLatin1String("state")).toString() == QLatin1String("received");
        steps.append(
            {billed, [&ctx, &s, &steps, orderId, billed, ref, today, settled]() {
                 QJsonObject bill = s.bills.create(
                     ctx, QJsonObject{{QStringLiteral("purchase_order_id"), orderId},
                                      {QStringLiteral("date"), billed.toString(Qt::ISODate)},
                                      {QStringLiteral("supplier_ref"), ref},
                                      {QStringLiteral("supplier_date"),
                                       billed.addDays(-2).toString(Qt::ISODate)}});
                 bill = s.bills.post(ctx, bill.value(QLatin1String("id")).toInteger(),
                                     bill.value(QLatin1String("version")).toInteger());
                 const QDate due = QDate::fromString(
                     bill.value(QLatin1String("due_date")).toString(), Qt::ISODate);
                 if (due > today)
                     return;
                 // Paid when due: a step of its own, run in date order.
                 const QJsonObject params{
                     {QStringLiteral("partner_type"), QStringLiteral("supplier")},
                     {QStringLiteral("partner_id"), bill.value(QLatin1String("supplier_id"))},
                     {QStringLiteral("amount"), bill.value(QLatin1String("total"))},
                     {QStringLiteral("date"), due.toString(Qt::ISODate)},
                     {QStringLiteral("reference"), bill.value(QLatin1String("number"))},
                     {QStringLiteral("allocations"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("bill_id"), bill.value(QLatin1String("id"))},
                          {QStringLiteral("amount"), bill.value(QLatin1String("total"))}}}}};
                 steps.append({due, [&ctx, &s, params]() { s.payments.create(ctx, params); }});
             }});
    }
}

} // namespace

void loadDemoBooks(Rpc::CallContext& ctx, const DemoServices& services)
{
    LedgerService& ledger = services.ledger;
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
    payInvoices(ctx, services.payments, services.invoices, today, steps);
    billPurchases(ctx, services, today, steps);

    // In date order, so the journals' numbers follow their days. A step may add a later one
    // (a bill its payment): the rest is sorted again after it.
    Platform::BusinessDateScope day(today);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        std::stable_sort(steps.begin() + i, steps.end(),
                         [](const Step& a, const Step& b) { return a.date < b.date; });
        const Step step = steps.at(i);
        day.set(step.date);
        step.run();
    }
}

} // namespace Erp::Server::Finance
