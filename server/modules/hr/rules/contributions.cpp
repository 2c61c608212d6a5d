#include "server/modules/hr/rules/contributions.h"

#include "server/modules/hr/rules/ruleerror.h"

namespace Erp::Hr::Rules {

const CityTable* tableInForce(const std::vector<CityTable>& tables, const QString& city,
                              const QDate& date)
{
    const CityTable* best = nullptr;
    for (const CityTable& t : tables) {
        if (t.city == city && t.effectiveFrom <= date &&
            (!best || best->effectiveFrom < t.effectiveFrom))
            best = &t;
    }
    return best;
}

const CityTable& requireTableInForce(const std::vector<CityTable>& tables, const QString& city,
                                     const QDate& date)
{
    const CityTable* t = tableInForce(tables, city, date);
    if (!t)
        throw RuleError(RuleError::Code::NoTable, "no contribution table in force");
    return *t;
}

Contributions computeContributions(const CityTable& table, const ContributionInput& in)
{
    if (in.insuranceBase < 0 || in.housingFundBase < 0)
        throw RuleError(RuleError::Code::Amount, "a negative contribution base");
    if (in.housingFundRateBp != 0 && (in.housingFundRateBp < table.housingFundMinRateBp ||
                                      in.housingFundRateBp > table.housingFundMaxRateBp))
        throw RuleError(RuleError::Code::Rate, "housing fund rate outside the city's range");
    if (in.injuryRateBp &&
        (*in.injuryRateBp < table.injuryRateMinBp || *in.injuryRateBp > table.injuryRateMaxBp))
        throw RuleError(RuleError::Code::Rate, "injury rate outside the city's range");

    Contributions c;
    for (int i = 0; i < InsuranceCount; ++i) {
        const InsuranceRule& rule = table.insurance[size_t(i)];
        Contribution& out = c.insurance[size_t(i)];
        const qint64 employerRate = Insurance(i) == Insurance::Injury && in.injuryRateBp
                                        ? *in.injuryRateBp
                                        : rule.employerRateBp;
        out.base = clamp(in.insuranceBase, rule.baseFloor, rule.baseCap);
        out.employee =
            applyRate(out.base, rule.employeeRateBp, table.insuranceRounding) + rule.employeeFixed;
        out.employer =
            applyRate(out.base, employerRate, table.insuranceRounding) + rule.employerFixed;
        c.employeeTotal += out.employee;
        c.employerTotal += out.employer;
    }
    if (in.housingFundRateBp != 0) {
        Contribution& hf = c.housingFund;
        hf.base = clamp(in.housingFundBase, table.housingFundFloor, table.housingFundCap);
        hf.employee = applyRate(hf.base, in.housingFundRateBp, table.housingFundRounding);
        hf.employer = hf.employee;
        c.employeeTotal += hf.employee;
        c.employerTotal += hf.employer;
    }
    return c;
}

} // namespace Erp::Hr::Rules
