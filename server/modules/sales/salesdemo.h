#pragma once

namespace Erp::Rpc {
struct CallContext;
}
namespace Erp::Server::Inventory {
class InventoryModule;
}

namespace Erp::Server::Sales {

class OrderService;

/// About 200 orders of the demo customers in every state, made through the service (so stock,
/// reservations, shipments and timelines are real) and then dated back over the last months, so
/// that metrics and the dashboard trend have content. Does nothing without demo products.
void loadDemoOrders(Rpc::CallContext& ctx, OrderService& orders,
                    Inventory::InventoryModule& inventory);

} // namespace Erp::Server::Sales
