#include "server/modules/hr/employee.h"

#include "common/idnumber.h"
#include "common/jsonrpc.h"
#include "common/money.h"
#include "server/modules/crm/customer.h" // the shared phone and e-mail formats

#include <QJsonArray>

namespace Erp::Server::Hr {

namespace {

const QString kInvalid = QStringLiteral("invalid");

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

void text(const QJsonObject& json, const char* key, QString& out, int max, Rpc::FieldErrors& errors,
          const QString& prefix = {})
{
    const auto it = json.constFind(QLatin1String(key));
    if (it == json.constEnd())
        return;
    if (it->isNull()) {
        out.clear();
        return;
    }
    const QString field = prefix + QLatin1String(key);
    if (!it->isString()) {
        errors.add(field, kInvalid, QStringLiteral("must be text"),
                   QStringLiteral("validation.text"));
        return;
    }
    const QString value = it->toString().trimmed();
    if (value.size() > max) {
        errors.add(field, QStringLiteral("too_long"),
                   QStringLiteral("must be at most %1 characters").arg(max),
                   QStringLiteral("validation.too_long"),
                   QJsonObject{{QStringLiteral("max"), max}});
        return;
    }
    out = value;
}

void id(const QJsonObject& json, const char* key, qint64& out, Rpc::FieldErrors& errors)
{
    const auto it = json.constFind(QLatin1String(key));
    if (it == json.constEnd())
        return;
    if (it->isNull()) {
        out = 0;
        return;
    }
    const double d = it->toDouble();
    if (!it->isDouble() || d < 1 || d != double(qint64(d))) {
        errors.add(QLatin1String(key), kInvalid, QStringLiteral("must be a record id"),
                   QStringLiteral("validation.record_id"));
        return;
    }
    out = qint64(d);
}

void count(const QJsonObject& json, const char* key, int& out, Rpc::FieldErrors& errors,
           const QString& prefix)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return;
    const double d = v.toDouble();
    if (!v.isDouble() || d != double(qint64(d)) || d < 0 || d > 20) {
        errors.add(prefix + QLatin1String(key), kInvalid,
                   QStringLiteral("must be between 0 and 20"), QStringLiteral("validation.range"),
                   QJsonObject{{QStringLiteral("min"), 0}, {QStringLiteral("max"), 20}});
        return;
    }
    out = int(d);
}

void boolean(const QJsonObject& json, const char* key, bool& out, Rpc::FieldErrors& errors,
             const QString& prefix = {})
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isBool())
        out = v.toBool();
    else if (!v.isUndefined() && !v.isNull())
        errors.add(prefix + QLatin1String(key), kInvalid, QStringLiteral("must be true or false"),
                   QStringLiteral("validation.boolean"));
}

/// A non-negative amount ("12000.00") into minor units.
void money(const QJsonObject& json, const char* key, qint64& out, Rpc::FieldErrors& errors,
           const QString& prefix = {})
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined())
        return;
    if (v.isNull()) {
        out = 0;
        return;
    }
    const auto m = Money::parse(v.isString() ? v.toString().trimmed() : QString());
    if (!m) {
        errors.add(prefix + QLatin1String(key), kInvalid,
                   QStringLiteral("must be an amount such as 50000.00"),
                   QStringLiteral("validation.amount"));
        return;
    }
    if (m->isNegative()) {
        errors.add(prefix + QLatin1String(key), kInvalid, QStringLiteral("must not be negative"),
                   QStringLiteral("validation.negative"));
        return;
    }
    out = m->minorUnits();
}

QString moneyText(qint64 minor)
{
    return Decimal(minor, Money::Scale).toString();
}

void oneOf(const QString& value, const QStringList& allowed, const QString& field,
           Rpc::FieldErrors& errors)
{
    if (!allowed.contains(value))
        errors.add(field, kInvalid, QStringLiteral("must be one of %1").arg(allowed.join(", ")),
                   QStringLiteral("validation.one_of"),
                   QJsonObject{{QStringLiteral("values"), allowed.join(QStringLiteral(", "))}});
}

