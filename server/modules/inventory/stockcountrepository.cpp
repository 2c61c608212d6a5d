#include "server/modules/inventory/stockcountrepository.h"

#include "server/modules/inventory/units.h"
#include "server/storage/database.h"
#include "server/storage/listquery.h"
#include "server/storage/queryresult.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace Erp::Server::Inventory {

using Storage::exec;

namespace {

const QString kColumns = QStringLiteral(
    "c.id, c.number, c.warehouse_id, w.code, c.category, c.state, c.notes, c.created_at, "
    "c.created_by, c.posted_at, c.cancelled_at, c.updated_at, c.version, "
    "(SELECT COUNT(*) FROM stock_count_lines x WHERE x.count_id = c.id), "
    "(SELECT COUNT(*) FROM stock_count_lines x WHERE x.count_id = c.id AND x.counted_qty IS NOT "
    "NULL)");
const QString kFrom =
    QStringLiteral(" FROM stock_counts c JOIN warehouses w ON w.id = c.warehouse_id");

StockCount readCount(const QSqlQuery& q)
{
    StockCount c;
    c.id = q.value(0).toLongLong();
    c.number = q.value(1).toString();
    c.warehouseId = q.value(2).toLongLong();
    c.warehouseCode = q.value(3).toString();
    c.category = q.value(4).toString();
    c.state = q.value(5).toString();
    c.notes = q.value(6).toString();
    c.createdAt = q.value(7).toString();
    c.createdBy = q.value(8).toLongLong();
    c.postedAt = q.value(9).toString();
    c.cancelledAt = q.value(10).toString();
    c.updatedAt = q.value(11).toString();
    c.version = q.value(12).toLongLong();
    c.lineCount = q.value(13).toInt();
    c.countedCount = q.value(14).toInt();
    return c;
}

QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

QJsonObject toJson(const StockCount& c, bool withLines)
{
    QJsonObject o{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("number"), c.number},
        {QStringLiteral("warehouse_id"), c.warehouseId},
        {QStringLiteral("warehouse_code"), c.warehouseCode},
        {QStringLiteral("category"), c.category},
        {QStringLiteral("state"), c.state},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("created_at"), c.createdAt},
        {QStringLiteral("created_by"), c.createdBy > 0 ? QJsonValue(c.createdBy) : QJsonValue()},
        {QStringLiteral("posted_at"), textOrNull(c.postedAt)},
        {QStringLiteral("cancelled_at"), textOrNull(c.cancelledAt)},
        {QStringLiteral("updated_at"), c.updatedAt},
        {QStringLiteral("version"), c.version},
        {QStringLiteral("line_count"), c.lineCount},
        {QStringLiteral("counted_count"), c.countedCount},
        {QStringLiteral("allowed_actions"),
         c.state == QLatin1String("open")
             ? QJsonArray{QStringLiteral("set"), QStringLiteral("post"), QStringLiteral("cancel")}
             : QJsonArray()},
    };
    if (withLines) {
        QJsonArray lines;
        for (const StockCountLine& l : c.lines)
            lines.append(QJsonObject{
                {QStringLiteral("id"), l.id},
                {QStringLiteral("product_id"), l.productId},
                {QStringLiteral("sku"), l.sku},
                {QStringLiteral("name"), l.name},
                {QStringLiteral("unit"), l.unit},
                {QStringLiteral("expected_qty"), qtyText(l.expectedQty)},
                {QStringLiteral("counted_qty"),
                 l.countedQty ? QJsonValue(qtyText(*l.countedQty)) : QJsonValue()},
                {QStringLiteral("difference"),
                 l.countedQty ? QJsonValue(qtyText(*l.countedQty - l.expectedQty)) : QJsonValue()},
            });
        o.insert(QStringLiteral("lines"), lines);
    }
    return o;
}

std::optional<StockCount> StockCountRepository::byId(qint64 id, bool withLines)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kColumns + kFrom +
                                 QStringLiteral(" WHERE c.id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    std::optional<StockCount> c;
    if (q.next())
        c = readCount(q);
    q.finish();
    if (!c || !withLines)
        return c;
    QSqlQuery& l = m_db.prepared(QStringLiteral(
        "SELECT x.id, x.product_id, p.sku, p.name, p.unit, x.expected_qty, x.counted_qty FROM "
        "stock_count_lines x JOIN products p ON p.id = x.product_id WHERE x.count_id = :id "
        "ORDER BY p.sku, x.id"));
    l.bindValue(QStringLiteral(":id"), id);
    exec(l);
    while (l.next()) {
        StockCountLine line;
        line.id = l.value(0).toLongLong();
        line.productId = l.value(1).toLongLong();
        line.sku = l.value(2).toString();
        line.name = l.value(3).toString();
        line.unit = l.value(4).toString();
        line.expectedQty = l.value(5).toLongLong();
        if (!l.value(6).isNull())
            line.countedQty = l.value(6).toLongLong();
        c->lines.append(line);
    }
    l.finish();
    return c;
}

qint64 StockCountRepository::openCount(qint64 warehouseId)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id FROM stock_counts WHERE warehouse_id = :w AND state = 'open'"));
    q.bindValue(QStringLiteral(":w"), warehouseId);
    exec(q);
    const qint64 id = Storage::oneInteger(q);
    return id;
}

