#include "server/modules/hr/employeeservice.h"

#include "common/jsonrpc.h"
#include "server/modules/hr/employeerepository.h"
#include "server/modules/hr/hrevents.h"
#include "server/modules/hr/orgrepository.h"
#include "server/platform/businessdate.h"
#include "server/platform/documentnumbers.h"
#include "server/platform/eventbus.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"
#include "server/storage/database.h"
#include "server/storage/listquery.h"

namespace Erp::Server::Hr {

using Rpc::Error;

namespace {

/// A manager chain longer than this is no org chart but a loop in the data.
constexpr int MaxChain = 1000;

} // namespace

const QString& EmployeeService::entity()
{
    static const QString name = QStringLiteral("hr.employee");
    return name;
}

Platform::RowScope EmployeeService::visibleTo(const Rpc::CallContext& ctx)
{
    // A manager's reports are probed row by row in the list's sort order (the first page stops
    // after a hundred of them) instead of fetching thousands by id and sorting them.
    return Platform::RecordRules::sqlCondition(ctx, entity(),
                                               ctx.db.sql().withoutIndex(QStringLiteral("e.id")));
}

const Platform::NumberSeries& EmployeeService::numberSeries()
{
    static const Platform::NumberSeries series{QStringLiteral("hr.employee"),
                                               QStringLiteral("E{n:6}")};
    return series;
}

Employee EmployeeService::load(EmployeeRepository& repo, qint64 id)
{
    auto e = repo.byId(id);
    if (!e)
        throw Rpc::notFound(QStringLiteral("employee"), id);
    return *e;
}

QJsonObject EmployeeService::get(Rpc::CallContext& ctx, qint64 id)
{
    EmployeeRepository repo(ctx.db, visibleTo(ctx));
    return toJson(load(repo, id));
}

QJsonObject EmployeeService::list(Rpc::CallContext& ctx, const QJsonObject& params)
{
    static const QHash<QString, QString> sortable{
        {QStringLiteral("id"), QStringLiteral("e.id")},
        {QStringLiteral("number"), QStringLiteral("e.number")},
        {QStringLiteral("name"), QStringLiteral("e.name")},
        {QStringLiteral("hire_date"), QStringLiteral("e.hire_date")},
        {QStringLiteral("department_name"), QStringLiteral("COALESCE(d.name, '')")},
        {QStringLiteral("position_title"), QStringLiteral("COALESCE(p.title, '')")},
        {QStringLiteral("manager_name"), QStringLiteral("COALESCE(m.name, '')")},
        {QStringLiteral("employment_type"), QStringLiteral("e.employment_type")},
        {QStringLiteral("status"), QStringLiteral("e.status")},
        {QStringLiteral("updated_at"), QStringLiteral("e.updated_at")},
    };
    const auto query = Storage::ListQuery::parse(params, sortable, QStringLiteral("number"),
                                                 QStringLiteral("e.id"));
    checkListFilter(query.filter);
    return EmployeeRepository(ctx.db, visibleTo(ctx)).list(query);
}

void EmployeeService::checkListFilter(const QJsonObject& filter)
{
    static const QStringList statuses{QStringLiteral("current"),  QStringLiteral("active"),
                                      QStringLiteral("on_leave"), QStringLiteral("left"),
                                      QStringLiteral("archived"), QStringLiteral("all")};
    const QJsonValue status = filter.value(QLatin1String("status"));
    if (!status.isUndefined() && !statuses.contains(status.toString()))
        throw Error(Rpc::InvalidParams,
                    QStringLiteral("Invalid params: filter.status must be one of %1")
                        .arg(statuses.join(QStringLiteral(", "))))
            .withId(QStringLiteral("list.filter_state"),
                    {{QStringLiteral("states"), statuses.join(QStringLiteral(", "))}});
    for (const char* key : {"department_id", "position_id", "manager_id"}) {
        const QJsonValue v = filter.value(QLatin1String(key));
        if (!v.isUndefined() && (!v.isDouble() || v.toDouble() < 1))
            throw Error(
                Rpc::InvalidParams,
                QStringLiteral("Invalid params: filter.%1 must be an id").arg(QLatin1String(key)))
                .withId(QStringLiteral("list.filter_id"),
                        {{QStringLiteral("filter"), QLatin1String(key)}});
    }
    const QJsonValue type = filter.value(QLatin1String("employment_type"));
    if (!type.isUndefined() && !type.isString())
        throw Error(Rpc::InvalidParams,
                    QStringLiteral("Invalid params: filter.employment_type must be text"))
            .withId(QStringLiteral("list.filter_text"),
                    {{QStringLiteral("filter"), QStringLiteral("employment_type")}});
}

void EmployeeService::check(Rpc::CallContext& ctx, EmployeeRepository& repo, Employee& e,
                            Rpc::FieldErrors& errors)
{
    validate(e, errors, Platform::businessDate());
    OrgRepository org(ctx.db);
    if (e.positionId > 0) {
        const auto p = org.position(e.positionId);
        if (!p)
            errors.add(QStringLiteral("position_id"), QStringLiteral("unknown"),
                       QStringLiteral("is not a position"), QStringLiteral("hr.position.unknown"));
        else if (e.departmentId <= 0)
            e.departmentId = p->departmentId; // the position says where
        else if (p->departmentId != e.departmentId)
            errors.add(QStringLiteral("position_id"), QStringLiteral("invalid"),
                       QStringLiteral("is a position of another department"),
                       QStringLiteral("hr.position.other_department"));
    }
    if (e.departmentId > 0) {
        const auto d = org.department(e.departmentId);
        if (!d)
            errors.add(QStringLiteral("department_id"), QStringLiteral("unknown"),
                       QStringLiteral("is not a department"),
                       QStringLiteral("hr.department.unknown"));
        else if (!d->active && e.status != QLatin1String("left"))
            errors.add(QStringLiteral("department_id"), QStringLiteral("invalid"),
                       QStringLiteral("is an archived department"),
                       QStringLiteral("hr.department.archived"));
    }
    if (e.managerId > 0) {
        if (e.managerId == e.id) {
            errors.add(QStringLiteral("manager_id"), QStringLiteral("cycle"),
                       QStringLiteral("cannot be the employee himself or one of his reports"),
                       QStringLiteral("hr.employee.manager_cycle"));
        } else if (!repo.exists(e.managerId)) {
            errors.add(QStringLiteral("manager_id"), QStringLiteral("unknown"),
                       QStringLiteral("is not an employee"), QStringLiteral("hr.employee.unknown"));
        } else if (e.id > 0 && repo.managerChain(e.managerId, MaxChain).contains(e.id)) {
            // The new manager reports (directly or not) to this employee: a loop.
            errors.add(QStringLiteral("manager_id"), QStringLiteral("cycle"),
                       QStringLiteral("cannot be the employee himself or one of his reports"),
                       QStringLiteral("hr.employee.manager_cycle"));
        }
    }
    if (e.userId > 0) {
        if (!repo.userIsActive(e.userId))
            errors.add(QStringLiteral("user_id"), QStringLiteral("unknown"),
                       QStringLiteral("is not an active user"),
                       QStringLiteral("validation.inactive_user"));
        else if (repo.idByUser(e.userId, e.id) != 0)
            errors.add(QStringLiteral("user_id"), QStringLiteral("duplicate"),
                       QStringLiteral("is already linked to another employee"),
                       QStringLiteral("hr.employee.user_taken"));
    }
    if (!e.number.isEmpty()) {
        const qint64 other = repo.idByNumber(e.number);
        if (other != 0 && other != e.id)
            errors.add(QStringLiteral("number"), QStringLiteral("duplicate"),
                       QStringLiteral("is already used by another employee"),
                       QStringLiteral("hr.employee.number_taken"));
    }
    if (!e.idNumber.isEmpty() && repo.idByIdNumber(e.idNumber, e.id) != 0)
        errors.add(QStringLiteral("id_number"), QStringLiteral("duplicate"),
                   QStringLiteral("is already used by another employee"),
                   QStringLiteral("hr.employee.id_number_taken"));
}

Employee EmployeeService::insertChecked(Rpc::CallContext& ctx, EmployeeRepository& repo, Employee e)
{
    Rpc::FieldErrors errors;
    check(ctx, repo, e, errors);
    errors.throwIfAny();
    while (e.number.isEmpty()) {
        const QString candidate = Platform::takeDocumentNumber(ctx.db, numberSeries());
        if (repo.idByNumber(candidate) == 0) // a number given by hand may have taken it
            e.number = candidate;
    }
    repo.insert(e);
    const Employee stored = load(repo, e.id);
    ctx.recordChange(entity(), stored.id, stored.version, QJsonValue::Null, toJson(stored));
    m_events.publish(
        ctx, Events::EmployeeHired{stored.id, stored.number, stored.departmentId, stored.hireDate});
    if (stored.status == QLatin1String("left"))
        m_events.publish(
            ctx, Events::EmployeeLeft{stored.id, stored.number, stored.userId, stored.leaveDate});
    return stored;
}

QJsonObject EmployeeService::create(Rpc::CallContext& ctx, const QJsonObject& fields)
{
    EmployeeRepository repo(ctx.db);
    Employee e;
    Rpc::FieldErrors errors;
    applyJson(e, fields, errors);
    errors.throwIfAny();
    return toJson(insertChecked(ctx, repo, e));
}

QJsonObject EmployeeService::update(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                    const QJsonObject& fields)
{
    EmployeeRepository visible(ctx.db, visibleTo(ctx));
    EmployeeRepository repo(ctx.db);
    Employee e = load(visible, id);
    if (e.version != version)
        throw Rpc::versionConflict(QStringLiteral("employee"), e.version);
    const QJsonObject before = toJson(e);
    const QString statusBefore = e.status;
    Rpc::FieldErrors errors;
    applyJson(e, fields, errors);
    if (fields.contains(QLatin1String("number")) && e.number.isEmpty())
        errors.add(QStringLiteral("number"), QStringLiteral("required"),
                   QStringLiteral("cannot be emptied"),
                   QStringLiteral("validation.cannot_be_emptied"));
    // A new ID number brings its own birth date and gender unless they come with it.
    if (fields.contains(QLatin1String("id_number"))) {
        if (!fields.contains(QLatin1String("birth_date")))
            e.birthDate.clear();
        if (!fields.contains(QLatin1String("gender")))
            e.gender.clear();
    }
    check(ctx, repo, e, errors);
    errors.throwIfAny();
    if (!repo.update(e, version))
        throw Rpc::versionConflict(QStringLiteral("employee"), version + 1);
    const Employee stored = load(repo, id);
    ctx.recordChange(entity(), id, stored.version, before, toJson(stored));
    if (stored.status == QLatin1String("left") && statusBefore != QLatin1String("left"))
        m_events.publish(
            ctx, Events::EmployeeLeft{stored.id, stored.number, stored.userId, stored.leaveDate});
    return toJson(stored);
}

QJsonObject EmployeeService::archive(Rpc::CallContext& ctx, qint64 id, qint64 version)
{
    EmployeeRepository repo(ctx.db, visibleTo(ctx));
    Employee e = load(repo, id);
    if (e.version != version)
        throw Rpc::versionConflict(QStringLiteral("employee"), e.version);
    if (e.archived)
        throw Error(Rpc::BusinessRule, QStringLiteral("The employee is already archived"),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("already_archived")}})
            .withId(QStringLiteral("hr.employee.already_archived"));
    if (e.status != QLatin1String("left"))
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("Only an employee who has left can be archived: record the "
                                   "leave date and reason first"),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("not_left")},
                                {QStringLiteral("status"), e.status}})
            .withId(QStringLiteral("hr.employee.archive_not_left"));
    e.archived = true;
    if (!repo.update(e, version))
        throw Rpc::versionConflict(QStringLiteral("employee"), version + 1);
    const Employee stored = load(repo, id);
    ctx.recordChange(entity(), id, stored.version, QJsonObject{{QStringLiteral("archived"), false}},
                     QJsonObject{{QStringLiteral("archived"), true}});
    return toJson(stored);
}

