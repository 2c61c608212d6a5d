#include "server/modules/sales/orderqueries.h"

#include "server/modules/sales/orderrepository.h"
#include "server/platform/jsontext.h"
#include "server/storage/database.h"
#include "server/storage/listquery.h"
#include "server/storage/queryresult.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Erp::Server::Sales {

using Storage::exec;

namespace {

/// Counting every match over a million orders costs more than the page itself; beyond this many
/// the list says "10,000+" (a search "1,000+").
constexpr int CountCap = 10000;
constexpr int SearchCountCap = 1000;

} // namespace

QList<OrderEvent> OrderQueries::events(qint64 orderId)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT at, by_user, action, from_state, to_state, note FROM "
                                     "sales_order_events WHERE order_id = :id ORDER BY id"));
    q.bindValue(QStringLiteral(":id"), orderId);
    exec(q);
    QList<OrderEvent> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    q.finish();
    return out;
}

QList<Allocation> OrderQueries::allocations(qint64 orderId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT r.source_line_id, r.warehouse_id, w.code, r.qty FROM stock_reservations r "
        "JOIN warehouses w ON w.id = r.warehouse_id WHERE r.source_type = 'sales_order' AND "
        "r.source_id = :id ORDER BY r.source_line_id, w.priority, w.code"));
    q.bindValue(QStringLiteral(":id"), orderId);
    exec(q);
    QList<Allocation> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    q.value(3).toLongLong()});
    q.finish();
    return out;
}

QJsonArray OrderQueries::shipments(qint64 orderId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT s.id, s.number, s.carrier, s.tracking, s.shipped_at, s.created_by, "
        "sl.order_line_id, l.sku, sl.warehouse_id, w.code, sl.qty, l.product_id, l.name, l.unit "
        "FROM sales_shipments s "
        "JOIN sales_shipment_lines sl ON sl.shipment_id = s.id "
        "JOIN sales_order_lines l ON l.id = sl.order_line_id "
        "JOIN warehouses w ON w.id = sl.warehouse_id WHERE s.order_id = :id ORDER BY s.id, sl.id"));
    q.bindValue(QStringLiteral(":id"), orderId);
    exec(q);
    QJsonArray out;
    QJsonObject current;
    QJsonArray lines;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (current.value(QLatin1String("id")).toInteger() != id) {
            if (!current.isEmpty()) {
                current.insert(QStringLiteral("lines"), lines);
                out.append(current);
                lines = QJsonArray();
            }
            current = QJsonObject{{QStringLiteral("id"), id},
                                  {QStringLiteral("number"), q.value(1).toString()},
                                  {QStringLiteral("carrier"), q.value(2).toString()},
                                  {QStringLiteral("tracking"), q.value(3).toString()},
                                  {QStringLiteral("shipped_at"), q.value(4).toString()},
                                  {QStringLiteral("by"), q.value(5).toString()}};
        }
        lines.append(QJsonObject{{QStringLiteral("line_id"), q.value(6).toLongLong()},
                                 {QStringLiteral("sku"), q.value(7).toString()},
                                 {QStringLiteral("warehouse_id"), q.value(8).toLongLong()},
                                 {QStringLiteral("warehouse_code"), q.value(9).toString()},
                                 {QStringLiteral("qty"), qtyText(q.value(10).toLongLong())},
                                 {QStringLiteral("product_id"), q.value(11).toLongLong()},
                                 {QStringLiteral("name"), q.value(12).toString()},
                                 {QStringLiteral("unit"), q.value(13).toString()}});
    }
    q.finish();
    if (!current.isEmpty()) {
        current.insert(QStringLiteral("lines"), lines);
        out.append(current);
    }
    return out;
}

