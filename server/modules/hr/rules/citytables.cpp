// The social insurance and housing fund tables shipped with the product, as plain data.
//
// TO VERIFY EVERY YEAR. Cities publish new bases each summer (社保缴费基数 from the previous
// year's average wage, 公积金 bases for the 公积金年度 from July 1) and sometimes new rates. The
// figures below were entered from the 2025 announcements as reported in public summaries, NOT
// checked against the official notices: an admin verifies them against 北京市人力资源和社会保障局 /
// 北京住房公积金管理中心 and 上海市人力资源和社会保障局 / 上海市公积金管理中心 before the first
// payroll, and adds next year's table (a new entry with its effectiveFrom; never edit a table
// that payrolls were computed with). docs/PAYROLL.md "Updating the tables" walks through it.
//
// Units: amounts in fen, rates in basis points (800 = 8 %).

#include "server/modules/hr/rules/contributions.h"

namespace Erp::Hr::Rules {

namespace {

constexpr qint64 Yuan = 100;

InsuranceRule rule(qint64 floor, qint64 cap, qint64 employeeBp, qint64 employerBp,
                   qint64 employeeFixed = 0)
{
    return {floor, cap, employeeBp, employerBp, employeeFixed, 0};
}

CityTable beijing2025()
{
    // 2025-07-01 to 2026-06-30: all five insurances on the same base range.
    constexpr qint64 floor = 7162 * Yuan;
    constexpr qint64 cap = 35811 * Yuan;
    CityTable t;
    t.city = QStringLiteral("beijing");
    t.effectiveFrom = QDate(2025, 7, 1);
    t.insurance[size_t(Insurance::Pension)] = rule(floor, cap, 800, 1600);
    // Medical: employee 2 % + 3 yuan (大额医疗互助); employer 9 %, maternity 0.8 % (collected
    // together with medical since the 2020 merger, kept apart here for the lists).
    t.insurance[size_t(Insurance::Medical)] = rule(floor, cap, 200, 900, 3 * Yuan);
    t.insurance[size_t(Insurance::Unemployment)] = rule(floor, cap, 50, 50);
    t.insurance[size_t(Insurance::Injury)] = rule(floor, cap, 0, 20); // class 1: 0.2 %
    t.insurance[size_t(Insurance::Maternity)] = rule(floor, cap, 0, 80);
    t.injuryRateMinBp = 10; // industry classes with floating: 0.1 %–3 % accepted
    t.injuryRateMaxBp = 300;
    t.housingFundFloor = 2540 * Yuan; // the minimum wage
    t.housingFundCap = 35811 * Yuan;
    t.housingFundMinRateBp = 500;
    t.housingFundMaxRateBp = 1200;
    t.insuranceRounding = RoundingUnit::Fen;
    t.housingFundRounding = RoundingUnit::Yuan; // 月缴存额 元以下四舍五入
    t.source = QStringLiteral(
        "Beijing 2025 social insurance base 7,162-35,811 and housing fund 2,540-35,811, "
        "entered from public summaries of the 2025 notices; UNVERIFIED, check yearly");
    return t;
}

CityTable shanghai2025()
{
    constexpr qint64 floor = 7460 * Yuan;
    constexpr qint64 cap = 37302 * Yuan;
    CityTable t;
    t.city = QStringLiteral("shanghai");
    t.effectiveFrom = QDate(2025, 7, 1);
    t.insurance[size_t(Insurance::Pension)] = rule(floor, cap, 800, 1600);
    t.insurance[size_t(Insurance::Medical)] = rule(floor, cap, 200, 900);
    t.insurance[size_t(Insurance::Unemployment)] = rule(floor, cap, 50, 50);
    t.insurance[size_t(Insurance::Injury)] = rule(floor, cap, 0, 16); // class 1: 0.16 %
    t.insurance[size_t(Insurance::Maternity)] = rule(floor, cap, 0, 100);
    t.injuryRateMinBp = 10;
    t.injuryRateMaxBp = 300;
    t.housingFundFloor = 2740 * Yuan; // the minimum wage
    t.housingFundCap = 37302 * Yuan;
    t.housingFundMinRateBp = 500; // basic fund 5 %-7 % (the supplementary fund is not modelled)
    t.housingFundMaxRateBp = 700;
    t.insuranceRounding = RoundingUnit::Fen;
    t.housingFundRounding = RoundingUnit::Yuan;
    t.source = QStringLiteral(
        "Shanghai 2025 social insurance base 7,460-37,302 and housing fund 2,740-37,302, "
        "entered from public summaries of the 2025 notices; UNVERIFIED, check yearly");
    return t;
}

} // namespace

const std::vector<CityTable>& builtinCityTables()
{
    static const std::vector<CityTable> tables = {beijing2025(), shanghai2025()};
    return tables;
}

} // namespace Erp::Hr::Rules
