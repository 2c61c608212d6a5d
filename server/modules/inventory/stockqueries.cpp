#include "server/modules/inventory/stockqueries.h"

#include "common/jsonrpc.h"
#include "server/modules/inventory/stockrepository.h"
#include "server/modules/inventory/units.h"
#include "server/rpc/errors.h"
#include "server/storage/database.h"
#include "server/storage/listquery.h"
#include "server/storage/queryresult.h"

#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>
#include <QVector>

#include <optional>

namespace Erp::Server::Inventory {

using Storage::exec;

namespace {

/// The message id of a reason the server wrote itself (null for a clerk's own words).
QJsonValue reasonRef(const QString& reason)
{
    static const QRegularExpression system(QStringLiteral("^(goods receipt|stock count) (\\S+)$"));
    const QRegularExpressionMatch m = system.match(reason);
    if (!m.hasMatch())
        return QJsonValue();
    return Rpc::message(m.captured(1) == QLatin1String("goods receipt")
                            ? QStringLiteral("inventory.move.goods_receipt")
                            : QStringLiteral("inventory.move.stock_count"),
                        QJsonObject{{QStringLiteral("number"), m.captured(2)}});
}

constexpr int CountCap = 10000;

/// Each product's on-hand and reserved summed over the active warehouses.
const QString kTotals = QStringLiteral(
    "(SELECT sl.product_id, CAST(SUM(sl.on_hand) AS BIGINT) AS on_hand, "
    "CAST(SUM(sl.reserved) AS BIGINT) AS reserved FROM "
    "stock_levels sl JOIN warehouses aw ON aw.id = sl.warehouse_id AND aw.active = 1 "
    "GROUP BY sl.product_id) t");

QJsonValue idOrNull(const QVariant& v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toLongLong());
}

qint64 filterId(const QJsonObject& f, const char* key)
{
    const QJsonValue v = f.value(QLatin1String(key));
    return v.isDouble() ? qint64(v.toDouble()) : 0;
}

QString filterText(const QJsonObject& f, const char* key)
{
    const QJsonValue v = f.value(QLatin1String(key));
    return v.isString() ? v.toString() : QString();
}

QJsonObject page(const QJsonArray& rows, qint64 counted, const Storage::ListQuery& query,
                 const QJsonArray& nextAfter = {})
{
    const bool capped = counted > CountCap;
    QJsonObject out{{QStringLiteral("rows"), rows},
                    {QStringLiteral("total"),
                     capped ? qMax<qint64>(CountCap, query.offset + rows.size()) : counted},
                    {QStringLiteral("total_capped"), capped}};
    if (!query.sortExpression.isEmpty() && !nextAfter.isEmpty())
        out.insert(QStringLiteral("next_after"),
                   rows.size() == query.limit ? QJsonValue(nextAfter) : QJsonValue());
    return out;
}

/// A JSON string literal (quotes included) of any text.
QByteArray jsonString(const QString& text)
{
    return QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

/// Appends `prefix` and the quantity's text (thousandths, "12.500").
void appendQtyField(QByteArray& out, const char* prefix, qint64 thousandths)
{
    out += prefix;
    appendQtyText(out, thousandths);
}

qint64 countOf(QSqlQuery& q)
{
    exec(q);
    const qint64 n = Storage::oneInteger(q);
    return n;
}

} // namespace

QJsonObject StockQueries::levels(const Storage::ListQuery& query)
{
    const QJsonObject& f = query.filter;
    const qint64 warehouseId = filterId(f, "warehouse_id");
    const qint64 productId = filterId(f, "product_id");
    const QString category = filterText(f, "category");
    const bool lowOnly = f.value(QLatin1String("low")).toBool();
    QString where = QStringLiteral(" WHERE w.active = 1 AND p.active = 1");
    if (warehouseId > 0)
        where += QStringLiteral(" AND w.id = :w");
    if (productId > 0)
        where += QStringLiteral(" AND p.id = :p");
    if (!category.isNull())
        where += QStringLiteral(" AND p.category = :category");
    if (lowOnly)
        where += QStringLiteral(" AND p.reorder_point > 0 AND COALESCE(t.on_hand, 0) - "
                                "COALESCE(t.reserved, 0) <= p.reorder_point");
    if (!query.search.isEmpty())
        where += QStringLiteral(" AND p.search_text LIKE :q ESCAPE '\\'");
    // The product's total over all warehouses (for `low`) is summed for the page's rows only,
    // unless the filter needs it for every row.
    QString from =
        QStringLiteral(" FROM products p CROSS JOIN warehouses w LEFT JOIN "
                       "stock_levels l ON l.product_id = p.id AND l.warehouse_id = w.id");
    if (lowOnly)
        from += QStringLiteral(" LEFT JOIN ") + kTotals + QStringLiteral(" ON t.product_id = p.id");
    const QString totalAvailable =
        lowOnly ? QStringLiteral("COALESCE(t.on_hand, 0) - COALESCE(t.reserved, 0)")
                : QStringLiteral("(SELECT CAST(COALESCE(SUM(sl.on_hand - sl.reserved), 0) AS "
                                 "BIGINT) FROM stock_levels sl JOIN warehouses aw ON aw.id = "
                                 "sl.warehouse_id AND aw.active = 1 WHERE sl.product_id = p.id)");
    auto bind = [&](QSqlQuery& q) {
        if (warehouseId > 0)
            q.bindValue(QStringLiteral(":w"), warehouseId);
        if (productId > 0)
            q.bindValue(QStringLiteral(":p"), productId);
        if (!category.isNull())
            q.bindValue(QStringLiteral(":category"), category);
        if (!query.search.isEmpty())
            q.bindValue(QStringLiteral(":q"), Storage::containsPattern(query.search.toLower()));
    };
    QSqlQuery count = m_db.uncached(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1") + from +
                                    where + QStringLiteral(" LIMIT %1) capped").arg(CountCap + 1));
    bind(count);
    const qint64 counted = countOf(count);
    QSqlQuery q = m_db.uncached(
        QStringLiteral("SELECT p.id, p.sku, p.name, p.unit, p.category, w.id, w.code, "
                       "COALESCE(l.on_hand, 0), COALESCE(l.reserved, 0), p.reorder_point, ") +
        totalAvailable + from + where + query.orderBy +
        QStringLiteral(", w.priority ASC, w.id ASC LIMIT :limit OFFSET :offset"));
    bind(q);
    q.bindValue(QStringLiteral(":limit"), query.limit);
    q.bindValue(QStringLiteral(":offset"), query.offset);
    exec(q);
    QJsonArray rows;
    while (q.next()) {
        const qint64 onHand = q.value(7).toLongLong();
        const qint64 reserved = q.value(8).toLongLong();
        const qint64 reorderPoint = q.value(9).toLongLong();
        const qint64 totalAvailable = q.value(10).toLongLong();
        rows.append(QJsonObject{
            {QStringLiteral("product_id"), q.value(0).toLongLong()},
            {QStringLiteral("sku"), q.value(1).toString()},
            {QStringLiteral("name"), q.value(2).toString()},
            {QStringLiteral("unit"), q.value(3).toString()},
            {QStringLiteral("category"), q.value(4).toString()},
            {QStringLiteral("warehouse_id"), q.value(5).toLongLong()},
            {QStringLiteral("warehouse_code"), q.value(6).toString()},
            {QStringLiteral("on_hand"), qtyText(onHand)},
            {QStringLiteral("reserved"), qtyText(reserved)},
            {QStringLiteral("available"), qtyText(onHand - reserved)},
            {QStringLiteral("reorder_point"), qtyText(reorderPoint)},
            {QStringLiteral("low"), reorderPoint > 0 && totalAvailable <= reorderPoint},
        });
    }
    q.finish();
    return page(rows, counted, query);
}

QJsonArray StockQueries::totals(const QList<qint64>& productIds)
{
    // The few active warehouses first, in allocation order; then one pass over the levels of
    // the products asked for (an index lookup per id), grouped here.
    struct Site
    {
        qint64 id = 0;
        QByteArray codeJson; ///< the code as a JSON string literal
    };
    QList<Site> sites;
    QHash<qint64, int> rank;
    {
        QSqlQuery& w = m_db.prepared(QStringLiteral(
            "SELECT id, code FROM warehouses WHERE active = 1 ORDER BY priority, code"));
        exec(w);
        while (w.next()) {
            const qint64 id = w.value(0).toLongLong();
            rank.insert(id, int(sites.size()));
            sites.append({id, jsonString(w.value(1).toString())});
        }
        w.finish();
    }
    struct Level
    {
        qint64 onHand = 0;
        qint64 reserved = 0;
    };
    // Per product: its level in each active warehouse (by rank), present or not.
    QHash<qint64, QVector<std::optional<Level>>> byProduct;
    byProduct.reserve(productIds.size());
    if (!productIds.isEmpty() && !sites.isEmpty()) {
        QSqlQuery& q = m_db.prepared(
            QStringLiteral("SELECT l.product_id, l.warehouse_id, l.on_hand, l.reserved FROM "
                           "stock_levels l WHERE ") +
            m_db.sql().idArrayCondition(QStringLiteral("l.product_id"), QStringLiteral("ids")));
        q.bindValue(QStringLiteral(":ids"), m_db.sql().idArray(productIds));
        exec(q);
        while (q.next()) {
            const auto r = rank.constFind(q.value(1).toLongLong());
            if (r == rank.constEnd())
                continue; // an inactive warehouse
            auto& levels = byProduct[q.value(0).toLongLong()];
            if (levels.isEmpty())
                levels.resize(sites.size());
            levels[*r] = Level{q.value(2).toLongLong(), q.value(3).toLongLong()};
        }
        q.finish();
    }
    // The answer is written as JSON text and parsed once: the parser builds each object in one
    // pass, where inserting key by key costs twice as much, and a benchmark asks for 10,000
    // products in well under 100 ms. Codes are escaped; every other value is a number.
    QByteArray json;
    json.reserve(qsizetype(productIds.size()) * (96 + 112 * qsizetype(sites.size())));
    json += '[';
    for (const qint64 id : productIds) {
        qint64 onHand = 0;
        qint64 reserved = 0;
        QByteArray warehouses;
        const auto found = byProduct.constFind(id);
        if (found != byProduct.constEnd()) {
            for (int i = 0; i < found->size(); ++i) {
                const std::optional<Level>& l = found->at(i);
                if (!l)
                    continue;
                onHand += l->onHand;
                reserved += l->reserved;
                warehouses += warehouses.isEmpty() ? "{\"warehouse_id\":" : ",{\"warehouse_id\":";
                warehouses += QByteArray::number(sites.at(i).id);
                warehouses += ",\"warehouse_code\":";
                warehouses += sites.at(i).codeJson;
                appendQtyField(warehouses, ",\"on_hand\":\"", l->onHand);
                appendQtyField(warehouses, "\",\"reserved\":\"", l->reserved);
                appendQtyField(warehouses, "\",\"available\":\"", l->onHand - l->reserved);
                warehouses += "\"}";
            }
        }
        json += json.size() == 1 ? "{\"product_id\":" : ",{\"product_id\":";
        json += QByteArray::number(id);
        appendQtyField(json, ",\"on_hand\":\"", onHand);
        appendQtyField(json, "\",\"reserved\":\"", reserved);
        appendQtyField(json, "\",\"available\":\"", onHand - reserved);
        json += "\",\"warehouses\":[";
        json += warehouses;
        json += "]}";
    }
    json += ']';
    return QJsonDocument::fromJson(json).array();
}

QJsonObject StockQueries::moves(const Storage::ListQuery& query)
{
    const QJsonObject& f = query.filter;
    const qint64 productId = filterId(f, "product_id");
    const qint64 warehouseId = filterId(f, "warehouse_id");
    const qint64 sourceId = filterId(f, "source_id");
    const QString kind = filterText(f, "kind");
    const QString sourceType = filterText(f, "source_type");
    const QString fromDate = filterText(f, "from");
    QString toDate = filterText(f, "to");
    // A date "to" includes that whole day.
    const QDate toDay = QDate::fromString(toDate, Qt::ISODate);
    if (toDate.size() == 10 && toDay.isValid())
        toDate = toDay.addDays(1).toString(Qt::ISODate);
    QString where = QStringLiteral(" WHERE 1 = 1");
    if (productId > 0)
        where += QStringLiteral(" AND m.product_id = :p");
    if (warehouseId > 0)
        where += QStringLiteral(" AND m.warehouse_id = :w");
    if (sourceId > 0)
        where += QStringLiteral(" AND m.source_id = :source");
    if (!kind.isEmpty())
        where += QStringLiteral(" AND m.kind = :kind");
    if (!sourceType.isEmpty())
        where += QStringLiteral(" AND m.source_type = :type");
    if (!fromDate.isEmpty())
        where += QStringLiteral(" AND m.created_at >= :from");
    if (!toDate.isEmpty())
        where += toDate.size() == 10 ? QStringLiteral(" AND m.created_at < :to")
                                     : QStringLiteral(" AND m.created_at <= :to");
    if (!query.search.isEmpty())
        where += QStringLiteral(" AND (lower(m.source_ref) LIKE :q ESCAPE '\\' OR lower(p.sku) "
                                "LIKE :q ESCAPE '\\')");
    const QString from = QStringLiteral(
        " FROM stock_moves m JOIN products p ON p.id = m.product_id JOIN warehouses w ON w.id = "
        "m.warehouse_id LEFT JOIN warehouse_locations loc ON loc.id = m.location_id");
    auto bind = [&](QSqlQuery& q) {
        if (productId > 0)
            q.bindValue(QStringLiteral(":p"), productId);
        if (warehouseId > 0)
            q.bindValue(QStringLiteral(":w"), warehouseId);
        if (sourceId > 0)
            q.bindValue(QStringLiteral(":source"), sourceId);
        if (!kind.isEmpty())
            q.bindValue(QStringLiteral(":kind"), kind);
        if (!sourceType.isEmpty())
            q.bindValue(QStringLiteral(":type"), sourceType);
        if (!fromDate.isEmpty())
            q.bindValue(QStringLiteral(":from"), fromDate);
        if (!toDate.isEmpty())
            q.bindValue(QStringLiteral(":to"), toDate);
        if (!query.search.isEmpty())
            q.bindValue(QStringLiteral(":q"), Storage::containsPattern(query.search.toLower()));
    };
    QSqlQuery count = m_db.uncached(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1") + from +
                                    where + QStringLiteral(" LIMIT %1) capped").arg(CountCap + 1));
    bind(count);
    const qint64 counted = countOf(count);
    const QString sortKey =
        query.sortExpression.isEmpty() ? QStringLiteral("NULL") : query.sortExpression;
    QSqlQuery q = m_db.uncached(
        QStringLiteral("SELECT m.id, m.created_at, m.product_id, p.sku, p.name, p.unit, "
                       "m.warehouse_id, w.code, m.location_id, loc.code, m.kind, m.qty, m.reason, "
                       "m.source_type, m.source_id, m.source_ref, m.created_by, "
                       "m.created_by_name, ") +
        sortKey + from + where + query.keysetCondition() + query.orderBy +
        QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bind(q);
    query.bindKeyset(q);
    q.bindValue(QStringLiteral(":limit"), query.limit);
    q.bindValue(QStringLiteral(":offset"), query.offset);
    exec(q);
    QJsonArray rows;
    QJsonArray nextAfter;
    while (q.next()) {
        rows.append(QJsonObject{
            {QStringLiteral("id"), q.value(0).toLongLong()},
            {QStringLiteral("created_at"), q.value(1).toString()},
            {QStringLiteral("product_id"), q.value(2).toLongLong()},
            {QStringLiteral("sku"), q.value(3).toString()},
            {QStringLiteral("name"), q.value(4).toString()},
            {QStringLiteral("unit"), q.value(5).toString()},
            {QStringLiteral("warehouse_id"), q.value(6).toLongLong()},
            {QStringLiteral("warehouse_code"), q.value(7).toString()},
            {QStringLiteral("location_id"), idOrNull(q.value(8))},
            {QStringLiteral("location_code"),
             q.value(9).isNull() ? QJsonValue() : q.value(9).toString()},
            {QStringLiteral("kind"), q.value(10).toString()},
            {QStringLiteral("qty"), qtyText(q.value(11).toLongLong())},
            {QStringLiteral("reason"), q.value(12).toString()},
            {QStringLiteral("reason_ref"), reasonRef(q.value(12).toString())},
            {QStringLiteral("source_type"), q.value(13).toString()},
            {QStringLiteral("source_id"), idOrNull(q.value(14))},
            {QStringLiteral("source_ref"), q.value(15).toString()},
            {QStringLiteral("created_by"), idOrNull(q.value(16))},
            {QStringLiteral("created_by_name"), q.value(17).toString()},
        });
        nextAfter = query.nextAfter(q.value(18), q.value(0).toLongLong());
    }
    q.finish();
    return page(rows, counted, query, nextAfter);
}

QJsonObject StockQueries::low(const Storage::ListQuery& query)
{
    const QJsonObject& f = query.filter;
    const QString category = filterText(f, "category");
    const qint64 supplierId = filterId(f, "default_supplier_id");
    QString where =
        QStringLiteral(" WHERE p.active = 1 AND p.reorder_point > 0 AND COALESCE(t.on_hand, 0) - "
                       "COALESCE(t.reserved, 0) <= p.reorder_point");
    if (!category.isNull())
        where += QStringLiteral(" AND p.category = :category");
    if (supplierId > 0)
        where += QStringLiteral(" AND p.default_supplier_id = :supplier");
    if (!query.search.isEmpty())
        where += QStringLiteral(" AND p.search_text LIKE :q ESCAPE '\\'");
    const QString from = QStringLiteral(" FROM products p LEFT JOIN ") + kTotals +
                         QStringLiteral(" ON t.product_id = p.id");
    auto bind = [&](QSqlQuery& q) {
        if (!category.isNull())
            q.bindValue(QStringLiteral(":category"), category);
        if (supplierId > 0)
            q.bindValue(QStringLiteral(":supplier"), supplierId);
        if (!query.search.isEmpty())
            q.bindValue(QStringLiteral(":q"), Storage::containsPattern(query.search.toLower()));
    };
    // Every product's totals are needed to find the low ones: one pass counts them too
    // (a window over the whole result); only a page past the end asks for the count again.
    QSqlQuery q = m_db.uncached(
        QStringLiteral("SELECT p.id, p.sku, p.name, p.unit, p.category, p.reorder_point, "
                       "p.reorder_qty, p.default_supplier_id, COALESCE(t.on_hand, 0), "
                       "COALESCE(t.reserved, 0), COUNT(*) OVER ()") +
        from + where + query.orderBy + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bind(q);
    q.bindValue(QStringLiteral(":limit"), query.limit);
    q.bindValue(QStringLiteral(":offset"), query.offset);
    exec(q);
    qint64 counted = -1;
    QJsonArray rows;
    while (q.next()) {
        counted = q.value(10).toLongLong();
        const qint64 onHand = q.value(8).toLongLong();
        const qint64 reserved = q.value(9).toLongLong();
        const qint64 reorderPoint = q.value(5).toLongLong();
        rows.append(QJsonObject{
            {QStringLiteral("product_id"), q.value(0).toLongLong()},
            {QStringLiteral("sku"), q.value(1).toString()},
            {QStringLiteral("name"), q.value(2).toString()},
            {QStringLiteral("unit"), q.value(3).toString()},
            {QStringLiteral("category"), q.value(4).toString()},
            {QStringLiteral("reorder_point"), qtyText(reorderPoint)},
            {QStringLiteral("reorder_qty"), qtyText(q.value(6).toLongLong())},
            {QStringLiteral("default_supplier_id"), idOrNull(q.value(7))},
            {QStringLiteral("on_hand"), qtyText(onHand)},
            {QStringLiteral("reserved"), qtyText(reserved)},
            {QStringLiteral("available"), qtyText(onHand - reserved)},
            {QStringLiteral("shortage"), qtyText(reorderPoint - (onHand - reserved))},
        });
    }
    q.finish();
    if (counted < 0 && query.offset == 0)
        counted = 0;
    if (counted < 0) {
        QSqlQuery count =
            m_db.uncached(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1") + from + where +
                          QStringLiteral(" LIMIT %1) capped").arg(CountCap + 1));
        bind(count);
        counted = countOf(count);
    }
    return page(rows, qMin<qint64>(counted, CountCap + 1), query);
}

} // namespace Erp::Server::Inventory