QJsonArray OrderQueries::returns(qint64 orderId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT r.id, r.number, r.reason, r.created_at, r.created_by, rl.order_line_id, l.sku, "
        "rl.warehouse_id, w.code, rl.qty, rl.disposition, l.product_id, l.name, l.unit "
        "FROM sales_returns r "
        "JOIN sales_return_lines rl ON rl.return_id = r.id "
        "JOIN sales_order_lines l ON l.id = rl.order_line_id "
        "JOIN warehouses w ON w.id = rl.warehouse_id WHERE r.order_id = :id ORDER BY r.id, rl.id"));
    q.bindValue(QStringLiteral(":id"), orderId);
    exec(q);
    QJsonArray out;
    QJsonObject current;
    QJsonArray lines;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (current.value(QLatin1String("id")).toInteger() != id) {
            if (!current.isEmpty()) {
                current.insert(QStringLiteral("lines"), lines);
                out.append(current);
                lines = QJsonArray();
            }
            current = QJsonObject{{QStringLiteral("id"), id},
                                  {QStringLiteral("number"), q.value(1).toString()},
                                  {QStringLiteral("reason"), q.value(2).toString()},
                                  {QStringLiteral("created_at"), q.value(3).toString()},
                                  {QStringLiteral("by"), q.value(4).toString()}};
        }
        lines.append(QJsonObject{{QStringLiteral("line_id"), q.value(5).toLongLong()},
                                 {QStringLiteral("sku"), q.value(6).toString()},
                                 {QStringLiteral("warehouse_id"), q.value(7).toLongLong()},
                                 {QStringLiteral("warehouse_code"), q.value(8).toString()},
                                 {QStringLiteral("qty"), qtyText(q.value(9).toLongLong())},
                                 {QStringLiteral("disposition"), q.value(10).toString()},
                                 {QStringLiteral("product_id"), q.value(11).toLongLong()},
                                 {QStringLiteral("name"), q.value(12).toString()},
                                 {QStringLiteral("unit"), q.value(13).toString()}});
    }
    q.finish();
    if (!current.isEmpty()) {
        current.insert(QStringLiteral("lines"), lines);
        out.append(current);
    }
    return out;
}

QString OrderQueries::whereClause(const Storage::ListQuery& query, int onlyState) const
{
    const QJsonObject& f = query.filter;
    QString where = QStringLiteral(" WHERE 1 = 1");
    const QJsonValue state = f.value(QLatin1String("state"));
    if (onlyState >= 0) {
        where += QStringLiteral(" AND o.state = :state%1").arg(onlyState);
    } else if (state.isString()) {
        where += QStringLiteral(" AND o.state = :state");
    } else if (state.isArray()) {
        QStringList marks;
        for (qsizetype i = 0; i < state.toArray().size(); ++i)
            marks.append(QStringLiteral(":state%1").arg(i));
        where += marks.isEmpty() ? QStringLiteral(" AND 1 = 0")
                                 : QStringLiteral(" AND o.state IN (%1)").arg(marks.join(", "));
    }
    if (f.value(QLatin1String("customer_id")).isDouble())
        where += QStringLiteral(" AND o.customer_id = :customer");
    if (f.value(QLatin1String("channel")).isString())
        where += QStringLiteral(" AND o.channel = :channel");
    if (f.value(QLatin1String("from")).isString())
        where += QStringLiteral(" AND o.order_date >= :from");
    if (f.value(QLatin1String("to")).isString())
        where += QStringLiteral(" AND o.order_date <= :to");
    // A literal, not a parameter: only then may the planner use the partial index.
    if (f.value(QLatin1String("has_backorder")).isBool())
        where += f.value(QLatin1String("has_backorder")).toBool()
                     ? QStringLiteral(" AND o.has_backorder = 1")
                     : QStringLiteral(" AND o.has_backorder = 0");
    if (!query.search.isEmpty()) {
        // The start of the order's number or external reference (as typed or in capitals), or
        // its customer (name, code, contacts, phones: the customers' search text, through its
        // trigram index from three characters on). Migration 0010 has the indexes.
        const Storage::SqlDialect& sql = m_db.sql();
        const QString customers =
            sql.usesFtsFor(query.search)
                ? QStringLiteral("SELECT rowid FROM customers_fts WHERE customers_fts MATCH :fts")
                : QStringLiteral("SELECT cs.id FROM customers cs WHERE cs.search_text LIKE :ql "
                                 "ESCAPE '\\'");
        where +=
            QStringLiteral(" AND (%1 OR %2 OR %3 OR o.customer_id IN (%4))")
                .arg(sql.prefixCondition(QStringLiteral("o.number"), QStringLiteral("number")),
                     sql.prefixCondition(QStringLiteral("o.external_ref"), QStringLiteral("ref")),
                     sql.prefixCondition(QStringLiteral("o.external_ref"),
                                         QStringLiteral("ref_upper")),
                     customers);
    }
    return where;
}

