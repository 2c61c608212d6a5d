#pragma once

#include "server/modules/hr/rules/ratemath.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace Erp::Hr::Rules {

// Social insurance and housing fund (五险一金) from dated city tables (docs/PAYROLL.md).

enum class Insurance { Pension, Medical, Unemployment, Injury, Maternity };
constexpr int InsuranceCount = 5;

/// One insurance of a city table: the contribution base is clamped to [baseFloor, baseCap];
/// employee and employer pay base × rate (rounded) + a fixed amount (Beijing's 3 yuan 大额医疗
/// 互助 on the employee's medical insurance).
struct InsuranceRule
{
    qint64 baseFloor = 0;
    qint64 baseCap = 0;
    qint64 employeeRateBp = 0;
    qint64 employerRateBp = 0;
    qint64 employeeFixed = 0;
    qint64 employerFixed = 0;
};

/// The rules of one city from `effectiveFrom` until the next table of the same city.
struct CityTable
{
    QString city; ///< "beijing", "shanghai": a code, not a display name
    QDate effectiveFrom;
    std::array<InsuranceRule, InsuranceCount> insurance; ///< indexed by Insurance
    /// Work injury insurance is rated by industry class: the employer's rate must lie in this
    /// range; insurance[Injury].employerRateBp is the default (the lowest class).
    qint64 injuryRateMinBp = 0;
    qint64 injuryRateMaxBp = 0;
    qint64 housingFundFloor = 0;
    qint64 housingFundCap = 0;
    qint64 housingFundMinRateBp = 0; ///< same rate for employee and employer
    qint64 housingFundMaxRateBp = 0;
    RoundingUnit insuranceRounding = RoundingUnit::Fen;
    RoundingUnit housingFundRounding = RoundingUnit::Fen;
    QString source; ///< where the figures come from, and whether they were verified

    const InsuranceRule& rule(Insurance i) const { return insurance[size_t(i)]; }
};

/// The tables shipped with the product: Beijing and Shanghai from 2025-07-01 (citytables.cpp).
/// An admin must verify them against each year's notices; the HR module stores edited copies.
const std::vector<CityTable>& builtinCityTables();

/// The table of `city` in force on `date`: the latest whose effectiveFrom ≤ date; nullptr if
/// none.
const CityTable* tableInForce(const std::vector<CityTable>& tables, const QString& city,
                              const QDate& date);

/// As tableInForce, for a payroll that cannot go on without one. Throws RuleError (NoTable).
const CityTable& requireTableInForce(const std::vector<CityTable>& tables, const QString& city,
                                     const QDate& date);

/// An employee's declared bases and rates.
struct ContributionInput
{
    qint64 insuranceBase = 0;     ///< declared social insurance base (clamped per insurance)
    qint64 housingFundBase = 0;   ///< declared housing fund base (clamped to the fund's range)
    qint64 housingFundRateBp = 0; ///< 0 = no housing fund; otherwise within the city's range
    std::optional<qint64> injuryRateBp; ///< the employer's industry rate; default: the table's
};

struct Contribution
{
    qint64 base = 0;
    qint64 employee = 0;
    qint64 employer = 0;
};

struct Contributions
{
    std::array<Contribution, InsuranceCount> insurance; ///< indexed by Insurance
    Contribution housingFund;
    qint64 employeeTotal = 0; ///< 专项扣除 for the income tax
    qint64 employerTotal = 0;

    const Contribution& of(Insurance i) const { return insurance[size_t(i)]; }
};

/// The month's contributions of one employee. Throws RuleError (Rate, Amount).
Contributions computeContributions(const CityTable& table, const ContributionInput& input);

} // namespace Erp::Hr::Rules
