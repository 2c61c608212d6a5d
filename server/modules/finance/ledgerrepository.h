#pragma once

#include "server/modules/finance/ledger.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

namespace Erp::Storage {
class Database;
struct ListQuery;
} // namespace Erp::Storage

namespace Erp::Server::Finance {

/// Debit and credit sums of posted lines.
struct Totals
{
    qint64 debit = 0;
    qint64 credit = 0;
    qint64 lines = 0; ///< posted lines counted (where a reader asks for them)

    Totals& operator+=(const Totals& o)
    {
        debit += o.debit;
        credit += o.credit;
        lines += o.lines;
        return *this;
    }
};

/// The key of an account's month in balancesStored(): "account_id/period".
QString balanceKey(qint64 accountId, const QString& period);

/// A closed (or reopened) month.
struct PeriodState
{
    QString period;
    QString state;
    QString closedAt;
    QString closedBy;
    qint64 version = 0; ///< 0: never closed (no row)
};

/// All SQL of journal entries, their lines, the balances per month, the journals' chain heads
/// and the periods.
class LedgerRepository final
{
public:
    explicit LedgerRepository(Storage::Database& db)
        : m_db(db)
    {}

    /// Inserts the header and the lines of a draft.
    void insert(Entry& e);
    /// Rewrites a draft's header and lines; false when it is not a draft at `expectedVersion`.
    bool updateDraft(const Entry& e, qint64 expectedVersion);
    /// Deletes a draft; false when it is not a draft at `expectedVersion`.
    bool deleteDraft(qint64 id, qint64 expectedVersion);
    std::optional<Entry> byId(qint64 id);
    /// The entries written for a source document, oldest first.
    QList<Entry> bySource(const QString& sourceType, qint64 sourceId);
    QJsonObject list(const Storage::ListQuery& query);

    /// Takes the next link of `journal`'s hash chain: {chain_seq, previous hash}. Locks the
    /// journal's head row until the transaction ends (concurrent posters queue here).
    /// Locks the journal's head row until the transaction ends: a second caller waits (a
    /// decision read from balances is then not made twice at once).
    void lockJournal(const QString& journal);
    std::pair<qint64, QString> takeChainLink(const QString& journal);
    void setChainHead(const QString& journal, const QString& hash);
    /// Writes the posting of a draft (number, chain, hash, who and when); false when it is not
    /// a draft at `expectedVersion`.
    bool markPosted(const Entry& e, qint64 expectedVersion);
    /// Links a posted entry to its reversal; false when it was already reversed.
    bool markReversed(qint64 id, qint64 reversalId);
    /// Adds posted lines to the month's balances.
    void addToBalances(const QString& period, const QList<EntryLine>& lines);

    PeriodState period(const QString& period);
    /// Closed or reopened months between `from` and `to` (yyyy-MM, inclusive).
    QList<PeriodState> periods(const QString& from, const QString& to);
    void setPeriodState(const QString& period, const QString& state, const QString& by);
    /// Drafts dated in the month.
    qint64 draftCount(const QString& period);
    /// Posted entries and their debit sums per month between `from` and `to`.
    QHash<QString, QPair<qint64, qint64>> postedPerPeriod(const QString& from, const QString& to);

    /// Balances per account: before `from` (opening) and from `from` to `to` (the period's
    /// movements), from the balances table.
    QHash<qint64, Totals> balancesBefore(const QString& from);
    /// Posted totals per month (yyyy-MM) and account of the accounts `ids`, months from..to.
    QHash<QString, QHash<qint64, Totals>> monthlyBalances(const QList<qint64>& ids,
                                                          const QString& from, const QString& to);
    /// The same, of the lines of posted entries booked for `sourceType` only.
    QHash<QString, QHash<qint64, Totals>> monthlySourceTotals(const QString& sourceType,
                                                              const QList<qint64>& ids,
                                                              const QString& from,
                                                              const QString& to);
    QHash<qint64, Totals> balancesBetween(const QString& from, const QString& to);

    /// The posted lines of accounts (an account and its sub-accounts) dated from..to (ISO dates) in
    /// date order, a page at a time, and the sum of the lines before the page (same range).
    QList<QJsonObject> ledgerLines(const QList<qint64>& accountIds, const QString& from,
                                   const QString& to, qint64 offset, qint64 limit);
    /// Totals and line count of the posted lines of `accountIds` dated from..to: whole months
    /// from fin_balances, the days of a month begun or ended from the lines' index.
    Totals ledgerTotals(const QList<qint64>& accountIds, const QDate& from, const QDate& to);
    /// The same of every posted line dated before `date`.
    Totals ledgerTotalsBefore(const QList<qint64>& accountIds, const QDate& date);
    Totals ledgerSumFirst(const QList<qint64>& accountIds, const QString& from, const QString& to,
                          qint64 n);

    /// The journal listing (序时账, ledgerjournal.cpp): the posted lines dated from..to (ISO
    /// dates), of one journal or all, in date and posting order with their account, a page at
    /// a time.
    QList<QJsonObject> journalLines(const QString& from, const QString& to, const QString& journal,
                                    qint64 offset, qint64 limit);
    /// The same lines' count and sums.
    Totals journalTotals(const QString& from, const QString& to, const QString& journal);

    // finance.check
    /// The stored monthly balances, keyed balanceKey(account_id, period).
    QHash<QString, Totals> balancesStored();
    /// Per journal and year: count, distinct count, min and max of the numbers' sequence.
    qint64 numberedDrafts();
    /// Every posted entry with its lines (and its number's year and sequence), journal by
    /// journal in chain order.
    void forEachPosted(const std::function<void(const Entry&, bool linesInStep)>& visit);
    /// Lines of drafts marked posted or dated otherwise than their entry.
    qint64 draftLinesOutOfStep();
    QHash<QString, std::pair<qint64, QString>> chainHeads();
    qint64 linesOnNonLeafAccounts();

private:
    void insertLines(const Entry& e);

    Storage::Database& m_db;
};

} // namespace Erp::Server::Finance
