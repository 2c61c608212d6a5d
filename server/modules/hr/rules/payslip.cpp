#include "server/modules/hr/rules/payslip.h"

#include "server/modules/hr/rules/ruleerror.h"
#include "server/modules/hr/rules/timepay.h"

#include <algorithm>

namespace Erp::Hr::Rules {

namespace {

bool isDeduction(ComponentKind kind)
{
    return kind == ComponentKind::UnpaidLeave || kind == ComponentKind::OtherDeduction;
}

qint64 rateBaseOf(const PayslipInput& in)
{
    if (in.rateBase > 0)
        return in.rateBase;
    qint64 base = 0;
    for (const PayComponent& c : in.components)
        base += c.kind == ComponentKind::Base ? c.amount : 0;
    return base;
}

qint64 amountOf(const PayComponent& c, qint64 rateBase)
{
    if (c.quantity != 0 && c.kind == ComponentKind::Overtime)
        return overtimePay(rateBase, c.quantity, c.dayKind);
    if (c.quantity != 0 && c.kind == ComponentKind::UnpaidLeave)
        return leaveDeduction(rateBase, c.quantity, c.paidBp);
    if (c.amount < 0)
        throw RuleError(RuleError::Code::Amount, "a negative component amount");
    return c.amount;
}

} // namespace

Payslip computePayslip(const PayslipInput& in)
{
    Payslip p;
    std::vector<const PayComponent*> ordered;
    ordered.reserve(in.components.size());
    for (const PayComponent& c : in.components)
        ordered.push_back(&c);
    std::stable_sort(
        ordered.begin(), ordered.end(),
        [](const PayComponent* a, const PayComponent* b) { return a->order < b->order; });

    const qint64 rateBase = rateBaseOf(in);
    p.lines.reserve(ordered.size());
    for (const PayComponent* c : ordered) {
        const qint64 amount = amountOf(*c, rateBase);
        const bool taxable = c->kind == ComponentKind::AnnualBonus || c->taxable;
        if (isDeduction(c->kind)) {
            p.lines.push_back({c->code, c->kind, -amount, taxable});
            if (taxable) {
                p.gross -= amount;
                p.taxableWages -= amount;
            } else {
                p.afterTaxDeductions += amount;
            }
            continue;
        }
        p.lines.push_back({c->code, c->kind, amount, taxable});
        p.gross += amount;
        if (c->kind == ComponentKind::AnnualBonus)
            p.annualBonus += amount;
        else if (taxable)
            p.taxableWages += amount;
    }

    if (in.contributionTable)
        p.contributions = computeContributions(*in.contributionTable, in.contributions);

    const bool separateBonus = p.annualBonus > 0 && in.bonusTaxation == BonusTaxation::Separate;
    if (separateBonus && in.withholding.separateBonusUsed && in.withholding.year == in.year)
        throw RuleError(RuleError::Code::BonusAlreadyUsed,
                        "the separate annual bonus taxation was used this year already");
    if (!separateBonus)
        p.taxableWages += p.annualBonus;

    WithholdingMonth month;
    month.year = in.year;
    month.month = in.month;
    month.firstMonth = in.firstDeductionMonth;
    month.basicDeduction = in.basicDeduction;
    month.income = p.taxableWages;
    month.contributions = p.contributions.employeeTotal;
    month.specialAdditional = in.specialAdditional;
    month.otherDeductions = in.otherDeductions;
    p.withholding = withholdWages(in.withholding, month);
    if (separateBonus) {
        p.bonusTax = separateBonusTax(p.annualBonus);
        p.withholding.after.separateBonusUsed = true;
    }
    p.incomeTax = p.withholding.tax + p.bonusTax.tax;
    p.net = p.gross - p.contributions.employeeTotal - p.incomeTax - p.afterTaxDeductions;
    p.employerCost = p.gross + p.contributions.employerTotal;
    return p;
}

} // namespace Erp::Hr::Rules