void OrderQueries::bindWhere(QSqlQuery& q, const Storage::ListQuery& query) const
{
    const QJsonObject& f = query.filter;
    const QJsonValue state = f.value(QLatin1String("state"));
    if (state.isString()) {
        q.bindValue(QStringLiteral(":state"), state.toString());
    } else if (state.isArray()) {
        const QJsonArray states = state.toArray();
        for (qsizetype i = 0; i < states.size(); ++i)
            q.bindValue(QStringLiteral(":state%1").arg(i), states.at(i).toString());
    }
    if (f.value(QLatin1String("customer_id")).isDouble())
        q.bindValue(QStringLiteral(":customer"),
                    qint64(f.value(QLatin1String("customer_id")).toDouble()));
    if (f.value(QLatin1String("channel")).isString())
        q.bindValue(QStringLiteral(":channel"), f.value(QLatin1String("channel")).toString());
    if (f.value(QLatin1String("from")).isString())
        q.bindValue(QStringLiteral(":from"), f.value(QLatin1String("from")).toString());
    if (f.value(QLatin1String("to")).isString())
        q.bindValue(QStringLiteral(":to"), f.value(QLatin1String("to")).toString());
    if (!query.search.isEmpty()) {
        const Storage::SqlDialect& sql = m_db.sql();
        const QString term = query.search.trimmed();
        sql.bindPrefix(q, QStringLiteral("number"), term.toUpper());
        sql.bindPrefix(q, QStringLiteral("ref"), term);
        sql.bindPrefix(q, QStringLiteral("ref_upper"), term.toUpper());
        // Customers' search text is lower-cased; FTS5 trigrams fold case themselves.
        const QString lower = query.search.toLower();
        if (sql.usesFtsFor(query.search))
            q.bindValue(QStringLiteral(":fts"), Storage::ftsPhrase(lower));
        else
            q.bindValue(QStringLiteral(":ql"), Storage::containsPattern(lower));
    }
}

