#pragma once

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Server::Inventory {

class ProductService;
class StockCountService;
class StockService;
class WarehouseService;

/// The demo company's inventory: three warehouses with bins, about 150 products (office
/// supplies, electronics, packaging, food by the kilogram, cable by the metre), opening stock,
/// some transfers, scrap and adjustments, a few products below their reorder point, one posted
/// and one open stock count. Default suppliers stay empty (purchasing fills them).
void loadDemo(Rpc::CallContext& ctx, ProductService& products, WarehouseService& warehouses,
              StockService& stock, StockCountService& counts);

} // namespace Erp::Server::Inventory
