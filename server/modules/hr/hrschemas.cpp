#include "server/modules/hr/hrschemas.h"

#include "server/rpc/method.h"

#include <QJsonArray>

namespace Erp::Server::Hr::Schemas {

namespace {

QJsonObject type(const char* name, const char* description = nullptr)
{
    QJsonObject o{{QStringLiteral("type"), QLatin1String(name)}};
    if (description)
        o.insert(QStringLiteral("description"), QLatin1String(description));
    return o;
}

QJsonObject nullableId(const char* description)
{
    return QJsonObject{
        {QStringLiteral("type"), QJsonArray{QStringLiteral("integer"), QStringLiteral("null")}},
        {QStringLiteral("description"), QLatin1String(description)}};
}

QJsonObject arrayOf(const QJsonObject& items)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                       {QStringLiteral("items"), items}};
}

QJsonObject listRowProperties()
{
    return {
        {QStringLiteral("id"), type("integer")},
        {QStringLiteral("number"), type("string", "E000001")},
        {QStringLiteral("name"), type("string")},
        {QStringLiteral("gender"), type("string", "male | female | \"\"")},
        {QStringLiteral("phone"), type("string")},
        {QStringLiteral("email"), type("string")},
        {QStringLiteral("hire_date"), type("string", "yyyy-MM-dd")},
        {QStringLiteral("department_id"), nullableId("hr.department")},
        {QStringLiteral("department_name"), type("string")},
        {QStringLiteral("position_id"), nullableId("hr.position")},
        {QStringLiteral("position_title"), type("string")},
        {QStringLiteral("manager_id"), nullableId("hr.employee")},
        {QStringLiteral("manager_name"), type("string")},
        {QStringLiteral("employment_type"),
         type("string", "full_time | part_time | intern | contractor")},
        {QStringLiteral("status"), type("string", "active | on_leave | left")},
        {QStringLiteral("leave_date"), type("string", "yyyy-MM-dd or \"\"")},
        {QStringLiteral("archived"), type("boolean")},
        {QStringLiteral("updated_at"), type("string")},
        {QStringLiteral("version"), type("integer")},
    };
}

} // namespace

QJsonObject employee()
{
    QJsonObject props = listRowProperties();
    const QJsonObject contract = Rpc::schemaObject(
        {{QStringLiteral("id"), type("integer")},
         {QStringLiteral("start_date"), type("string", "yyyy-MM-dd")},
         {QStringLiteral("end_date"), type("string", "yyyy-MM-dd, \"\" = open-ended")},
         {QStringLiteral("probation_end"), type("string", "yyyy-MM-dd or \"\"")},
         {QStringLiteral("renewal"), type("boolean", "renews the contract before it")},
         {QStringLiteral("notes"), type("string")}});
    const QJsonObject deductions = Rpc::schemaObject(
        {{QStringLiteral("children"), type("integer", "children in education")},
         {QStringLiteral("infants"), type("integer", "children under three")},
         {QStringLiteral("continuing_education"), type("string", "none | degree | certificate")},
         {QStringLiteral("housing"),
          type("string", "none | loan | rent_tier1 | rent_tier2 | rent_tier3")},
         {QStringLiteral("elderly_only_child"), type("boolean")},
         {QStringLiteral("elderly_share"), type("string", "money a month, e.g. \"1500.00\"")}});
    props.insert(QStringLiteral("birth_date"), type("string", "yyyy-MM-dd"));
    props.insert(QStringLiteral("id_number"),
                 type("string", "18 characters, GB 11643 check character (hr.private)"));
    props.insert(QStringLiteral("address"), type("string"));
    props.insert(QStringLiteral("emergency_contact"), type("string"));
    props.insert(QStringLiteral("emergency_phone"), type("string"));
    props.insert(QStringLiteral("user_id"), nullableId("the employee's login (a user)"));
    props.insert(QStringLiteral("username"), type("string"));
    props.insert(QStringLiteral("leave_reason"), type("string"));
    props.insert(QStringLiteral("bank_name"), type("string", "hr.private"));
    props.insert(QStringLiteral("bank_account"), type("string", "hr.private"));
    props.insert(QStringLiteral("social_insurance_city"), type("string"));
    props.insert(QStringLiteral("contribution_base"),
                 type("string", "money, e.g. \"12000.00\" (hr.private)"));
    props.insert(QStringLiteral("housing_fund_rate"),
                 type("string", "percent, 0 or 5.00-12.00 (hr.private)"));
    QJsonObject d = deductions;
    d.insert(QStringLiteral("description"), QStringLiteral("hr.private"));
    props.insert(QStringLiteral("deductions"), d);
    props.insert(QStringLiteral("contracts"), arrayOf(contract));
    props.insert(QStringLiteral("created_at"), type("string"));
    return Rpc::schemaObject(props);
}

