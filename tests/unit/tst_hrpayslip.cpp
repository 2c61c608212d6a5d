// Payslips end to end: components in order → gross, contributions, cumulative income tax (the
// state carried month to month), the annual bonus both ways, net and employer cost. Figures by
// hand in the comments (yuan).
#include "server/modules/hr/rules/payslip.h"
#include "server/modules/hr/rules/ruleerror.h"

#include <QTest>

using namespace Erp::Hr::Rules;

namespace {

constexpr qint64 Y = 100;

PayComponent fixed(const char* code, ComponentKind kind, int order, qint64 amount,
                   bool taxable = true)
{
    PayComponent c;
    c.code = QString::fromLatin1(code);
    c.kind = kind;
    c.order = order;
    c.amount = amount;
    c.taxable = taxable;
    return c;
}

/// A city whose only contribution is 15 % pension on a fixed 20,000 base: 3,000 a month, as in
/// the "360 a month" example.
CityTable flatTable()
{
    CityTable t;
    t.city = QStringLiteral("test");
    t.effectiveFrom = QDate(2026, 1, 1);
    for (InsuranceRule& r : t.insurance)
        r = {20000 * Y, 20000 * Y, 0, 0, 0, 0};
    t.insurance[size_t(Insurance::Pension)].employeeRateBp = 1500;
    t.housingFundFloor = 0;
    t.housingFundCap = 100000 * Y;
    return t;
}

PayslipInput plain(const CityTable& table, int month, const WithholdingState& state)
{
    PayslipInput in;
    in.year = 2026;
    in.month = month;
    in.components = {fixed("base", ComponentKind::Base, 10, 20000 * Y)};
    in.contributionTable = &table;
    in.contributions.insuranceBase = 20000 * Y;
    in.withholding = state;
    return in;
}

} // namespace

class TestHrPayslip final : public QObject
{
    Q_OBJECT
private slots:
    void beijingEndToEnd()
    {
        const CityTable* beijing =
            tableInForce(builtinCityTables(), QStringLiteral("beijing"), QDate(2026, 1, 31));
        QVERIFY(beijing);
        PayslipInput in;
        in.year = 2026;
        in.month = 1;
        // Given out of order: the payslip lists them by `order`.
        PayComponent overtime = fixed("ot", ComponentKind::Overtime, 40, 0);
        overtime.quantity = 120; // two hours on a rest day
        overtime.dayKind = DayKind::RestDay;
        PayComponent leave = fixed("leave", ComponentKind::UnpaidLeave, 50, 0);
        leave.quantity = 100; // one day of personal leave
        in.components = {
            fixed("card", ComponentKind::OtherDeduction, 60, 200 * Y, false),
            leave,
            fixed("transport", ComponentKind::Allowance, 30, 800 * Y),
            fixed("base", ComponentKind::Base, 10, 20000 * Y),
            overtime,
            fixed("meal", ComponentKind::Allowance, 20, 500 * Y, false),
        };
        in.contributionTable = beijing;
        in.contributions = {20000 * Y, 20000 * Y, 1200, std::nullopt};
        in.specialAdditional = 2000 * Y; // one child

        const Payslip p = computePayslip(in);
        // Overtime 20,000 ÷ 21.75 ÷ 8 × 2 × 200 % = 459.77; leave 20,000 ÷ 21.75 = 919.54.
        QStringList codes;
        for (const PayslipLine& l : p.lines)
            codes << l.code;
        QCOMPARE(codes.join(QLatin1Char(',')), QStringLiteral("base,meal,transport,ot,leave,card"));
        QCOMPARE(p.lines[3].amount, 45977LL);
        QCOMPARE(p.lines[4].amount, -91954LL);
        QCOMPARE(p.lines[5].amount, -200 * Y);
        // Gross 20,000 + 500 + 800 + 459.77 − 919.54 = 20,840.23; taxable without the
        // tax-free meal allowance: 20,340.23.
        QCOMPARE(p.gross, 2084023LL);
        QCOMPARE(p.taxableWages, 2034023LL);
        // Employee: pension 1,600 + medical 403 + unemployment 100 + fund 12 % 2,400 = 4,503.
        // Employer: 3,200 + 1,800 + 100 + injury 40 + maternity 160 + fund 2,400 = 7,700.
        QCOMPARE(p.contributions.employeeTotal, 4503 * Y);
        QCOMPARE(p.contributions.employerTotal, 7700 * Y);
        // 20,340.23 − 5,000 − 4,503 − 2,000 = 8,837.23 × 3 % = 265.1169 → 265.12
        QCOMPARE(p.withholding.cumulativeTaxable, 883723LL);
        QCOMPARE(p.incomeTax, 26512LL);
        // Net 20,840.23 − 4,503 − 265.12 − 200 = 15,872.11; employer cost 28,540.23.
        QCOMPARE(p.afterTaxDeductions, 200 * Y);
        QCOMPARE(p.net, 1587211LL);
        QCOMPARE(p.employerCost, 2854023LL);

        // February, the same: cumulative 17,674.46 × 3 % = 530.2338 → 530.23 − 265.12 = 265.11
        // (the rounding is on the cumulative tax, not on each month).
        in.month = 2;
        in.withholding = p.withholding.after;
        const Payslip feb = computePayslip(in);
        QCOMPARE(feb.incomeTax, 26511LL);
        QCOMPARE(feb.withholding.after.withheld, 53023LL);
    }

