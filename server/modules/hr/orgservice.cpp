#include "server/modules/hr/orgservice.h"

#include "common/jsonrpc.h"
#include "server/modules/hr/employeerepository.h"
#include "server/modules/hr/employeeservice.h"
#include "server/modules/hr/orgrepository.h"
#include "server/platform/documentnumbers.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"

#include <QHash>
#include <QJsonArray>

#include <functional>

namespace Erp::Server::Hr {

using Rpc::Error;

namespace {

const QString kDepartment = QStringLiteral("hr.department");
const QString kPosition = QStringLiteral("hr.position");
constexpr int MaxDepth = 1000;

Department loadDepartment(OrgRepository& repo, qint64 id)
{
    auto d = repo.department(id);
    if (!d)
        throw Rpc::notFound(QStringLiteral("department"), id);
    return *d;
}

Position loadPosition(OrgRepository& repo, qint64 id)
{
    auto p = repo.position(id);
    if (!p)
        throw Rpc::notFound(QStringLiteral("position"), id);
    return *p;
}

void checkDepartment(Rpc::CallContext& ctx, OrgRepository& repo, const Department& d,
                     Rpc::FieldErrors& errors)
{
    validate(d, errors);
    if (!d.code.isEmpty()) {
        const qint64 other = repo.departmentIdByCode(d.code);
        if (other != 0 && other != d.id)
            errors.add(QStringLiteral("code"), QStringLiteral("duplicate"),
                       QStringLiteral("is already used by another department"),
                       QStringLiteral("hr.department.code_taken"));
    }
    if (d.parentId > 0) {
        if (d.parentId == d.id ||
            (d.id > 0 && repo.departmentChain(d.parentId, MaxDepth).contains(d.id)))
            errors.add(QStringLiteral("parent_id"), QStringLiteral("cycle"),
                       QStringLiteral("cannot be the department itself or one below it"),
                       QStringLiteral("hr.department.cycle"));
        else if (!repo.department(d.parentId))
            errors.add(QStringLiteral("parent_id"), QStringLiteral("unknown"),
                       QStringLiteral("is not a department"),
                       QStringLiteral("hr.department.unknown"));
    }
    if (d.managerId > 0 && !EmployeeRepository(ctx.db).exists(d.managerId))
        errors.add(QStringLiteral("manager_id"), QStringLiteral("unknown"),
                   QStringLiteral("is not an employee"), QStringLiteral("hr.employee.unknown"));
}

void checkPosition(OrgRepository& repo, const Position& p, Rpc::FieldErrors& errors)
{
    validate(p, errors);
    if (p.departmentId > 0 && !repo.department(p.departmentId))
        errors.add(QStringLiteral("department_id"), QStringLiteral("unknown"),
                   QStringLiteral("is not a department"), QStringLiteral("hr.department.unknown"));
    if (!p.title.isEmpty() && p.departmentId > 0 &&
        repo.positionIdByTitle(p.departmentId, p.title, p.id) != 0)
        errors.add(QStringLiteral("title"), QStringLiteral("duplicate"),
                   QStringLiteral("is already a position of this department"),
                   QStringLiteral("hr.position.title_taken"));
}

QJsonObject rowsOf(const QJsonArray& rows)
{
    return QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("total"), rows.size()}};
}

} // namespace

QJsonObject OrgService::departments(Rpc::CallContext& ctx, bool withArchived)
{
    QJsonArray rows;
    for (const Department& d : OrgRepository(ctx.db).departments(withArchived))
        rows.append(toJson(d));
    return rowsOf(rows);
}

QJsonObject OrgService::department(Rpc::CallContext& ctx, qint64 id)
{
    OrgRepository repo(ctx.db);
    return toJson(loadDepartment(repo, id));
}

QJsonObject OrgService::createDepartment(Rpc::CallContext& ctx, const QJsonObject& fields)
{
    OrgRepository repo(ctx.db);
    Department d;
    Rpc::FieldErrors errors;
    applyJson(d, fields, errors);
    checkDepartment(ctx, repo, d, errors);
    errors.throwIfAny();
    static const Platform::NumberSeries codes{QStringLiteral("hr.department"),
                                              QStringLiteral("D{n:3}")};
    while (d.code.isEmpty()) {
        const QString candidate = Platform::takeDocumentNumber(ctx.db, codes);
        if (repo.departmentIdByCode(candidate) == 0)
            d.code = candidate;
    }
    repo.insert(d);
    const Department stored = loadDepartment(repo, d.id);
    ctx.recordChange(kDepartment, stored.id, stored.version, QJsonValue::Null, toJson(stored));
    return toJson(stored);
}

