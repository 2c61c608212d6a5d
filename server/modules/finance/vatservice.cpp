#include "server/modules/finance/vatservice.h"

#include "common/money.h"
#include "server/modules/finance/accountrepository.h"
#include "server/modules/finance/ledgerrepository.h"
#include "server/modules/finance/ledgerservice.h"
#include "server/modules/finance/reportparams.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"

#include <QJsonArray>

namespace Erp::Server::Finance {

using Rpc::Error;

namespace {

const QString kSource = QStringLiteral("vat_transfer");

QString amount(qint64 minor)
{
    return Money(minor).toString();
}

/// The VAT accounts of the books.
struct VatAccounts
{
    qint64 input = 0;
    qint64 output = 0;
    qint64 transfer = 0; ///< 0 when the chart settles into the unpaid account directly
    qint64 unpaid = 0;

    /// The accounts whose net is the VAT still to transfer (应交增值税 and its columns).
    QList<qint64> pending() const
    {
        QList<qint64> ids{input, output};
        if (transfer != 0)
            ids.append(transfer);
        return ids;
    }
};

VatAccounts vatAccounts(AccountRepository& accounts)
{
    VatAccounts v;
    v.input = accounts.roleAccount(QStringLiteral("input_vat"), QString());
    v.output = accounts.roleAccount(QStringLiteral("output_vat"), QString());
    v.unpaid = accounts.roleAccount(QStringLiteral("vat_unpaid"), QString());
    const qint64 transfer = accounts.roleAccount(QStringLiteral("vat_transfer"), QString());
    v.transfer = transfer == v.unpaid ? 0 : transfer;
    for (const auto& [role, id] :
         {std::pair{"input_vat", v.input}, std::pair{"output_vat", v.output},
          std::pair{"vat_unpaid", v.unpaid}})
        if (id == 0)
            throw Error(Rpc::BusinessRule,
                        QStringLiteral("No account is set for \"%1\" in Finance ▸ Settings")
                            .arg(QLatin1String(role)),
                        QJsonObject{{QStringLiteral("reason"), QStringLiteral("no_account")},
                                    {QStringLiteral("role"), QLatin1String(role)}})
                .withId(QStringLiteral("finance.posting.no_account"),
                        {{QStringLiteral("role"), QLatin1String(role)}});
    return v;
}

/// Net debit of `ids` in `totals`.
qint64 netOf(const QHash<qint64, Totals>& totals, const QList<qint64>& ids)
{
    qint64 net = 0;
    for (qint64 id : ids)
        net += totals.value(id).debit - totals.value(id).credit;
    return net;
}

} // namespace

QJsonObject VatService::report(Rpc::CallContext& ctx, const QJsonObject& params)
{
    const CompanyBooks books = m_ledger.company(ctx);
    const QDate today = QDate::currentDate();
    const QString from =
        monthParam(params, "from", periodOf(fiscalYearStart(today, books.fiscalYearStartMonth)));
    const QString to = monthParam(params, "to", periodOf(today));
    if (to < from)
        throw Error::validation(QStringLiteral("to"), QStringLiteral("range"),
                                QStringLiteral("must not be before \"from\""),
                                QStringLiteral("finance.report.to_before_from"));
    if (firstDayOf(from).addMonths(120) <= firstDayOf(to))
        throw Error::validation(QStringLiteral("to"), QStringLiteral("range"),
                                QStringLiteral("at most ten years at once"),
                                QStringLiteral("finance.report.range_too_long"));

    AccountRepository accounts(ctx.db);
    LedgerRepository repo(ctx.db);
    const VatAccounts vat = vatAccounts(accounts);
    QList<qint64> all = vat.pending();
    all.append(vat.unpaid);
    const QHash<qint64, Totals> before = repo.balancesBefore(from);
    const auto months = repo.monthlyBalances(all, from, to);
    const auto transfers = repo.monthlySourceTotals(kSource, all, from, to);

    qint64 pending = netOf(before, vat.pending()); // debit: credit carried forward
    qint64 unpaid = -netOf(before, {vat.unpaid});
    qint64 sums[4] = {0, 0, 0, 0};
    QJsonArray rows;
    for (QDate d = firstDayOf(from); d <= firstDayOf(to); d = d.addMonths(1)) {
        const QString period = periodOf(d);
        const QHash<qint64, Totals> month = months.value(period);
        const QHash<qint64, Totals> transferred = transfers.value(period);
        // The month's own VAT: the transfer entry's lines are not sales or purchases.
        const qint64 output = -(netOf(month, {vat.output}) - netOf(transferred, {vat.output}));
        const qint64 input = netOf(month, {vat.input}) - netOf(transferred, {vat.input});
        const qint64 moved = -netOf(transferred, {vat.unpaid});
        pending += netOf(month, vat.pending());
        unpaid -= netOf(month, {vat.unpaid});
        rows.append(
            QJsonObject{{QStringLiteral("period"), period},
                        {QStringLiteral("output_vat"), amount(output)},
                        {QStringLiteral("input_vat"), amount(input)},
                        {QStringLiteral("net"), amount(output - input)},
                        {QStringLiteral("transferred"), amount(moved)},
                        {QStringLiteral("to_transfer"), amount(pending < 0 ? -pending : 0)},
                        {QStringLiteral("carried_forward"), amount(pending > 0 ? pending : 0)},
                        {QStringLiteral("unpaid"), amount(unpaid)}});
        sums[0] += output;
        sums[1] += input;
        sums[2] += moved;
    }
    return QJsonObject{
        {QStringLiteral("from"), from},
        {QStringLiteral("to"), to},
        {QStringLiteral("currency"), books.baseCurrency},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("totals"), QJsonObject{{QStringLiteral("output_vat"), amount(sums[0])},
                                               {QStringLiteral("input_vat"), amount(sums[1])},
                                               {QStringLiteral("net"), amount(sums[0] - sums[1])},
                                               {QStringLiteral("transferred"), amount(sums[2])}}}};
}

