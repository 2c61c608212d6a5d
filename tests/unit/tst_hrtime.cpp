// Time rules: the 2026 work calendar (every statutory holiday, every other day off of the
// breaks, every 调休 working day, working days per month), overtime pay per day kind, leave
// deductions, annual leave tiers and proration, carry-over. Figures by hand in the comments.
#include "server/modules/hr/rules/leave.h"
#include "server/modules/hr/rules/ruleerror.h"
#include "server/modules/hr/rules/timepay.h"
#include "server/modules/hr/rules/workcalendar.h"

#include <QTest>

using namespace Erp::Hr::Rules;

namespace {

constexpr qint64 Y = 100;

QDate d(int month, int day)
{
    return QDate(2026, month, day);
}

} // namespace

class TestHrTime final : public QObject
{
    Q_OBJECT
private slots:
    void statutoryHolidays2026()
    {
        // 13 statutory days: 元旦 1, 春节 4 (除夕 Feb 16 to 初三), 清明 1 (Apr 5, a Sunday),
        // 劳动节 2, 端午 1, 中秋 1, 国庆 3.
        const WorkCalendar cal = chinaWorkCalendar();
        const QDate days[] = {d(1, 1), d(2, 16), d(2, 17), d(2, 18), d(2, 19), d(4, 5), d(5, 1),
                              d(5, 2), d(6, 19), d(9, 25), d(10, 1), d(10, 2), d(10, 3)};
        for (const QDate& day : days)
            QVERIFY2(cal.kind(day) == DayKind::StatutoryHoliday, qPrintable(day.toString()));
        int statutory = 0;
        for (QDate day = d(1, 1); day.year() == 2026; day = day.addDays(1))
            statutory += cal.kind(day) == DayKind::StatutoryHoliday ? 1 : 0;
        QCOMPARE(statutory, 13);
        QCOMPARE(cal.holiday(d(2, 16)), QStringLiteral("spring_festival"));
        QCOMPARE(cal.holiday(d(9, 25)), QStringLiteral("mid_autumn"));
        QCOMPARE(cal.holiday(d(3, 3)), QString());
    }

    void otherDaysOff2026()
    {
        // The weekdays off of the breaks that are not statutory: rest days (200 % overtime).
        const WorkCalendar cal = chinaWorkCalendar();
        const QDate days[] = {d(1, 2), d(2, 20), d(2, 23), d(4, 6), d(5, 4),
                              d(5, 5), d(10, 5), d(10, 6), d(10, 7)};
        for (const QDate& day : days) {
            QVERIFY(day.dayOfWeek() <= Qt::Friday);
            QVERIFY2(cal.kind(day) == DayKind::RestDay, qPrintable(day.toString()));
        }
        // Weekend days of the breaks stay rest days.
        QCOMPARE(cal.kind(d(2, 15)), DayKind::RestDay);
        QCOMPARE(cal.kind(d(10, 4)), DayKind::RestDay);
    }

    void adjustedWorkingDays2026()
    {
        // 调休: Jan 4 (Sun), Feb 14 (Sat), Feb 28 (Sat), May 9 (Sat), Sep 20 (Sun), Oct 10
        // (Sat) are working days; no other weekend day is.
        const WorkCalendar cal = chinaWorkCalendar();
        const QDate days[] = {d(1, 4), d(2, 14), d(2, 28), d(5, 9), d(9, 20), d(10, 10)};
        for (const QDate& day : days) {
            QVERIFY(day.dayOfWeek() >= Qt::Saturday);
            QVERIFY2(cal.isWorkingDay(day), qPrintable(day.toString()));
        }
        int weekendWorked = 0;
        for (QDate day = d(1, 1); day.year() == 2026; day = day.addDays(1))
            weekendWorked += day.dayOfWeek() >= Qt::Saturday && cal.isWorkingDay(day) ? 1 : 0;
        QCOMPARE(weekendWorked, 6);
        QCOMPARE(cal.kind(d(3, 7)), DayKind::RestDay); // an ordinary Saturday
        QCOMPARE(cal.kind(d(3, 9)), DayKind::Workday); // an ordinary Monday
    }

