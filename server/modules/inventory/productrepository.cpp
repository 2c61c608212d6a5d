#include "server/modules/inventory/productrepository.h"

#include "server/modules/inventory/stockrepository.h"
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

constexpr int CountCap = 10000;

const QString kColumns = QStringLiteral(
    "p.id, p.sku, p.name, p.category, p.unit, p.barcode, p.description, p.list_price, p.cost, "
    "p.tax_rate, p.reorder_point, p.reorder_qty, p.default_supplier_id, p.active, p.created_at, "
    "p.updated_at, p.version");

const QString kStockTotals = QStringLiteral(
    ", (SELECT CAST(COALESCE(SUM(l.on_hand), 0) AS BIGINT) FROM stock_levels l JOIN warehouses w "
    "ON w.id = l.warehouse_id AND w.active = 1 WHERE l.product_id = p.id), "
    "(SELECT CAST(COALESCE(SUM(l.reserved), 0) AS BIGINT) FROM stock_levels l JOIN warehouses w "
    "ON w.id = l.warehouse_id AND w.active = 1 WHERE l.product_id = p.id)");

Product readProduct(const QSqlQuery& q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.sku = q.value(1).toString();
    p.name = q.value(2).toString();
    p.category = q.value(3).toString();
    p.unit = q.value(4).toString();
    p.barcode = q.value(5).toString();
    p.description = q.value(6).toString();
    p.listPrice = q.value(7).toLongLong();
    p.cost = q.value(8).toLongLong();
    p.taxRate = q.value(9).toLongLong();
    p.reorderPoint = q.value(10).toLongLong();
    p.reorderQty = q.value(11).toLongLong();
    p.defaultSupplierId = q.value(12).toLongLong();
    p.active = q.value(13).toInt() != 0;
    p.createdAt = q.value(14).toString();
    p.updatedAt = q.value(15).toString();
    p.version = q.value(16).toLongLong();
    return p;
}

QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

void bindRecord(QSqlQuery& q, const Product& p)
{
    q.bindValue(QStringLiteral(":sku"), p.sku);
    q.bindValue(QStringLiteral(":name"), p.name);
    q.bindValue(QStringLiteral(":category"), text(p.category));
    q.bindValue(QStringLiteral(":unit"), p.unit);
    q.bindValue(QStringLiteral(":barcode"), text(p.barcode));
    q.bindValue(QStringLiteral(":description"), text(p.description));
    q.bindValue(QStringLiteral(":list_price"), p.listPrice);
    q.bindValue(QStringLiteral(":cost"), p.cost);
    q.bindValue(QStringLiteral(":tax_rate"), p.taxRate);
    q.bindValue(QStringLiteral(":reorder_point"), p.reorderPoint);
    q.bindValue(QStringLiteral(":reorder_qty"), p.reorderQty);
    q.bindValue(QStringLiteral(":supplier"), p.defaultSupplierId > 0
                                                 ? QVariant(p.defaultSupplierId)
                                                 : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":active"), p.active ? 1 : 0);
    q.bindValue(QStringLiteral(":search_text"), searchText(p));
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
}

} // namespace

std::optional<Product> ProductRepository::byId(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM products p WHERE p.id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    std::optional<Product> p;
    if (q.next())
        p = readProduct(q);
    q.finish();
    return p;
}

std::optional<Product> ProductRepository::bySku(const QString& sku)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM products p WHERE lower(p.sku) = :sku"));
    q.bindValue(QStringLiteral(":sku"), sku.trimmed().toLower());
    exec(q);
    std::optional<Product> p;
    if (q.next())
        p = readProduct(q);
    q.finish();
    return p;
}

QHash<qint64, Product> ProductRepository::byIds(const QList<qint64>& ids)
{
    QHash<qint64, Product> out;
    if (ids.isEmpty())
        return out;
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM products p WHERE p.id IN (") +
                                 m_db.sql().idListSelect() + QStringLiteral(")"));
    q.bindValue(QStringLiteral(":ids"), Storage::SqlDialect::idList(ids));
    exec(q);
    while (q.next()) {
        const Product p = readProduct(q);
        out.insert(p.id, p);
    }
    q.finish();
    return out;
}

qint64 ProductRepository::idBySku(const QString& sku, qint64 excludingId)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id FROM products WHERE lower(sku) = :sku AND id <> :id"));
    q.bindValue(QStringLiteral(":sku"), sku.toLower());
    q.bindValue(QStringLiteral(":id"), excludingId);
    exec(q);
    const qint64 id = Storage::oneInteger(q);
    return id;
}

qint64 ProductRepository::idByBarcode(const QString& barcode, qint64 excludingId)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id FROM products WHERE barcode = :barcode AND id <> :id"));
    q.bindValue(QStringLiteral(":barcode"), barcode);
    q.bindValue(QStringLiteral(":id"), excludingId);
    exec(q);
    const qint64 id = Storage::oneInteger(q);
    return id;
}

