#pragma once

#include "server/modules/crm/customer.h"
#include "server/platform/recordrules.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>
#include <optional>
#include <utility>

class QSqlQuery;

namespace Erp::Storage {
class Database;
struct ListQuery;
} // namespace Erp::Storage

namespace Erp::Server::Crm {

/// A possible duplicate of a customer being entered, and why.
struct DuplicateHit
{
    qint64 id = 0;
    QString code;
    QString name;
    QString reason; ///< phone | email | tax_id | name
};

/// All SQL of the crm module.
class CustomerRepository final
{
public:
    /// `scope` restricts every read of customers to the rows the caller may see (record
    /// rules); the uniqueness checks (code, tax id) and writes see every row.
    explicit CustomerRepository(Storage::Database& db, Platform::RowScope scope = {})
        : m_db(db)
        , m_scope(std::move(scope))
    {}

    std::optional<Customer> byId(qint64 id);
    qint64 idByCode(const QString& code);
    qint64 idByTaxId(const QString& taxId, qint64 excludingId);
    /// Inserts the record with its contacts, addresses and tags; sets its id, version and
    /// timestamps.
    void insert(Customer& c);
    /// insert() for many records, with one statement per table (per 1,000 records).
    void insertMany(QList<Customer>& records);
    /// Rewrites the record if `expectedVersion` still matches; false on a stale version.
    bool update(const Customer& c, qint64 expectedVersion);
    /// Customers sharing a phone, e-mail, tax id or name key with `c` (not merged, not `c`).
    QList<DuplicateHit> duplicates(const Customer& c, int limit);

    // --- A batch's lookups, answered from memory (the import's bulk path) -------------------
    // After prefetch(), idByCode, idByTaxId and duplicates answer the keys of the prefetched
    // records from what one lookup per kind of key found (`code IN (...)`), and remember what
    // they look up one by one; a record of the batch that is not written yet counts as stored
    // once remember()ed. Only for a repository without a scope, and only while every write to
    // customers of the transaction goes through this repository, or is followed by forget().
    /// Looks up the codes, tax ids and (for records without a code) duplicate keys of
    /// `records` at once.
    void prefetch(const QList<const Customer*>& records);
    /// Looks up these codes at once (codes about to be generated).
    void prefetchCodes(const QStringList& codes);
    /// A record about to be written (its id a placeholder < 0): lookups find it from now on.
    void remember(const Customer& c);
    /// Remembered records were written: placeholder id -> id.
    void resolve(const QHash<qint64, qint64>& ids);
    /// Customer `id` was changed elsewhere: forgets every remembered lookup that found it or
    /// that its keys as now stored would answer.
    void forget(qint64 id);
    /// One page of a list query as JSON text {rows, total, total_capped, next_after}.
    QByteArray list(const Storage::ListQuery& query);
    /// The rows of a list query for export, at most `cap`.
    QList<Customer> listForExport(const Storage::ListQuery& query, const QJsonArray& ids, int cap,
                                  bool* truncated);
    /// Cached for the repository's lifetime (one call): an import asks for the same owner often.
    bool userIsActive(qint64 userId);
    qint64 userIdByName(const QString& username);

private:
    /// How a search term is looked up: a trigram index (FTS5 on SQLite; PostgreSQL's pg_trgm
    /// serves the LIKE), the bigram index (two non-ASCII characters), or a scan with LIKE.
    enum class Search { None, Fts, Like, Bigram };
    /// `bigramJoined`: the query reads customer_bigrams b joined to c (the count, the page by
    /// name in index order); otherwise a bigram term is matched by LIKE alone.
    QString whereClause(const Storage::ListQuery& query, Search* search,
                        bool bigramJoined = false) const;
    void bindWhere(QSqlQuery& q, const Storage::ListQuery& query, Search search,
                   bool bigramJoined = false) const;
    /// Replaces the bigram rows of customer `id` (those of `oldText`/`oldName` go, those of
    /// `newText`/`newName` come); the texts are search_text values.
    void writeBigrams(qint64 id, const QString& oldText, const QString& oldName,
                      const QString& newText, const QString& newName);
    void writeChildren(const Customer& c, qint64 id);
    void loadChildren(Customer& c);

    /// One key a duplicate is looked up by: reason (tax_id | phone | email | name) and value.
    struct Probe
    {
        QString reason;
        QString value;
    };
    static QList<Probe> probesOf(const Customer& c);
    QList<DuplicateHit> probeHits(const Probe& probe, qint64 selfId);

    /// What the batch's lookups found (prefetch()): key -> id (0: none), and the duplicate
    /// keys' hits.
    struct Lookups
    {
        QHash<QString, qint64> codes;
        QHash<QString, qint64> taxIds;
        QHash<QString, QList<DuplicateHit>> probes; ///< "reason\x1fvalue" -> not merged
        /// Remembered records not written yet, by duplicate key: a lookup of the store adds
        /// them.
        QHash<QString, QList<DuplicateHit>> unwritten;
        /// Which entries name a customer: what forget() and resolve() visit.
        QHash<qint64, QList<std::pair<int, QString>>> keysOf;
        void note(int kind, const QString& key, qint64 id);
    };
    enum LookupKind { CodeKey, TaxIdKey, ProbeKey };

    Storage::Database& m_db;
    Platform::RowScope m_scope;
    QHash<qint64, bool> m_activeUsers;
    QHash<QString, qint64> m_userIds;
    std::unique_ptr<Lookups> m_lookups;
};

} // namespace Erp::Server::Crm
