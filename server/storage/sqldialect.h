#pragma once

#include <QList>
#include <QString>

class QSqlQuery;

namespace Erp::Storage {

enum class Dialect;

/// Every difference between the SQLite and the PostgreSQL SQL the repositories write, in one
/// place (reached through Database::sql()). A repository asks for a fragment instead of
/// branching on the backend itself; a new backend difference becomes a new method here.
class SqlDialect final
{
public:
    explicit SqlDialect(Dialect dialect);

    Dialect kind() const { return m_dialect; }
    bool isSqlite() const;
    /// "sqlite" or "postgresql", as system.info reports the store.
    QString name() const;

    // --- Lists of ids bound as one parameter ------------------------------------------------
    /// A sub-select of the ids bound to `:param` (bind idList() as its value).
    QString idListSelect(const QString& param = QStringLiteral("ids")) const;
    /// `column` is one of the ids bound to `:param` (bind idArray()): SQLite joins json_each
    /// through the key, PostgreSQL compares with = ANY (an array parameter).
    QString idArrayCondition(const QString& column, const QString& param) const;
    /// The value to bind for idListSelect(): a JSON array "[1,2,3]".
    static QString idList(const QList<qint64>& ids);
    /// The value to bind for idArrayCondition(): "[1,2]" (SQLite) or "{1,2}" (PostgreSQL).
    QString idArray(const QList<qint64>& ids) const;
    /// A sub-select of the rows of a JSON array of arrays bound to `:param`: column i of the
    /// result is element i of each inner array (as BIGINT), named by `names`.
    QString jsonRowsSelect(const QString& param, const QStringList& names) const;

    // --- Many rows with one statement (bulk writes; used through BulkInsert) ---------------
    /// One column of a bulk insert: its name and whether it holds integers (else text).
    struct BulkColumn
    {
        QString name;
        bool integer = false;
    };
    /// Whether bulkInsert() takes its rows as one JSON array of arrays bound to `:rows`
    /// (PostgreSQL: parsed once as jsonb, any number of rows, one cached statement) rather
    /// than as positional parameters, row after row (SQLite: plain bound values are cheaper
    /// there than extracting them from JSON).
    bool bulkInsertTakesJson() const;
    /// How many rows one bulkInsert() statement takes at most: SQLite is bounded by the number
    /// of parameters of a statement; PostgreSQL by the size a statement should have.
    int bulkInsertRows(int columns) const;
    /// INSERT INTO `table` (`columns`) of `rows` rows (SQLite; PostgreSQL takes any number),
    /// followed by " RETURNING `returning`" when given.
    QString bulkInsert(const QString& table, const QList<BulkColumn>& columns, int rows,
                       const QString& returning = {}) const;
    /// The name of bulkInsert()'s parameter `index` (0 … 999; SQLite): ":p<index>".
    static const QString& bulkInsertParameter(int index);

    // --- Many keys in one bound value (set-based lookups) ------------------------------------
    /// A sub-select of the texts of a JSON array of strings bound to `:param`
    /// (`code IN (<this>)`: one lookup for a batch of keys instead of one per key).
    QString textListSelect(const QString& param) const;
    /// The value to bind for textListSelect(): a JSON array of the texts.
    static QString textList(const QStringList& texts);

    // --- JSON built by the store (one text column instead of many) --------------------------
    /// A JSON array of the expressions (comma-separated): as text, or (`asText` false) as a
    /// JSON value to nest in jsonArrayAgg().
    QString jsonArray(const QString& expressions, bool asText = true) const;
    /// A JSON array text aggregating `expression` over the rows of a group.
    QString jsonArrayAgg(const QString& expression) const;

    // --- Locks and planner hints -------------------------------------------------------------
    /// Appended to a SELECT that reads a row it will change: " FOR UPDATE OF alias" on
    /// PostgreSQL; empty on SQLite, whose writer holds the whole store.
    QString forUpdateOf(const QString& alias) const;
    /// " INDEXED BY index" on SQLite (which has no statistics to pick a partial index); empty
    /// on PostgreSQL.
    QString indexedBy(const QString& index) const;
    /// `column` as an expression no index serves ("+column" on SQLite): SQLite has no
    /// statistics, so a caller that knows a condition matches many rows uses this to make it
    /// walk the ORDER BY's index instead; PostgreSQL's planner sees the same from its
    /// statistics (the column as it is).
    QString withoutIndex(const QString& column) const;
    /// The statement that locks a table against concurrent writers for the rest of the
    /// transaction (PostgreSQL EXCLUSIVE mode), or empty when the store has one writer anyway.
    QString lockTableExclusive(const QString& table) const;
    /// The statement that refreshes the planner statistics of `table` inside the transaction
    /// (PostgreSQL ANALYZE, which counts the transaction's own new rows), or empty on SQLite,
    /// whose planner keeps no statistics unless asked to.
    QString refreshStatistics(const QString& table) const;
    /// A query of the number of rows the planner believes `:table` has (PostgreSQL
    /// pg_class.reltuples; negative when never counted), or empty on SQLite.
    QString plannerRowEstimate() const;

    // --- Search --------------------------------------------------------------------------------
    /// Whether `term` is looked up in an FTS5 trigram table (SQLite, three characters — code
    /// points — or more);
    /// otherwise the search text column is matched with LIKE (PostgreSQL's pg_trgm index
    /// serves that LIKE).
    bool usesFtsFor(const QString& term) const;
    /// `column` starts with the text bound by bindPrefix(q, param, …): an index range on
    /// SQLite (it compares bytes), LIKE 'prefix%' on PostgreSQL (text_pattern_ops indexes).
    QString prefixCondition(const QString& column, const QString& param) const;
    void bindPrefix(QSqlQuery& q, const QString& param, const QString& value) const;
    /// An ORDER BY term reading `column` in the order of the index prefixCondition() uses
    /// ("column USING ~<~" on PostgreSQL, the text_pattern_ops order), so that the first n rows
    /// with a prefix cost n index entries, however the prefix's rows lie in the table.
    QString prefixOrder(const QString& column) const;

    // --- Time ----------------------------------------------------------------------------------
    /// Whole milliseconds between two ISO-8601 text timestamps (`to` - `from`) as an integer.
    QString millisecondsBetween(const QString& from, const QString& to) const;

private:
    Dialect m_dialect;
};

} // namespace Erp::Storage
