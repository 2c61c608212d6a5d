// What crm announces on the event bus (server/platform/eventbus.h).
#pragma once

#include "server/platform/eventbus.h"

namespace Erp::Server::Crm::Events {

/// Announcement "crm.customer_merged": `duplicateId` was folded into `survivorId` (its state
/// is "merged"). Published after both customer rows are written and before the call's audit
/// records: a module that references customers (orders, tickets, ledger partners) moves its
/// references to the survivor here, in the same transaction.
struct CustomerMerged
{
    static constexpr auto Name = "crm.customer_merged";
    static constexpr auto Kind = Platform::EventKind::Announcement;

    qint64 duplicateId = 0;
    qint64 survivorId = 0;
};

} // namespace Erp::Server::Crm::Events