QJsonObject VatService::transfer(Rpc::CallContext& ctx, const QJsonObject& params)
{
    const QString period = monthParam(params, "period", QString());
    if (period.isEmpty())
        throw Error::validation(QStringLiteral("period"), QStringLiteral("required"),
                                QStringLiteral("is required"),
                                QStringLiteral("validation.required"));
    if (period > periodOf(QDate::currentDate()))
        throw Error::validation(QStringLiteral("period"), QStringLiteral("range"),
                                QStringLiteral("must not be a future month"),
                                QStringLiteral("finance.vat.future_period"));
    AccountRepository accounts(ctx.db);
    LedgerRepository repo(ctx.db);
    const VatAccounts vat = vatAccounts(accounts);
    repo.lockJournal(QStringLiteral("general")); // one transfer decided at a time
    const QDate last = firstDayOf(period).addMonths(1).addDays(-1);
    const QHash<qint64, Totals> balances = repo.balancesBefore(periodOf(last.addDays(1)));
    const qint64 payable = -netOf(balances, vat.pending());
    QJsonObject out{{QStringLiteral("period"), period},
                    {QStringLiteral("transferred"), amount(payable > 0 ? payable : 0)},
                    {QStringLiteral("carried_forward"), amount(payable < 0 ? -payable : 0)},
                    {QStringLiteral("entry_id"), QJsonValue()}};
    if (payable <= 0)
        return out;

    const bool chinese = accounts.settings().chart != QLatin1String("generic");
    Posting p;
    p.date = last;
    p.description = chinese ? QStringLiteral("转出未交增值税 %1").arg(period)
                            : QStringLiteral("VAT settlement %1").arg(period);
    p.sourceType = kSource;
    p.sourceRef = period;
    if (vat.transfer != 0) {
        // 借：应交税费—应交增值税（转出未交增值税） 贷：应交税费—未交增值税.
        p.lines.append(PostingLine{{}, {}, vat.transfer, payable, 0, {}, 0, p.description});
    } else {
        // Settled: output and input VAT (and an earlier credit) emptied into VAT payable.
        for (qint64 id : vat.pending()) {
            const qint64 net = netOf(balances, {id});
            if (net != 0)
                p.lines.append(PostingLine{
                    {}, {}, id, net < 0 ? -net : 0, net > 0 ? net : 0, {}, 0, p.description});
        }
    }
    p.lines.append(PostingLine{{}, {}, vat.unpaid, 0, payable, {}, 0, p.description});
    out.insert(QStringLiteral("entry_id"), m_ledger.post(ctx, p));
    return out;
}

} // namespace Erp::Server::Finance
