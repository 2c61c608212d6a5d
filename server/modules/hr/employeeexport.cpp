// hr.employee.export: the list's filter and search as a CSV or XLSX file. A private column is
// written only for a caller who may read its protected field (FieldAccess::canRead).
#include "common/csv.h"
#include "common/jsonrpc.h"
#include "common/money.h"
#include "server/modules/hr/employeerepository.h"
#include "server/modules/hr/employeeservice.h"
#include "server/platform/fieldaccess.h"
#include "server/rpc/callcontext.h"
#include "server/storage/listquery.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

#include <functional>

#include <xlsxwriter.h>

namespace Erp::Server::Hr {

using Rpc::Error;

namespace {

constexpr int MaxExportRows = 100000;

/// One column of the file: its header, the protected field it shows (empty: none) and its value.
struct ExportColumn
{
    const char* name;
    const char* protectedField;
    std::function<QString(const Employee&)> value;
};

QString money(qint64 minor)
{
    return Decimal(minor, Money::Scale).toString();
}

const QList<ExportColumn>& exportColumns()
{
    static const QList<ExportColumn> columns{
        {"number", "", [](const Employee& e) { return e.number; }},
        {"name", "", [](const Employee& e) { return e.name; }},
        {"gender", "", [](const Employee& e) { return e.gender; }},
        {"birth_date", "", [](const Employee& e) { return e.birthDate; }},
        {"id_number", "id_number", [](const Employee& e) { return e.idNumber; }},
        {"phone", "", [](const Employee& e) { return e.phone; }},
        {"email", "", [](const Employee& e) { return e.email; }},
        {"address", "", [](const Employee& e) { return e.address; }},
        {"emergency_contact", "", [](const Employee& e) { return e.emergencyContact; }},
        {"emergency_phone", "", [](const Employee& e) { return e.emergencyPhone; }},
        {"hire_date", "", [](const Employee& e) { return e.hireDate; }},
        {"department", "", [](const Employee& e) { return e.departmentName; }},
        {"position", "", [](const Employee& e) { return e.positionTitle; }},
        {"manager", "", [](const Employee& e) { return e.managerName; }},
        {"employment_type", "", [](const Employee& e) { return e.employmentType; }},
        {"status", "", [](const Employee& e) { return e.status; }},
        {"leave_date", "", [](const Employee& e) { return e.leaveDate; }},
        {"leave_reason", "", [](const Employee& e) { return e.leaveReason; }},
        {"social_insurance_city", "", [](const Employee& e) { return e.socialInsuranceCity; }},
        {"bank_name", "bank_name", [](const Employee& e) { return e.bankName; }},
        {"bank_account", "bank_account", [](const Employee& e) { return e.bankAccount; }},
        {"contribution_base", "contribution_base",
         [](const Employee& e) { return money(e.contributionBase); }},
        {"housing_fund_rate", "housing_fund_rate",
         [](const Employee& e) { return Decimal(e.housingFundRate, 2).toString(); }},
        {"deduction_children", "deductions",
         [](const Employee& e) { return QString::number(e.deductions.children); }},
        {"deduction_infants", "deductions",
         [](const Employee& e) { return QString::number(e.deductions.infants); }},
        {"deduction_continuing_education", "deductions",
         [](const Employee& e) { return e.deductions.continuingEducation; }},
        {"deduction_housing", "deductions", [](const Employee& e) { return e.deductions.housing; }},
        {"deduction_elderly_only_child", "deductions",
         [](const Employee& e) {
             return e.deductions.elderlyOnlyChild ? QStringLiteral("true")
                                                  : QStringLiteral("false");
         }},
        {"deduction_elderly_share", "deductions",
         [](const Employee& e) { return money(e.deductions.elderlyShare); }},
    };
    return columns;
}

QByteArray writeXlsx(const QList<const ExportColumn*>& columns, const QList<Employee>& rows)
{
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("export.xlsx")).toLocal8Bit();
    lxw_workbook* book = workbook_new(path.constData());
    if (!book)
        throw Error(Rpc::InternalError, QStringLiteral("Cannot write the XLSX file"))
            .withId(QStringLiteral("export.xlsx_failed"));
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Employees");
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    for (int c = 0; c < columns.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), columns.at(c)->name, bold);
    worksheet_freeze_panes(sheet, 1, 0);
    lxw_row_t row = 1;
    for (const Employee& e : rows) {
        for (int c = 0; c < columns.size(); ++c) {
            const QString v = columns.at(c)->value(e);
            if (!v.isEmpty()) // text cells: ID and account numbers keep every digit
                worksheet_write_string(sheet, row, lxw_col_t(c), v.toUtf8().constData(), nullptr);
        }
        ++row;
    }
    if (workbook_close(book) != LXW_NO_ERROR)
        throw Error(Rpc::InternalError, QStringLiteral("Cannot write the XLSX file"))
            .withId(QStringLiteral("export.xlsx_failed"));
    QFile f(QString::fromLocal8Bit(path));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Rpc::InternalError, QStringLiteral("Cannot write the XLSX file"))
            .withId(QStringLiteral("export.xlsx_failed"));
    return f.readAll();
}

} // namespace

