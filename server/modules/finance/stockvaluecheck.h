#pragma once

#include <QJsonObject>
#include <QList>

namespace Erp::Rpc {
struct CallContext;
}
namespace Erp::Server::Inventory {
struct ProductValuation;
}

namespace Erp::Server::Finance {

/// The stock part of finance.check (docs/FINANCE.md "The check"): each product's running value
/// must equal the sum of its moves' values (`stock_value_mismatch`), and the running values of
/// the products booked on an inventory account (role `inventory` per category) must add up to
/// that account's balance (`inventory_mismatch`). Adds the problems to result.problems, sets
/// result.ok and adds result.inventory: [{account_code, stock, ledger}].
void checkStockValue(Rpc::CallContext& ctx, const QList<Inventory::ProductValuation>& products,
                     QJsonObject& result);

} // namespace Erp::Server::Finance
