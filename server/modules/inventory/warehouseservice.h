#pragma once

#include "server/modules/inventory/warehouserepository.h"

#include <QJsonObject>

namespace Erp::Rpc {
struct CallContext;
class FieldErrors;
} // namespace Erp::Rpc

namespace Erp::Server::Inventory {

/// Warehouses and their locations (inventory.warehouse.*). Audited and pushed as
/// event.changed {entity: "inventory.warehouse"}; edits take the version they were read at.
class WarehouseService final
{
public:
    /// -32004 when there is no such warehouse.
    QJsonObject get(Rpc::CallContext& ctx, qint64 id);
    /// filter {active}; search: code, name, address. Sorted by priority, then code by default.
    QJsonObject list(Rpc::CallContext& ctx, const QJsonObject& listParams);
    /// -32022 for invalid fields or a taken code.
    QJsonObject create(Rpc::CallContext& ctx, const QJsonObject& fields);
    /// -32009 for a stale version; -32030 (reason "warehouse_has_stock") when deactivating a
    /// warehouse that still holds stock. `locations` replaces the list: entries with an id are
    /// changed, others added, existing ones left out are deactivated.
    QJsonObject update(Rpc::CallContext& ctx, qint64 id, qint64 version, const QJsonObject& fields);

    /// Checks and inserts a prepared record (create, demo).
    Warehouse insertChecked(Rpc::CallContext& ctx, WarehouseRepository& repo, Warehouse w);

private:
    void apply(Warehouse& w, const QJsonObject& fields, Rpc::FieldErrors& errors);
    void check(WarehouseRepository& repo, const Warehouse& w, Rpc::FieldErrors& errors);
    Warehouse load(WarehouseRepository& repo, qint64 id);
};

} // namespace Erp::Server::Inventory
