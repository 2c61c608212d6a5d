// Employees as an importable entity (platform.import, entity hr.employee): one row per employee,
// keyed by its number; department, position and manager named as a clerk types them.
#include "common/jsonrpc.h"
#include "server/modules/hr/employeerepository.h"
#include "server/modules/hr/hrmodule.h"
#include "server/modules/hr/orgrepository.h"
#include "server/platform/importservice.h"
#include "server/rpc/callcontext.h"

namespace Erp::Server::Hr {

using Platform::ImportColumn;
using Platform::ImportEntity;
using Platform::ImportOutcome;
using Type = ImportColumn::Type;

namespace {

ImportColumn col(const char* name, Type type, const char* label, QStringList aliases,
                 bool required = false, const char* protectedAs = "")
{
    return ImportColumn{QLatin1String(name),
                        type,
                        required,
                        QStringLiteral("hr.employee.field.") + QLatin1String(name),
                        QLatin1String(label),
                        std::move(aliases),
                        QLatin1String(protectedAs)};
}

QString cell(const QJsonObject& row, const char* key)
{
    return row.value(QLatin1String(key)).toString().trimmed();
}

} // namespace

void HrModule::registerImports(Platform::ImportService& imports)
{
    ImportEntity e;
    e.name = EmployeeService::entity();
    e.permission = QStringLiteral("hr.write");
    e.labelId = QStringLiteral("hr.employee.entity");
    e.label = QStringLiteral("Employees");
    e.eventEntity = EmployeeService::entity();
    e.keyColumn = QStringLiteral("number");
    e.tables = {QStringLiteral("hr_employees"), QStringLiteral("hr_contracts")};
    e.columns = {
        col("number", Type::Text, "Number", {QStringLiteral("工号"), QStringLiteral("员工编号")}),
        col("name", Type::Text, "Name", {QStringLiteral("姓名")}, true),
        col("gender", Type::Text, "Gender (male/female)", {QStringLiteral("性别")}),
        col("birth_date", Type::Date, "Birth date", {QStringLiteral("出生日期")}),
        col("id_number", Type::Text, "ID number",
            {QStringLiteral("身份证号"), QStringLiteral("身份证号码")}),
        col("phone", Type::Text, "Phone", {QStringLiteral("手机"), QStringLiteral("电话")}),
        col("email", Type::Text, "E-mail", {QStringLiteral("邮箱")}),
        col("address", Type::Text, "Address", {QStringLiteral("地址"), QStringLiteral("住址")}),
        col("emergency_contact", Type::Text, "Emergency contact", {QStringLiteral("紧急联系人")}),
        col("emergency_phone", Type::Text, "Emergency phone", {QStringLiteral("紧急联系电话")}),
        col("hire_date", Type::Date, "Hire date",
            {QStringLiteral("入职日期"), QStringLiteral("入职时间")}, true),
        col("department", Type::Text, "Department (code or name)", {QStringLiteral("部门")}),
        col("position", Type::Text, "Position", {QStringLiteral("岗位"), QStringLiteral("职位")}),
        col("manager", Type::Text, "Manager (number)",
            {QStringLiteral("直属上级"), QStringLiteral("上级工号")}),
        col("employment_type", Type::Text, "Employment type", {QStringLiteral("用工类型")}),
        col("status", Type::Text, "Status", {QStringLiteral("状态")}),
        col("leave_date", Type::Date, "Leave date", {QStringLiteral("离职日期")}),
        col("leave_reason", Type::Text, "Leave reason", {QStringLiteral("离职原因")}),
        col("social_insurance_city", Type::Text, "Social insurance city",
            {QStringLiteral("社保城市"), QStringLiteral("参保地")}),
        col("bank_name", Type::Text, "Bank", {QStringLiteral("开户行")}),
        col("bank_account", Type::Text, "Bank account",
            {QStringLiteral("银行账号"), QStringLiteral("工资卡号")}),
        col("contribution_base", Type::Decimal, "Contribution base",
            {QStringLiteral("缴费基数"), QStringLiteral("社保基数")}),
        col("housing_fund_rate", Type::Decimal, "Housing fund rate (%)",
            {QStringLiteral("公积金比例")}),
        col("deduction_children", Type::Integer, "Children in education",
            {QStringLiteral("子女教育")}, false, "deductions"),
        col("deduction_infants", Type::Integer, "Children under three",
            {QStringLiteral("婴幼儿照护")}, false, "deductions"),
        col("deduction_continuing_education", Type::Text, "Continuing education",
            {QStringLiteral("继续教育")}, false, "deductions"),
        col("deduction_housing", Type::Text, "Housing (loan/rent tier)", {QStringLiteral("住房")},
            false, "deductions"),
        col("deduction_elderly_only_child", Type::Boolean, "Only child (elderly support)",
            {QStringLiteral("独生子女")}, false, "deductions"),
        col("deduction_elderly_share", Type::Decimal, "Elderly support share a month",
            {QStringLiteral("赡养老人")}, false, "deductions"),
    };
    const ImportEntity shape = e;
    EmployeeService* svc = &m_employees;
    e.apply = [svc, shape](Rpc::CallContext& ctx, const QList<QJsonObject>& rows,
                           const QJsonObject&) -> ImportOutcome {
        const QJsonObject& row = rows.first();
        static const QStringList named{QStringLiteral("department"),
                                       QStringLiteral("position"),
                                       QStringLiteral("manager"),
                                       QStringLiteral("deduction_children"),
                                       QStringLiteral("deduction_infants"),
                                       QStringLiteral("deduction_continuing_education"),
                                       QStringLiteral("deduction_housing"),
                                       QStringLiteral("deduction_elderly_only_child"),
                                       QStringLiteral("deduction_elderly_share")};
        QJsonObject fields = Platform::typedFields(shape, row, named);
        OrgRepository org(ctx.db);
        EmployeeRepository repo(ctx.db);
        qint64 department = 0;
        if (!cell(row, "department").isEmpty()) {
            department = org.departmentIdByCode(cell(row, "department").toUpper());
            if (department == 0)
                department = org.departmentIdByName(cell(row, "department"));
            if (department == 0)
                Platform::throwRowProblem(QStringLiteral("department"), QStringLiteral("unknown"),
                                          QStringLiteral("is not a department"),
                                          QStringLiteral("hr.department.unknown"));
            fields.insert(QStringLiteral("department_id"), department);
        }
        if (!cell(row, "position").isEmpty()) {
            const qint64 position =
                department > 0 ? org.positionIdByTitle(department, cell(row, "position"), 0) : 0;
            if (position == 0)
                Platform::throwRowProblem(QStringLiteral("position"), QStringLiteral("unknown"),
                                          QStringLiteral("is not a position"),
                                          QStringLiteral("hr.position.unknown"));
            fields.insert(QStringLiteral("position_id"), position);
        }
        if (!cell(row, "manager").isEmpty()) {
            const qint64 manager = repo.idByNumber(cell(row, "manager").toUpper());
            if (manager == 0)
                Platform::throwRowProblem(QStringLiteral("manager"), QStringLiteral("unknown"),
                                          QStringLiteral("is not an employee"),
                                          QStringLiteral("hr.employee.unknown"));
            fields.insert(QStringLiteral("manager_id"), manager);
        }
        QJsonObject deductions;
        const QJsonObject typed = Platform::typedFields(shape, row);
        for (const char* key : {"children", "infants", "continuing_education", "housing",
                                "elderly_only_child", "elderly_share"}) {
            const QString column = QStringLiteral("deduction_") + QLatin1String(key);
            if (typed.contains(column))
                deductions.insert(QLatin1String(key), typed.value(column));
        }
        if (!deductions.isEmpty())
            fields.insert(QStringLiteral("deductions"), deductions);
        const qint64 id =
            cell(row, "number").isEmpty() ? 0 : repo.idByNumber(cell(row, "number").toUpper());
        if (id == 0) {
            svc->create(ctx, fields);
            return ImportOutcome::Created;
        }
        const QJsonObject before = svc->get(ctx, id);
        return Platform::updateOrUnchanged(ctx, before, [&] {
            return svc->update(ctx, id, before.value(QLatin1String("version")).toInteger(), fields);
        });
    };
    imports.add(e);
}

} // namespace Erp::Server::Hr