/// Adds the field's error unless `value` is empty or an ISO date no later than `latest`.
QDate date(const QString& value, const QString& field, Rpc::FieldErrors& errors)
{
    if (value.isEmpty())
        return {};
    const QDate d = QDate::fromString(value, Qt::ISODate);
    if (!d.isValid() || value.size() != 10)
        errors.add(field, kInvalid, QStringLiteral("must be a date such as 2026-11-27"),
                   QStringLiteral("validation.date"));
    return d;
}

const QStringList kEducation{QStringLiteral("none"), QStringLiteral("degree"),
                             QStringLiteral("certificate")};
const QStringList kHousing{QStringLiteral("none"), QStringLiteral("loan"),
                           QStringLiteral("rent_tier1"), QStringLiteral("rent_tier2"),
                           QStringLiteral("rent_tier3")};
const QStringList kGenders{QStringLiteral("male"), QStringLiteral("female")};

/// The monthly elderly support deduction (2023): 3,000.00 for an only child, at most 1,500.00
/// as a share among siblings.
constexpr qint64 ElderlyOnlyChild = 300000;
constexpr qint64 ElderlyShareMax = 150000;

void applyContracts(Employee& e, const QJsonValue& value, Rpc::FieldErrors& errors)
{
    if (value.isUndefined())
        return;
    if (!value.isArray() && !value.isNull()) {
        errors.add(QStringLiteral("contracts"), kInvalid, QStringLiteral("must be a list"),
                   QStringLiteral("validation.list"));
        return;
    }
    const QJsonArray list = value.toArray();
    if (list.size() > 50) {
        errors.add(QStringLiteral("contracts"), kInvalid, QStringLiteral("at most 50 entries"),
                   QStringLiteral("validation.too_many_entries"),
                   QJsonObject{{QStringLiteral("max"), 50}});
        return;
    }
    QList<Contract> out;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString prefix = QStringLiteral("contracts[%1].").arg(i);
        const QJsonObject o = list.at(i).toObject();
        Contract c;
        c.id = qint64(o.value(QLatin1String("id")).toDouble());
        text(o, "start_date", c.startDate, 10, errors, prefix);
        text(o, "end_date", c.endDate, 10, errors, prefix);
        text(o, "probation_end", c.probationEnd, 10, errors, prefix);
        text(o, "notes", c.notes, 500, errors, prefix);
        boolean(o, "renewal", c.renewal, errors, prefix);
        out.append(c);
    }
    e.contracts = out;
}

void applyDeductions(Deductions& d, const QJsonValue& value, Rpc::FieldErrors& errors)
{
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isObject()) {
        errors.add(QStringLiteral("deductions"), kInvalid, QStringLiteral("must be an object"),
                   QStringLiteral("validation.object"));
        return;
    }
    const QJsonObject o = value.toObject();
    const QString prefix = QStringLiteral("deductions.");
    count(o, "children", d.children, errors, prefix);
    count(o, "infants", d.infants, errors, prefix);
    text(o, "continuing_education", d.continuingEducation, 20, errors, prefix);
    text(o, "housing", d.housing, 20, errors, prefix);
    boolean(o, "elderly_only_child", d.elderlyOnlyChild, errors, prefix);
    money(o, "elderly_share", d.elderlyShare, errors, prefix);
}

} // namespace

const QStringList& employmentTypes()
{
    static const QStringList types{QStringLiteral("full_time"), QStringLiteral("part_time"),
                                   QStringLiteral("intern"), QStringLiteral("contractor")};
    return types;
}

const QStringList& employeeStatuses()
{
    static const QStringList statuses{QStringLiteral("active"), QStringLiteral("on_leave"),
                                      QStringLiteral("left")};
    return statuses;
}

