#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace Erp::Hr::Rules {

// Leave: annual leave by 职工带薪年休假条例 and 企业职工带薪年休假实施办法, leave types as data.
// Leave quantities are hundredths of a day (150 = 1.5 days); docs/PAYROLL.md.

/// Annual leave days of a whole year by full years of cumulative working time (累计工作时间, at
/// any employer): < 1 year 0, 1–<10 years 5, 10–<20 years 10, ≥ 20 years 15.
int annualLeaveTier(int fullYears);

struct AnnualLeaveInput
{
    int year = 0;
    /// The day cumulative working time began, moved later by any gaps (the caller's
    /// arithmetic): full years are counted from it.
    QDate seniorityStart;
    QDate hired;               ///< first day at this employer
    std::optional<QDate> left; ///< last day at this employer, when leaving in the year
};

/// Annual leave days at this employer in `year`: Σ (calendar days in the year at this employer
/// in each tier × that tier's days) ÷ 365, the fraction of a day dropped (实施办法 第五条 for a
/// hire, 第十二条 for a leaver; the same proration across a tier change inside the year). A
/// whole year in one tier gives the tier's days. Throws RuleError (Dates).
int annualLeaveDays(const AnnualLeaveInput& input);

/// How unused annual leave moves into the next year (the firm's rule; the regulation allows
/// carrying into the next year only).
struct CarryOverRule
{
    qint64 maxDayHundredths = 0; ///< most days carried; 0 = none
    int usableUntilMonth = 12;   ///< carried days lapse after this month of the next year
};

/// Days carried into the next year from `unusedDayHundredths`.
qint64 carriedOver(qint64 unusedDayHundredths, const CarryOverRule& rule);

struct LeaveBalance
{
    qint64 entitled = 0;
    qint64 carried = 0;
    qint64 lapsed = 0; ///< carried days not taken by the end of the rule's month
    qint64 taken = 0;
    qint64 remaining = 0;
};

/// The balance on `asOf`. Carried days are taken first; those still untaken when
/// `usableUntilMonth` ends lapse. `takenByLapse` is the leave taken up to that month's end.
LeaveBalance annualLeaveBalance(qint64 entitled, qint64 carried, qint64 takenByLapse,
                                qint64 takenTotal, const QDate& asOf, const CarryOverRule& rule);

/// A kind of leave and how it is paid: the HR module stores these, editable; the shipped list
/// holds the national minimums (cities extend marriage, maternity and paternity leave).
struct LeaveType
{
    QString code;      ///< annual, sick, personal, marriage, maternity, paternity, bereavement
    qint64 paidBp = 0; ///< share of the day's wage kept: 10000 paid, 0 unpaid
    bool calendarDays = false; ///< counted in calendar days (maternity) rather than working days
    int statutoryDays = 0;     ///< days granted by law (0 = by rule or by the firm)
};

const std::vector<LeaveType>& builtinLeaveTypes();
const LeaveType* findLeaveType(const std::vector<LeaveType>& types, const QString& code);

} // namespace Erp::Hr::Rules