    void threeSixtyAMonth()
    {
        // Salary 20,000, employee insurance 3,000, no deductions: 360 in each of months 1–3,
        // net 20,000 − 3,000 − 360 = 16,640; April 1,200.
        const CityTable t = flatTable();
        WithholdingState s;
        for (int m = 1; m <= 4; ++m) {
            const Payslip p = computePayslip(plain(t, m, s));
            QCOMPARE(p.contributions.employeeTotal, 3000 * Y);
            QCOMPARE(p.incomeTax, (m <= 3 ? 360 : 1200) * Y);
            QCOMPARE(p.net, 20000 * Y - 3000 * Y - p.incomeTax);
            s = p.withholding.after;
        }
        QCOMPARE(s.withheld, 2280 * Y);
    }

    void annualBonusSeparate()
    {
        // March with a 36,000 bonus taxed separately: 36,000 × 3 % = 1,080 beside the wages'
        // 360; net 20,000 + 36,000 − 3,000 − 1,440 = 51,560. The bonus stays out of the
        // cumulative income.
        const CityTable t = flatTable();
        WithholdingState s;
        for (int m = 1; m <= 2; ++m)
            s = computePayslip(plain(t, m, s)).withholding.after;
        PayslipInput in = plain(t, 3, s);
        in.components.push_back(fixed("bonus", ComponentKind::AnnualBonus, 90, 36000 * Y));
        in.bonusTaxation = BonusTaxation::Separate;
        const Payslip p = computePayslip(in);
        QCOMPARE(p.annualBonus, 36000 * Y);
        QCOMPARE(p.bonusTax.tax, 1080 * Y);
        QCOMPARE(p.withholding.tax, 360 * Y);
        QCOMPARE(p.incomeTax, 1440 * Y);
        QCOMPARE(p.net, 51560 * Y);
        QCOMPARE(p.withholding.after.income, 60000 * Y);
        QVERIFY(p.withholding.after.separateBonusUsed);

        // Once a year: a second separate bonus is refused.
        PayslipInput again = plain(t, 4, p.withholding.after);
        again.components.push_back(fixed("bonus", ComponentKind::AnnualBonus, 90, 1000 * Y));
        try {
            computePayslip(again);
            QFAIL("a second separate bonus was accepted");
        } catch (const RuleError& e) {
            QCOMPARE(e.code(), RuleError::Code::BonusAlreadyUsed);
        }
        again.bonusTaxation = BonusTaxation::Merged;
        QCOMPARE(computePayslip(again).bonusTax.tax, 0LL);
    }

    void annualBonusMerged()
    {
        // The same bonus merged: cumulative 36,000 + 36,000 = 72,000 → 4,680 − 720 = 3,960;
        // net 56,000 − 3,000 − 3,960 = 49,040.
        const CityTable t = flatTable();
        WithholdingState s;
        for (int m = 1; m <= 2; ++m)
            s = computePayslip(plain(t, m, s)).withholding.after;
        PayslipInput in = plain(t, 3, s);
        in.components.push_back(fixed("bonus", ComponentKind::AnnualBonus, 90, 36000 * Y));
        in.bonusTaxation = BonusTaxation::Merged;
        const Payslip p = computePayslip(in);
        QCOMPARE(p.bonusTax.tax, 0LL);
        QCOMPARE(p.incomeTax, 3960 * Y);
        QCOMPARE(p.net, 49040 * Y);
        QVERIFY(!p.withholding.after.separateBonusUsed);
    }

    void withoutInsuranceAndWithARateBase()
    {
        // An intern: no table, 3,000 base, under the basic deduction: no tax. Overtime on a
        // workday from a 4,350 rate base: 4,350 ÷ 21.75 ÷ 8 × 1.5 = 37.50 an hour.
        PayslipInput in;
        in.year = 2026;
        in.month = 5;
        in.firstDeductionMonth = 5;
        PayComponent ot = fixed("ot", ComponentKind::Overtime, 20, 0);
        ot.quantity = 60;
        in.components = {fixed("base", ComponentKind::Base, 10, 3000 * Y), ot};
        in.rateBase = 4350 * Y;
        const Payslip p = computePayslip(in);
        QCOMPARE(p.lines[1].amount, 3750LL);
        QCOMPARE(p.contributions.employeeTotal, 0LL);
        QCOMPARE(p.incomeTax, 0LL);
        QCOMPARE(p.net, 303750LL);
        QCOMPARE(p.employerCost, 303750LL);
    }

    void refusals()
    {
        PayslipInput in;
        in.year = 2026;
        in.month = 1;
        in.components = {fixed("base", ComponentKind::Base, 10, -1)};
        QVERIFY_THROWS_EXCEPTION(RuleError, computePayslip(in));
        in.components = {fixed("base", ComponentKind::Base, 10, 100)};
        in.month = 0;
        QVERIFY_THROWS_EXCEPTION(RuleError, computePayslip(in));
    }
};

QTEST_GUILESS_MAIN(TestHrPayslip)
#include "tst_hrpayslip.moc"
