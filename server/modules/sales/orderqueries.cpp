#include "server/modules/sales/orderqueries.h"

#include "server/modules/sales/orderrepository.h"
#include "server/platform/jsontext.h"
#include "server/storage/database.h"
#include "server/storage/listquery.h"
#include "server/storage/queryresult.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Erp::Server::Sales {

using Storage::exec;

namespace {

/// Counting every match over a million orders costs more than the page itself; beyond this many
/// the list says "10,000+" (a search "1,000+").
constexpr int CountCap = 10000;
constexpr int SearchCountCap = 1000;

/// A search arm matching at least this many orders walks the sort order's index and stops at the
/// page's end instead of reading every match through its own index and sorting them: about
/// sqrt(page x orders) at a million orders, where both cost the same. (SQLite, which has no
/// statistics, is told so by SqlDialect::withoutIndex(); PostgreSQL sees it itself.)
constexpr int BroadArm = 10000;

/// The sort keys an index of sales_orders reads in their order (o.id after them).
bool hasSortIndex(const QString& column)
{
    static const QStringList indexed{QStringLiteral("o.order_date"), QStringLiteral("o.number"),
                                     QStringLiteral("o.gross"), QStringLiteral("o.requested_date"),
                                     QStringLiteral("o.updated_at")};
    return indexed.contains(column);
}

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

QString OrderQueries::stateAndCustomer(const Storage::ListQuery& query, int onlyState) const
{
    const QJsonObject& f = query.filter;
    QString conditions;
    const QJsonValue state = f.value(QLatin1String("state"));
    if (onlyState >= 0) {
        conditions += QStringLiteral(" AND o.state = :state%1").arg(onlyState);
    } else if (state.isString()) {
        conditions += QStringLiteral(" AND o.state = :state");
    } else if (state.isArray()) {
        QStringList marks;
        for (qsizetype i = 0; i < state.toArray().size(); ++i)
            marks.append(QStringLiteral(":state%1").arg(i));
        conditions += marks.isEmpty()
                          ? QStringLiteral(" AND 1 = 0")
                          : QStringLiteral(" AND o.state IN (%1)").arg(marks.join(", "));
    }
    if (f.value(QLatin1String("customer_id")).isDouble())
        conditions += QStringLiteral(" AND o.customer_id = :customer");
    return conditions;
}

QString OrderQueries::whereClause(const Storage::ListQuery& query, int onlyState) const
{
    const QJsonObject& f = query.filter;
    QString where = QStringLiteral(" WHERE 1 = 1") + stateAndCustomer(query, onlyState);
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
    return where;
}

void OrderQueries::bindStateAndCustomer(QSqlQuery& q, const Storage::ListQuery& query) const
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
}

void OrderQueries::bindWhere(QSqlQuery& q, const Storage::ListQuery& query) const
{
    const QJsonObject& f = query.filter;
    bindStateAndCustomer(q, query);
    if (f.value(QLatin1String("channel")).isString())
        q.bindValue(QStringLiteral(":channel"), f.value(QLatin1String("channel")).toString());
    if (f.value(QLatin1String("from")).isString())
        q.bindValue(QStringLiteral(":from"), f.value(QLatin1String("from")).toString());
    if (f.value(QLatin1String("to")).isString())
        q.bindValue(QStringLiteral(":to"), f.value(QLatin1String("to")).toString());
}