    void workingDaysPerMonth2026()
    {
        // Weekdays per month less the weekdays off plus the weekend days worked:
        // Jan 22 − 2 + 1 = 21; Feb 20 − 6 + 2 = 16; Mar 22; Apr 22 − 1 = 21; May 21 − 3 + 1
        // = 19; Jun 22 − 1 = 21; Jul 23; Aug 21; Sep 22 − 1 + 1 = 22; Oct 22 − 5 + 1 = 18;
        // Nov 21; Dec 23. The year: 261 weekdays − 19 + 6 = 248 = 365 − 104 − 13.
        const WorkCalendar cal = chinaWorkCalendar();
        const int expected[] = {21, 16, 22, 21, 19, 21, 23, 21, 22, 18, 21, 23};
        int year = 0;
        for (int m = 1; m <= 12; ++m) {
            QCOMPARE(cal.workingDaysInMonth(2026, m), expected[m - 1]);
            year += expected[m - 1];
        }
        QCOMPARE(cal.workingDays(d(1, 1), d(12, 31)), 248);
        QCOMPARE(year, 248);
        // Feb 14 (worked Saturday), Feb 24–27, Feb 28 (worked Saturday): 6.
        QCOMPARE(cal.workingDays(d(2, 14), d(2, 28)), 6);
        QCOMPARE(cal.workingDays(d(2, 28), d(2, 14)), 0);
    }

    void yearsWithoutData()
    {
        const WorkCalendar cal = chinaWorkCalendar();
        QVERIFY(cal.coversYear(2026));
        QVERIFY(!cal.coversYear(2027));
        // 2027-01-01 is a Friday: without data, an ordinary working day.
        QCOMPARE(cal.kind(QDate(2027, 1, 1)), DayKind::Workday);
    }

    void editedEntriesReplace()
    {
        // A firm's calendar: the same data with one more day off (a company day) and a
        // corrected entry — later entries for a date win.
        std::vector<CalendarException> days = chinaHolidays2026();
        days.push_back({d(3, 9), DayKind::RestDay, QStringLiteral("company")});
        days.push_back({d(1, 4), DayKind::RestDay, QStringLiteral("correction")});
        const WorkCalendar cal(days);
        QCOMPARE(cal.kind(d(3, 9)), DayKind::RestDay);
        QCOMPARE(cal.kind(d(1, 4)), DayKind::RestDay);
        QCOMPARE(cal.workingDaysInMonth(2026, 1), 20);
        QCOMPARE(cal.workingDaysInMonth(2026, 3), 21);
    }

    void overtime_data()
    {
        QTest::addColumn<qint64>("salary");
        QTest::addColumn<qint64>("minutes");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("pay");
        // 21,750 a month: 21,750 ÷ 21.75 ÷ 8 = 125 an hour.
        QTest::newRow("workday 150 %") << 21750 * Y << 60LL << int(DayKind::Workday) << 18750LL;
        QTest::newRow("rest day 200 %") << 21750 * Y << 60LL << int(DayKind::RestDay) << 250 * Y;
        QTest::newRow("holiday 300 %")
            << 21750 * Y << 60LL << int(DayKind::StatutoryHoliday) << 375 * Y;
        // 10,000: 57.4712… an hour; 1.5 h at 200 % = 172.4137… → 172.41
        QTest::newRow("90 minutes, rest day")
            << 10000 * Y << 90LL << int(DayKind::RestDay) << 17241LL;
        // 8 h at 300 %: 10,000 ÷ 21.75 × 3 = 1,379.3103… → 1,379.31 (rounding the hourly rate
        // first would give 57.47 × 24 = 1,379.28: one rounding at the end)
        QTest::newRow("a holiday, one rounding")
            << 10000 * Y << 480LL << int(DayKind::StatutoryHoliday) << 137931LL;
        QTest::newRow("none") << 10000 * Y << 0LL << int(DayKind::Workday) << 0LL;
    }
    void overtime()
    {
        QFETCH(qint64, salary);
        QFETCH(qint64, minutes);
        QFETCH(int, kind);
        QFETCH(qint64, pay);
        QCOMPARE(overtimePay(salary, minutes, DayKind(kind)), pay);
    }

