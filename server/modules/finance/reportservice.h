#pragma once

#include <QJsonObject>

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Server::Finance {

class LedgerService;

/// The books' reports (finance.report.*) and the ledger's self-check (finance.check).
class ReportService final
{
public:
    explicit ReportService(const LedgerService& ledger)
        : m_ledger(ledger)
    {}

    /// Opening balance, the period's debits and credits and the closing balance of every
    /// account (sub-accounts roll up into their parents) for the months from..to (default: the
    /// fiscal year so far). Totals of the first-level accounts balance.
    QJsonObject trialBalance(Rpc::CallContext& ctx, const QJsonObject& params);
    /// One account's posted lines (with its sub-accounts') from..to with the running balance,
    /// a page at a time.
    QJsonObject ledger(Rpc::CallContext& ctx, const QJsonObject& params);
    /// The journal listing (序时账): every posted line dated from..to (default: the fiscal year
    /// so far), of one journal or all, in date and posting order with its entry and account,
    /// a page at a time (limit up to 5,000 lines), and the count and sums of all of them.
    QJsonObject journal(Rpc::CallContext& ctx, const QJsonObject& params);
    /// The balance sheet (资产负债表, 会小企01表 for the 小企业会计准则 chart) at the end of
    /// `period` (yyyy-MM, default this month): per line {row, key, name, name_en, indent,
    /// closing, year_start}; balanced: total assets equal liabilities plus equity.
    QJsonObject balanceSheet(Rpc::CallContext& ctx, const QJsonObject& params);
    /// The income statement (利润表, 会小企02表) of `period`: per line {row, key, name, name_en,
    /// month, year} — the month's amounts and the fiscal year's up to its end.
    QJsonObject incomeStatement(Rpc::CallContext& ctx, const QJsonObject& params);
    /// Recomputes every balance from the lines, checks that each entry balances, that numbers
    /// are gapless and that every journal's hash chain is unbroken; reports each difference.
    QJsonObject check(Rpc::CallContext& ctx);

private:
    const LedgerService& m_ledger;
};

} // namespace Erp::Server::Finance
