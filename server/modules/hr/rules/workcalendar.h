#pragma once

#include <QDate>
#include <QString>

#include <vector>

namespace Erp::Hr::Rules {

/// What a day is for attendance and overtime pay.
enum class DayKind {
    Workday,          ///< a weekday, or a weekend day made a working day (调休上班)
    RestDay,          ///< a weekend day, or a day off of a holiday break that is not statutory
    StatutoryHoliday, ///< 法定节假日 (全国年节及纪念日放假办法): overtime at 300 %
};

/// One day that differs from the Monday–Friday rule, as the State Council announces each year.
/// `holiday` is a code (new_year, spring_festival, qingming, labour_day, dragon_boat,
/// mid_autumn, national_day), not a display name.
struct CalendarException
{
    QDate date;
    DayKind kind;
    QString holiday;
};

/// China's work calendar: Monday–Friday working days and weekends, overridden by a list of
/// exceptions (the statutory holidays, the other days off of the holiday breaks, the weekend
/// days worked instead). Years without exceptions follow the weekend rule alone: check
/// coversYear() before trusting a year. Cheap to copy; the lookups are O(log n).
class WorkCalendar final
{
public:
    WorkCalendar() = default;
    /// Later entries for the same date replace earlier ones.
    explicit WorkCalendar(std::vector<CalendarException> exceptions);

    DayKind kind(const QDate& date) const;
    bool isWorkingDay(const QDate& date) const { return kind(date) == DayKind::Workday; }
    /// The holiday code of a listed day, empty otherwise.
    QString holiday(const QDate& date) const;
    /// Working days from `from` to `to`, both included; 0 when to < from.
    int workingDays(const QDate& from, const QDate& to) const;
    int workingDaysInMonth(int year, int month) const;
    /// Whether any exception is listed in `year`.
    bool coversYear(int year) const;
    const std::vector<CalendarException>& exceptions() const { return m_exceptions; }

private:
    const CalendarException* find(const QDate& date) const;

    std::vector<CalendarException> m_exceptions; // sorted by date, unique
};

/// The 2026 arrangement (国务院办公厅关于2026年部分节假日安排的通知, November 2025): every day that
/// is not an ordinary Monday–Friday working day or weekend. Edit or add years in the same shape
/// (holidaydata.cpp).
std::vector<CalendarException> chinaHolidays2026();

/// The calendar of every year shipped (2026).
WorkCalendar chinaWorkCalendar();

} // namespace Erp::Hr::Rules
