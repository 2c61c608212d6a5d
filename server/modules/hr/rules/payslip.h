#pragma once

#include "server/modules/hr/rules/contributions.h"
#include "server/modules/hr/rules/incometax.h"
#include "server/modules/hr/rules/workcalendar.h"

#include <QString>

#include <vector>

namespace Erp::Hr::Rules {

// One employee's payslip for one month, composed from the rules: components → gross, employee
// and employer contributions, income tax by cumulative withholding (the state in, the new state
// out), net. A pure function on plain structs: a payroll run is a loop over it.

enum class ComponentKind {
    Base,           ///< 基本工资: also the base of overtime and leave (unless rateBase is set)
    Allowance,      ///< 津贴补贴
    Overtime,       ///< 加班工资: a fixed amount, or computed from minutes and the day kind
    Bonus,          ///< 奖金 paid with the month's wages
    AnnualBonus,    ///< 全年一次性奖金: taxed separately or merged, as the input says
    UnpaidLeave,    ///< 缺勤扣款: a fixed amount, or computed from days and the leave's pay
    OtherEarning,   ///< 其他收入
    OtherDeduction, ///< 其他扣款
};

/// One line of the salary structure. Earnings add to the gross; deductions (UnpaidLeave,
/// OtherDeduction) are positive amounts taken off.
struct PayComponent
{
    QString code; ///< the structure's component code, returned on the line
    ComponentKind kind = ComponentKind::Base;
    int order = 0; ///< lines are computed and listed by order (stable for equal orders)
    /// Earnings: subject to income tax (false: a tax-exempt allowance). Deductions: made before
    /// tax (true: reduces the gross and the taxable income, like unpaid leave) or after tax
    /// (false: taken from the net pay only). AnnualBonus is always taxable.
    bool taxable = true;
    qint64 amount = 0; ///< fen; used when quantity is 0
    /// Overtime: minutes; UnpaidLeave: hundredths of a day. 0 = use `amount`.
    qint64 quantity = 0;
    DayKind dayKind = DayKind::Workday; ///< Overtime with a quantity
    qint64 paidBp = 0;                  ///< UnpaidLeave with a quantity: share of pay kept
};

struct PayslipInput
{
    int year = 0;
    int month = 0;
    std::vector<PayComponent> components;
    qint64 rateBase = 0; ///< monthly salary for overtime and leave; 0 = the Base components
    const CityTable* contributionTable = nullptr; ///< nullptr = no social insurance (e.g. intern)
    ContributionInput contributions;
    WithholdingState withholding; ///< the employee's state after the previous month
    int firstDeductionMonth = 1;  ///< the hire month for a hire this year
    BasicDeduction basicDeduction = BasicDeduction::Monthly;
    qint64 specialAdditional = 0; ///< this month's 专项附加扣除 (monthlySpecialAdditionalDeduction)
    qint64 otherDeductions = 0; ///< this month's 其他扣除 for the income tax
    BonusTaxation bonusTaxation = BonusTaxation::Separate;
};

struct PayslipLine
{
    QString code;
    ComponentKind kind = ComponentKind::Base;
    qint64 amount = 0; ///< signed: deductions negative
    bool taxable = true;
};

struct Payslip
{
    std::vector<PayslipLine> lines; ///< in component order
    qint64 gross = 0;               ///< 应发工资: earnings − pre-tax deductions
    qint64 taxableWages = 0;        ///< this month's income for the cumulative withholding
    qint64 annualBonus = 0;         ///< the AnnualBonus lines
    Contributions contributions;
    Withholding withholding; ///< withholding.after is the state for next month
    TableTax bonusTax;       ///< the separate bonus tax (zero when merged)
    qint64 incomeTax = 0;    ///< withholding.tax + bonusTax.tax
    qint64 afterTaxDeductions = 0;
    qint64 net =
        0; ///< 实发工资: gross − employee contributions − income tax − after-tax deductions
    qint64 employerCost = 0; ///< gross + employer contributions
};

/// The payslip of `input`. Throws RuleError: those of the rules it uses, and BonusAlreadyUsed
/// when a second separately taxed annual bonus comes in the same year.
Payslip computePayslip(const PayslipInput& input);

} // namespace Erp::Hr::Rules
