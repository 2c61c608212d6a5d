#include "server/modules/hr/rules/incometax.h"

#include "server/modules/hr/rules/ratemath.h"
#include "server/modules/hr/rules/ruleerror.h"

#include <algorithm>

namespace Erp::Hr::Rules {

namespace {

constexpr qint64 Yuan = 100;

/// The table's tax on `taxable`, the line picked by taxable ÷ `periods` (12 for the annual
/// bonus on the monthly table): taxable ÷ n ≤ limit ⇔ taxable ≤ n × limit, no division.
TableTax byTable(const std::array<TaxBracket, 7>& table, qint64 periods, qint64 taxable)
{
    if (taxable <= 0)
        return {};
    for (const TaxBracket& line : table) {
        if (line.upTo < 0 || taxable <= periods * line.upTo)
            return {applyRate(taxable, line.rateBp) - line.quickDeduction, line.rateBp,
                    line.quickDeduction};
    }
    return {}; // unreachable: the last line has no limit
}

} // namespace

const std::array<TaxBracket, 7> AnnualTaxTable = {{
    {36000 * Yuan, 300, 0},
    {144000 * Yuan, 1000, 2520 * Yuan},
    {300000 * Yuan, 2000, 16920 * Yuan},
    {420000 * Yuan, 2500, 31920 * Yuan},
    {660000 * Yuan, 3000, 52920 * Yuan},
    {960000 * Yuan, 3500, 85920 * Yuan},
    {-1, 4500, 181920 * Yuan},
}};

const std::array<TaxBracket, 7> MonthlyTaxTable = {{
    {3000 * Yuan, 300, 0},
    {12000 * Yuan, 1000, 210 * Yuan},
    {25000 * Yuan, 2000, 1410 * Yuan},
    {35000 * Yuan, 2500, 2660 * Yuan},
    {55000 * Yuan, 3000, 4410 * Yuan},
    {80000 * Yuan, 3500, 7160 * Yuan},
    {-1, 4500, 15160 * Yuan},
}};

TableTax annualTableTax(qint64 taxable)
{
    return byTable(AnnualTaxTable, 1, taxable);
}

Withholding withholdWages(const WithholdingState& before, const WithholdingMonth& m)
{
    if (before.year != 0 && before.year != m.year)
        throw RuleError(RuleError::Code::Year, "the withholding state is of another tax year");
    if (m.month < 1 || m.month > 12 || m.month <= before.month || m.firstMonth < 1 ||
        m.firstMonth > m.month)
        throw RuleError(RuleError::Code::Month, "month out of order");
    if (m.contributions < 0 || m.specialAdditional < 0 || m.otherDeductions < 0)
        throw RuleError(RuleError::Code::Amount, "a negative deduction");

    Withholding w;
    WithholdingState& s = w.after;
    s = before;
    s.year = m.year;
    s.month = m.month;
    s.income += m.income;
    s.contributions += m.contributions;
    s.specialAdditional += m.specialAdditional;
    s.otherDeductions += m.otherDeductions;

    w.cumulativeBasicDeduction = m.basicDeduction == BasicDeduction::FullYear
                                     ? 12 * BasicDeductionPerMonth
                                     : (m.month - m.firstMonth + 1) * BasicDeductionPerMonth;
    const qint64 taxable = s.income - w.cumulativeBasicDeduction - s.contributions -
                           s.specialAdditional - s.otherDeductions;
    w.cumulativeTaxable = taxable > 0 ? taxable : 0;
    w.cumulativeTax = annualTableTax(w.cumulativeTaxable);
    s.tax = w.cumulativeTax.tax;
    // 余额为负值时，暂不退税: nothing is withheld this month and the difference stays in the
    // cumulative figures, where the next months absorb it.
    const qint64 due = s.tax - before.withheld;
    w.tax = due > 0 ? due : 0;
    s.withheld = before.withheld + w.tax;
    w.overWithheld = s.withheld > s.tax ? s.withheld - s.tax : 0;
    return w;
}

qint64 monthlySpecialAdditionalDeduction(const SpecialDeductionDeclaration& d)
{
    const auto halfOrWhole = [](qint64 shareBp) { return shareBp == 10000 || shareBp == 5000; };
    if (d.children < 0 || d.infants < 0 || d.elderlyShare < 0)
        throw RuleError(RuleError::Code::Amount, "a negative count or share");
    if (!halfOrWhole(d.childShareBp) || !halfOrWhole(d.infantShareBp) ||
        !halfOrWhole(d.loanShareBp))
        throw RuleError(RuleError::Code::Share, "children and loan interest: 100 % or 50 %");

    qint64 sum = applyRate(d.children * ChildEducationPerChild, d.childShareBp) +
                 applyRate(d.infants * InfantCarePerChild, d.infantShareBp);
    if (d.degreeEducation)
        sum += DegreeEducation;
    if (d.certificateThisMonth)
        sum += CertificateEducation;
    switch (d.housing) {
    case Housing::None:
        break;
    case Housing::LoanInterest:
        sum += applyRate(LoanInterest, d.loanShareBp);
        break;
    case Housing::RentTier1:
        sum += RentTier1;
        break;
    case Housing::RentTier2:
        sum += RentTier2;
        break;
    case Housing::RentTier3:
        sum += RentTier3;
        break;
    }
    switch (d.elderly) {
    case ElderlySupport::None:
        break;
    case ElderlySupport::OnlyChild:
        sum += ElderlyOnlyChild;
        break;
    case ElderlySupport::Shared:
        if (d.elderlyShare > ElderlyShareCap)
            throw RuleError(RuleError::Code::Share, "a shared elderly support above 1,500");
        sum += d.elderlyShare;
        break;
    }
    return sum;
}

qint64 cumulativeSpecialAdditional(const std::vector<DatedDeclaration>& declarations,
                                   int firstMonth, int month)
{
    if (firstMonth < 1 || month > 12)
        throw RuleError(RuleError::Code::Month, "month outside the year");
    qint64 sum = 0;
    for (const DatedDeclaration& d : declarations) {
        if (d.fromMonth < 1 || d.toMonth > 12 || d.toMonth < d.fromMonth)
            throw RuleError(RuleError::Code::Month, "a declaration's months out of order");
        const int from = std::max(d.fromMonth, firstMonth);
        const int to = std::min(d.toMonth, month);
        SpecialDeductionDeclaration monthly = d.items;
        monthly.certificateThisMonth = false;
        if (to >= from)
            sum += (to - from + 1) * monthlySpecialAdditionalDeduction(monthly);
        if (d.items.certificateThisMonth && from <= month)
            sum += CertificateEducation;
    }
    return sum;
}

TableTax separateBonusTax(qint64 bonus)
{
    return byTable(MonthlyTaxTable, 12, bonus);
}

BonusComparison compareBonusTaxation(qint64 bonus, qint64 annualTaxableWithoutBonus)
{
    BonusComparison c;
    c.separate = annualTableTax(annualTaxableWithoutBonus).tax + separateBonusTax(bonus).tax;
    c.merged = annualTableTax(annualTaxableWithoutBonus + bonus).tax;
    c.cheaper = c.separate < c.merged ? BonusTaxation::Separate : BonusTaxation::Merged;
    return c;
}

} // namespace Erp::Hr::Rules