qint64 StockCountRepository::insert(const StockCount& c)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO stock_counts (number, warehouse_id, category, state, notes, created_at, "
        "created_by, updated_at, version) VALUES (:number, :w, :category, 'open', :notes, :now, "
        ":by, :now, 1) RETURNING id"));
    q.bindValue(QStringLiteral(":number"), c.number);
    q.bindValue(QStringLiteral(":w"), c.warehouseId);
    q.bindValue(QStringLiteral(":category"), c.category.isNull() ? QStringLiteral("") : c.category);
    q.bindValue(QStringLiteral(":notes"), c.notes.isNull() ? QStringLiteral("") : c.notes);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":by"),
                c.createdBy > 0 ? QVariant(c.createdBy) : QVariant(QMetaType(QMetaType::LongLong)));
    exec(q);
    const qint64 id = Storage::oneInteger(q);
    QSqlQuery& lines = m_db.prepared(
        c.category.isEmpty()
            ? QStringLiteral("INSERT INTO stock_count_lines (count_id, product_id, expected_qty) "
                             "SELECT :c, p.id, COALESCE(l.on_hand, 0) FROM products p LEFT JOIN "
                             "stock_levels l ON l.product_id = p.id AND l.warehouse_id = :w "
                             "WHERE p.active = 1")
            : QStringLiteral("INSERT INTO stock_count_lines (count_id, product_id, expected_qty) "
                             "SELECT :c, p.id, COALESCE(l.on_hand, 0) FROM products p LEFT JOIN "
                             "stock_levels l ON l.product_id = p.id AND l.warehouse_id = :w "
                             "WHERE p.active = 1 AND p.category = :category"));
    lines.bindValue(QStringLiteral(":c"), id);
    lines.bindValue(QStringLiteral(":w"), c.warehouseId);
    if (!c.category.isEmpty())
        lines.bindValue(QStringLiteral(":category"), c.category);
    exec(lines);
    return id;
}

bool StockCountRepository::setCounted(qint64 countId, qint64 lineId, std::optional<qint64> counted)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE stock_count_lines SET counted_qty = :qty WHERE id = :id AND count_id = :c"));
    q.bindValue(QStringLiteral(":qty"),
                counted ? QVariant(*counted) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":id"), lineId);
    q.bindValue(QStringLiteral(":c"), countId);
    exec(q);
    return q.numRowsAffected() == 1;
}

bool StockCountRepository::touch(qint64 id, qint64 expectedVersion, const QString& state)
{
    const QString now = Storage::nowText();
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE stock_counts SET state = COALESCE(CAST(:state AS TEXT), state), "
        "posted_at = CASE WHEN CAST(:state AS TEXT) = 'posted' THEN :now ELSE posted_at END, "
        "cancelled_at = CASE WHEN CAST(:state AS TEXT) = 'cancelled' THEN :now ELSE "
        "cancelled_at END, updated_at = :now, version = version + 1 "
        "WHERE id = :id AND version = :version"));
    q.bindValue(QStringLiteral(":state"),
                state.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(state));
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    exec(q);
    return q.numRowsAffected() == 1;
}

QJsonObject StockCountRepository::list(const Storage::ListQuery& query)
{
    const QJsonObject& f = query.filter;
    const QJsonValue warehouse = f.value(QLatin1String("warehouse_id"));
    const QJsonValue state = f.value(QLatin1String("state"));
    QString where = QStringLiteral(" WHERE 1 = 1");
    if (warehouse.isDouble())
        where += QStringLiteral(" AND c.warehouse_id = :w");
    if (state.isString())
        where += QStringLiteral(" AND c.state = :state");
    if (!query.search.isEmpty())
        where += QStringLiteral(" AND (lower(c.number) LIKE :q ESCAPE '\\' OR lower(c.category) "
                                "LIKE :q ESCAPE '\\' OR lower(c.notes) LIKE :q ESCAPE '\\')");
    auto bind = [&](QSqlQuery& q) {
        if (warehouse.isDouble())
            q.bindValue(QStringLiteral(":w"), qint64(warehouse.toDouble()));
        if (state.isString())
            q.bindValue(QStringLiteral(":state"), state.toString());
        if (!query.search.isEmpty())
            q.bindValue(QStringLiteral(":q"), Storage::containsPattern(query.search.toLower()));
    };
    QSqlQuery count = m_db.uncached(QStringLiteral("SELECT COUNT(*)") + kFrom + where);
    bind(count);
    exec(count);
    const qint64 total = Storage::oneInteger(count);
    QSqlQuery q = m_db.uncached(QStringLiteral("SELECT ") + kColumns + kFrom + where +
                                query.orderBy + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bind(q);
    q.bindValue(QStringLiteral(":limit"), query.limit);
    q.bindValue(QStringLiteral(":offset"), query.offset);
    exec(q);
    QJsonArray rows;
    while (q.next())
        rows.append(toJson(readCount(q), false));
    q.finish();
    return QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("total"), total}};
}

} // namespace Erp::Server::Inventory
