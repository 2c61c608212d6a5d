#include "server/storage/bulkinsert.h"

#include "common/jsonwriter.h"
#include "server/storage/database.h"

#include <QSqlQuery>

namespace Erp::Storage {

namespace {

void appendJsonValue(QString& out, const QVariant& v)
{
    if (v.isNull()) {
        out += QLatin1String("null");
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        out += QString::number(v.toLongLong());
        return;
    case QMetaType::Bool:
        out += v.toBool() ? QLatin1Char('1') : QLatin1Char('0');
        return;
    default:
        JsonWriter::appendString(out, v.toString());
    }
}

} // namespace

BulkInsert::BulkInsert(Database& db, QString table, QList<Column> columns, QString returning)
    : m_db(db)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_returning(std::move(returning))
{}

void BulkInsert::add(std::initializer_list<QVariant> values)
{
    Q_ASSERT(qsizetype(values.size()) == m_columns.size());
    m_values.append(values);
}

void BulkInsert::exec(const std::function<void(const QSqlQuery&)>& returned)
{
    const int width = int(m_columns.size());
    const qsizetype total = rows();
    const SqlDialect& sql = m_db.sql();
    const int chunk = sql.bulkInsertRows(width);
    const auto run = [&](QSqlQuery& q) {
        Storage::exec(q);
        if (returned)
            while (q.next())
                returned(q);
        q.finish();
    };
    for (qsizetype from = 0; from < total; from += chunk) {
        const int count = int(qMin<qsizetype>(chunk, total - from));
        if (sql.bulkInsertTakesJson()) {
            QString json;
            json.reserve(count * width * 16);
            json += QLatin1Char('[');
            for (int r = 0; r < count; ++r) {
                json += r == 0 ? QLatin1String("[") : QLatin1String(",[");
                for (int c = 0; c < width; ++c) {
                    if (c > 0)
                        json += QLatin1Char(',');
                    appendJsonValue(json, m_values.at((from + r) * width + c));
                }
                json += QLatin1Char(']');
            }
            json += QLatin1Char(']');
            QSqlQuery& q = m_db.prepared(sql.bulkInsert(m_table, m_columns, count, m_returning));
            q.bindValue(QStringLiteral(":rows"), json);
            run(q);
            continue;
        }
        // Full chunks share one cached statement, the rows of a last, shorter one go one by
        // one through another (a statement per remainder size would crowd the cache).
        const int size = count == chunk ? chunk : 1;
        QSqlQuery& q = m_db.prepared(sql.bulkInsert(m_table, m_columns, size, m_returning));
        for (int r = 0; r < count; r += size) {
            const qsizetype first = (from + r) * width;
            for (int i = 0; i < size * width; ++i)
                q.bindValue(SqlDialect::bulkInsertParameter(i), m_values.at(first + i));
            run(q);
        }
    }
    m_values.clear();
}

} // namespace Erp::Storage
