#pragma once

#include "server/modules/purchasing/supplier.h"

#include <QJsonObject>

namespace Erp::Rpc {
struct CallContext;
class FieldErrors;
} // namespace Erp::Rpc

namespace Erp::Server::Purchasing {

class SupplierRepository;

/// The supplier master's rules (purchasing.supplier.*). Every change is audited as
/// "purchasing.supplier" and pushed as event.changed; edits take the version they were read at
/// (-32009 when stale).
class SupplierService final
{
public:
    /// -32004 when there is no such supplier.
    QJsonObject get(Rpc::CallContext& ctx, qint64 id);
    /// filter {active: true|false}; search: code, name, tax id, contact, phone, e-mail.
    QJsonObject list(Rpc::CallContext& ctx, const QJsonObject& listParams);
    /// -32022 for invalid fields or a taken code/tax id. The code is generated (S00001) when
    /// omitted.
    QJsonObject create(Rpc::CallContext& ctx, const QJsonObject& fields);
    /// Fields left out stay as they are; -32009 for a stale version; otherwise as create.
    QJsonObject update(Rpc::CallContext& ctx, qint64 id, qint64 version, const QJsonObject& fields);
    /// Marks an active supplier inactive (suppliers are never deleted: orders refer to them);
    /// -32030 when it is already inactive. update {active: true} brings it back.
    QJsonObject archive(Rpc::CallContext& ctx, qint64 id, qint64 version);

    /// Whether this id names an active supplier (the inventory module's check of
    /// products.default_supplier_id).
    bool isActive(Rpc::CallContext& ctx, qint64 id);

    /// Checks and inserts a prepared record (create and the demo); throws FieldErrors.
    Supplier insertChecked(Rpc::CallContext& ctx, SupplierRepository& repo, Supplier s);

private:
    void check(SupplierRepository& repo, const Supplier& s, Rpc::FieldErrors& errors);
    Supplier load(SupplierRepository& repo, qint64 id);
};

} // namespace Erp::Server::Purchasing