QJsonObject toJson(const Employee& e)
{
    QJsonArray contracts;
    for (const Contract& c : e.contracts)
        contracts.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("start_date"), c.startDate},
                                     {QStringLiteral("end_date"), c.endDate},
                                     {QStringLiteral("probation_end"), c.probationEnd},
                                     {QStringLiteral("renewal"), c.renewal},
                                     {QStringLiteral("notes"), c.notes}});
    const Deductions& d = e.deductions;
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("number"), e.number},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("gender"), e.gender},
        {QStringLiteral("birth_date"), e.birthDate},
        {QStringLiteral("id_number"), e.idNumber},
        {QStringLiteral("phone"), e.phone},
        {QStringLiteral("email"), e.email},
        {QStringLiteral("address"), e.address},
        {QStringLiteral("emergency_contact"), e.emergencyContact},
        {QStringLiteral("emergency_phone"), e.emergencyPhone},
        {QStringLiteral("hire_date"), e.hireDate},
        {QStringLiteral("department_id"), idOrNull(e.departmentId)},
        {QStringLiteral("department_name"), e.departmentName},
        {QStringLiteral("position_id"), idOrNull(e.positionId)},
        {QStringLiteral("position_title"), e.positionTitle},
        {QStringLiteral("manager_id"), idOrNull(e.managerId)},
        {QStringLiteral("manager_name"), e.managerName},
        {QStringLiteral("user_id"), idOrNull(e.userId)},
        {QStringLiteral("username"), e.username},
        {QStringLiteral("employment_type"), e.employmentType},
        {QStringLiteral("status"), e.status},
        {QStringLiteral("leave_date"), e.leaveDate},
        {QStringLiteral("leave_reason"), e.leaveReason},
        {QStringLiteral("archived"), e.archived},
        {QStringLiteral("bank_name"), e.bankName},
        {QStringLiteral("bank_account"), e.bankAccount},
        {QStringLiteral("social_insurance_city"), e.socialInsuranceCity},
        {QStringLiteral("contribution_base"), moneyText(e.contributionBase)},
        {QStringLiteral("housing_fund_rate"), Decimal(e.housingFundRate, 2).toString()},
        {QStringLiteral("deductions"),
         QJsonObject{{QStringLiteral("children"), d.children},
                     {QStringLiteral("infants"), d.infants},
                     {QStringLiteral("continuing_education"), d.continuingEducation},
                     {QStringLiteral("housing"), d.housing},
                     {QStringLiteral("elderly_only_child"), d.elderlyOnlyChild},
                     {QStringLiteral("elderly_share"), moneyText(d.elderlyShare)}}},
        {QStringLiteral("contracts"), contracts},
        {QStringLiteral("created_at"), e.createdAt},
        {QStringLiteral("updated_at"), e.updatedAt},
        {QStringLiteral("version"), e.version},
    };
}

void applyJson(Employee& e, const QJsonObject& json, Rpc::FieldErrors& errors)
{
    text(json, "number", e.number, 20, errors);
    e.number = e.number.toUpper();
    text(json, "name", e.name, 100, errors);
    text(json, "gender", e.gender, 10, errors);
    text(json, "birth_date", e.birthDate, 10, errors);
    text(json, "id_number", e.idNumber, 30, errors);
    e.idNumber = IdNumber::normalized(e.idNumber);
    text(json, "phone", e.phone, 40, errors);
    text(json, "email", e.email, 200, errors);
    e.email = e.email.toLower();
    text(json, "address", e.address, 500, errors);
    text(json, "emergency_contact", e.emergencyContact, 100, errors);
    text(json, "emergency_phone", e.emergencyPhone, 40, errors);
    text(json, "hire_date", e.hireDate, 10, errors);
    id(json, "department_id", e.departmentId, errors);
    id(json, "position_id", e.positionId, errors);
    id(json, "manager_id", e.managerId, errors);
    id(json, "user_id", e.userId, errors);
    text(json, "employment_type", e.employmentType, 20, errors);
    text(json, "status", e.status, 20, errors);
    text(json, "leave_date", e.leaveDate, 10, errors);
    text(json, "leave_reason", e.leaveReason, 500, errors);
    text(json, "bank_name", e.bankName, 100, errors);
    text(json, "bank_account", e.bankAccount, 40, errors);
    text(json, "social_insurance_city", e.socialInsuranceCity, 50, errors);
    money(json, "contribution_base", e.contributionBase, errors);
    const QJsonValue rate = json.value(QLatin1String("housing_fund_rate"));
    if (rate.isNull()) {
        e.housingFundRate = 0;
    } else if (!rate.isUndefined()) {
        const auto r = Decimal::parse(rate.isString() ? rate.toString().trimmed() : QString(), 2);
        if (!r || r->isNegative() || r->units() > 10000)
            errors.add(QStringLiteral("housing_fund_rate"), kInvalid,
                       QStringLiteral("must be a percentage such as \"12.00\""),
                       QStringLiteral("hr.employee.housing_fund_rate"));
        else
            e.housingFundRate = int(r->units());
    }
    applyDeductions(e.deductions, json.value(QLatin1String("deductions")), errors);
    applyContracts(e, json.value(QLatin1String("contracts")), errors);
}

