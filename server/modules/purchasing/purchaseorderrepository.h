#pragma once

#include "server/modules/purchasing/purchaseorder.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

class QSqlQuery;

namespace Erp::Storage {
class Database;
struct ListQuery;
} // namespace Erp::Storage

namespace Erp::Server::Purchasing {

/// All SQL of purchase orders and goods receipts. Reads (never writes) the inventory module's
/// products, warehouses and locations for names and checks.
class PurchaseOrderRepository final
{
public:
    explicit PurchaseOrderRepository(Storage::Database& db)
        : m_db(db)
    {}

    /// The order with its lines and receipts.
    std::optional<PurchaseOrder> byId(qint64 id);
    /// Inserts header and lines; sets ids, version and timestamps.
    void insert(PurchaseOrder& o);
    /// Rewrites a draft's header and replaces its lines if `expectedVersion` still matches.
    bool updateDraft(PurchaseOrder& o, qint64 expectedVersion);
    /// Moves the order to `state` (stamping sent_at, confirmed_at, received_at or cancelled_at as
    /// the state says) if `expectedVersion` still matches; the row stays locked until commit.
    bool setState(qint64 id, qint64 expectedVersion, const QString& state);
    /// received_qty += qty unless that exceeds the ordered quantity; false when refused.
    bool addReceived(qint64 lineId, qint64 qty);
    /// Inserts a receipt header; sets its id and received_at.
    void insertReceipt(Receipt& r, qint64 orderId, qint64 warehouseId, qint64 userId,
                       const QString& username);
    void insertReceiptLine(qint64 receiptId, const ReceiptLine& line);

    /// {rows, total, next_after}; filter {state: string | [strings], supplier_id, warehouse_id}.
    QJsonObject list(const Storage::ListQuery& query, const QStringList& states);
    /// Quantities ordered and not yet received on open orders (draft to partially_received):
    /// product id -> qty; one warehouse or all (0).
    QHash<qint64, qint64> onOrder(qint64 warehouseId);
    /// Active products with a reorder point (the candidates of replenishment).
    QList<qint64> productsWithReorderPoint();

    /// Ids of active products / active warehouses (allocation order), for the demo.
    QList<qint64> activeProductIds();
    QList<qint64> activeWarehouseIds();

    /// The warehouse's active flag; nullopt when there is no such warehouse.
    std::optional<bool> warehouseActive(qint64 warehouseId);
    /// The first active warehouse in allocation order (priority, code); 0 when there is none.
    qint64 defaultWarehouse();
    /// The warehouse a location belongs to; 0 when there is no such location.
    qint64 locationWarehouse(qint64 locationId);

private:
    void writeLines(PurchaseOrder& o);
    void loadLines(PurchaseOrder& o);
    void loadReceipts(PurchaseOrder& o);

    Storage::Database& m_db;
};

} // namespace Erp::Server::Purchasing