QJsonObject employeeList()
{
    QJsonObject schema = Rpc::schemaListOf(Rpc::schemaObject(listRowProperties()));
    QJsonObject props = schema.value(QStringLiteral("properties")).toObject();
    props.insert(QStringLiteral("total_capped"), type("boolean", "total stopped at 10000"));
    props.insert(QStringLiteral("next_after"),
                 QJsonObject{{QStringLiteral("type"),
                              QJsonArray{QStringLiteral("array"), QStringLiteral("null")}}});
    schema.insert(QStringLiteral("properties"), props);
    return schema;
}

QJsonObject department()
{
    return Rpc::schemaObject({{QStringLiteral("id"), type("integer")},
                              {QStringLiteral("code"), type("string", "D001")},
                              {QStringLiteral("name"), type("string")},
                              {QStringLiteral("parent_id"), nullableId("hr.department")},
                              {QStringLiteral("parent_name"), type("string")},
                              {QStringLiteral("manager_id"), nullableId("hr.employee")},
                              {QStringLiteral("manager_name"), type("string")},
                              {QStringLiteral("active"), type("boolean")},
                              {QStringLiteral("notes"), type("string")},
                              {QStringLiteral("employees"), type("integer", "current employees")},
                              {QStringLiteral("created_at"), type("string")},
                              {QStringLiteral("updated_at"), type("string")},
                              {QStringLiteral("version"), type("integer")}});
}

QJsonObject position()
{
    return Rpc::schemaObject(
        {{QStringLiteral("id"), type("integer")},
         {QStringLiteral("title"), type("string")},
         {QStringLiteral("department_id"), nullableId("hr.department")},
         {QStringLiteral("department_name"), type("string")},
         {QStringLiteral("headcount"), type("integer", "planned")},
         {QStringLiteral("filled"), type("integer", "current employees holding it")},
         {QStringLiteral("vacancies"), type("integer", "max(0, headcount - filled)")},
         {QStringLiteral("active"), type("boolean")},
         {QStringLiteral("notes"), type("string")},
         {QStringLiteral("created_at"), type("string")},
         {QStringLiteral("updated_at"), type("string")},
         {QStringLiteral("version"), type("integer")}});
}

QJsonObject rowsOf(const QJsonObject& row)
{
    return Rpc::schemaListOf(row);
}

QJsonObject contractsExpiring()
{
    QJsonObject schema = Rpc::schemaListOf(
        Rpc::schemaObject({{QStringLiteral("employee_id"), type("integer")},
                           {QStringLiteral("number"), type("string")},
                           {QStringLiteral("name"), type("string")},
                           {QStringLiteral("department_name"), type("string")},
                           {QStringLiteral("manager_id"), nullableId("hr.employee")},
                           {QStringLiteral("contract_id"), type("integer")},
                           {QStringLiteral("start_date"), type("string")},
                           {QStringLiteral("end_date"), type("string")},
                           {QStringLiteral("days_left"), type("integer")}}));
    QJsonObject props = schema.value(QStringLiteral("properties")).toObject();
    props.insert(QStringLiteral("days"), type("integer"));
    props.insert(QStringLiteral("today"), type("string"));
    schema.insert(QStringLiteral("properties"), props);
    return schema;
}

QJsonObject orgchart()
{
    QJsonObject node = Rpc::schemaObject(
        {{QStringLiteral("id"), type("integer")},
         {QStringLiteral("code"), type("string")},
         {QStringLiteral("name"), type("string")},
         {QStringLiteral("manager_id"), nullableId("hr.employee")},
         {QStringLiteral("manager_name"), type("string")},
         {QStringLiteral("employees"), type("integer", "employees of this department shown")},
         {QStringLiteral("children"),
          QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                      {QStringLiteral("description"), QStringLiteral("departments below, the same "
                                                                     "shape")}}}});
    const QJsonObject person =
        Rpc::schemaObject({{QStringLiteral("id"), type("integer")},
                           {QStringLiteral("number"), type("string")},
                           {QStringLiteral("name"), type("string")},
                           {QStringLiteral("department_id"), nullableId("hr.department")},
                           {QStringLiteral("position_id"), nullableId("hr.position")},
                           {QStringLiteral("position_title"), type("string")},
                           {QStringLiteral("manager_id"), nullableId("hr.employee: the box above")},
                           {QStringLiteral("status"), type("string")}});
    return Rpc::schemaObject({{QStringLiteral("departments"), arrayOf(node)},
                              {QStringLiteral("employees"), arrayOf(person)},
                              {QStringLiteral("total"), type("integer")}});
}

QJsonObject exportFile()
{
    return Rpc::schemaObject({{QStringLiteral("format"), type("string", "csv | xlsx")},
                              {QStringLiteral("filename"), type("string")},
                              {QStringLiteral("mime"), type("string")},
                              {QStringLiteral("rows"), type("integer")},
                              {QStringLiteral("content_base64"), type("string")}});
}

} // namespace Erp::Server::Hr::Schemas
