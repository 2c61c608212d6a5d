#include "server/modules/hr/rules/timepay.h"

#include "server/modules/hr/rules/ratemath.h"
#include "server/modules/hr/rules/ruleerror.h"

#include "common/ordermath.h"

namespace Erp::Hr::Rules {

namespace {

constexpr qint64 PayDaysHundredths = 2175; // 21.75 days
constexpr qint64 MinutesPerDay = 8 * 60;

} // namespace

qint64 overtimePercent(DayKind kind)
{
    switch (kind) {
    case DayKind::Workday:
        return 150;
    case DayKind::RestDay:
        return 200;
    case DayKind::StatutoryHoliday:
        return 300;
    }
    return 150;
}

qint64 overtimePay(qint64 monthlySalary, qint64 minutes, DayKind kind)
{
    if (monthlySalary < 0 || minutes < 0)
        throw RuleError(RuleError::Code::Amount, "a negative salary or overtime");
    // salary × minutes × percent ÷ (21.75 × 480 × 100) = … ÷ (2175 × 480)
    return mulDivHalfUp(monthlySalary, minutes * overtimePercent(kind),
                        PayDaysHundredths * MinutesPerDay);
}

qint64 dailyWage(qint64 monthlySalary)
{
    return mulDivHalfUp(monthlySalary, 100, PayDaysHundredths);
}

qint64 leaveDeduction(qint64 monthlySalary, qint64 dayHundredths, qint64 paidBp)
{
    if (monthlySalary < 0 || dayHundredths < 0)
        throw RuleError(RuleError::Code::Amount, "a negative salary or leave");
    if (paidBp < 0 || paidBp > BasisPoints)
        throw RuleError(RuleError::Code::Rate, "leave pay outside 0-100 %");
    // salary × (days/100) ÷ 21.75 × (1 − paid) = salary × days × (10000 − paid) ÷ (2175 × 10000)
    return mulDivHalfUp(monthlySalary, dayHundredths * (BasisPoints - paidBp),
                        PayDaysHundredths * BasisPoints);
}

} // namespace Erp::Hr::Rules
