#include "server/modules/inventory/inventorymodule.h"

#include "server/rpc/callcontext.h"

namespace Erp::Server::Inventory {

InventoryModule::InventoryModule()
    : m_operations(m_stock)
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

void InventoryModule::loadDemo(Rpc::CallContext& ctx)
{
    (void)ctx;
}

} // namespace Erp::Server::Inventory