QJsonObject OrgService::updateDepartment(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                         const QJsonObject& fields)
{
    OrgRepository repo(ctx.db);
    Department d = loadDepartment(repo, id);
    if (d.version != version)
        throw Rpc::versionConflict(QStringLiteral("department"), d.version);
    const QJsonObject before = toJson(d);
    Rpc::FieldErrors errors;
    applyJson(d, fields, errors);
    if (fields.contains(QLatin1String("code")) && d.code.isEmpty())
        errors.add(QStringLiteral("code"), QStringLiteral("required"),
                   QStringLiteral("cannot be emptied"),
                   QStringLiteral("validation.cannot_be_emptied"));
    checkDepartment(ctx, repo, d, errors);
    errors.throwIfAny();
    if (!repo.update(d, version))
        throw Rpc::versionConflict(QStringLiteral("department"), version + 1);
    const Department stored = loadDepartment(repo, id);
    ctx.recordChange(kDepartment, id, stored.version, before, toJson(stored));
    return toJson(stored);
}

QJsonObject OrgService::archiveDepartment(Rpc::CallContext& ctx, qint64 id, qint64 version)
{
    OrgRepository repo(ctx.db);
    Department d = loadDepartment(repo, id);
    if (d.version != version)
        throw Rpc::versionConflict(QStringLiteral("department"), d.version);
    if (!d.active)
        throw Error(Rpc::BusinessRule, QStringLiteral("The department is already archived"))
            .withId(QStringLiteral("hr.department.already_archived"));
    if (repo.departmentUses(id, true) > 0)
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("The department %1 still has current employees or active "
                                   "sub-departments: move them first")
                        .arg(d.name),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("in_use")}})
            .withId(QStringLiteral("hr.department.archive_in_use"),
                    {{QStringLiteral("name"), d.name}});
    d.active = false;
    if (!repo.update(d, version))
        throw Rpc::versionConflict(QStringLiteral("department"), version + 1);
    const Department stored = loadDepartment(repo, id);
    ctx.recordChange(kDepartment, id, stored.version, QJsonObject{{QStringLiteral("active"), true}},
                     QJsonObject{{QStringLiteral("active"), false}});
    return toJson(stored);
}

QJsonObject OrgService::deleteDepartment(Rpc::CallContext& ctx, qint64 id, qint64 version)
{
    OrgRepository repo(ctx.db);
    const Department d = loadDepartment(repo, id);
    if (d.version != version)
        throw Rpc::versionConflict(QStringLiteral("department"), d.version);
    if (repo.departmentUses(id, false) > 0)
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("The department %1 is in use (employees, positions or "
                                   "sub-departments): archive it instead")
                        .arg(d.name),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("in_use")}})
            .withId(QStringLiteral("hr.department.in_use"), {{QStringLiteral("name"), d.name}});
    repo.remove(id);
    ctx.recordChange(kDepartment, id, version + 1, toJson(d), QJsonValue::Null);
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("deleted"), true}};
}

QJsonObject OrgService::positions(Rpc::CallContext& ctx, qint64 departmentId, bool withArchived)
{
    QJsonArray rows;
    for (const Position& p : OrgRepository(ctx.db).positions(departmentId, withArchived))
        rows.append(toJson(p));
    return rowsOf(rows);
}

QJsonObject OrgService::position(Rpc::CallContext& ctx, qint64 id)
{
    OrgRepository repo(ctx.db);
    return toJson(loadPosition(repo, id));
}

QJsonObject OrgService::createPosition(Rpc::CallContext& ctx, const QJsonObject& fields)
{
    OrgRepository repo(ctx.db);
    Position p;
    Rpc::FieldErrors errors;
    applyJson(p, fields, errors);
    checkPosition(repo, p, errors);
    errors.throwIfAny();
    repo.insert(p);
    const Position stored = loadPosition(repo, p.id);
    ctx.recordChange(kPosition, stored.id, stored.version, QJsonValue::Null, toJson(stored));
    return toJson(stored);
}

