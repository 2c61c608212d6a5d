#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

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

    /// Throws Rpc::Error(-32602) for an unknown sort column or a negative offset/limit.
    static ListQuery parse(const QJsonObject& params, const QHash<QString, QString>& sortColumns,
                           const QString& defaultSort,
                           const QString& tiebreaker = QStringLiteral("id"));
};

/// "%term%" for LIKE ... ESCAPE '\', with %, _ and \ in the term escaped.
QString containsPattern(const QString& term);

} // namespace Erp::Storage
