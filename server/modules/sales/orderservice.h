#pragma once

#include "server/modules/sales/order.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace Erp::Rpc {
struct CallContext;
class FieldErrors;
} // namespace Erp::Rpc

namespace Erp::Server::Inventory {
class InventoryModule;
class StockService;
namespace Events {
struct StockMoved;
}
} // namespace Erp::Server::Inventory
namespace Erp::Platform {
class EventBus;
}

namespace Erp::Server::Sales {

class OrderRepository;
struct Allocation;

/// The rules of sales orders (sales.order.*): editing, the lifecycle of docs/OMS.md, review,
/// allocation through the StockService, shipments, returns and notifications. Every step takes
/// the version it was read at (-32009 when stale), fails with -32030 (data.reason
/// "illegal_transition", state, action) outside its states, is audited, pushed as
/// event.changed {entity: "sales.order"} and written to the order's timeline.
class OrderService final
{
public:
    /// Products are read and stock is moved through the inventory module; shipments and
    /// returns are announced on `events` (salesevents.h).
    OrderService(Inventory::InventoryModule& inventory, const Platform::EventBus& events);

    /// The full order (lines, allocations, shipments, returns, timeline); -32004 when unknown.
    QByteArray get(Rpc::CallContext& ctx, qint64 id);
    /// Order rows without lines; filter {state (one or a list), customer_id, channel, from, to,
    /// has_backorder}; search over number, external ref and customer name.
    QByteArray list(Rpc::CallContext& ctx, const QJsonObject& listParams);
    /// A draft order; -32022 for invalid fields (lines[i].qty: scale, zero ...).
    QByteArray create(Rpc::CallContext& ctx, const QJsonObject& fields);
    /// Changes a draft, submitted, approved or rejected order; outside draft the order goes back
    /// to draft and counts an amendment. `lines` replaces all lines.
    QByteArray update(Rpc::CallContext& ctx, qint64 id, qint64 version, const QJsonObject& fields);

    /// draft -> submitted, reviewed; an order without review reasons is approved at once.
    QByteArray submit(Rpc::CallContext& ctx, qint64 id, qint64 version);
    QByteArray approve(Rpc::CallContext& ctx, qint64 id, qint64 version, const QString& note);
    /// -32022 (reason: required) without a reason.
    QByteArray reject(Rpc::CallContext& ctx, qint64 id, qint64 version, const QString& reason);
    /// Reserves what the warehouses have (by priority, splitting); the rest is backordered.
    /// `warehouseId` > 0 restricts to one warehouse.
    QByteArray allocate(Rpc::CallContext& ctx, qint64 id, qint64 version, qint64 warehouseId);
    QByteArray pick(Rpc::CallContext& ctx, qint64 id, qint64 version);
    /// Ships `lines` ([{line_id, qty}], default: everything allocated and not shipped) as one
    /// shipment; shipped when every line is complete, otherwise the order stays in picking.
    QByteArray ship(Rpc::CallContext& ctx, qint64 id, qint64 version, const QString& carrier,
                    const QString& tracking, const QJsonArray& lines);
    QByteArray deliver(Rpc::CallContext& ctx, qint64 id, qint64 version);
    QByteArray complete(Rpc::CallContext& ctx, qint64 id, qint64 version);
    /// Releases every reservation; -32030 once anything was shipped.
    QByteArray cancel(Rpc::CallContext& ctx, qint64 id, qint64 version, const QString& reason);
    /// An RMA: lines [{line_id, qty, disposition: restock|scrap, warehouse_id?}].
    QByteArray returnGoods(Rpc::CallContext& ctx, qint64 id, qint64 version,
                           const QJsonArray& lines, const QString& reason);

    /// On inventory.stock_moved: for each product that arrived, allocated orders waiting for
    /// it take what they miss, oldest first.
    void allocateBackorders(Rpc::CallContext& ctx, const Inventory::Events::StockMoved& moved);
    /// On inventory.demand: backordered quantity per product.
    QHash<qint64, qint64> backorderDemand(Rpc::CallContext& ctx);
    /// On crm.customer_merged: the duplicate customer's orders move to the survivor.
    void moveCustomer(Rpc::CallContext& ctx, qint64 fromId, qint64 toId);

    /// Reads order fields into `o` (create: everything; update: what is given). Field errors go
    /// to `errors`; customer and products are looked up.
    void applyFields(OrderRepository& repo, Order& o, const QJsonObject& fields, bool creating,
                     Rpc::FieldErrors& errors);
    /// Numbers, totals and writes a checked new order (create, import, demo) and returns its
    /// JSON; `bulk` audits without pushing an event per order.
    QByteArray insertNew(Rpc::CallContext& ctx, OrderRepository& repo, Order& o, bool bulk);

private:
    Order begin(OrderRepository& repo, qint64 id, qint64 version, const QString& action);
    void finish(Rpc::CallContext& ctx, OrderRepository& repo, Order& o, qint64 expectedVersion,
                const QString& action, const QString& fromState, const QString& note);
    /// The full order JSON; `known` are its open reservations when the caller just made them.
    QByteArray detail(OrderRepository& repo, const Order& o,
                      const QList<Allocation>* known = nullptr);
    QJsonArray review(Rpc::CallContext& ctx, OrderRepository& repo, const Order& o);
    /// Reserves what is missing on the lines (of one product when productId > 0) by warehouse
    /// priority; returns the quantity reserved and appends each reservation to `made`.
    qint64 allocateLines(Rpc::CallContext& ctx, OrderRepository& repo, Order& o, qint64 warehouseId,
                         qint64 productId, QList<Allocation>* made);
    void notify(Rpc::CallContext& ctx, const Order& o, const QString& kind, const QString& detailEn,
                const QString& detailZh);

    void allocateBackorders(Rpc::CallContext& ctx, qint64 productId);

    Inventory::StockService& m_stock;
    const Platform::EventBus& m_events;
};

} // namespace Erp::Server::Sales
