#pragma once

#include "server/module.h"
#include "server/modules/inventory/product.h"
#include "server/modules/inventory/productservice.h"
#include "server/modules/inventory/stockcountservice.h"
#include "server/modules/inventory/stockoperations.h"
#include "server/modules/inventory/stockservice.h"
#include "server/modules/inventory/warehouseservice.h"

#include <QHash>
#include <QList>

#include <optional>

namespace Erp::Server::Inventory {

/// What other modules read of a product (order lines, purchase lines): the catalogue record.
/// Fields: id, sku, name, unit, listPrice, cost, taxRate, active, defaultSupplierId,
/// reorderPoint, reorderQty (plus category, barcode, description, version).
using ProductInfo = Product;

/// Products, warehouses and the stock ledger (inventory.*). Sales and purchasing are built with
/// a reference to this module: they move stock only through stock() and read products through
/// product()/productBySku()/products().
class InventoryModule final : public Module
{
public:
    /// Stock postings are announced and demand and supplier checks asked on `events`;
    /// `baseCurrency` tells which receipts are valued at their document's cost.
    explicit InventoryModule(Platform::EventBus& events,
                             StockService::BaseCurrency baseCurrency = {});
    QString name() const override { return QStringLiteral("inventory"); }
    QString description() const override
    {
        return QStringLiteral("Products, warehouses, stock levels, moves and counts");
    }
    QList<RoleGrants> defaultGrants() const override;
    void registerMethods(Rpc::MethodRegistry& registry) override;
    void registerImports(Platform::ImportService& imports) override;
    void loadDemo(Rpc::CallContext& ctx) override;

    /// The only writer of moves, levels and reservations.
    StockService& stock() { return m_stock; }

    /// A product by id / by SKU (case-insensitive), inactive ones included; nullopt if none.
    std::optional<ProductInfo> product(Rpc::CallContext& ctx, qint64 id);
    std::optional<ProductInfo> productBySku(Rpc::CallContext& ctx, const QString& sku);
    /// Many products at once (one query): id -> product; unknown ids are left out.
    QHash<qint64, ProductInfo> products(Rpc::CallContext& ctx, const QList<qint64>& ids);

    /// Names a product's default supplier (0 clears it) as inventory.product.update would:
    /// checked, audited, versioned. Used by purchasing's demo. -32004 for an unknown product.
    void setDefaultSupplier(Rpc::CallContext& ctx, qint64 productId, qint64 supplierId);

private:
    StockService m_stock;
    ProductService m_products;
    WarehouseService m_warehouses;
    StockOperations m_operations;
    StockCountService m_counts;
};

} // namespace Erp::Server::Inventory
