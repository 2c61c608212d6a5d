#include "server/modules/hr/rules/tablejson.h"

#include "server/modules/hr/rules/ruleerror.h"

#include "common/money.h"

namespace Erp::Hr::Rules {

namespace {

const char* const InsuranceKeys[InsuranceCount] = {"pension", "medical", "unemployment", "injury",
                                                   "maternity"};

[[noreturn]] void bad(const QString& field, const char* what = "a missing or unreadable field")
{
    throw RuleError(RuleError::Code::Format, what, field.toStdString());
}

/// Fen or basis points as a two-decimal string: 716200 → "7162.00", 50 → "0.50".
QString twoDecimals(qint64 units)
{
    return Decimal(units, 2).toString();
}

/// A two-decimal string back to fen or basis points; more decimals are refused.
qint64 twoDecimals(const QJsonObject& o, const char* key, const QString& path)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const auto d = v.isString() ? Decimal::parse(v.toString(), 2) : std::nullopt;
    if (!d)
        bad(path + QLatin1Char('.') + QLatin1String(key));
    return d->units();
}

QString roundingName(RoundingUnit unit)
{
    switch (unit) {
    case RoundingUnit::Fen:
        return QStringLiteral("fen");
    case RoundingUnit::Jiao:
        return QStringLiteral("jiao");
    case RoundingUnit::Yuan:
        return QStringLiteral("yuan");
    }
    return QStringLiteral("fen");
}

RoundingUnit rounding(const QJsonObject& o, const char* key)
{
    const QString name = o.value(QLatin1String(key)).toString();
    for (RoundingUnit u : {RoundingUnit::Fen, RoundingUnit::Jiao, RoundingUnit::Yuan}) {
        if (name == roundingName(u))
            return u;
    }
    bad(QLatin1String(key));
}

const char* kindName(DayKind kind)
{
    switch (kind) {
    case DayKind::Workday:
        return "workday";
    case DayKind::RestDay:
        return "rest_day";
    case DayKind::StatutoryHoliday:
        return "statutory_holiday";
    }
    return "workday";
}

void check(bool ok, RuleError::Code code, const char* what, const QString& field)
{
    if (!ok)
        throw RuleError(code, what, field.toStdString());
}

bool isRate(qint64 bp)
{
    return bp >= 0 && bp <= BasisPoints;
}

} // namespace

void validateCityTable(const CityTable& t)
{
    check(!t.city.isEmpty(), RuleError::Code::Format, "a table without a city",
          QStringLiteral("city"));
    check(t.effectiveFrom.isValid(), RuleError::Code::Dates, "a table without a start date",
          QStringLiteral("effectiveFrom"));
    for (int i = 0; i < InsuranceCount; ++i) {
        const InsuranceRule& r = t.insurance[size_t(i)];
        const QString path = QStringLiteral("insurance.") + QLatin1String(InsuranceKeys[i]);
        check(r.baseFloor >= 0 && r.baseFloor <= r.baseCap, RuleError::Code::Amount,
              "base floor above the cap", path + QStringLiteral(".baseCap"));
        check(isRate(r.employeeRateBp), RuleError::Code::Rate, "a rate outside 0-100 %",
              path + QStringLiteral(".employeeRate"));
        check(isRate(r.employerRateBp), RuleError::Code::Rate, "a rate outside 0-100 %",
              path + QStringLiteral(".employerRate"));
        check(r.employeeFixed >= 0 && r.employerFixed >= 0, RuleError::Code::Amount,
              "a negative fixed amount", path);
    }
    const qint64 injury = t.rule(Insurance::Injury).employerRateBp;
    check(t.injuryRateMinBp <= injury && injury <= t.injuryRateMaxBp, RuleError::Code::Rate,
          "the default injury rate outside its range", QStringLiteral("injuryRateMax"));
    check(t.housingFundFloor >= 0 && t.housingFundFloor <= t.housingFundCap,
          RuleError::Code::Amount, "housing fund floor above the cap",
          QStringLiteral("housingFundCap"));
    check(isRate(t.housingFundMinRateBp) && isRate(t.housingFundMaxRateBp) &&
              t.housingFundMinRateBp <= t.housingFundMaxRateBp,
          RuleError::Code::Rate, "housing fund rates out of order",
          QStringLiteral("housingFundMaxRate"));
}