void validate(Employee& e, Rpc::FieldErrors& errors, const QDate& today)
{
    auto required = [&errors](const QString& value, const char* field) {
        if (value.isEmpty())
            errors.add(QLatin1String(field), QStringLiteral("required"),
                       QStringLiteral("is required"), QStringLiteral("validation.required"));
    };
    required(e.name, "name");
    required(e.hireDate, "hire_date");
    if (!e.gender.isEmpty())
        oneOf(e.gender, kGenders, QStringLiteral("gender"), errors);
    oneOf(e.employmentType, employmentTypes(), QStringLiteral("employment_type"), errors);
    oneOf(e.status, employeeStatuses(), QStringLiteral("status"), errors);
    const QDate hired = date(e.hireDate, QStringLiteral("hire_date"), errors);
    const QDate born = date(e.birthDate, QStringLiteral("birth_date"), errors);
    if (born.isValid() && born > today)
        errors.add(QStringLiteral("birth_date"), kInvalid,
                   QStringLiteral("must not be in the future"),
                   QStringLiteral("hr.employee.date_in_future"));

    if (!e.idNumber.isEmpty()) {
        switch (IdNumber::check(e.idNumber, today)) {
        case IdNumber::Problem::None: {
            // Birth date and gender follow from the number; given as well, they must agree.
            const QString fromId = IdNumber::birthDate(e.idNumber).toString(Qt::ISODate);
            if (e.birthDate.isEmpty())
                e.birthDate = fromId;
            else if (born.isValid() && e.birthDate != fromId)
                errors.add(QStringLiteral("birth_date"), QStringLiteral("mismatch"),
                           QStringLiteral("does not match the ID number (%1)").arg(fromId),
                           QStringLiteral("hr.employee.birth_date_mismatch"),
                           QJsonObject{{QStringLiteral("date"), fromId}});
            const QString genderFromId = IdNumber::gender(e.idNumber);
            if (e.gender.isEmpty())
                e.gender = genderFromId;
            else if (e.gender != genderFromId && kGenders.contains(e.gender))
                errors.add(QStringLiteral("gender"), QStringLiteral("mismatch"),
                           QStringLiteral("does not match the ID number"),
                           QStringLiteral("hr.employee.gender_mismatch"));
            break;
        }
        case IdNumber::Problem::Length:
            errors.add(QStringLiteral("id_number"), kInvalid,
                       QStringLiteral("must be 18 characters"),
                       QStringLiteral("hr.employee.id_number_length"));
            break;
        case IdNumber::Problem::Characters:
            errors.add(QStringLiteral("id_number"), kInvalid,
                       QStringLiteral("must be 17 digits and a digit or X"),
                       QStringLiteral("hr.employee.id_number_chars"));
            break;
        case IdNumber::Problem::BirthDate:
            errors.add(QStringLiteral("id_number"), kInvalid,
                       QStringLiteral("does not hold a valid birth date"),
                       QStringLiteral("hr.employee.id_number_birth_date"));
            break;
        case IdNumber::Problem::CheckDigit:
            errors.add(QStringLiteral("id_number"), kInvalid,
                       QStringLiteral("has a wrong check character: please check the number"),
                       QStringLiteral("hr.employee.id_number_check"));
            break;
        }
    }
    if (!e.phone.isEmpty() && !Crm::isValidPhone(e.phone))
        errors.add(QStringLiteral("phone"), kInvalid,
                   QStringLiteral("is not a phone number (mobile 13800138000, landline "
                                  "010-12345678 or +44 20 7946 0958)"),
                   QStringLiteral("validation.phone"));
    if (!e.emergencyPhone.isEmpty() && !Crm::isValidPhone(e.emergencyPhone))
        errors.add(QStringLiteral("emergency_phone"), kInvalid,
                   QStringLiteral("is not a phone number (mobile 13800138000, landline "
                                  "010-12345678 or +44 20 7946 0958)"),
                   QStringLiteral("validation.phone"));
    if (!e.email.isEmpty() && !Crm::isValidEmail(e.email))
        errors.add(QStringLiteral("email"), kInvalid,
                   QStringLiteral("is not a valid e-mail address"),
                   QStringLiteral("validation.email"));

    // Leaving: a date and a reason, not before the hire date; only for someone who left.
    const QDate left = date(e.leaveDate, QStringLiteral("leave_date"), errors);
    if (e.status == QLatin1String("left")) {
        required(e.leaveDate, "leave_date");
        required(e.leaveReason, "leave_reason");
        if (left.isValid() && hired.isValid() && left < hired)
            errors.add(QStringLiteral("leave_date"), kInvalid,
                       QStringLiteral("must not be before the hire date"),
                       QStringLiteral("hr.employee.leave_before_hire"));
    } else if (!e.leaveDate.isEmpty() || !e.leaveReason.isEmpty()) {
        errors.add(e.leaveDate.isEmpty() ? QStringLiteral("leave_reason")
                                         : QStringLiteral("leave_date"),
                   kInvalid, QStringLiteral("is only for an employee who has left"),
                   QStringLiteral("hr.employee.leave_only_when_left"));
    }
    if (e.archived && e.status != QLatin1String("left"))
        errors.add(QStringLiteral("status"), kInvalid,
                   QStringLiteral("an archived employee has left"),
                   QStringLiteral("hr.employee.archived_has_left"));

    if (e.housingFundRate != 0 && (e.housingFundRate < 500 || e.housingFundRate > 1200))
        errors.add(QStringLiteral("housing_fund_rate"), kInvalid,
                   QStringLiteral("must be 0 or between 5.00 and 12.00 percent"),
                   QStringLiteral("hr.employee.housing_fund_rate"));
    const Deductions& d = e.deductions;
    oneOf(d.continuingEducation, kEducation, QStringLiteral("deductions.continuing_education"),
          errors);
    oneOf(d.housing, kHousing, QStringLiteral("deductions.housing"), errors);
    const qint64 elderlyMax = d.elderlyOnlyChild ? ElderlyOnlyChild : ElderlyShareMax;
    if (d.elderlyShare > elderlyMax)
        errors.add(QStringLiteral("deductions.elderly_share"), kInvalid,
                   QStringLiteral("must be at most %1 a month").arg(moneyText(elderlyMax)),
                   QStringLiteral("hr.employee.elderly_share_max"),
                   QJsonObject{{QStringLiteral("max"), moneyText(elderlyMax)}});

    for (qsizetype i = 0; i < e.contracts.size(); ++i) {
        const Contract& c = e.contracts.at(i);
        const QString prefix = QStringLiteral("contracts[%1].").arg(i);
        if (c.startDate.isEmpty())
            errors.add(prefix + QStringLiteral("start_date"), QStringLiteral("required"),
                       QStringLiteral("is required"), QStringLiteral("validation.required"));
        const QDate start = date(c.startDate, prefix + QStringLiteral("start_date"), errors);
        const QDate end = date(c.endDate, prefix + QStringLiteral("end_date"), errors);
        const QDate probation =
            date(c.probationEnd, prefix + QStringLiteral("probation_end"), errors);
        if (start.isValid() && end.isValid() && end < start)
            errors.add(prefix + QStringLiteral("end_date"), kInvalid,
                       QStringLiteral("must not be before the start"),
                       QStringLiteral("hr.contract.end_before_start"));
        if (probation.isValid() && start.isValid() &&
            (probation < start || (end.isValid() && probation > end)))
            errors.add(prefix + QStringLiteral("probation_end"), kInvalid,
                       QStringLiteral("must fall between the start and the end of the contract"),
                       QStringLiteral("hr.contract.probation_outside"));
    }
}

QString searchText(const Employee& e)
{
    QStringList parts{e.number, e.name, e.phone, Crm::phoneDigits(e.phone), e.email};
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\n')).toLower();
}

} // namespace Erp::Server::Hr
