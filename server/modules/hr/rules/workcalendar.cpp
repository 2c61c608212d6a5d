#include "server/modules/hr/rules/workcalendar.h"

#include <algorithm>

namespace Erp::Hr::Rules {

WorkCalendar::WorkCalendar(std::vector<CalendarException> exceptions)
{
    std::stable_sort(exceptions.begin(), exceptions.end(),
                     [](const auto& a, const auto& b) { return a.date < b.date; });
    for (CalendarException& e : exceptions) {
        if (!m_exceptions.empty() && m_exceptions.back().date == e.date)
            m_exceptions.back() = std::move(e);
        else
            m_exceptions.push_back(std::move(e));
    }
}

const CalendarException* WorkCalendar::find(const QDate& date) const
{
    const auto it =
        std::lower_bound(m_exceptions.begin(), m_exceptions.end(), date,
                         [](const CalendarException& e, const QDate& d) { return e.date < d; });
    return it != m_exceptions.end() && it->date == date ? &*it : nullptr;
}

DayKind WorkCalendar::kind(const QDate& date) const
{
    if (const CalendarException* e = find(date))
        return e->kind;
    return date.dayOfWeek() >= Qt::Saturday ? DayKind::RestDay : DayKind::Workday;
}

QString WorkCalendar::holiday(const QDate& date) const
{
    const CalendarException* e = find(date);
    return e ? e->holiday : QString();
}

int WorkCalendar::workingDays(const QDate& from, const QDate& to) const
{
    int n = 0;
    for (QDate d = from; d <= to; d = d.addDays(1))
        n += isWorkingDay(d) ? 1 : 0;
    return n;
}

int WorkCalendar::workingDaysInMonth(int year, int month) const
{
    const QDate first(year, month, 1);
    return workingDays(first, first.addMonths(1).addDays(-1));
}

bool WorkCalendar::coversYear(int year) const
{
    return std::any_of(m_exceptions.begin(), m_exceptions.end(),
                       [year](const CalendarException& e) { return e.date.year() == year; });
}

WorkCalendar chinaWorkCalendar()
{
    return WorkCalendar(chinaHolidays2026());
}

} // namespace Erp::Hr::Rules
