#include "server/storage/sqldialect.h"

#include "server/storage/database.h"
#include "server/storage/listquery.h"

#include <QChar>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace Erp::Storage {

SqlDialect::SqlDialect(Dialect dialect)
    : m_dialect(dialect)
{}

bool SqlDialect::isSqlite() const
{
    return m_dialect == Dialect::Sqlite;
}

QString SqlDialect::name() const
{
    return isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

QString SqlDialect::idListSelect(const QString& param) const
{
    return isSqlite() ? QStringLiteral("SELECT value FROM json_each(:%1)").arg(param)
                      : QStringLiteral("SELECT CAST(value AS BIGINT) FROM "
                                       "json_array_elements_text(CAST(:%1 AS json))")
                            .arg(param);
}

QString SqlDialect::textListSelect(const QString& param) const
{
    return isSqlite()
               ? QStringLiteral("SELECT value FROM json_each(:%1)").arg(param)
               : QStringLiteral("SELECT value FROM json_array_elements_text(CAST(:%1 AS json))")
                     .arg(param);
}

QString SqlDialect::idArrayCondition(const QString& column, const QString& param) const
{
    // SQLite: the caller's FROM starts with json_each(:param) j; PostgreSQL filters by array.
    return isSqlite()
               ? QStringLiteral("%1 IN (SELECT value FROM json_each(:%2))").arg(column, param)
               : QStringLiteral("%1 = ANY (CAST(:%2 AS BIGINT[]))").arg(column, param);
}

QString SqlDialect::idList(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts.append(QString::number(id));
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

QString SqlDialect::idArray(const QList<qint64>& ids) const
{
    QString list = idList(ids);
    if (!isSqlite()) {
        list[0] = QLatin1Char('{');
        list[list.size() - 1] = QLatin1Char('}');
    }
    return list;
}

QString SqlDialect::jsonRowsSelect(const QString& param, const QStringList& names) const
{
    QStringList columns;
    for (qsizetype i = 0; i < names.size(); ++i)
        columns.append(
            isSqlite() ? QStringLiteral("json_extract(value, '$[%1]') AS %2").arg(i).arg(names[i])
                       : QStringLiteral("CAST(value->>%1 AS BIGINT) AS %2").arg(i).arg(names[i]));
    return QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
           (isSqlite() ? QStringLiteral(" FROM json_each(:%1)").arg(param)
                       : QStringLiteral(" FROM json_array_elements(CAST(:%1 AS json))").arg(param));
}

bool SqlDialect::bulkInsertTakesJson() const
{
    return !isSqlite();
}

int SqlDialect::bulkInsertRows(int columns) const
{
    // SQLite: named parameters, whose lookup while parsing grows with the square of their
    // number; a thousand parse in a millisecond and already amortise the statement.
    // PostgreSQL: a thousand rows keep one statement near a megabyte.
    return isSqlite() ? qBound(1, 1000 / qMax(1, columns), 1000) : 1000;
}

QString SqlDialect::bulkInsert(const QString& table, const QList<BulkColumn>& columns, int rows,
                               const QString& returning) const
{
    QStringList names;
    for (const BulkColumn& c : columns)
        names.append(c.name);
    QString sql =
        QStringLiteral("INSERT INTO %1 (%2) ").arg(table, names.join(QStringLiteral(", ")));
    if (isSqlite()) {
        // Named parameters :p0, :p1, … row after row (bulkInsertParameter): Qt binds a name
        // several times faster than a position, which it turns into a name first.
        QStringList all;
        all.reserve(rows);
        int n = 0;
        for (int r = 0; r < rows; ++r) {
            QStringList row;
            for (qsizetype c = 0; c < columns.size(); ++c)
                row.append(bulkInsertParameter(n++));
            all.append(QLatin1Char('(') + row.join(QLatin1Char(',')) + QLatin1Char(')'));
        }
        sql += QStringLiteral("VALUES ") + all.join(QLatin1Char(','));
    } else {
        QStringList values;
        for (qsizetype i = 0; i < columns.size(); ++i)
            values.append(columns.at(i).integer
                              ? QStringLiteral("CAST(value->>%1 AS BIGINT)").arg(i)
                              : QStringLiteral("value->>%1").arg(i));
        sql += QStringLiteral("SELECT ") + values.join(QStringLiteral(", ")) +
               QStringLiteral(" FROM jsonb_array_elements(CAST(:rows AS jsonb))");
    }
    if (!returning.isEmpty())
        sql += QStringLiteral(" RETURNING ") + returning;
    return sql;
}

const QString& SqlDialect::bulkInsertParameter(int index)
{
    static const QStringList names = [] {
        QStringList out;
        for (int i = 0; i < 1000; ++i)
            out.append(QStringLiteral(":p%1").arg(i));
        return out;
    }();
    return names.at(index);
}

QString SqlDialect::textList(const QStringList& texts)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact));
}

