#pragma once

#include "server/modules/inventory/product.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

class QSqlQuery;

namespace Erp::Storage {
class Database;
struct ListQuery;
} // namespace Erp::Storage

namespace Erp::Server::Inventory {

/// All SQL of the product catalogue.
class ProductRepository final
{
public:
    explicit ProductRepository(Storage::Database& db)
        : m_db(db)
    {}

    std::optional<Product> byId(qint64 id);
    /// Case-insensitive.
    std::optional<Product> bySku(const QString& sku);
    QHash<qint64, Product> byIds(const QList<qint64>& ids);
    /// Another product (not `excludingId`) with this SKU (any case) or barcode; 0 when none.
    qint64 idBySku(const QString& sku, qint64 excludingId);
    qint64 idByBarcode(const QString& barcode, qint64 excludingId);
    /// Sets id, version and timestamps.
    void insert(Product& p);
    /// Rewrites the record if `expectedVersion` still matches; false on a stale version.
    /// Writes the record; the cost only while the product has no stock (with stock it is the
    /// moving average, which only stock moves change).
    bool update(const Product& p, qint64 expectedVersion);
    /// The product's company-wide quantity on hand (the valuation's running quantity).
    qint64 stockQty(qint64 id);
    QJsonObject list(const Storage::ListQuery& query);

private:
    Storage::Database& m_db;
};

} // namespace Erp::Server::Inventory
