// China's holiday arrangements as data, one function per year in the same shape.
//
// Statutory holidays (法定节假日, 全国年节及纪念日放假办法 as revised in 2024, 13 days from 2025):
// 元旦 1, 春节 4 (除夕 to 初三), 清明 1, 劳动节 2 (May 1–2), 端午 1, 中秋 1, 国庆 3 (Oct 1–3).
// Overtime on these days is paid at 300 %; the other days off of a holiday break (weekends,
// compensation days, swapped days) are rest days at 200 %.
//
// 2026: 国务院办公厅关于2026年部分节假日安排的通知 (published November 2025, 中国政府网):
//   元旦   Jan 1 (Thu) – 3 (Sat) off, Jan 4 (Sun) worked
//   春节   Feb 15 (Sun) – 23 (Mon) off, Feb 14 (Sat) and Feb 28 (Sat) worked
//   清明   Apr 4 (Sat) – 6 (Mon) off
//   劳动节 May 1 (Fri) – 5 (Tue) off, May 9 (Sat) worked
//   端午   Jun 19 (Fri) – 21 (Sun) off
//   中秋   Sep 25 (Fri) – 27 (Sun) off
//   国庆   Oct 1 (Thu) – 7 (Wed) off, Sep 20 (Sun) and Oct 10 (Sat) worked
// Lunar dates: 除夕 Feb 16, 春节 Feb 17, 清明 Apr 5, 端午 Jun 19, 中秋 Sep 25.
// A new year: copy the function, list its statutory days, the other weekdays off and the
// weekend days worked (weekend days inside a break need not be listed), and add it to
// chinaWorkCalendar(). tests/unit/tst_hrtime.cpp shows how to check a year by hand.

#include "server/modules/hr/rules/workcalendar.h"

namespace Erp::Hr::Rules {

namespace {

void add(std::vector<CalendarException>& out, int year, DayKind kind, const char* holiday,
         std::initializer_list<std::pair<int, int>> days)
{
    for (const auto& [month, day] : days)
        out.push_back({QDate(year, month, day), kind, QString::fromLatin1(holiday)});
}

} // namespace

std::vector<CalendarException> chinaHolidays2026()
{
    constexpr int y = 2026;
    constexpr DayKind statutory = DayKind::StatutoryHoliday;
    constexpr DayKind rest = DayKind::RestDay;
    constexpr DayKind work = DayKind::Workday;
    std::vector<CalendarException> d;
    add(d, y, statutory, "new_year", {{1, 1}});
    add(d, y, rest, "new_year", {{1, 2}, {1, 3}});
    add(d, y, work, "new_year", {{1, 4}});
    add(d, y, work, "spring_festival", {{2, 14}});
    add(d, y, rest, "spring_festival", {{2, 15}});
    add(d, y, statutory, "spring_festival", {{2, 16}, {2, 17}, {2, 18}, {2, 19}});
    add(d, y, rest, "spring_festival", {{2, 20}, {2, 21}, {2, 22}, {2, 23}});
    add(d, y, work, "spring_festival", {{2, 28}});
    add(d, y, rest, "qingming", {{4, 4}, {4, 6}});
    add(d, y, statutory, "qingming", {{4, 5}});
    add(d, y, statutory, "labour_day", {{5, 1}, {5, 2}});
    add(d, y, rest, "labour_day", {{5, 3}, {5, 4}, {5, 5}});
    add(d, y, work, "labour_day", {{5, 9}});
    add(d, y, statutory, "dragon_boat", {{6, 19}});
    add(d, y, rest, "dragon_boat", {{6, 20}, {6, 21}});
    add(d, y, work, "national_day", {{9, 20}});
    add(d, y, statutory, "mid_autumn", {{9, 25}});
    add(d, y, rest, "mid_autumn", {{9, 26}, {9, 27}});
    add(d, y, statutory, "national_day", {{10, 1}, {10, 2}, {10, 3}});
    add(d, y, rest, "national_day", {{10, 4}, {10, 5}, {10, 6}, {10, 7}});
    add(d, y, work, "national_day", {{10, 10}});
    return d;
}

} // namespace Erp::Hr::Rules
