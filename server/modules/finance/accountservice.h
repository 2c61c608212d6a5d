#pragma once

#include <QJsonObject>

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Server::Finance {

class AccountRepository;
class LedgerService;

/// The chart of accounts (finance.account.*) and the books' settings (finance.company.*):
/// the chart template, the reversal style and which account each automatic posting uses.
/// Accounts are added, renamed and archived, never deleted once used; only leaves take lines.
class AccountService final
{
public:
    explicit AccountService(const LedgerService& ledger)
        : m_ledger(ledger)
    {}

    /// filter {active, type, leaf}; search: code or name. Sorted by code (the tree's order).
    QJsonObject list(Rpc::CallContext& ctx, const QJsonObject& params);
    QJsonObject get(Rpc::CallContext& ctx, qint64 id);
    /// {code, name, name_en?, parent_id | parent_code, type?, normal_balance?}: a sub-account
    /// takes its parent's type and normal balance unless given; its code starts with the
    /// parent's. A parent that already has lines cannot get sub-accounts.
    QJsonObject create(Rpc::CallContext& ctx, const QJsonObject& params);
    /// Renames ({name, name_en}) or archives/restores ({active}).
    QJsonObject update(Rpc::CallContext& ctx, qint64 id, qint64 version, const QJsonObject& params);

    /// The books' settings with the company's base currency and fiscal year.
    QJsonObject settings(Rpc::CallContext& ctx);
    /// {version, chart?, reversal_style?, roles?: [{role, category?, account_id | account_code}]};
    /// the chart can be switched only while no account has lines.
    QJsonObject updateSettings(Rpc::CallContext& ctx, const QJsonObject& params);

    /// First start: installs the template of the company's country when the chart is empty;
    /// true when it did.
    bool installIfEmpty(Rpc::CallContext& ctx);

private:
    void install(AccountRepository& repo, const QString& chart);

    const LedgerService& m_ledger;
};

} // namespace Erp::Server::Finance
