#include "app/pages/finance/invoiceprint.h"

#include "app/models/format.h"
#include "app/pages/finance/financetext.h"
#include "app/pages/orders/orderprint.h"
#include "common/money.h"

#include <QJsonArray>
#include <QPointer>
#include <QWidget>

namespace Erp::Client::Finance {

namespace {
using T = FinanceText;

QString qtyText(const QString& wire)
{
    QString n = wire;
    if (n.contains(QLatin1Char('.'))) {
        while (n.endsWith(QLatin1Char('0')))
            n.chop(1);
        if (n.endsWith(QLatin1Char('.')))
            n.chop(1);
    }
    return Format::decimal(n);
}
} // namespace

Print::CustomerInvoice InvoicePrint::invoice(const QJsonObject& inv,
                                             const Print::DeliveryNote::Company& company)
{
    Print::CustomerInvoice v;
    v.company = company;
    const bool credit = T::str(inv, "kind") == QLatin1String("credit_note");
    v.title = credit ? tr("Credit Note") : tr("Invoice");
    v.number = T::str(inv, "number");
    v.draft = T::str(inv, "state") == QLatin1String("draft");
    v.date = Format::timestamp(T::str(inv, "date"));
    v.dueDate = credit || v.draft ? QString() : Format::timestamp(T::str(inv, "due_date"));
    v.orderNumber = credit ? T::str(inv, "credit_of_number") : T::str(inv, "order_number");
    if (credit && !v.orderNumber.isEmpty())
        v.orderNumber = tr("credit note of invoice %1").arg(v.orderNumber);
    v.fapiaoNumber = T::str(inv, "fapiao_number");
    v.fapiaoDate = Format::timestamp(T::str(inv, "fapiao_date"));
    v.customerName = T::str(inv, "customer_name");
    v.customerCode = T::str(inv, "customer_code");
    v.currency = T::str(inv, "currency");
    for (const QJsonValue& value : inv.value(QLatin1String("lines")).toArray()) {
        const QJsonObject l = value.toObject();
        v.lines.append({T::str(l, "description"), qtyText(T::str(l, "qty")),
                        T::money(T::str(l, "unit_price")), T::taxRate(T::str(l, "tax_rate")),
                        T::money(T::str(l, "net")), T::money(T::str(l, "tax")),
                        T::money(T::str(l, "gross"))});
    }
    v.net = T::money(T::str(inv, "net"));
    v.tax = T::money(T::str(inv, "tax"));
    v.total = T::money(T::str(inv, "total"));
    v.totalInWords = chineseCapitalAmount(T::minor(T::str(inv, "total")));
    const qint64 settled = T::minor(T::str(inv, "paid")) + T::minor(T::str(inv, "credited"));
    if (!v.draft && !credit && settled > 0) {
        v.paid = T::money(T::wire(settled));
        v.open = T::money(T::str(inv, "open"));
    }
    v.notes = T::str(inv, "notes");
    return v;
}

Print::CustomerStatement InvoicePrint::statement(const QJsonObject& st,
                                                 const Print::DeliveryNote::Company& company)
{
    Print::CustomerStatement s;
    s.company = company;
    s.customerName = T::str(st, "customer_name");
    s.customerCode = T::str(st, "customer_code");
    s.from = Format::timestamp(T::str(st, "from"));
    s.to = Format::timestamp(T::str(st, "to"));
    s.opening = T::money(T::str(st, "opening"));
    for (const QJsonValue& value : st.value(QLatin1String("lines")).toArray()) {
        const QJsonObject l = value.toObject();
        s.lines.append(
            {Format::timestamp(T::str(l, "date")),
             QStringLiteral("%1 %2").arg(T::documentKind(T::str(l, "kind")), T::str(l, "number")),
             T::moneyOrBlank(T::str(l, "debit")), T::moneyOrBlank(T::str(l, "credit")),
             T::money(T::str(l, "balance"))});
    }
    s.debit = T::money(T::str(st, "debit"));
    s.credit = T::money(T::str(st, "credit"));
    s.closing = T::money(T::str(st, "closing"));
    const qint64 closing = T::minor(T::str(st, "closing"));
    s.closingInWords = closing < 0 ? tr("credit %1").arg(chineseCapitalAmount(-closing))
                                   : chineseCapitalAmount(closing);
    const QJsonObject aging = st.value(QLatin1String("aging")).toObject();
    const QList<QPair<const char*, QString>> buckets{
        {"current", tr("Not yet due")},  {"d1_30", tr("1–30 days")},
        {"d31_60", tr("31–60 days")},    {"d61_90", tr("61–90 days")},
        {"over_90", tr("Over 90 days")}, {"unapplied", tr("Unapplied")},
        {"total", tr("Total")}};
    for (const auto& [key, title] : buckets)
        s.aging.append({title, T::money(T::str(aging, key))});
    return s;
}

void InvoicePrint::printInvoice(ApiClient& api, const QJsonObject& inv, QWidget* parent, Mode mode)
{
    QPointer<QWidget> owner(parent);
    Orders::OrderPrint::loadCompany(
        api, parent, [owner, inv, mode](const Print::DeliveryNote::Company& company) {
            if (!owner)
                return;
            const Print::CustomerInvoice v = invoice(inv, company);
            const QString title =
                v.number.isEmpty() ? v.title : QStringLiteral("%1 %2").arg(v.title, v.number);
            Print::DocumentOutput::present(
                owner, mode, title,
                QStringLiteral("%1.pdf").arg(v.number.isEmpty() ? tr("draft invoice") : title),
                [&v](QPagedPaintDevice& device) {
                    return Print::CustomerInvoiceRenderer::print(v, device);
                },
                [&v](const QString& path, QString* error) {
                    return Print::CustomerInvoiceRenderer::writePdf(v, path, error);
                });
        });
}

void InvoicePrint::printStatement(ApiClient& api, const QJsonObject& st, QWidget* parent, Mode mode)
{
    QPointer<QWidget> owner(parent);
    Orders::OrderPrint::loadCompany(
        api, parent, [owner, st, mode](const Print::DeliveryNote::Company& company) {
            if (!owner)
                return;
            const Print::CustomerStatement s = statement(st, company);
            const QString title = tr("Statement %1").arg(s.customerName);
            Print::DocumentOutput::present(
                owner, mode, title, QStringLiteral("%1 %2.pdf").arg(title, T::str(st, "to")),
                [&s](QPagedPaintDevice& device) {
                    return Print::CustomerStatementRenderer::print(s, device);
                },
                [&s](const QString& path, QString* error) {
                    return Print::CustomerStatementRenderer::writePdf(s, path, error);
                });
        });
}

} // namespace Erp::Client::Finance
