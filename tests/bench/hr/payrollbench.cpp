// erp-payroll-bench [employees]: computes a year of payslips (12 months, the cumulative income
// tax carried from month to month) for N employees (default 10,000) through
// Erp::Hr::Rules::computePayslip, and prints the time. The employees differ in salary, city,
// bases, fund rates, special deductions and basic deduction rule; every payslip has a tax-free
// allowance, computed overtime and unpaid leave; December adds an annual bonus taxed separately.

#include "server/modules/hr/rules/payslip.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <vector>

using namespace Erp::Hr::Rules;

namespace {

struct Employee
{
    qint64 salary;
    const CityTable* table;
    qint64 hfRateBp;
    qint64 special;
    BasicDeduction basic;
    WithholdingState state;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const auto& tables = builtinCityTables();
    const QDate day(2026, 1, 1);
    const CityTable* beijing = tableInForce(tables, QStringLiteral("beijing"), day);
    const CityTable* shanghai = tableInForce(tables, QStringLiteral("shanghai"), day);

    std::vector<Employee> staff;
    staff.reserve(size_t(count));
    quint32 seed = 12345;
    const auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
    for (int i = 0; i < count; ++i) {
        const bool bj = i % 2 == 0;
        staff.push_back({qint64(4000 + next() % 60000) * 100, bj ? beijing : shanghai,
                         bj ? 500 + qint64(next() % 8) * 100 : 500 + qint64(next() % 3) * 100,
                         qint64(next() % 4) * 100000,
                         i % 10 == 0 ? BasicDeduction::FullYear : BasicDeduction::Monthly,
                         WithholdingState{}});
    }

    QElapsedTimer timer;
    timer.start();
    qint64 payslips = 0;
    qint64 totalTax = 0;
    qint64 totalNet = 0;
    for (int month = 1; month <= 12; ++month) {
        for (Employee& e : staff) {
            PayslipInput in;
            in.year = 2026;
            in.month = month;
            in.components = {
                {QStringLiteral("base"), ComponentKind::Base, 10, true, e.salary, 0, {}, 0},
                {QStringLiteral("meal"), ComponentKind::Allowance, 20, false, 50000, 0, {}, 0},
                {QStringLiteral("ot"), ComponentKind::Overtime, 30, true, 0, 120, DayKind::RestDay,
                 0},
                {QStringLiteral("leave"), ComponentKind::UnpaidLeave, 40, true, 0, 50, {}, 0},
            };
            if (month == 12)
                in.components.push_back({QStringLiteral("bonus"),
                                         ComponentKind::AnnualBonus,
                                         50,
                                         true,
                                         e.salary * 2,
                                         0,
                                         {},
                                         0});
            in.contributionTable = e.table;
            in.contributions.insuranceBase = e.salary;
            in.contributions.housingFundBase = e.salary;
            in.contributions.housingFundRateBp = e.hfRateBp;
            in.withholding = e.state;
            in.basicDeduction = e.basic;
            in.specialAdditional = e.special;
            const Payslip p = computePayslip(in);
            e.state = p.withholding.after;
            totalTax += p.incomeTax;
            totalNet += p.net;
            ++payslips;
        }
    }
    const qint64 ms = timer.elapsed();
    QTextStream(stdout) << payslips << " payslips (" << count << " employees x 12 months) in " << ms
                        << " ms, " << (ms > 0 ? payslips * 1000 / ms : payslips)
                        << " payslips/s; tax " << totalTax / 100 << " yuan, net " << totalNet / 100
                        << " yuan\n";
    return 0;
}