void ProductRepository::insert(Product& p)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO products (sku, name, category, unit, barcode, description, list_price, cost, "
        "tax_rate, reorder_point, reorder_qty, default_supplier_id, active, search_text, "
        "created_at, updated_at, version) VALUES (:sku, :name, :category, :unit, :barcode, "
        ":description, :list_price, :cost, :tax_rate, :reorder_point, :reorder_qty, :supplier, "
        ":active, :search_text, :now, :now, 1) RETURNING id"));
    bindRecord(q, p);
    exec(q);
    p.id = Storage::oneInteger(q);
    p.version = 1;
    p.createdAt = p.updatedAt = q.boundValue(QStringLiteral(":now")).toString();
    q.finish();
}

bool ProductRepository::update(const Product& p, qint64 expectedVersion)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE products SET sku = :sku, name = :name, category = :category, unit = :unit, "
        "barcode = :barcode, description = :description, list_price = :list_price, cost = "
        "CASE WHEN stock_qty > 0 THEN cost ELSE :cost END, tax_rate = :tax_rate, reorder_point = "
        ":reorder_point, reorder_qty = :reorder_qty, "
        "default_supplier_id = :supplier, active = :active, search_text = :search_text, "
        "updated_at = :now, version = version + 1 WHERE id = :id AND version = :version"));
    bindRecord(q, p);
    q.bindValue(QStringLiteral(":id"), p.id);
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    exec(q);
    return q.numRowsAffected() == 1;
}

qint64 ProductRepository::stockQty(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT stock_qty FROM products WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    return Storage::oneInteger(q);
}

QJsonObject ProductRepository::list(const Storage::ListQuery& query)
{
    const QJsonObject& f = query.filter;
    QString where = QStringLiteral(" WHERE 1 = 1");
    const QJsonValue active = f.value(QLatin1String("active"));
    if (active.isBool())
        where += QStringLiteral(" AND p.active = :active");
    if (f.value(QLatin1String("category")).isString())
        where += QStringLiteral(" AND p.category = :category");
    if (f.value(QLatin1String("default_supplier_id")).isDouble())
        where += QStringLiteral(" AND p.default_supplier_id = :supplier");
    const bool useFts = m_db.sql().usesFtsFor(query.search);
    if (!query.search.isEmpty())
        where += useFts ? QStringLiteral(" AND p.id IN (SELECT rowid FROM products_fts WHERE "
                                         "products_fts MATCH :fts)")
                        : QStringLiteral(" AND p.search_text LIKE :q ESCAPE '\\'");
    auto bind = [&](QSqlQuery& q) {
        if (active.isBool())
            q.bindValue(QStringLiteral(":active"), active.toBool() ? 1 : 0);
        if (f.value(QLatin1String("category")).isString())
            q.bindValue(QStringLiteral(":category"), f.value(QLatin1String("category")).toString());
        if (f.value(QLatin1String("default_supplier_id")).isDouble())
            q.bindValue(QStringLiteral(":supplier"),
                        qint64(f.value(QLatin1String("default_supplier_id")).toDouble()));
        if (!query.search.isEmpty()) {
            const QString term = query.search.toLower();
            if (useFts)
                q.bindValue(QStringLiteral(":fts"), Storage::ftsPhrase(term));
            else
                q.bindValue(QStringLiteral(":q"), Storage::containsPattern(term));
        }
    };
    QSqlQuery count =
        m_db.uncached(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM products p") + where +
                      QStringLiteral(" LIMIT %1) capped").arg(CountCap + 1));
    bind(count);
    exec(count);
    const qint64 counted = Storage::oneInteger(count);

    const QString sortKey =
        query.sortExpression.isEmpty() ? QStringLiteral("NULL") : query.sortExpression;
    QSqlQuery q = m_db.uncached(QStringLiteral("SELECT ") + kColumns + QStringLiteral(", ") +
                                sortKey + kStockTotals + QStringLiteral(" FROM products p") +
                                where + query.keysetCondition() + query.orderBy +
                                QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bind(q);
    query.bindKeyset(q);
    q.bindValue(QStringLiteral(":limit"), query.limit);
    q.bindValue(QStringLiteral(":offset"), query.offset);
    exec(q);
    QJsonArray rows;
    QJsonArray nextAfter;
    while (q.next()) {
        // The stock over the active warehouses rides along (evaluated for the page's rows only).
        QJsonObject row = toJson(readProduct(q));
        const qint64 onHand = q.value(18).toLongLong();
        const qint64 reserved = q.value(19).toLongLong();
        row.insert(QStringLiteral("on_hand"), qtyText(onHand));
        row.insert(QStringLiteral("reserved"), qtyText(reserved));
        row.insert(QStringLiteral("available"), qtyText(onHand - reserved));
        rows.append(row);
        nextAfter = query.nextAfter(q.value(17), q.value(0).toLongLong());
    }
    q.finish();
    const bool capped = counted > CountCap;
    return QJsonObject{{QStringLiteral("rows"), rows},
                       {QStringLiteral("total"),
                        capped ? qMax<qint64>(CountCap, query.offset + rows.size()) : counted},
                       {QStringLiteral("total_capped"), capped},
                       {QStringLiteral("next_after"),
                        rows.size() == query.limit ? QJsonValue(nextAfter) : QJsonValue()}};
}

} // namespace Erp::Server::Inventory
