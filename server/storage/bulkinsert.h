#pragma once

#include "server/storage/sqldialect.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>

class QSqlQuery;

namespace Erp::Storage {

class Database;

/// Many rows for one table, written with a few statements instead of one per row (an import's
/// batch): SQLite binds them as multi-row VALUES, PostgreSQL receives them as one JSON
/// parameter (SqlDialect::bulkInsert). Values are bound, never spliced into the SQL; the table
/// and column names are the caller's constants.
class BulkInsert final
{
public:
    using Column = SqlDialect::BulkColumn;

    BulkInsert(Database& db, QString table, QList<Column> columns, QString returning = {});

    /// Appends one row: one value per column, in the columns' order; a null QVariant is NULL.
    void add(std::initializer_list<QVariant> values);
    qsizetype rows() const { return m_values.size() / m_columns.size(); }

    /// Writes the rows and forgets them; `returned` sees each row of the RETURNING clause (in
    /// no particular order). Throws StoreError.
    void exec(const std::function<void(const QSqlQuery&)>& returned = {});

private:
    Database& m_db;
    QString m_table;
    QList<Column> m_columns;
    QString m_returning;
    QVariantList m_values; ///< row after row
};

} // namespace Erp::Storage
