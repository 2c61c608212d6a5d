#pragma once

#include "server/modules/hr/employee.h"
#include "server/platform/recordrules.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Erp::Rpc {
struct CallContext;
class FieldErrors;
} // namespace Erp::Rpc
namespace Erp::Platform {
class EventBus;
struct NumberSeries;
} // namespace Erp::Platform

namespace Erp::Server::Hr {

class EmployeeRepository;

/// The employee master's rules (hr.employee.*). Every change is audited (entity hr.employee,
/// whose private fields the audit viewer leaves out for callers without hr.private) and pushed
/// as event.changed; edits take the version they were read at (-32009 when stale). Reads go
/// through the manager record rule (hr.employee.reports) when it restricts the caller.
class EmployeeService final
{
public:
    /// Hirings and leavings are announced on `events` (hrevents.h).
    explicit EmployeeService(const Platform::EventBus& events)
        : m_events(events)
    {}

    /// "hr.employee": the entity of field permissions, the record rule and the audit trail.
    static const QString& entity();
    /// The employees the caller may see (every read goes through it; writes do not).
    static Platform::RowScope visibleTo(const Rpc::CallContext& ctx);
    /// The numbering series of employees (E000001, ...).
    static const Platform::NumberSeries& numberSeries();

    /// -32004 when there is no such employee (or the caller may not see him).
    QJsonObject get(Rpc::CallContext& ctx, qint64 id);
    /// {rows, total, total_capped, next_after}; filter {status, department_id (with its
    /// sub-departments), position_id, manager_id, employment_type}.
    QJsonObject list(Rpc::CallContext& ctx, const QJsonObject& listParams);
    /// -32022 for invalid fields (the ID number's checksum, a birth date or gender that
    /// disagrees with it, an unknown department/position/manager, a manager cycle, a taken
    /// number, ID number or login).
    QJsonObject create(Rpc::CallContext& ctx, const QJsonObject& fields);
    /// -32009 for a stale version; otherwise as create.
    QJsonObject update(Rpc::CallContext& ctx, qint64 id, qint64 version, const QJsonObject& fields);
    /// Archives an employee who has left (-32030 otherwise, or when already archived).
    QJsonObject archive(Rpc::CallContext& ctx, qint64 id, qint64 version);
    /// Current employees whose latest contract ends within `days` days from today.
    QJsonObject contractsExpiring(Rpc::CallContext& ctx, int days);
    /// The list's filter and search as CSV (UTF-8 with BOM) or XLSX; private columns only for
    /// callers who may read them.
    QJsonObject exportRows(Rpc::CallContext& ctx, const QJsonObject& params);

    /// Checks, numbers and writes a new employee (create, import, demo); throws FieldErrors.
    Employee insertChecked(Rpc::CallContext& ctx, EmployeeRepository& repo, Employee e);

    /// -32602 for a filter of the list (and export) that is not what it should be.
    static void checkListFilter(const QJsonObject& filter);

private:
    Employee load(EmployeeRepository& repo, qint64 id);
    /// Validation, references, the manager chain and uniqueness of a record about to be written.
    void check(Rpc::CallContext& ctx, EmployeeRepository& repo, Employee& e,
               Rpc::FieldErrors& errors);

    const Platform::EventBus& m_events;
};

} // namespace Erp::Server::Hr