QJsonObject EmployeeService::exportRows(Rpc::CallContext& ctx, const QJsonObject& params)
{
    const QString format = params.value(QLatin1String("format")).toString(QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        throw Error::validation(QStringLiteral("format"), QStringLiteral("invalid"),
                                QStringLiteral("must be csv or xlsx"),
                                QStringLiteral("export.format_csv_xlsx"));
    QJsonObject listParams = params;
    listParams.remove(QStringLiteral("format"));
    static const QHash<QString, QString> sortable{
        {QStringLiteral("number"), QStringLiteral("e.number")},
        {QStringLiteral("name"), QStringLiteral("e.name")},
        {QStringLiteral("hire_date"), QStringLiteral("e.hire_date")},
        {QStringLiteral("department_name"), QStringLiteral("COALESCE(d.name, '')")}};
    const auto query = Storage::ListQuery::parse(listParams, sortable, QStringLiteral("number"),
                                                 QStringLiteral("e.id"));
    checkListFilter(query.filter);
    bool truncated = false;
    const QList<Employee> rows =
        EmployeeRepository(ctx.db, visibleTo(ctx)).listForExport(query, MaxExportRows, &truncated);
    if (truncated)
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("More than %1 employees match; narrow the filter or export "
                                   "in parts")
                        .arg(MaxExportRows))
            .withId(QStringLiteral("hr.export.too_many"),
                    QJsonObject{{QStringLiteral("max"), MaxExportRows}});

    QList<const ExportColumn*> columns;
    for (const ExportColumn& c : exportColumns())
        if (!*c.protectedField ||
            Platform::FieldAccess::canRead(ctx, entity(), QLatin1String(c.protectedField)))
            columns.append(&c);
    QByteArray content;
    if (format == QLatin1String("csv")) {
        QStringList header;
        for (const ExportColumn* c : columns)
            header.append(QLatin1String(c->name));
        content = Csv::utf8Bom() + Csv::formatRow(header);
        for (const Employee& e : rows) {
            QStringList values;
            for (const ExportColumn* c : columns)
                values.append(c->value(e));
            content += Csv::formatRow(values);
        }
    } else {
        content = writeXlsx(columns, rows);
    }
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return QJsonObject{
        {QStringLiteral("format"), format},
        {QStringLiteral("filename"), QStringLiteral("employees-%1.%2").arg(stamp, format)},
        {QStringLiteral("mime"),
         format == QLatin1String("csv")
             ? QStringLiteral("text/csv; charset=utf-8")
             : QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")},
        {QStringLiteral("rows"), int(rows.size())},
        {QStringLiteral("content_base64"), QString::fromLatin1(content.toBase64())},
    };
}

} // namespace Erp::Server::Hr
