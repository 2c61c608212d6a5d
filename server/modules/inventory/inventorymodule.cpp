#include "server/modules/inventory/inventorymodule.h"

#include "server/modules/inventory/demodata.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"

namespace Erp::Server::Inventory {

InventoryModule::InventoryModule(Platform::EventBus& events,
                                 StockService::BaseCurrency baseCurrency)
    : m_stock(events, std::move(baseCurrency))
    , m_products(events)
    , m_operations(m_stock)
    , m_counts(m_stock)
{}

std::optional<ProductInfo> InventoryModule::product(Rpc::CallContext& ctx, qint64 id)
{
    return m_products.find(ctx, id);
}

std::optional<ProductInfo> InventoryModule::productBySku(Rpc::CallContext& ctx, const QString& sku)
{
    return m_products.findBySku(ctx, sku);
}

QHash<qint64, ProductInfo> InventoryModule::products(Rpc::CallContext& ctx,
                                                     const QList<qint64>& ids)
{
    return m_products.findMany(ctx, ids);
}

void InventoryModule::setDefaultSupplier(Rpc::CallContext& ctx, qint64 productId, qint64 supplierId)
{
    const auto p = m_products.find(ctx, productId);
    if (!p)
        throw Rpc::notFound(QStringLiteral("product"), productId);
    m_products.update(ctx, productId, p->version,
                      QJsonObject{{QStringLiteral("default_supplier_id"),
                                   supplierId > 0 ? QJsonValue(supplierId) : QJsonValue()}});
}

void InventoryModule::loadDemo(Rpc::CallContext& ctx)
{
    Inventory::loadDemo(ctx, m_products, m_warehouses, m_stock, m_counts);
}

QList<RoleGrants> InventoryModule::defaultGrants() const
{
    return {
        {QStringLiteral("sales"),
         QStringLiteral("Customers (CRM) and sales orders"),
         {QStringLiteral("inventory.product.read"), QStringLiteral("inventory.stock.read"),
          QStringLiteral("inventory.warehouse.read")}},
        {QStringLiteral("warehouse"),
         QStringLiteral("Inventory, shipping and receiving"),
         {QStringLiteral("inventory.*"), QStringLiteral("!inventory.stock.repair")}},
        {QStringLiteral("purchasing"),
         QStringLiteral("Suppliers, purchase orders and replenishment"),
         {QStringLiteral("inventory.product.read"), QStringLiteral("inventory.stock.read"),
          QStringLiteral("inventory.warehouse.read")}},
    };
}

} // namespace Erp::Server::Inventory