QString SqlDialect::jsonArray(const QString& expressions, bool asText) const
{
    if (isSqlite())
        return QStringLiteral("json_array(%1)").arg(expressions);
    return asText ? QStringLiteral("CAST(json_build_array(%1) AS TEXT)").arg(expressions)
                  : QStringLiteral("json_build_array(%1)").arg(expressions);
}

QString SqlDialect::jsonArrayAgg(const QString& expression) const
{
    return isSqlite() ? QStringLiteral("json_group_array(%1)").arg(expression)
                      : QStringLiteral("CAST(json_agg(%1) AS TEXT)").arg(expression);
}

QString SqlDialect::forUpdateOf(const QString& alias) const
{
    return isSqlite() ? QString() : QStringLiteral(" FOR UPDATE OF ") + alias;
}

QString SqlDialect::indexedBy(const QString& index) const
{
    return isSqlite() ? QStringLiteral(" INDEXED BY ") + index : QString();
}

QString SqlDialect::withoutIndex(const QString& column) const
{
    return isSqlite() ? QLatin1Char('+') + column : column;
}

QString SqlDialect::lockTableExclusive(const QString& table) const
{
    return isSqlite() ? QString() : QStringLiteral("LOCK TABLE %1 IN EXCLUSIVE MODE").arg(table);
}

QString SqlDialect::refreshStatistics(const QString& table) const
{
    return isSqlite() ? QString() : QStringLiteral("ANALYZE ") + table;
}

QString SqlDialect::plannerRowEstimate() const
{
    return isSqlite() ? QString()
                      : QStringLiteral("SELECT reltuples FROM pg_class WHERE oid = "
                                       "CAST(CAST(:table AS TEXT) AS regclass)");
}

bool SqlDialect::usesFtsFor(const QString& term) const
{
    // FTS5 counts characters, not UTF-16 units: a term of two characters of which one lies
    // outside the BMP would match nothing there.
    return isSqlite() && term.toUcs4().size() >= TrigramMinLength;
}

QString SqlDialect::prefixCondition(const QString& column, const QString& param) const
{
    return isSqlite() ? QStringLiteral("(%1 >= :%2 AND %1 < :%2_end)").arg(column, param)
                      : QStringLiteral("%1 LIKE :%2 ESCAPE '\\'").arg(column, param);
}

void SqlDialect::bindPrefix(QSqlQuery& q, const QString& param, const QString& value) const
{
    if (isSqlite()) {
        // Every string starting with `value` sorts between it and it + U+FFFF.
        q.bindValue(QLatin1Char(':') + param, value);
        q.bindValue(QLatin1Char(':') + param + QLatin1String("_end"), value + QChar(0xFFFF));
    } else {
        q.bindValue(QLatin1Char(':') + param, prefixPattern(value));
    }
}

QString SqlDialect::prefixOrder(const QString& column) const
{
    return isSqlite() ? column : column + QStringLiteral(" USING ~<~");
}

QString SqlDialect::millisecondsBetween(const QString& from, const QString& to) const
{
    return isSqlite()
               ? QStringLiteral("CAST(ROUND((julianday(%2) - julianday(%1)) * 86400000.0) AS "
                                "INTEGER)")
                     .arg(from, to)
               : QStringLiteral("CAST(ROUND(EXTRACT(EPOCH FROM (CAST(%2 AS timestamptz) - "
                                "CAST(%1 AS timestamptz))) * 1000) AS BIGINT)")
                     .arg(from, to);
}

} // namespace Erp::Storage
