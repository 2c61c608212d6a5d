#pragma once

#include "server/modules/crm/customer.h"
#include "server/platform/recordrules.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

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
    /// Rewrites the record if `expectedVersion` still matches; false on a stale version.
    bool update(const Customer& c, qint64 expectedVersion);
    /// Customers sharing a phone, e-mail, tax id or name key with `c` (not merged, not `c`).
    QList<DuplicateHit> duplicates(const Customer& c, int limit);
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

    Storage::Database& m_db;
    Platform::RowScope m_scope;
    QHash<qint64, bool> m_activeUsers;
};

} // namespace Erp::Server::Crm
