#pragma once

#include "server/modules/finance/ledgerservice.h"

namespace Erp::Server::Inventory::Events {
struct StockMoved;
}

namespace Erp::Server::Finance {

/// The journal entry of one stock posting (inventory.stock_moved), by the rule table in
/// docs/FINANCE.md: receipts against a purchase order Dr inventory / Cr goods received not
/// invoiced, opening stock Dr inventory / Cr opening balances, shipments Dr cost of goods sold /
/// Cr inventory, customer returns the reverse, scrap and count losses Dr inventory losses,
/// gains Cr inventory gains; transfers move nothing between accounts. Each move is booked at its
/// value, which inventory computed at the moving weighted average in the base currency (a
/// shipment's cost of goods sold is the shipment's value). Lines of the same account, category
/// and side are summed.
Posting stockPosting(const Inventory::Events::StockMoved& event);

} // namespace Erp::Server::Finance