QByteArray OrderQueries::list(const Storage::ListQuery& query)
{
    const QString where = whereClause(query);
    const int cap = query.search.isEmpty() ? CountCap : SearchCountCap;
    const QString sortKey =
        query.sortExpression.isEmpty() ? QStringLiteral("NULL") : query.sortExpression;
    QString pageWhere = where + query.keysetCondition();
    const QJsonArray states = query.filter.value(QLatin1String("state")).toArray();
    if (states.size() > 1) {
        // Several states: one index range per state, each already in the requested order and
        // cut at the page's end, then merged: no sort of every matching order.
        QStringList branches;
        for (qsizetype i = 0; i < states.size(); ++i)
            branches.append(QStringLiteral("SELECT oid FROM (SELECT o.id AS oid") +
                            OrderRepository::from() + whereClause(query, int(i)) +
                            query.keysetCondition() + query.orderBy +
                            QStringLiteral(" LIMIT :branch_limit) AS b%1").arg(i));
        pageWhere = QStringLiteral(" WHERE o.id IN (") +
                    branches.join(QLatin1String(" UNION ALL ")) + QStringLiteral(")");
    }
    QSqlQuery q =
        m_db.uncached(QStringLiteral("SELECT ") + OrderRepository::columns() +
                      QStringLiteral(", ") + sortKey + OrderRepository::from() + pageWhere +
                      query.orderBy + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bindWhere(q, query);
    query.bindKeyset(q);
    if (states.size() > 1)
        q.bindValue(QStringLiteral(":branch_limit"), query.offset + query.limit);
    q.bindValue(QStringLiteral(":limit"), query.limit);
    q.bindValue(QStringLiteral(":offset"), query.offset);
    exec(q);
    JsonText json;
    json.beginObject().beginArray("rows");
    qint64 rowCount = 0;
    QJsonArray nextAfter;
    while (q.next()) {
        json.beginObject();
        writeSummary(json, OrderRepository::readOrder(q));
        json.endObject();
        ++rowCount;
        nextAfter = query.nextAfter(q.value(OrderRepository::ColumnCount), q.value(0).toLongLong());
    }
    q.finish();
    json.endArray();
    // A short first (or offset) page already says how many there are; otherwise count, capped.
    // A rare search term thus scans the orders once, not twice.
    qint64 counted = query.offset + rowCount;
    if (!(query.after.isEmpty() && rowCount < query.limit && (rowCount > 0 || query.offset == 0))) {
        QSqlQuery count =
            m_db.uncached(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM sales_orders o") +
                          where + QStringLiteral(" LIMIT %1) capped").arg(cap + 1));
        bindWhere(count, query);
        exec(count);
        counted = Storage::oneInteger(count);
    }
    const bool capped = counted > cap;
    json.num("total", capped ? qMax<qint64>(cap, query.offset + rowCount) : counted)
        .boolean("total_capped", capped);
    if (rowCount == query.limit && !nextAfter.isEmpty())
        json.raw("next_after", QJsonDocument(nextAfter).toJson(QJsonDocument::Compact));
    else
        json.null("next_after");
    return json.endObject().text();
}

QList<DateStateCount> OrderQueries::ordersByDate(const QString& from, const QString& to)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT order_date, state, COUNT(*) FROM sales_orders WHERE order_date >= :from AND "
        "order_date <= :to GROUP BY order_date, state"));
    q.bindValue(QStringLiteral(":from"), from);
    q.bindValue(QStringLiteral(":to"), to);
    exec(q);
    QList<DateStateCount> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    q.finish();
    return out;
}

QList<ShippedDay> OrderQueries::shippedByDate(const QString& from, const QString& to)
{
    // Milliseconds from submit to shipment per order, rounded to an integer before summing, so
    // the sum is exact whatever the number of orders.
    const QString millis = m_db.sql().millisecondsBetween(QStringLiteral("submitted_at"),
                                                          QStringLiteral("shipped_at"));
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT substr(shipped_at, 1, 10), CAST(COUNT(*) AS BIGINT), "
                       "CAST(SUM(CASE WHEN submitted_at IS NULL THEN 0 ELSE 1 END) AS BIGINT), "
                       "CAST(COALESCE(SUM(CASE WHEN submitted_at IS NULL THEN 0 ELSE ") +
        millis +
        QStringLiteral(" END), 0) AS BIGINT), "
                       "CAST(SUM(CASE WHEN requested_date <> '' THEN 1 ELSE 0 END) AS BIGINT), "
                       "CAST(SUM(CASE WHEN requested_date <> '' AND substr(shipped_at, 1, 10) <= "
                       "requested_date THEN 1 ELSE 0 END) AS BIGINT), "
                       "CAST(SUM(CASE WHEN amendments = 0 AND has_return = 0 THEN 1 ELSE 0 END) "
                       "AS BIGINT) FROM sales_orders WHERE order_date >= :from AND order_date <= "
                       ":to AND shipped_at IS NOT NULL GROUP BY substr(shipped_at, 1, 10)"));
    q.bindValue(QStringLiteral(":from"), from);
    q.bindValue(QStringLiteral(":to"), to);
    exec(q);
    QList<ShippedDay> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                    q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                    q.value(6).toLongLong()});
    q.finish();
    return out;
}

} // namespace Erp::Server::Sales
