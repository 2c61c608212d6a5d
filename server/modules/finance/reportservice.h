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
    /// Recomputes every balance from the lines, checks that each entry balances, that numbers
    /// are gapless and that every journal's hash chain is unbroken; reports each difference.
    QJsonObject check(Rpc::CallContext& ctx);

private:
    const LedgerService& m_ledger;
};

} // namespace Erp::Server::Finance
