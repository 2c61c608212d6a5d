#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVariant>

class QSqlQuery;

namespace Erp::Storage {

/// The list-method convention {filter, search, sort, offset, limit}, checked and turned into
/// safe SQL pieces. Sort columns come only from the caller's whitelist (API name -> SQL
/// expression), never from the request text itself.
struct ListQuery
{
    static constexpr qint64 DefaultLimit = 100;
    static constexpr qint64 MaxLimit = 1000;

    QJsonObject filter;
    QString search;
    QString orderBy; ///< "ORDER BY ..." ready to append, always ending in a unique tiebreaker
    qint64 offset = 0;
    qint64 limit = DefaultLimit;

    /// Keyset paging ("after": the next_after of the previous page): with one sort key, the
    /// next page starts after that row instead of skipping `offset` rows, so page 10,000 costs
    /// what page 1 costs.
    QString sortExpression; ///< the single sort key's SQL; empty with several keys
    QString tiebreakerExpression;
    bool descending = false;
    QJsonArray after; ///< [sort value, id] or empty

    /// " AND (key, id) > (:after_key, :after_id)" (or <), empty without `after`.
    QString keysetCondition() const;
    void bindKeyset(QSqlQuery& query) const;
    /// The `after` for the page following a row whose sort key and id are given.
    QJsonArray nextAfter(const QVariant& sortValue, qint64 id) const;

    /// Throws Rpc::Error(-32602) for an unknown sort column or a negative offset/limit.
    static ListQuery parse(const QJsonObject& params, const QHash<QString, QString>& sortColumns,
                           const QString& defaultSort,
                           const QString& tiebreaker = QStringLiteral("id"));
};

/// "%term%" for LIKE ... ESCAPE '\', with %, _ and \ in the term escaped.
QString containsPattern(const QString& term);
/// "term%" for LIKE ... ESCAPE '\', escaped the same way.
QString prefixPattern(const QString& term);

/// Trigram indexes (SQLite FTS5 trigram, PostgreSQL pg_trgm) serve search terms of at least
/// this many characters; shorter terms scan.
constexpr int TrigramMinLength = 3;

/// A search term as one FTS5 phrase ("term", quotes doubled): matched as a substring by a
/// trigram index, never parsed as FTS5 query syntax.
QString ftsPhrase(const QString& term);

} // namespace Erp::Storage
