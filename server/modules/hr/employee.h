#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Erp::Rpc {
class FieldErrors;
}

namespace Erp::Server::Hr {

/// One labour contract of an employee (劳动合同): open-ended when `endDate` is empty.
struct Contract
{
    qint64 id = 0;
    QString startDate;
    QString endDate;
    QString probationEnd;
    bool renewal = false; ///< renews the contract before it
    QString notes;
};

/// The special additional deductions (专项附加扣除) an employee declared for the individual
/// income tax: stored as structured fields, computed on by the payroll rules.
struct Deductions
{
    int children = 0; ///< children in education (子女教育)
    int infants = 0;  ///< children under three (3岁以下婴幼儿照护)
    /// none | degree (学历教育, monthly) | certificate (职业资格, the year of the certificate)
    QString continuingEducation = QStringLiteral("none");
    /// none | loan (住房贷款利息) | rent_tier1 | rent_tier2 | rent_tier3 (住房租金 by city tier)
    QString housing = QStringLiteral("none");
    bool elderlyOnlyChild = false; ///< 独生子女: the whole elderly support deduction
    qint64 elderlyShare = 0;       ///< monthly share of 赡养老人, minor units
};

/// The employee master record (docs/ARCHITECTURE.md "HR"). The private fields (ID number, bank,
/// contribution base, housing fund rate, deductions) are protected by hr.private.
struct Employee
{
    qint64 id = 0;
    QString number; ///< E000001; generated when empty
    QString name;
    QString gender; ///< male | female | ""
    QString birthDate;
    QString idNumber;
    QString phone;
    QString email;
    QString address;
    QString emergencyContact;
    QString emergencyPhone;
    QString hireDate;
    qint64 departmentId = 0;
    QString departmentName;
    qint64 positionId = 0;
    QString positionTitle;
    qint64 managerId = 0;
    QString managerName;
    qint64 userId = 0; ///< the login of the employee (a manager's record rule starts there)
    QString username;
    QString employmentType = QStringLiteral("full_time");
    QString status = QStringLiteral("active"); ///< active | on_leave | left
    QString leaveDate;
    QString leaveReason;
    bool archived = false;
    QString bankName;
    QString bankAccount;
    QString socialInsuranceCity;
    qint64 contributionBase = 0; ///< minor units
    int housingFundRate = 0;     ///< hundredths of a percent (1200 = 12 %)
    Deductions deductions;
    QList<Contract> contracts;
    QString createdAt;
    QString updatedAt;
    qint64 version = 1;
};

/// The wire form (everything; the dispatcher leaves out what the caller may not read).
QJsonObject toJson(const Employee& e);

/// Applies the fields present in `json` onto `e`; wrong types become field errors.
void applyJson(Employee& e, const QJsonObject& json, Rpc::FieldErrors& errors);

/// The record's own rules: required fields, formats, the ID number's checksum and its agreement
/// with birth date and gender (filled from it when empty), leave date and reason, contracts,
/// deductions. `today` bounds dates. References and uniqueness are the service's.
void validate(Employee& e, Rpc::FieldErrors& errors, const QDate& today);

/// What a search looks through, lower-cased: number, name, phone, e-mail (no private field).
QString searchText(const Employee& e);

/// The employment types, statuses and the deduction codes the record accepts.
const QStringList& employmentTypes();
const QStringList& employeeStatuses();

} // namespace Erp::Server::Hr
