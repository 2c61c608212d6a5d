#pragma once

#include "server/platform/importentity.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace Erp::Rpc {
struct CallContext;
}
namespace Erp::Server::Inventory {
class InventoryModule;
}

namespace Erp::Server::Sales {

class OrderRepository;
class OrderService;

/// sales.order.import: orders from a sales channel (web shop export, marketplace), one row per
/// order line, grouped into orders by (channel, external_ref).
class OrderImport final
{
public:
    OrderImport(OrderService& orders, Inventory::InventoryModule& inventory)
        : m_orders(orders)
        , m_inventory(inventory)
    {}

    /// {format: csv|json, data, dry_run?}. Columns: external_ref, channel (default import),
    /// customer_code, order_date, requested_date, sku, qty, unit_price?, discount_pct?, notes?.
    /// An order whose (channel, external_ref) exists is skipped, so importing a file twice
    /// creates nothing new. Returns {created, skipped, errors: [{row, field, code, message}],
    /// orders: [{external_ref, channel, number}], dry_run}. Errors import nothing (-32022 with
    /// the report in data); a dry run reports without writing.
    QJsonObject importOrders(Rpc::CallContext& ctx, const QJsonObject& params);

    /// Open orders as an importable entity (platform.import): rows grouped by (channel,
    /// external_ref) into one order each; an order whose reference exists is left unchanged.
    Platform::ImportEntity entity();

    struct Row
    {
        int number = 0; ///< 1 = the first data row
        QHash<QString, QString> values;
        QString value(const char* key) const { return values.value(QLatin1String(key)).trimmed(); }
    };

private:
    enum class GroupResult { Created, Skipped, Failed };
    /// One order from the rows of one (channel, external_ref); problems go to `errors`.
    GroupResult importGroup(Rpc::CallContext& ctx, OrderRepository& repo, const QString& channel,
                            const QString& ref, const QList<const Row*>& lines, QJsonArray& errors,
                            QJsonObject& order);
    static QJsonObject rowError(int row, const QString& field, const QString& code,
                                const QString& message);

    OrderService& m_orders;
    Inventory::InventoryModule& m_inventory;
};

} // namespace Erp::Server::Sales
