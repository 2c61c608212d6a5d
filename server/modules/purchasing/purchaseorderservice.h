#pragma once

#include "server/modules/purchasing/purchaseorder.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Erp::Rpc {
struct CallContext;
class FieldErrors;
} // namespace Erp::Rpc

namespace Erp::Server::Inventory {
class InventoryModule;
}
namespace Erp::Platform {
class EventBus;
}

namespace Erp::Server::Purchasing {

class PurchaseOrderRepository;

/// One line of a new draft made by replenishment: the unit cost and tax rate come from the
/// product.
struct DraftLine
{
    qint64 productId = 0;
    qint64 qty = 0;
};

/// The rules of purchase orders (purchasing.order.*): lines and totals, the lifecycle
/// draft -> sent -> confirmed -> partially_received -> received (cancelled from draft, sent and
/// confirmed) and goods receipts, which post `receipt` moves through the inventory module's
/// StockService and are announced as Events::GoodsReceived. Every change is audited as
/// "purchasing.order" and pushed as event.changed. A step from the wrong state fails with -32030
/// {reason: "illegal_transition", state, action}; a stale version with -32009.
class PurchaseOrderService final
{
public:
    PurchaseOrderService(Inventory::InventoryModule& inventory, const Platform::EventBus& events)
        : m_inventory(inventory)
        , m_events(events)
    {}

    /// -32004 when there is no such order.
    QJsonObject get(Rpc::CallContext& ctx, qint64 id);
    /// filter {state: string | [strings], supplier_id, warehouse_id}; search: number or
    /// supplier name/code.
    QJsonObject list(Rpc::CallContext& ctx, const QJsonObject& listParams);
    /// A draft: {supplier_id, warehouse_id, order_date?, expected_date?, currency?, notes?,
    /// lines: [{product_id, qty, unit_cost?, tax_rate?}]}; -32022 for invalid fields (an
    /// inactive supplier or warehouse, an unknown product, a bad quantity).
    QJsonObject create(Rpc::CallContext& ctx, const QJsonObject& fields);
    /// Changes a draft (fields left out stay; lines replace the list).
    QJsonObject update(Rpc::CallContext& ctx, qint64 id, qint64 version, const QJsonObject& fields);
    /// send, confirm, cancel. send needs at least one line (-32030 reason "no_lines").
    QJsonObject transition(Rpc::CallContext& ctx, qint64 id, qint64 version, const QString& action);
    /// Takes in goods: `lines` [{line_id, qty}] (all open quantities when empty) into the order's
    /// warehouse (optionally a location of it). Posts one receipt move per line, records a goods
    /// receipt GR2026-000001 and moves the order to partially_received or received. More than
    /// is still open on a line fails with -32030 {reason: "over_receipt"}.
    QJsonObject receive(Rpc::CallContext& ctx, qint64 id, qint64 version, const QJsonArray& lines,
                        qint64 locationId, const QString& notes);

    /// A new draft for replenishment (costs and rates from the products); returns its JSON.
    QJsonObject createDraft(Rpc::CallContext& ctx, qint64 supplierId, qint64 warehouseId,
                            const QList<DraftLine>& lines, const QString& notes);

private:
    PurchaseOrder load(PurchaseOrderRepository& repo, qint64 id);
    /// Applies header fields and lines of `fields` onto `o`; checks the result.
    void apply(Rpc::CallContext& ctx, PurchaseOrder& o, const QJsonObject& fields,
               Rpc::FieldErrors& errors);
    /// Supplier, warehouse, dates, currency; an unchanged supplier or warehouse (`before`) is
    /// not checked again.
    void checkHeader(Rpc::CallContext& ctx, PurchaseOrderRepository& repo, const PurchaseOrder& o,
                     Rpc::FieldErrors& errors, const PurchaseOrder* before);
    void computeTotals(PurchaseOrder& o, Rpc::FieldErrors& errors);
    QJsonObject insert(Rpc::CallContext& ctx, PurchaseOrderRepository& repo, PurchaseOrder& o);

    Inventory::InventoryModule& m_inventory;
    const Platform::EventBus& m_events;
};

} // namespace Erp::Server::Purchasing
