#pragma once

#include "server/modules/finance/ledger.h"

#include <QJsonObject>

#include <functional>

namespace Erp::Rpc {
struct CallContext;
class FieldErrors;
} // namespace Erp::Rpc

namespace Erp::Server::Finance {

class AccountRepository;
class LedgerRepository;

/// One line of an automatic posting: the account by role (fin_account_roles, optionally per
/// product category) or by id; amounts in minor units of the base currency.
struct PostingLine
{
    QString role;
    QString category;
    qint64 accountId = 0;
    qint64 debit = 0;
    qint64 credit = 0;
    QString partnerType;
    qint64 partnerId = 0;
    QString description;
};

/// What another module books: one balanced entry, posted at once.
struct Posting
{
    QString journal = QStringLiteral("general");
    QDate date;
    QString description;
    QString sourceType;
    qint64 sourceId = 0;
    QString sourceRef;
    QList<PostingLine> lines;
};

/// The company facts the books need (from the company profile).
struct CompanyBooks
{
    QString baseCurrency = QStringLiteral("CNY");
    int fiscalYearStartMonth = 1;
    QString country = QStringLiteral("CN");
};

/// Journal entries and periods (finance.entry.*, finance.period.*) and the posting interface
/// every module books through (post). The ledger always balances: an entry whose debits and
/// credits differ is refused in the transaction that would write it; posted entries never
/// change (reverse() books the correction); numbers are taken at posting, gapless per journal
/// and year; each posted entry's hash chains to its journal's previous one.
class LedgerService final
{
public:
    using CompanyLookup = std::function<CompanyBooks(Rpc::CallContext&)>;
    /// Whether a partner (customer, supplier) exists and the caller may see it.
    using PartnerCheck = std::function<bool(Rpc::CallContext&, const QString&, qint64)>;

    LedgerService(CompanyLookup company, PartnerCheck partners);

    /// A draft from {journal, date, description, lines: [{account_id | account_code, debit,
    /// credit, partner_type, partner_id, description, currency, currency_amount}]}; post: true
    /// posts it in the same call. -32022 naming the field; unbalanced lines are refused.
    QJsonObject create(Rpc::CallContext& ctx, const QJsonObject& params);
    /// Replaces a draft's fields (lines as a whole); -32030 when it is posted.
    QJsonObject update(Rpc::CallContext& ctx, qint64 id, qint64 version, const QJsonObject& params);
    /// Deletes a draft (it never had a number).
    QJsonObject discard(Rpc::CallContext& ctx, qint64 id, qint64 version);
    /// Posts a draft: number, chain hash, balances. -32030 in a closed period.
    QJsonObject post(Rpc::CallContext& ctx, qint64 id, qint64 version);
    /// Books the reversal of a posted entry (storno or opposite, as the books are set) dated
    /// `date` (default: the original's date, or today when its period is closed).
    QJsonObject reverse(Rpc::CallContext& ctx, qint64 id, qint64 version,
                        const QJsonObject& params);
    QJsonObject get(Rpc::CallContext& ctx, qint64 id);
    QJsonObject list(Rpc::CallContext& ctx, const QJsonObject& params);
    /// The entries booked for a source document (every document shows its entries).
    QJsonObject forSource(Rpc::CallContext& ctx, const QString& sourceType, qint64 sourceId);

    /// The posting interface: books `p` as one posted entry (automatic) and returns its id; 0
    /// when every line is zero. Throws like create/post (the caller's whole call rolls back).
    qint64 post(Rpc::CallContext& ctx, const Posting& p);

    /// The twelve months of the fiscal year containing `year`-`month` (default today) with
    /// their state and posted entries.
    QJsonObject periods(Rpc::CallContext& ctx, const QJsonObject& params);
    QJsonObject closePeriod(Rpc::CallContext& ctx, const QString& period);
    QJsonObject reopenPeriod(Rpc::CallContext& ctx, const QString& period, const QString& reason);

    /// -32030 naming the period when `date` falls in a closed month.
    void requireOpen(LedgerRepository& repo, const QDate& date);

    CompanyBooks company(Rpc::CallContext& ctx) const { return m_company(ctx); }

private:
    Entry readParams(Rpc::CallContext& ctx, AccountRepository& accounts, const QJsonObject& params,
                     Entry e);
    void checkLines(AccountRepository& accounts, Entry& e, Rpc::FieldErrors& errors);
    /// Number, chain link and hash of an entry about to be posted (-32030 in a closed period).
    void stamp(Rpc::CallContext& ctx, LedgerRepository& repo, Entry& e);
    Entry postDraft(Rpc::CallContext& ctx, LedgerRepository& repo, Entry e);
    Entry load(LedgerRepository& repo, qint64 id);

    CompanyLookup m_company;
    PartnerCheck m_partners;
};

} // namespace Erp::Server::Finance