    void overtimeByTheCalendar()
    {
        // National Day: Oct 1 statutory (300 %), Oct 5 a day off (200 %), Oct 10 worked (150 %).
        const WorkCalendar cal = chinaWorkCalendar();
        QCOMPARE(overtimePercent(cal.kind(d(10, 1))), 300);
        QCOMPARE(overtimePercent(cal.kind(d(10, 5))), 200);
        QCOMPARE(overtimePercent(cal.kind(d(10, 10))), 150);
        QCOMPARE(overtimePercent(cal.kind(d(2, 15))), 200); // 腊月二十八, a Sunday off
        QVERIFY_THROWS_EXCEPTION(RuleError, overtimePay(10000 * Y, -1, DayKind::Workday));
    }

    void leaveDeductions()
    {
        // 10,000 ÷ 21.75 = 459.7701… → 459.77 a day.
        QCOMPARE(dailyWage(10000 * Y), 45977LL);
        QCOMPARE(leaveDeduction(10000 * Y, 100), 45977LL);
        // 2.5 days: 1,149.4252… → 1,149.43
        QCOMPARE(leaveDeduction(10000 * Y, 250), 114943LL);
        // 2 days of sick leave paid at 60 %: 459.7701 × 2 × 40 % = 367.816 → 367.82
        QCOMPARE(leaveDeduction(10000 * Y, 200, 6000), 36782LL);
        QCOMPARE(leaveDeduction(10000 * Y, 200, 10000), 0LL);
        QVERIFY_THROWS_EXCEPTION(RuleError, leaveDeduction(10000 * Y, 100, 10001));
    }

    void annualLeaveTiers()
    {
        QCOMPARE(annualLeaveTier(0), 0);
        QCOMPARE(annualLeaveTier(1), 5);
        QCOMPARE(annualLeaveTier(9), 5);
        QCOMPARE(annualLeaveTier(10), 10);
        QCOMPARE(annualLeaveTier(19), 10);
        QCOMPARE(annualLeaveTier(20), 15);
        QCOMPARE(annualLeaveTier(40), 15);
    }

    void annualLeave_data()
    {
        QTest::addColumn<QDate>("seniority");
        QTest::addColumn<QDate>("hired");
        QTest::addColumn<QDate>("left");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("days");
        // 15 years on Jan 1, the whole year: 10.
        QTest::newRow("whole year")
            << QDate(2011, 3, 1) << QDate(2020, 1, 1) << QDate() << 2026 << 10;
        QTest::newRow("under a year")
            << QDate(2025, 9, 1) << QDate(2025, 9, 1) << QDate() << 2025 << 0;
        // Hired Jul 1 with 10 years: 184 days left ÷ 365 × 10 = 5.04 → 5.
        QTest::newRow("hired in July")
            << QDate(2016, 1, 1) << QDate(2026, 7, 1) << QDate() << 2026 << 5;
        // Hired Oct 15 in the 5-day tier: 78 days ÷ 365 × 5 = 1.07 → 1.
        QTest::newRow("hired in October")
            << QDate(2018, 1, 1) << QDate(2026, 10, 15) << QDate() << 2026 << 1;
        // 10 years on Jul 1: 181 days × 5 + 184 days × 10 = 2,745 ÷ 365 = 7.52 → 7.
        QTest::newRow("10 years in July")
            << QDate(2016, 7, 1) << QDate(2016, 7, 1) << QDate() << 2026 << 7;
        // 1 year on Jul 1: 184 × 5 ÷ 365 = 2.52 → 2.
        QTest::newRow("first year in July")
            << QDate(2025, 7, 1) << QDate(2025, 7, 1) << QDate() << 2026 << 2;
        // 20 years on Apr 1 2026: 90 × 10 + 275 × 15 = 5,025 ÷ 365 = 13.77 → 13.
        QTest::newRow("20 years in April")
            << QDate(2006, 4, 1) << QDate(2010, 1, 1) << QDate() << 2026 << 13;
        // Leaving Mar 31 with 15 days: 90 × 15 ÷ 365 = 3.70 → 3.
        QTest::newRow("leaving in March")
            << QDate(2000, 1, 1) << QDate(2005, 1, 1) << QDate(2026, 3, 31) << 2026 << 3;
        // A leap year whole: 366 × 15 ÷ 365 = 15.04 → 15.
        QTest::newRow("leap year")
            << QDate(2000, 1, 1) << QDate(2005, 1, 1) << QDate() << 2028 << 15;
        QTest::newRow("hired next year")
            << QDate(2010, 1, 1) << QDate(2027, 2, 1) << QDate() << 2026 << 0;
        QTest::newRow("left last year")
            << QDate(2010, 1, 1) << QDate(2015, 1, 1) << QDate(2025, 12, 31) << 2026 << 0;
    }
    void annualLeave()
    {
        QFETCH(QDate, seniority);
        QFETCH(QDate, hired);
        QFETCH(QDate, left);
        QFETCH(int, year);
        QFETCH(int, days);
        AnnualLeaveInput in;
        in.year = year;
        in.seniorityStart = seniority;
        in.hired = hired;
        if (left.isValid())
            in.left = left;
        QCOMPARE(annualLeaveDays(in), days);
    }

