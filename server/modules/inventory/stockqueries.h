#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace Erp::Storage {
class Database;
struct ListQuery;
} // namespace Erp::Storage

namespace Erp::Server::Inventory {

/// The SQL of the stock lists: levels, per-product totals, the ledger, low stock. Read only.
class StockQueries final
{
public:
    explicit StockQueries(Storage::Database& db)
        : m_db(db)
    {}

    /// Product × warehouse rows (active products and warehouses), filters warehouse_id,
    /// product_id, category, low.
    QJsonObject levels(const Storage::ListQuery& query);
    /// Totals over the active warehouses for each product, in the order given (one query).
    QJsonArray totals(const QList<qint64>& productIds);
    QJsonObject moves(const Storage::ListQuery& query);
    /// Active products whose total available is at or below their reorder point (> 0).
    QJsonObject low(const Storage::ListQuery& query);

private:
    Storage::Database& m_db;
};

} // namespace Erp::Server::Inventory