QJsonObject cityTableToJson(const CityTable& t)
{
    QJsonObject insurance;
    for (int i = 0; i < InsuranceCount; ++i) {
        const InsuranceRule& r = t.insurance[size_t(i)];
        insurance.insert(
            QLatin1String(InsuranceKeys[i]),
            QJsonObject{{QStringLiteral("baseFloor"), twoDecimals(r.baseFloor)},
                        {QStringLiteral("baseCap"), twoDecimals(r.baseCap)},
                        {QStringLiteral("employeeRate"), twoDecimals(r.employeeRateBp)},
                        {QStringLiteral("employerRate"), twoDecimals(r.employerRateBp)},
                        {QStringLiteral("employeeFixed"), twoDecimals(r.employeeFixed)},
                        {QStringLiteral("employerFixed"), twoDecimals(r.employerFixed)}});
    }
    return {
        {QStringLiteral("city"), t.city},
        {QStringLiteral("effectiveFrom"), t.effectiveFrom.toString(Qt::ISODate)},
        {QStringLiteral("insurance"), insurance},
        {QStringLiteral("injuryRateMin"), twoDecimals(t.injuryRateMinBp)},
        {QStringLiteral("injuryRateMax"), twoDecimals(t.injuryRateMaxBp)},
        {QStringLiteral("housingFundFloor"), twoDecimals(t.housingFundFloor)},
        {QStringLiteral("housingFundCap"), twoDecimals(t.housingFundCap)},
        {QStringLiteral("housingFundMinRate"), twoDecimals(t.housingFundMinRateBp)},
        {QStringLiteral("housingFundMaxRate"), twoDecimals(t.housingFundMaxRateBp)},
        {QStringLiteral("insuranceRounding"), roundingName(t.insuranceRounding)},
        {QStringLiteral("housingFundRounding"), roundingName(t.housingFundRounding)},
        {QStringLiteral("source"), t.source},
    };
}

CityTable cityTableFromJson(const QJsonObject& o)
{
    CityTable t;
    t.city = o.value(QLatin1String("city")).toString();
    t.effectiveFrom =
        QDate::fromString(o.value(QLatin1String("effectiveFrom")).toString(), Qt::ISODate);
    const QJsonObject insurance = o.value(QLatin1String("insurance")).toObject();
    for (int i = 0; i < InsuranceCount; ++i) {
        const QString path = QStringLiteral("insurance.") + QLatin1String(InsuranceKeys[i]);
        const QJsonValue v = insurance.value(QLatin1String(InsuranceKeys[i]));
        if (!v.isObject())
            bad(path);
        const QJsonObject r = v.toObject();
        InsuranceRule& rule = t.insurance[size_t(i)];
        rule.baseFloor = twoDecimals(r, "baseFloor", path);
        rule.baseCap = twoDecimals(r, "baseCap", path);
        rule.employeeRateBp = twoDecimals(r, "employeeRate", path);
        rule.employerRateBp = twoDecimals(r, "employerRate", path);
        rule.employeeFixed = twoDecimals(r, "employeeFixed", path);
        rule.employerFixed = twoDecimals(r, "employerFixed", path);
    }
    const auto field = [&o](const char* key) {
        const QJsonValue v = o.value(QLatin1String(key));
        const auto d = v.isString() ? Decimal::parse(v.toString(), 2) : std::nullopt;
        if (!d)
            bad(QLatin1String(key));
        return d->units();
    };
    t.injuryRateMinBp = field("injuryRateMin");
    t.injuryRateMaxBp = field("injuryRateMax");
    t.housingFundFloor = field("housingFundFloor");
    t.housingFundCap = field("housingFundCap");
    t.housingFundMinRateBp = field("housingFundMinRate");
    t.housingFundMaxRateBp = field("housingFundMaxRate");
    t.insuranceRounding = rounding(o, "insuranceRounding");
    t.housingFundRounding = rounding(o, "housingFundRounding");
    t.source = o.value(QLatin1String("source")).toString();
    validateCityTable(t);
    return t;
}

QJsonArray calendarToJson(const std::vector<CalendarException>& days)
{
    QJsonArray out;
    for (const CalendarException& d : days)
        out.append(QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                               {QStringLiteral("kind"), QLatin1String(kindName(d.kind))},
                               {QStringLiteral("holiday"), d.holiday}});
    return out;
}

std::vector<CalendarException> calendarFromJson(const QJsonArray& json)
{
    std::vector<CalendarException> days;
    days.reserve(size_t(json.size()));
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QJsonObject o = json.at(i).toObject();
        const QString at = QStringLiteral("[%1]").arg(i);
        CalendarException d;
        d.date = QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
        if (!d.date.isValid())
            bad(at + QStringLiteral(".date"));
        const QString kind = o.value(QLatin1String("kind")).toString();
        bool known = false;
        for (DayKind k : {DayKind::Workday, DayKind::RestDay, DayKind::StatutoryHoliday}) {
            if (kind == QLatin1String(kindName(k))) {
                d.kind = k;
                known = true;
            }
        }
        if (!known)
            bad(at + QStringLiteral(".kind"));
        d.holiday = o.value(QLatin1String("holiday")).toString();
        days.push_back(std::move(d));
    }
    return days;
}

} // namespace Erp::Hr::Rules
