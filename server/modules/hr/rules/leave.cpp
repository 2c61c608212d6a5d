#include "server/modules/hr/rules/leave.h"

#include "server/modules/hr/rules/ruleerror.h"

#include <algorithm>

namespace Erp::Hr::Rules {

namespace {

int fullYearsOn(const QDate& start, const QDate& day)
{
    int years = day.year() - start.year();
    if (years > 0 && start.addYears(years) > day)
        --years;
    return years < 0 ? 0 : years;
}

} // namespace

int annualLeaveTier(int fullYears)
{
    if (fullYears >= 20)
        return 15;
    if (fullYears >= 10)
        return 10;
    return fullYears >= 1 ? 5 : 0;
}

int annualLeaveDays(const AnnualLeaveInput& in)
{
    if (!in.seniorityStart.isValid() || !in.hired.isValid() || in.seniorityStart > in.hired ||
        (in.left && *in.left < in.hired))
        throw RuleError(RuleError::Code::Dates, "seniority start, hire and leaving out of order");
    const QDate first = std::max(QDate(in.year, 1, 1), in.hired);
    const QDate last =
        in.left ? std::min(QDate(in.year, 12, 31), *in.left) : QDate(in.year, 12, 31);
    if (last < first)
        return 0;

    // Segment the days at this employer at the anniversaries where the tier changes.
    std::vector<QDate> cuts = {first};
    for (int years : {1, 10, 20}) {
        const QDate anniversary = in.seniorityStart.addYears(years);
        if (anniversary > first && anniversary <= last)
            cuts.push_back(anniversary);
    }
    cuts.push_back(last.addDays(1));
    qint64 tierDays = 0;
    for (size_t i = 0; i + 1 < cuts.size(); ++i)
        tierDays +=
            cuts[i].daysTo(cuts[i + 1]) * annualLeaveTier(fullYearsOn(in.seniorityStart, cuts[i]));
    return int(tierDays / 365);
}

qint64 carriedOver(qint64 unusedDayHundredths, const CarryOverRule& rule)
{
    if (unusedDayHundredths <= 0)
        return 0;
    return std::min(unusedDayHundredths, rule.maxDayHundredths);
}

LeaveBalance annualLeaveBalance(qint64 entitled, qint64 carried, qint64 takenByLapse,
                                qint64 takenTotal, const QDate& asOf, const CarryOverRule& rule)
{
    if (entitled < 0 || carried < 0 || takenByLapse < 0 || takenTotal < takenByLapse)
        throw RuleError(RuleError::Code::Amount, "negative leave or taken out of order");
    LeaveBalance b;
    b.entitled = entitled;
    b.carried = carried;
    b.taken = takenTotal;
    if (asOf.month() > rule.usableUntilMonth)
        b.lapsed = std::max<qint64>(0, carried - takenByLapse);
    b.remaining = entitled + carried - b.lapsed - takenTotal;
    return b;
}

const std::vector<LeaveType>& builtinLeaveTypes()
{
    // National minimums: 婚假 3 days; 产假 98 calendar days (女职工劳动保护特别规定; Beijing and
    // Shanghai add 60); 陪产假 and longer marriage leave are set by each city; 丧假 1–3 days.
    // Sick pay is the firm's rule within the city's floor (≥ 80 % of the minimum wage).
    static const std::vector<LeaveType> types = {
        {QStringLiteral("annual"), 10000, false, 0},
        {QStringLiteral("sick"), 10000, false, 0},
        {QStringLiteral("personal"), 0, false, 0},
        {QStringLiteral("marriage"), 10000, false, 3},
        {QStringLiteral("maternity"), 10000, true, 98},
        {QStringLiteral("paternity"), 10000, false, 0},
        {QStringLiteral("bereavement"), 10000, false, 3},
    };
    return types;
}

const LeaveType* findLeaveType(const std::vector<LeaveType>& types, const QString& code)
{
    const auto it = std::find_if(types.begin(), types.end(),
                                 [&code](const LeaveType& t) { return t.code == code; });
    return it != types.end() ? &*it : nullptr;
}

} // namespace Erp::Hr::Rules
