#include "server/storage/listquery.h"

#include "common/jsonrpc.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QStringList>

namespace Erp::Storage {

ListQuery ListQuery::parse(const QJsonObject& params, const QHash<QString, QString>& sortColumns,
                           const QString& defaultSort, const QString& tiebreaker)
{
    ListQuery q;
    q.filter = params.value(QLatin1String("filter")).toObject();
    q.search = params.value(QLatin1String("search")).toString().trimmed();
    if (params.contains(QLatin1String("offset")))
        q.offset = qint64(params.value(QLatin1String("offset")).toDouble());
    if (params.contains(QLatin1String("limit")))
        q.limit = qMin<qint64>(qint64(params.value(QLatin1String("limit")).toDouble()), MaxLimit);
    if (q.offset < 0 || q.limit < 0)
        throw Rpc::Error(Rpc::InvalidParams,
                         QStringLiteral("Invalid params: offset and limit must not be negative"))
            .withId(QStringLiteral("list.paging_negative"));

    QStringList keys;
    const QJsonValue sort = params.value(QLatin1String("sort"));
    if (sort.isString()) {
        keys.append(sort.toString());
    } else if (sort.isArray()) {
        for (const QJsonValue& v : sort.toArray())
            keys.append(v.toString());
    } else if (!sort.isUndefined() && !sort.isNull()) {
        throw Rpc::Error(
            Rpc::InvalidParams,
            QStringLiteral("Invalid params: \"sort\" must be a column name or a list of them"))
            .withId(QStringLiteral("list.sort_invalid"));
    }
    if (keys.isEmpty())
        keys.append(defaultSort);
    if (keys.size() > 3)
        throw Rpc::Error(Rpc::InvalidParams,
                         QStringLiteral("Invalid params: sort by at most 3 columns"))
            .withId(QStringLiteral("list.sort_too_many"));
    QStringList terms;
    QStringList seen;
    bool lastDescending = false;
    for (QString key : std::as_const(keys)) {
        const bool descending = key.startsWith(QLatin1Char('-'));
        if (descending)
            key = key.mid(1);
        if (seen.contains(key))
            throw Rpc::Error(
                Rpc::InvalidParams,
                QStringLiteral("Invalid params: sort column \"%1\" given twice").arg(key))
                .withId(QStringLiteral("list.sort_twice"),
                        QJsonObject{{QStringLiteral("column"), key}});
        seen.append(key);
        const auto it = sortColumns.constFind(key);
        if (it == sortColumns.constEnd())
            throw Rpc::Error(
                Rpc::InvalidParams,
                QStringLiteral("Invalid params: cannot sort by \"%1\"; sortable: %2")
                    .arg(key, QStringList(sortColumns.keys()).join(QLatin1String(", "))))
                .withId(QStringLiteral("list.sort_unknown"),
                        QJsonObject{{QStringLiteral("column"), key},
                                    {QStringLiteral("sortable"),
                                     QStringList(sortColumns.keys()).join(QLatin1String(", "))}});
        terms.append(*it + (descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC")));
        lastDescending = descending;
        q.sortExpression = *it;
    }
    if (keys.size() == 1) {
        q.tiebreakerExpression = tiebreaker;
        q.descending = lastDescending;
    } else {
        q.sortExpression.clear(); // keyset paging needs a single sort column
    }
    const QJsonValue after = params.value(QLatin1String("after"));
    if (after.isArray()) {
        q.after = after.toArray();
        if (q.sortExpression.isEmpty() || q.after.size() != 2 || !q.after.at(1).isDouble())
            throw Rpc::Error(Rpc::InvalidParams,
                             QStringLiteral("Invalid params: \"after\" must be the next_after "
                                            "of the previous page (one sort column)"))
                .withId(QStringLiteral("list.after_invalid"));
        q.offset = 0;
    }
    // The tiebreaker runs the same way as the last key, so an index on (column, id) serves the
    // whole ORDER BY in either direction.
    terms.append(tiebreaker + (lastDescending ? QStringLiteral(" DESC") : QStringLiteral(" ASC")));
    q.orderBy = QStringLiteral(" ORDER BY ") + terms.join(QLatin1String(", "));
    return q;
}

QString ListQuery::keysetCondition() const
{
    if (after.isEmpty())
        return QString();
    return QStringLiteral(" AND (%1, %2) %3 (:after_key, :after_id)")
        .arg(sortExpression, tiebreakerExpression,
             descending ? QStringLiteral("<") : QStringLiteral(">"));
}

void ListQuery::bindKeyset(QSqlQuery& query) const
{
    if (after.isEmpty())
        return;
    query.bindValue(QStringLiteral(":after_key"), after.at(0).toVariant());
    query.bindValue(QStringLiteral(":after_id"), qint64(after.at(1).toDouble()));
}

QJsonArray ListQuery::nextAfter(const QVariant& sortValue, qint64 id) const
{
    if (sortExpression.isEmpty())
        return {};
    return QJsonArray{QJsonValue::fromVariant(sortValue), id};
}

namespace {

QString likeEscaped(const QString& term)
{
    QString escaped;
    escaped.reserve(term.size() + 2);
    for (const QChar c : term) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            escaped.append(QLatin1Char('\\'));
        escaped.append(c);
    }
    return escaped;
}

} // namespace

QString containsPattern(const QString& term)
{
    return QLatin1Char('%') + likeEscaped(term) + QLatin1Char('%');
}

QString prefixPattern(const QString& term)
{
    return likeEscaped(term) + QLatin1Char('%');
}

QString ftsPhrase(const QString& term)
{
    QString escaped = term;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace Erp::Storage