QList<OrderQueries::SearchArm> OrderQueries::searchArms(const Storage::ListQuery& query) const
{
    QList<SearchArm> arms;
    if (query.search.isEmpty())
        return arms;
    // The start of the order's number (in capitals) or external reference (as typed or in
    // capitals), or its customer (name, code, contacts, phones: the customers' search text,
    // through its trigram index from three characters on). Migration 0010 has the indexes.
    const Storage::SqlDialect& sql = m_db.sql();
    const QString term = query.search.trimmed();
    auto prefixArm = [&](const QString& column, const QString& param, const QString& value) {
        SearchArm arm;
        arm.column = column;
        arm.condition = sql.prefixCondition(column, param);
        arm.walking = sql.prefixCondition(sql.withoutIndex(column), param);
        arm.indexOrder = sql.prefixOrder(column);
        arm.bind = [&sql, param, value](QSqlQuery& q) { sql.bindPrefix(q, param, value); };
        return arm;
    };
    arms.append(prefixArm(QStringLiteral("o.number"), QStringLiteral("number"), term.toUpper()));
    arms.append(prefixArm(QStringLiteral("o.external_ref"), QStringLiteral("ref"), term));
    if (term != term.toUpper())
        arms.append(prefixArm(QStringLiteral("o.external_ref"), QStringLiteral("ref_upper"),
                              term.toUpper()));

    // Customers' search text is lower-cased; FTS5 trigrams fold case themselves.
    const QString lower = query.search.toLower();
    const bool fts = sql.usesFtsFor(query.search);
    const QString customers =
        fts ? QStringLiteral("SELECT rowid FROM customers_fts WHERE customers_fts MATCH :fts")
            : QStringLiteral("SELECT cs.id FROM customers cs WHERE cs.search_text LIKE :ql "
                             "ESCAPE '\\'");
    SearchArm customer;
    customer.column = QStringLiteral("o.customer_id");
    customer.condition = QStringLiteral("o.customer_id IN (%1)").arg(customers);
    customer.walking =
        QStringLiteral("%1 IN (%2)").arg(sql.withoutIndex(customer.column), customers);
    customer.indexOrder = customer.column;
    // Its index (customer_id, state) checks these filters itself: its estimate counts only the
    // orders that pass them (a customer's shipped orders, not all of them).
    customer.indexFilters = stateAndCustomer(query);
    customer.bind = [fts, lower](QSqlQuery& q) {
        if (fts)
            q.bindValue(QStringLiteral(":fts"), Storage::ftsPhrase(lower));
        else
            q.bindValue(QStringLiteral(":ql"), Storage::containsPattern(lower));
    };
    arms.append(customer);
    return arms;
}

void OrderQueries::estimate(QList<SearchArm>& arms, const Storage::ListQuery& query)
{
    // Each arm's own index, in its order, with only the filters that index checks itself, cut
    // at BroadArm: a handful of index entries for a rare term, at most BroadArm for a common one.
    QStringList counts;
    bool filtered = false;
    for (qsizetype i = 0; i < arms.size(); ++i) {
        counts.append(QStringLiteral("(SELECT COUNT(*) FROM (SELECT 1 AS hit FROM sales_orders o "
                                     "WHERE %1%2 ORDER BY %3 LIMIT %4) AS e%5)")
                          .arg(arms.at(i).condition, arms.at(i).indexFilters, arms.at(i).indexOrder)
                          .arg(BroadArm)
                          .arg(i));
        filtered = filtered || !arms.at(i).indexFilters.isEmpty();
    }
    QSqlQuery q = m_db.uncached(QStringLiteral("SELECT ") + counts.join(QLatin1String(", ")));
    for (const SearchArm& arm : std::as_const(arms))
        arm.bind(q);
    if (filtered)
        bindStateAndCustomer(q, query);
    exec(q);
    if (q.next())
        for (qsizetype i = 0; i < arms.size(); ++i)
            arms[i].estimate = q.value(int(i)).toLongLong();
    q.finish();
}

