#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Erp::Storage {
class Database;
struct ListQuery;
} // namespace Erp::Storage

namespace Erp::Server::Inventory {

struct StockCountLine
{
    qint64 id = 0;
    qint64 productId = 0;
    QString sku;
    QString name;
    QString unit;
    qint64 expectedQty = 0;
    std::optional<qint64> countedQty;
};

/// A stock count of one warehouse (optionally one category): open -> posted | cancelled.
struct StockCount
{
    qint64 id = 0;
    QString number;
    qint64 warehouseId = 0;
    QString warehouseCode;
    QString category;
    QString state;
    QString notes;
    QString createdAt;
    qint64 createdBy = 0;
    QString postedAt;
    QString cancelledAt;
    QString updatedAt;
    qint64 version = 0;
    int lineCount = 0;
    int countedCount = 0;
    QList<StockCountLine> lines;
};

QJsonObject toJson(const StockCount& c, bool withLines);

/// All SQL of stock counts.
class StockCountRepository final
{
public:
    explicit StockCountRepository(Storage::Database& db)
        : m_db(db)
    {}

    /// The header with its line counts; lines too when asked.
    std::optional<StockCount> byId(qint64 id, bool withLines);
    /// The open count of a warehouse, 0 when none.
    qint64 openCount(qint64 warehouseId);
    /// Inserts the header and one line per active product (of the category), expecting what
    /// is on hand in the warehouse now. Returns the id.
    qint64 insert(const StockCount& c);
    /// Sets (or clears) a line's counted quantity; false when the line is not the count's.
    bool setCounted(qint64 countId, qint64 lineId, std::optional<qint64> counted);
    /// Moves to `state` (or just bumps the version when state is empty) if the version matches.
    bool touch(qint64 id, qint64 expectedVersion, const QString& state = {});
    QJsonObject list(const Storage::ListQuery& query);

private:
    Storage::Database& m_db;
};

} // namespace Erp::Server::Inventory
