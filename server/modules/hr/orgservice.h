#pragma once

#include <QJsonObject>

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Server::Hr {

/// Departments (a tree), positions (headcount planned vs filled) and the org chart
/// (hr.department.*, hr.position.*, hr.orgchart). Every change is audited and pushed as
/// event.changed; edits take the version they were read at (-32009 when stale).
class OrgService final
{
public:
    /// {rows}: every department (archived ones with `withArchived`), parents before children
    /// is not promised: the client builds the tree from parent_id.
    QJsonObject departments(Rpc::CallContext& ctx, bool withArchived);
    /// -32004 when unknown.
    QJsonObject department(Rpc::CallContext& ctx, qint64 id);
    /// -32022 for invalid fields, an unknown parent or manager, a taken code, or a parent below
    /// the department itself (a cycle).
    QJsonObject createDepartment(Rpc::CallContext& ctx, const QJsonObject& fields);
    QJsonObject updateDepartment(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                 const QJsonObject& fields);
    /// Archives a department (-32030 while current employees or active sub-departments are in
    /// it); a department in use is archived, never deleted.
    QJsonObject archiveDepartment(Rpc::CallContext& ctx, qint64 id, qint64 version);
    /// Deletes a department nothing refers to (-32030 hr.department.in_use otherwise).
    QJsonObject deleteDepartment(Rpc::CallContext& ctx, qint64 id, qint64 version);

    /// {rows}: positions (of one department when `departmentId` > 0) with filled counts.
    QJsonObject positions(Rpc::CallContext& ctx, qint64 departmentId, bool withArchived);
    QJsonObject position(Rpc::CallContext& ctx, qint64 id);
    QJsonObject createPosition(Rpc::CallContext& ctx, const QJsonObject& fields);
    QJsonObject updatePosition(Rpc::CallContext& ctx, qint64 id, qint64 version,
                               const QJsonObject& fields);
    /// Archives a position (-32030 while current employees hold it).
    QJsonObject archivePosition(Rpc::CallContext& ctx, qint64 id, qint64 version);

    /// The department tree with the employees the caller may see (names, positions, manager
    /// links): two queries whatever the size. `departmentId` > 0: that branch only.
    QJsonObject orgchart(Rpc::CallContext& ctx, qint64 departmentId);
};

} // namespace Erp::Server::Hr
