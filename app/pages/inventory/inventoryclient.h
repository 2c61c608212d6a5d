#pragma once

#include "app/net/apiclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace Erp::Client::Inventory {

/// Typed calls of the supply-chain modules the Inventory tab uses (inventory.* and
/// purchasing.*, docs/OMS.md). Records travel as the server's JSON objects: money, quantities
/// and rates stay exact decimal strings. Every handler runs later, and only while `context`
/// is alive.
class InventoryClient final
{
public:
    using Done = std::function<void(const QJsonObject&)>;
    using Fail = ApiClient::ErrorHandler;

    /// Permission names (docs/OMS.md).
    struct Perm
    {
        static QString productRead() { return QStringLiteral("inventory.product.read"); }
        static QString productWrite() { return QStringLiteral("inventory.product.write"); }
        static QString warehouseRead() { return QStringLiteral("inventory.warehouse.read"); }
        static QString stockRead() { return QStringLiteral("inventory.stock.read"); }
        static QString stockAdjust() { return QStringLiteral("inventory.stock.adjust"); }
        static QString countRead() { return QStringLiteral("inventory.count.read"); }
        static QString countWrite() { return QStringLiteral("inventory.count.write"); }
        static QString countPost() { return QStringLiteral("inventory.count.post"); }
        static QString supplierRead() { return QStringLiteral("purchasing.supplier.read"); }
        static QString supplierWrite() { return QStringLiteral("purchasing.supplier.write"); }
        static QString orderRead() { return QStringLiteral("purchasing.order.read"); }
        static QString orderWrite() { return QStringLiteral("purchasing.order.write"); }
        static QString orderReceive() { return QStringLiteral("purchasing.order.receive"); }
        static QString replenishmentRead()
        {
            return QStringLiteral("purchasing.replenishment.read");
        }
        /// Product cost (a protected field: without it the server leaves cost out).
        static QString cost() { return QStringLiteral("inventory.cost"); }
    };

    explicit InventoryClient(ApiClient& api);
    ApiClient& api() const { return m_api; }
    bool may(const QString& permission) const { return m_api.hasPermission(permission); }

    /// Any method with an object result (lists: `{rows, total}`).
    void call(const QString& method, const QJsonObject& params, QObject* context, Done done,
              Fail fail);

    // Products
    void getProduct(qint64 id, QObject* context, Done done, Fail fail);
    /// inventory.product.create (id 0) or update {id, version} with `fields`.
    void saveProduct(qint64 id, qint64 version, const QJsonObject& fields, QObject* context,
                     Done done, Fail fail);
    void archiveProduct(qint64 id, qint64 version, QObject* context, Done done, Fail fail);
    /// inventory.product.list with a search, for pickers.
    void findProducts(const QString& search, int limit, QObject* context, Done done, Fail fail);

    // Warehouses and stock
    /// inventory.warehouse.list of the active warehouses by priority.
    void warehouses(QObject* context, Done done, Fail fail);
    /// inventory.stock.adjust: `qty` signed ("-2.000" takes stock out).
    void adjust(qint64 productId, qint64 warehouseId, const QString& qty, const QString& reason,
                const QString& kind, QObject* context, Done done, Fail fail);
    void transfer(qint64 productId, qint64 fromWarehouseId, qint64 toWarehouseId,
                  const QString& qty, const QString& reason, QObject* context, Done done,
                  Fail fail);
    void lowStock(const QJsonObject& filter, QObject* context, Done done, Fail fail);

    // Stock counts
    void createCount(qint64 warehouseId, const QString& category, QObject* context, Done done,
                     Fail fail);
    void getCount(qint64 id, QObject* context, Done done, Fail fail);
    /// inventory.count.set: `lines` = [{line_id, counted_qty}] (counted_qty null: not counted).
    void setCounted(qint64 id, qint64 version, const QJsonArray& lines, QObject* context, Done done,
                    Fail fail);
    /// inventory.count.post or inventory.count.cancel.
    void finishCount(const QString& verb, qint64 id, qint64 version, QObject* context, Done done,
                     Fail fail);

    // Purchasing
    void getSupplier(qint64 id, QObject* context, Done done, Fail fail);
    void saveSupplier(qint64 id, qint64 version, const QJsonObject& fields, QObject* context,
                      Done done, Fail fail);
    void suppliers(const QString& search, QObject* context, Done done, Fail fail);
    void getOrder(qint64 id, QObject* context, Done done, Fail fail);
    void saveOrder(qint64 id, qint64 version, const QJsonObject& fields, QObject* context,
                   Done done, Fail fail);
    /// purchasing.order.<action> {id, version} (send, confirm, cancel).
    void orderAction(const QString& action, qint64 id, qint64 version, QObject* context, Done done,
                     Fail fail);
    /// purchasing.order.receive: `lines` = [{line_id, qty}].
    void receive(qint64 id, qint64 version, const QJsonArray& lines, QObject* context, Done done,
                 Fail fail);
    void proposeReplenishment(qint64 warehouseId, QObject* context, Done done, Fail fail);
    /// purchasing.replenishment.create: `lines` = [{product_id, supplier_id, qty}].
    void createReplenishment(qint64 warehouseId, const QJsonArray& lines, QObject* context,
                             Done done, Fail fail);

private:
    ApiClient& m_api;
};

} // namespace Erp::Client::Inventory