    void annualLeaveRefusals()
    {
        AnnualLeaveInput in{2026, QDate(2020, 1, 1), QDate(2019, 1, 1), std::nullopt};
        QVERIFY_THROWS_EXCEPTION(RuleError, annualLeaveDays(in));
        in = {2026, QDate(2010, 1, 1), QDate(2020, 1, 1), QDate(2019, 1, 1)};
        QVERIFY_THROWS_EXCEPTION(RuleError, annualLeaveDays(in));
    }

    void carryOver()
    {
        // Up to 5 days carried, usable until the end of March.
        const CarryOverRule rule{500, 3};
        QCOMPARE(carriedOver(800, rule), 500LL);
        QCOMPARE(carriedOver(300, rule), 300LL);
        QCOMPARE(carriedOver(-100, rule), 0LL);
        QCOMPARE(carriedOver(800, CarryOverRule{}), 0LL);
        // 10 days + 5 carried; 2 taken by March, 6 in all. February: 15 − 6 = 9 left. April:
        // the 3 carried days not taken by March lapse: 15 − 3 − 6 = 6.
        LeaveBalance b = annualLeaveBalance(1000, 500, 200, 600, d(2, 15), rule);
        QCOMPARE(b.lapsed, 0LL);
        QCOMPARE(b.remaining, 900LL);
        b = annualLeaveBalance(1000, 500, 200, 600, d(4, 1), rule);
        QCOMPARE(b.lapsed, 300LL);
        QCOMPARE(b.remaining, 600LL);
        // All carried days taken in time: nothing lapses.
        b = annualLeaveBalance(1000, 500, 700, 700, d(12, 1), rule);
        QCOMPARE(b.lapsed, 0LL);
        QCOMPARE(b.remaining, 800LL);
    }

    void leaveTypes()
    {
        const auto& types = builtinLeaveTypes();
        QCOMPARE(findLeaveType(types, QStringLiteral("personal"))->paidBp, 0LL);
        QCOMPARE(findLeaveType(types, QStringLiteral("annual"))->paidBp, 10000LL);
        const LeaveType* maternity = findLeaveType(types, QStringLiteral("maternity"));
        QVERIFY(maternity->calendarDays);
        QCOMPARE(maternity->statutoryDays, 98);
        QCOMPARE(findLeaveType(types, QStringLiteral("marriage"))->statutoryDays, 3);
        QVERIFY(!findLeaveType(types, QStringLiteral("sabbatical")));
    }
};

QTEST_GUILESS_MAIN(TestHrTime)
#include "tst_hrtime.moc"
