#pragma once

#include "server/modules/crm/customer.h"
#include "server/platform/recordrules.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace Erp::Rpc {
struct CallContext;
}
namespace Erp::Platform {
class EventBus;
struct NumberSeries;
} // namespace Erp::Platform

namespace Erp::Server::Crm {

class CustomerRepository;

/// The customer master's rules (crm.customer.*). Every change is audited and pushed as
/// event.changed; edits take the version they were read at (-32009 when stale).
class CustomerService final
{
public:
    /// A merge is announced on `events` (Events::CustomerMerged): modules that reference
    /// customers (orders, tickets) move their references there.
    explicit CustomerService(const Platform::EventBus& events)
        : m_events(events)
    {}

    /// The record rule entity of customers ("sees only customers they own": crm.customer.own).
    static const QString& recordEntity();
    /// The customers the caller may see: every read of customers goes through it (list, get,
    /// duplicates, export, merge, import updates); writes and uniqueness checks do not.
    static Platform::RowScope visibleTo(const Rpc::CallContext& ctx);

    /// -32004 when there is no such customer.
    QJsonObject get(Rpc::CallContext& ctx, qint64 id);
    /// The page as JSON text (the handler's CallContext::rawResult).
    QByteArray list(Rpc::CallContext& ctx, const QJsonObject& listParams);
    /// -32022 for invalid fields or a taken code/tax id; -32030 (data.reason "duplicates",
    /// data.duplicates) when the customer looks like an existing one, unless allowDuplicates.
    QJsonObject create(Rpc::CallContext& ctx, const QJsonObject& fields, bool allowDuplicates);
    /// -32009 for a stale version; otherwise as create.
    QJsonObject update(Rpc::CallContext& ctx, qint64 id, qint64 version, const QJsonObject& fields);
    /// active <-> archived; -32030 for a merged customer or when already in that state.
    QJsonObject setArchived(Rpc::CallContext& ctx, qint64 id, qint64 version, bool archived);
    /// Folds `duplicateId` into `survivorId`: contacts, addresses and tags move over, empty fields
    /// are filled, other modules move their references, the duplicate becomes "merged".
    QJsonObject merge(Rpc::CallContext& ctx, qint64 survivorId, qint64 duplicateId);
    /// Existing customers that look like `fields` (same phone, e-mail, tax id or name).
    QJsonArray duplicates(Rpc::CallContext& ctx, const QJsonObject& fields, qint64 excludingId);

    /// Creates a fully prepared record (used by create and import); throws FieldErrors.
    /// `bulk` (import, demo) audits without announcing (the caller sends one event for the
    /// batch) and returns the record as written instead of reading it back.
    Customer insertChecked(Rpc::CallContext& ctx, CustomerRepository& repo, Customer c, bool bulk);
    /// The first half of insertChecked: normalises and checks `c` and gives it a code when it
    /// has none (the next number of the customer series from `nextNumber`, skipping codes that
    /// are taken); throws FieldErrors. Nothing is written.
    void prepareInsert(CustomerRepository& repo, Customer& c,
                       const std::function<QString()>& nextNumber);
    /// The second half for many records prepared by prepareInsert (the import's bulk path):
    /// writes them with a statement per table and one audit record each, without announcing;
    /// sets their ids.
    void insertPrepared(Rpc::CallContext& ctx, CustomerRepository& repo, QList<Customer>& records);
    /// The numbering series of generated customer codes (C000001, ...).
    static const Platform::NumberSeries& codeSeries();
    /// Validation and uniqueness of a record about to be written.
    void check(CustomerRepository& repo, const Customer& c, Rpc::FieldErrors& errors);

private:
    Customer load(CustomerRepository& repo, qint64 id);

    const Platform::EventBus& m_events;
};

} // namespace Erp::Server::Crm