QJsonObject OrgService::updatePosition(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                       const QJsonObject& fields)
{
    OrgRepository repo(ctx.db);
    Position p = loadPosition(repo, id);
    if (p.version != version)
        throw Rpc::versionConflict(QStringLiteral("position"), p.version);
    const QJsonObject before = toJson(p);
    Rpc::FieldErrors errors;
    applyJson(p, fields, errors);
    if (fields.contains(QLatin1String("department_id")) &&
        p.departmentId != before.value(QLatin1String("department_id")).toInteger() && p.filled > 0)
        errors.add(QStringLiteral("department_id"), QStringLiteral("invalid"),
                   QStringLiteral("cannot change while employees hold the position"),
                   QStringLiteral("hr.position.held"));
    checkPosition(repo, p, errors);
    errors.throwIfAny();
    if (!repo.update(p, version))
        throw Rpc::versionConflict(QStringLiteral("position"), version + 1);
    const Position stored = loadPosition(repo, id);
    ctx.recordChange(kPosition, id, stored.version, before, toJson(stored));
    return toJson(stored);
}

QJsonObject OrgService::archivePosition(Rpc::CallContext& ctx, qint64 id, qint64 version)
{
    OrgRepository repo(ctx.db);
    Position p = loadPosition(repo, id);
    if (p.version != version)
        throw Rpc::versionConflict(QStringLiteral("position"), p.version);
    if (!p.active)
        throw Error(Rpc::BusinessRule, QStringLiteral("The position is already archived"))
            .withId(QStringLiteral("hr.position.already_archived"));
    if (p.filled > 0)
        throw Error(
            Rpc::BusinessRule,
            QStringLiteral("%1 employees still hold the position %2").arg(p.filled).arg(p.title),
            QJsonObject{{QStringLiteral("reason"), QStringLiteral("in_use")}})
            .withId(QStringLiteral("hr.position.archive_held"),
                    {{QStringLiteral("count"), p.filled}, {QStringLiteral("title"), p.title}});
    p.active = false;
    if (!repo.update(p, version))
        throw Rpc::versionConflict(QStringLiteral("position"), version + 1);
    const Position stored = loadPosition(repo, id);
    ctx.recordChange(kPosition, id, stored.version, QJsonObject{{QStringLiteral("active"), true}},
                     QJsonObject{{QStringLiteral("active"), false}});
    return toJson(stored);
}

QJsonObject OrgService::orgchart(Rpc::CallContext& ctx, qint64 departmentId)
{
    OrgRepository org(ctx.db);
    if (departmentId > 0)
        loadDepartment(org, departmentId);
    // Query 1: the departments; query 2: the employees the caller may see.
    const QList<Department> all = org.departments(false);
    const QJsonArray employees =
        EmployeeRepository(ctx.db, EmployeeService::visibleTo(ctx)).orgchartEmployees(departmentId);
    QHash<qint64, QList<int>> children; // parent id (0: top) -> indexes into `all`
    QHash<qint64, int> counts;          // department -> employees the caller sees
    for (const QJsonValue& v : employees)
        ++counts[v.toObject().value(QLatin1String("department_id")).toInteger()];
    QHash<qint64, bool> known;
    for (const Department& d : all)
        known.insert(d.id, true);
    for (int i = 0; i < all.size(); ++i) {
        const qint64 parent = known.contains(all.at(i).parentId) ? all.at(i).parentId : 0;
        children[parent].append(i);
    }
    // Depth-first; the depth is bounded (the service refuses cycles, MaxDepth guards the rest).
    std::function<QJsonObject(int, int)> node = [&](int index, int depth) {
        const Department& d = all.at(index);
        QJsonArray kids;
        if (depth < MaxDepth)
            for (int child : children.value(d.id))
                kids.append(node(child, depth + 1));
        return QJsonObject{{QStringLiteral("id"), d.id},
                           {QStringLiteral("code"), d.code},
                           {QStringLiteral("name"), d.name},
                           {QStringLiteral("manager_id"),
                            d.managerId > 0 ? QJsonValue(d.managerId) : QJsonValue()},
                           {QStringLiteral("manager_name"), d.managerName},
                           {QStringLiteral("employees"), counts.value(d.id)},
                           {QStringLiteral("children"), kids}};
    };
    QJsonArray roots;
    if (departmentId > 0) {
        for (int i = 0; i < all.size(); ++i)
            if (all.at(i).id == departmentId)
                roots.append(node(i, 0));
    } else {
        for (int i : children.value(0))
            roots.append(node(i, 0));
    }
    return QJsonObject{{QStringLiteral("departments"), roots},
                       {QStringLiteral("employees"), employees},
                       {QStringLiteral("total"), employees.size()}};
}

} // namespace Erp::Server::Hr
