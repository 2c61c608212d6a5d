// Registration of hr.* methods: parameters in, service call, result out.
#include "server/modules/hr/hrmodule.h"

#include "server/modules/hr/hrschemas.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/registry.h"

namespace Erp::Server::Hr {

using namespace Rpc;

namespace {

const QString kRead = QStringLiteral("hr.read");
const QString kWrite = QStringLiteral("hr.write");
const QString kPrivate = QStringLiteral("hr.private");

qint64 idOf(const QJsonObject& p, const char* key = "id")
{
    return qint64(p.value(QLatin1String(key)).toDouble());
}

QJsonObject fieldsOf(const QJsonObject& p)
{
    QJsonObject fields = p;
    for (const char* key : {"id", "version"})
        fields.remove(QLatin1String(key));
    return fields;
}

/// The editable fields of an employee, declared once for create and update.
MethodSpec& employeeFields(MethodSpec& spec)
{
    return spec
        .param(QStringLiteral("number"), ParamType::String, Optional,
               QStringLiteral("generated as E000123 when omitted"), 20)
        .param(QStringLiteral("name"), ParamType::String, Optional, {}, 100)
        .param(QStringLiteral("gender"), ParamType::String, Optional,
               QStringLiteral("male | female; from the ID number when omitted"), 10)
        .param(QStringLiteral("birth_date"), ParamType::String, Optional,
               QStringLiteral("yyyy-MM-dd; from the ID number when omitted, must agree with it"),
               10)
        .param(QStringLiteral("id_number"), ParamType::String, Optional,
               QStringLiteral("身份证号码, 18 characters with the GB 11643 check character "
                              "(hr.private)"),
               30)
        .param(QStringLiteral("phone"), ParamType::String, Optional, {}, 40)
        .param(QStringLiteral("email"), ParamType::String, Optional, {}, 200)
        .param(QStringLiteral("address"), ParamType::String, Optional, {}, 500)
        .param(QStringLiteral("emergency_contact"), ParamType::String, Optional, {}, 100)
        .param(QStringLiteral("emergency_phone"), ParamType::String, Optional, {}, 40)
        .param(QStringLiteral("hire_date"), ParamType::String, Optional,
               QStringLiteral("yyyy-MM-dd, required on create"), 10)
        .param(QStringLiteral("department_id"), ParamType::Id, Optional,
               QStringLiteral("null clears; taken from the position when omitted"))
        .param(QStringLiteral("position_id"), ParamType::Id, Optional,
               QStringLiteral("a position of the department"))
        .param(QStringLiteral("manager_id"), ParamType::Id, Optional,
               QStringLiteral("an employee; never the employee or one of his reports"))
        .param(QStringLiteral("user_id"), ParamType::Id, Optional,
               QStringLiteral("the employee's login: the manager record rule starts there"))
        .param(QStringLiteral("employment_type"), ParamType::String, Optional,
               QStringLiteral("full_time | part_time | intern | contractor"), 20)
        .param(QStringLiteral("status"), ParamType::String, Optional,
               QStringLiteral("active | on_leave | left (left needs leave_date and "
                              "leave_reason)"),
               20)
        .param(QStringLiteral("leave_date"), ParamType::String, Optional, {}, 10)
        .param(QStringLiteral("leave_reason"), ParamType::String, Optional, {}, 500)
        .param(QStringLiteral("bank_name"), ParamType::String, Optional,
               QStringLiteral("hr.private"), 100)
        .param(QStringLiteral("bank_account"), ParamType::String, Optional,
               QStringLiteral("hr.private"), 40)
        .param(QStringLiteral("social_insurance_city"), ParamType::String, Optional, {}, 50)
        .param(QStringLiteral("contribution_base"), ParamType::Decimal, Optional,
               QStringLiteral("money a month, e.g. \"12000.00\" (hr.private)"))
        .param(QStringLiteral("housing_fund_rate"), ParamType::Decimal, Optional,
               QStringLiteral("percent, 0 or 5.00-12.00 (hr.private)"))
        .param(QStringLiteral("deductions"), ParamType::Object, Optional,
               QStringLiteral("{children, infants, continuing_education: none|degree|"
                              "certificate, housing: none|loan|rent_tier1|rent_tier2|rent_tier3, "
                              "elderly_only_child, elderly_share: money a month} (hr.private)"))
        .param(QStringLiteral("contracts"), ParamType::Array, Optional,
               QStringLiteral("[{start_date, end_date (\"\" open-ended), probation_end, renewal, "
                              "notes}] replaces the list"));
}

MethodSpec& departmentFields(MethodSpec& spec)
{
    return spec
        .param(QStringLiteral("code"), ParamType::String, Optional,
               QStringLiteral("generated as D001 when omitted"), 20)
        .param(QStringLiteral("name"), ParamType::String, Optional, {}, 100)
        .param(QStringLiteral("parent_id"), ParamType::Id, Optional,
               QStringLiteral("the department above; null for a top department"))
        .param(QStringLiteral("manager_id"), ParamType::Id, Optional, QStringLiteral("an employee"))
        .param(QStringLiteral("notes"), ParamType::String, Optional, {}, 2000);
}

MethodSpec& positionFields(MethodSpec& spec)
{
    return spec.param(QStringLiteral("title"), ParamType::String, Optional, {}, 100)
        .param(QStringLiteral("department_id"), ParamType::Id, Optional,
               QStringLiteral("required on create"))
        .param(QStringLiteral("headcount"), ParamType::Integer, Optional,
               QStringLiteral("planned, default 1"))
        .param(QStringLiteral("notes"), ParamType::String, Optional, {}, 2000);
}

MethodSpec versioned(const QString& name)
{
    return MethodSpec(name)
        .param(QStringLiteral("id"), ParamType::Id, Required)
        .param(QStringLiteral("version"), ParamType::Integer, Required);
}

} // namespace

void HrModule::registerMethods(MethodRegistry& r)
{
    const QString entity = EmployeeService::entity();
    // The private fields of an employee: for HR (and admin) only, enforced by the dispatcher.
    for (const auto& [field, description] :
         {std::pair{"id_number", "the employee's resident identity card number"},
          std::pair{"bank_name", "the bank the salary is paid to"},
          std::pair{"bank_account", "the salary account"},
          std::pair{"contribution_base", "the social insurance contribution base (pay)"},
          std::pair{"housing_fund_rate", "the housing fund rate"},
          std::pair{"deductions", "the declared special additional deductions"}})
        r.access().protectField(entity, QLatin1String(field), kPrivate, QLatin1String(description));
    // Off for every role until switched on (the built-in manager role has it by default).
    Platform::RecordRule reports{QStringLiteral("hr.employee.reports"), entity, kRead,
                                 QStringLiteral("Sees only his reports (direct and indirect)")};
    reports.tree = {QStringLiteral("hr_employees"), QStringLiteral("manager_id"),
                    QStringLiteral("user_id")};
    r.access().addRecordRule(reports);

    EmployeeService* employees = &m_employees;
    OrgService* org = &m_org;

    // Employees.
    const QStringList employeeFilters{QStringLiteral("status"), QStringLiteral("department_id"),
                                      QStringLiteral("position_id"), QStringLiteral("manager_id"),
                                      QStringLiteral("employment_type")};
    MethodSpec list(QStringLiteral("hr.employee.list"));
    listParams(list)
        .filters(employeeFilters)
        .describe(QStringLiteral(
            "Employees (light rows, no private field). filter {status: current (default: "
            "active and on leave) | active | on_leave | left | archived | all, department_id "
            "(with its sub-departments), position_id, manager_id, employment_type}; search: any "
            "substring of number, name, phone or e-mail; sort: number (default), name, "
            "hire_date, department_name, position_title, manager_name, employment_type, status, "
            "updated_at. total is capped at 10000 (total_capped)."))
        .needs(kRead)
        .carries(entity)
        .reads()
        .returns(Schemas::employeeList())
        .handle([employees](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return employees->list(ctx, p);
        });
    r.add(list);
    r.add(MethodSpec(QStringLiteral("hr.employee.get"))
              .describe(QStringLiteral("One employee with contracts; the private fields only "
                                       "for hr.private."))
              .needs(kRead)
              .carries(entity)
              .reads()
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .returns(Schemas::employee())
              .handle([employees](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return employees->get(ctx, idOf(p));
              }));
    MethodSpec create(QStringLiteral("hr.employee.create"));
    employeeFields(create)
        .describe(QStringLiteral("Hire an employee (name and hire_date required); writing a "
                                 "private field needs hr.private (-32003 naming it)."))
        .needs(kWrite)
        .carries(entity)
        .writes(entity)
        .returns(Schemas::employee())
        .handle([employees](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return employees->create(ctx, fieldsOf(p));
        });
    r.add(create);
    MethodSpec update = versioned(QStringLiteral("hr.employee.update"));
    employeeFields(update)
        .describe(QStringLiteral("Change an employee; fields left out stay as they are; "
                                 "contracts replace the list. status left records a leaving "
                                 "(leave_date, leave_reason)."))
        .needs(kWrite)
        .carries(entity)
        .writes(entity)
        .returns(Schemas::employee())
        .handle([employees](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return employees->update(ctx, idOf(p), idOf(p, "version"), fieldsOf(p));
        });
    r.add(update);
    r.add(versioned(QStringLiteral("hr.employee.archive"))
              .describe(QStringLiteral("Archive an employee who has left (never deleted)."))
              .needs(kWrite)
              .carries(entity)
              .returns(Schemas::employee())
              .handle([employees](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return employees->archive(ctx, idOf(p), idOf(p, "version"));
              }));
    r.add(MethodSpec(QStringLiteral("hr.employee.contracts_expiring"))
              .describe(QStringLiteral("Current employees whose latest contract ends within "
                                       "`days` days (default 30), soonest first."))
              .needs(kRead)
              .carries(entity)
              .reads()
              .param(QStringLiteral("days"), ParamType::Integer, Optional,
                     QStringLiteral("0-3660, default 30"))
              .returns(Schemas::contractsExpiring())
              .handle([employees](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return employees->contractsExpiring(ctx,
                                                      p.value(QLatin1String("days")).toInt(30));
              }));
    MethodSpec exportSpec(QStringLiteral("hr.employee.export"));
    listParams(exportSpec)
        .filters(employeeFilters)
        .describe(QStringLiteral(
            "Export employees (the list's filter and search) as CSV (UTF-8 with BOM) or XLSX; "
            "the private columns only for hr.private. Import goes through platform.import.* "
            "(entity hr.employee)."))
        .needs(kRead)
        .carries(entity)
        .reads()
        .param(QStringLiteral("format"), ParamType::String, Optional, QStringLiteral("csv | xlsx"),
               8)
        .returns(Schemas::exportFile())
        .handle([employees](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return employees->exportRows(ctx, p);
        });
    r.add(exportSpec);

    // Departments.
    r.add(MethodSpec(QStringLiteral("hr.department.list"))
              .describe(QStringLiteral("Every department with parent_id (the client builds the "
                                       "tree), manager and current employee count."))
              .needs(kRead)
              .reads()
              .param(QStringLiteral("archived"), ParamType::Boolean, Optional,
                     QStringLiteral("include archived departments"))
              .returns(Schemas::rowsOf(Schemas::department()))
              .handle([org](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return org->departments(ctx, p.value(QLatin1String("archived")).toBool());
              }));
    r.add(MethodSpec(QStringLiteral("hr.department.get"))
              .describe(QStringLiteral("One department."))
              .needs(kRead)
              .reads()
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .returns(Schemas::department())
              .handle([org](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return org->department(ctx, idOf(p));
              }));
    MethodSpec departmentCreate(QStringLiteral("hr.department.create"));
    departmentFields(departmentCreate)
        .describe(QStringLiteral("Create a department (name required)."))
        .needs(kWrite)
        .returns(Schemas::department())
        .handle([org](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return org->createDepartment(ctx, fieldsOf(p));
        });
    r.add(departmentCreate);
    MethodSpec departmentUpdate = versioned(QStringLiteral("hr.department.update"));
    departmentFields(departmentUpdate)
        .describe(QStringLiteral("Change a department; a parent below the department itself is "
                                 "refused (cycle)."))
        .needs(kWrite)
        .param(QStringLiteral("active"), ParamType::Boolean, Optional,
               QStringLiteral("true restores an archived department"))
        .returns(Schemas::department())
        .handle([org](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return org->updateDepartment(ctx, idOf(p), idOf(p, "version"), fieldsOf(p));
        });
    r.add(departmentUpdate);
    r.add(versioned(QStringLiteral("hr.department.archive"))
              .describe(QStringLiteral("Archive a department without current employees or "
                                       "active sub-departments."))
              .needs(kWrite)
              .returns(Schemas::department())
              .handle([org](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return org->archiveDepartment(ctx, idOf(p), idOf(p, "version"));
              }));
    r.add(versioned(QStringLiteral("hr.department.delete"))
              .describe(QStringLiteral("Delete a department nothing refers to; one in use is "
                                       "archived instead (-32030 hr.department.in_use)."))
              .needs(kWrite)
              .returns(Rpc::schemaObject())
              .handle([org](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return org->deleteDepartment(ctx, idOf(p), idOf(p, "version"));
              }));

    // Positions.
    r.add(MethodSpec(QStringLiteral("hr.position.list"))
              .describe(QStringLiteral("Positions with planned headcount, filled and vacancies."))
              .needs(kRead)
              .reads()
              .param(QStringLiteral("department_id"), ParamType::Id, Optional)
              .param(QStringLiteral("archived"), ParamType::Boolean, Optional,
                     QStringLiteral("include archived positions"))
              .returns(Schemas::rowsOf(Schemas::position()))
              .handle([org](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return org->positions(ctx, idOf(p, "department_id"),
                                        p.value(QLatin1String("archived")).toBool());
              }));
    r.add(MethodSpec(QStringLiteral("hr.position.get"))
              .describe(QStringLiteral("One position."))
              .needs(kRead)
              .reads()
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .returns(Schemas::position())
              .handle([org](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return org->position(ctx, idOf(p));
              }));
    MethodSpec positionCreate(QStringLiteral("hr.position.create"));
    positionFields(positionCreate)
        .describe(QStringLiteral("Create a position of a department (title unique in it)."))
        .needs(kWrite)
        .returns(Schemas::position())
        .handle([org](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return org->createPosition(ctx, fieldsOf(p));
        });
    r.add(positionCreate);
    MethodSpec positionUpdate = versioned(QStringLiteral("hr.position.update"));
    positionFields(positionUpdate)
        .describe(QStringLiteral("Change a position."))
        .needs(kWrite)
        .param(QStringLiteral("active"), ParamType::Boolean, Optional,
               QStringLiteral("true restores an archived position"))
        .returns(Schemas::position())
        .handle([org](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return org->updatePosition(ctx, idOf(p), idOf(p, "version"), fieldsOf(p));
        });
    r.add(positionUpdate);
    r.add(versioned(QStringLiteral("hr.position.archive"))
              .describe(QStringLiteral("Archive a position no current employee holds."))
              .needs(kWrite)
              .returns(Schemas::position())
              .handle([org](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return org->archivePosition(ctx, idOf(p), idOf(p, "version"));
              }));

    r.add(MethodSpec(QStringLiteral("hr.orgchart"))
              .describe(QStringLiteral(
                  "The department tree (nested, with manager and employee counts) and the "
                  "current employees the caller may see (name, position, manager_id: the box "
                  "above), in two queries. department_id: that branch only."))
              .needs(kRead)
              .carries(entity)
              .reads()
              .param(QStringLiteral("department_id"), ParamType::Id, Optional)
              .returns(Schemas::orgchart())
              .handle([org](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return org->orgchart(ctx, idOf(p, "department_id"));
              }));
}

} // namespace Erp::Server::Hr