QByteArray OrderQueries::list(const Storage::ListQuery& query)
{
    const QString where = whereClause(query);
    QList<SearchArm> arms = searchArms(query);
    const bool searching = !arms.isEmpty();
    // The first sort key: " ORDER BY o.order_date DESC, o.id DESC" -> "o.order_date".
    const QString leading =
        query.orderBy.section(QLatin1String("ORDER BY "), 1).section(QLatin1Char(' '), 0, 0);
    // An arm may walk the sort order's index: when the order has one, the arm is not already
    // in that order, and the dialect has a second form to tell the planner (SQLite, which has
    // no statistics; PostgreSQL's planner decides from its own). Counting decides, and an arm
    // without any order is left out.
    const auto mayWalk = [&leading](const SearchArm& arm) {
        return arm.walking != arm.condition && arm.column != leading;
    };
    if (hasSortIndex(leading) && std::any_of(arms.cbegin(), arms.cend(), mayWalk)) {
        estimate(arms, query);
        arms.removeIf([](const SearchArm& arm) { return arm.estimate == 0; });
    }
    const int cap = searching ? SearchCountCap : CountCap;
    const QString sortKey =
        query.sortExpression.isEmpty() ? QStringLiteral("NULL") : query.sortExpression;
    QString pageWhere = where + query.keysetCondition();
    const QJsonArray states = query.filter.value(QLatin1String("state")).toArray();
    QStringList branches;
    if (searching) {
        // A search: each of its arms (number, reference, customers) alone, in the requested
        // order and cut at the page's end; the page is the first rows of their union. An arm
        // matching few orders reads them through its own index and sorts them; one matching
        // many walks the sort order's index and stops at the page's end. One condition OR-ing
        // the arms left PostgreSQL guessing at half the orders and filtering a million rows in
        // date order for a term that matches none.
        // The customer is joined only when the order needs it (by customer name).
        static const QRegularExpression customerColumn(QStringLiteral("\\bc\\."));
        const QString from = query.orderBy.contains(customerColumn)
                                 ? OrderRepository::from()
                                 : QStringLiteral(" FROM sales_orders o");
        for (qsizetype i = 0; i < arms.size(); ++i) {
            const SearchArm& arm = arms.at(i);
            const bool walk = arm.estimate >= BroadArm && mayWalk(arm);
            branches.append(QStringLiteral("SELECT oid FROM (SELECT o.id AS oid") + from + where +
                            QStringLiteral(" AND ") + (walk ? arm.walking : arm.condition) +
                            query.keysetCondition() + query.orderBy +
                            QStringLiteral(" LIMIT :branch_limit) AS b%1").arg(i));
        }
    } else if (states.size() > 1) {
        // Several states: one index range per state, each already in the requested order and
        // cut at the page's end, then merged: no sort of every matching order.
        for (qsizetype i = 0; i < states.size(); ++i)
            branches.append(QStringLiteral("SELECT oid FROM (SELECT o.id AS oid") +
                            OrderRepository::from() + whereClause(query, int(i)) +
                            query.keysetCondition() + query.orderBy +
                            QStringLiteral(" LIMIT :branch_limit) AS b%1").arg(i));
    }
    JsonText json;
    json.beginObject().beginArray("rows");
    qint64 rowCount = 0;
    QJsonArray nextAfter;
    // A search whose every arm matches nothing has its answer already.
    if (!searching || !arms.isEmpty()) {
        if (!branches.isEmpty())
            pageWhere = QStringLiteral(" WHERE o.id IN (") +
                        branches.join(QLatin1String(" UNION ALL ")) + QStringLiteral(")");
        QSqlQuery q =
            m_db.uncached(QStringLiteral("SELECT ") + OrderRepository::columns() +
                          QStringLiteral(", ") + sortKey + OrderRepository::from() + pageWhere +
                          query.orderBy + QStringLiteral(" LIMIT :limit OFFSET :offset"));
        bindWhere(q, query);
        for (const SearchArm& arm : std::as_const(arms))
            arm.bind(q);
        query.bindKeyset(q);
        if (!branches.isEmpty())
            q.bindValue(QStringLiteral(":branch_limit"), query.offset + query.limit);
        q.bindValue(QStringLiteral(":limit"), query.limit);
        q.bindValue(QStringLiteral(":offset"), query.offset);
        exec(q);
        while (q.next()) {
            json.beginObject();
            writeSummary(json, OrderRepository::readOrder(q));
            json.endObject();
            ++rowCount;
            nextAfter =
                query.nextAfter(q.value(OrderRepository::ColumnCount), q.value(0).toLongLong());
        }
        q.finish();
    }
    json.endArray();
    // A short first (or offset) page already says how many there are; otherwise count, capped.
    // A rare search term thus scans the orders once, not twice.
    qint64 counted = query.offset + rowCount;
    if (!(query.after.isEmpty() && rowCount < query.limit && (rowCount > 0 || query.offset == 0))) {
        // A search counts the union of its arms, each read in its own index's order and cut
        // after cap + 1 orders: beyond the cap one arm alone says "more", below it nothing was
        // cut.
        QString counting = QStringLiteral("SELECT 1 AS hit FROM sales_orders o") + where +
                           QStringLiteral(" LIMIT %1").arg(cap + 1);
        if (searching) {
            QStringList parts;
            for (qsizetype i = 0; i < arms.size(); ++i)
                parts.append(QStringLiteral("SELECT oid FROM (SELECT o.id AS oid FROM "
                                            "sales_orders o") +
                             where + QStringLiteral(" AND ") + arms.at(i).condition +
                             QStringLiteral(" ORDER BY %1 LIMIT %2) AS c%3")
                                 .arg(arms.at(i).indexOrder)
                                 .arg(cap + 1)
                                 .arg(i));
            counting = parts.join(QLatin1String(" UNION "));
        }
        qint64 total = 0;
        if (!searching || !arms.isEmpty()) {
            QSqlQuery count = m_db.uncached(QStringLiteral("SELECT COUNT(*) FROM (") + counting +
                                            QStringLiteral(") capped"));
            bindWhere(count, query);
            for (const SearchArm& arm : std::as_const(arms))
                arm.bind(count);
            exec(count);
            total = Storage::oneInteger(count);
        }
        counted = total;
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