QJsonObject EmployeeService::contractsExpiring(Rpc::CallContext& ctx, int days)
{
    if (days < 0 || days > 3660)
        throw Error::validation(QStringLiteral("days"), QStringLiteral("invalid"),
                                QStringLiteral("must be between 0 and 3660"),
                                QStringLiteral("validation.range"),
                                {{QStringLiteral("min"), 0}, {QStringLiteral("max"), 3660}});
    const QDate today = Platform::businessDate();
    const auto rows = EmployeeRepository(ctx.db, visibleTo(ctx))
                          .contractsExpiring(today.toString(Qt::ISODate),
                                             today.addDays(days).toString(Qt::ISODate));
    QJsonArray out;
    for (const ExpiringContract& c : rows)
        out.append(QJsonObject{{QStringLiteral("employee_id"), c.employeeId},
                               {QStringLiteral("number"), c.number},
                               {QStringLiteral("name"), c.name},
                               {QStringLiteral("department_name"), c.departmentName},
                               {QStringLiteral("manager_id"),
                                c.managerId > 0 ? QJsonValue(c.managerId) : QJsonValue()},
                               {QStringLiteral("contract_id"), c.contractId},
                               {QStringLiteral("start_date"), c.startDate},
                               {QStringLiteral("end_date"), c.endDate},
                               {QStringLiteral("days_left"),
                                today.daysTo(QDate::fromString(c.endDate, Qt::ISODate))}});
    return QJsonObject{{QStringLiteral("rows"), out},
                       {QStringLiteral("total"), int(out.size())},
                       {QStringLiteral("days"), days},
                       {QStringLiteral("today"), today.toString(Qt::ISODate)}};
}

} // namespace Erp::Server::Hr
