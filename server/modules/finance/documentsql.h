// Statement helpers the finance repositories of documents (invoices, bills) share: bound ids,
// text that is never NULL, filter keys and one page of a list statement.
#pragma once

#include "server/modules/finance/invoice.h"
#include "server/storage/database.h"
#include "server/storage/listquery.h"
#include "server/storage/queryresult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace Erp::Server::Finance::DocumentSql {

inline QVariant nullId()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : nullId();
}

inline QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

/// Whether a list filter has `key` with a value.
inline bool has(const QJsonObject& f, const char* key)
{
    const QJsonValue v = f.value(QLatin1String(key));
    return !v.isUndefined() && !v.isNull();
}

/// Binds :qty, :price, :rate, :inclusive, :net, :tax and :gross of a document line.
inline void bindTaxed(QSqlQuery& q, const TaxedLine& l)
{
    q.bindValue(QStringLiteral(":qty"), l.qty);
    q.bindValue(QStringLiteral(":price"), l.unitPrice);
    q.bindValue(QStringLiteral(":rate"), l.taxRate);
    q.bindValue(QStringLiteral(":inclusive"), l.priceIncludesTax ? 1 : 0);
    q.bindValue(QStringLiteral(":net"), l.net);
    q.bindValue(QStringLiteral(":tax"), l.tax);
    q.bindValue(QStringLiteral(":gross"), l.gross);
}

/// The columns qty, unit_price, tax_rate, price_includes_tax, net, tax, gross read from
/// `first` on.
inline void readTaxed(const QSqlQuery& q, int first, TaxedLine& l)
{
    l.qty = q.value(first).toLongLong();
    l.unitPrice = q.value(first + 1).toLongLong();
    l.taxRate = q.value(first + 2).toLongLong();
    l.priceIncludesTax = q.value(first + 3).toInt() != 0;
    l.net = q.value(first + 4).toLongLong();
    l.tax = q.value(first + 5).toLongLong();
    l.gross = q.value(first + 6).toLongLong();
}

/// Paged rows of a list statement (offset or keyset paging), as the list convention answers.
/// `read` turns a row into {id, json}.
template <typename Read>
QJsonObject page(Storage::Database& db, const Storage::ListQuery& query, const QString& columns,
                 int columnCount, const QString& from, const QString& where,
                 const std::function<void(QSqlQuery&)>& bind, Read read)
{
    QSqlQuery count = db.uncached(QStringLiteral("SELECT COUNT(*)") + from + where);
    bind(count);
    Storage::exec(count);
    const qint64 total = Storage::oneInteger(count);
    const QString sortKey =
        query.sortExpression.isEmpty() ? QStringLiteral("NULL") : query.sortExpression;
    QSqlQuery q = db.uncached(QStringLiteral("SELECT ") + columns + QStringLiteral(", ") + sortKey +
                              from + where + query.keysetCondition() + query.orderBy +
                              QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bind(q);
    query.bindKeyset(q);
    q.bindValue(QStringLiteral(":limit"), query.limit);
    q.bindValue(QStringLiteral(":offset"), query.offset);
    Storage::exec(q);
    QJsonArray rows;
    QJsonArray nextAfter;
    while (q.next()) {
        const auto [id, row] = read(q);
        rows.append(row);
        nextAfter = query.nextAfter(q.value(columnCount), id);
    }
    q.finish();
    return QJsonObject{{QStringLiteral("rows"), rows},
                       {QStringLiteral("total"), total},
                       {QStringLiteral("total_capped"), false},
                       {QStringLiteral("next_after"),
                        rows.size() == query.limit ? QJsonValue(nextAfter) : QJsonValue()}};
}

} // namespace Erp::Server::Finance::DocumentSql
