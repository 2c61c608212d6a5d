#pragma once

#include "server/platform/importentity.h"

namespace Erp::Server::Crm {

class CustomerService;

/// Customers as an importable entity: one flat row per customer (one contact, one address),
/// the same columns as the export. A row names an existing customer by its code or — without a
/// code — through the create path's duplicate check (tax id, phone, e-mail, name): that customer
/// is updated (or left unchanged), so a file imported twice creates nothing the second time.
Platform::ImportEntity customerImportEntity(CustomerService& service);

} // namespace Erp::Server::Crm

namespace Erp::Rpc {
struct CallContext;
}
namespace Erp::Platform {
class ImportService;
}

namespace Erp::Server::Crm {

/// crm.customer.import, kept for scripts: {rows | csv, mapping?, dry_run?} in one call, routed
/// through the import framework (the same checks, idempotent on the code or the duplicate
/// check). -> {total, created, updated, unchanged, failed, errors: [{row, fields}], dry_run}.
/// Rows with problems fail a real import as a whole (-32022, data.rows).
QJsonObject importCustomersInline(Rpc::CallContext& ctx, Platform::ImportService& imports,
                                  const QJsonObject& params);

} // namespace Erp::Server::Crm
