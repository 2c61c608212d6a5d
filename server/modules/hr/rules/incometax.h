#pragma once

#include <QtGlobal>

#include <array>
#include <vector>

namespace Erp::Hr::Rules {

// Individual income tax on wages (工资薪金所得): cumulative withholding (累计预扣法, 国家税务总局
// 公告2018年第61号), the special additional deductions (专项附加扣除, amounts of 国发〔2023〕13号)
// and the annual one-time bonus (全年一次性奖金, 财政部 税务总局公告2023年第30号, until
// 2027-12-31). All amounts are fen; docs/PAYROLL.md explains each rule.

/// One line of a progressive table: income up to `upTo` (inclusive; the last line has no
/// limit, upTo < 0) is taxed at `rateBp` minus `quickDeduction`.
struct TaxBracket
{
    qint64 upTo;
    qint64 rateBp;
    qint64 quickDeduction;
};

/// 综合所得 annual table (预扣率表一): 3 % to 36,000 … 45 % above 960,000.
extern const std::array<TaxBracket, 7> AnnualTaxTable;
/// 月度税率表 (按月换算后的综合所得税率表), used for the separately taxed annual bonus.
extern const std::array<TaxBracket, 7> MonthlyTaxTable;

/// A tax by a table: the amount and the line that applied.
struct TableTax
{
    qint64 tax = 0;
    qint64 rateBp = 0;
    qint64 quickDeduction = 0;
};

/// Tax on `taxable` by the annual table, half up to fen; 0 when taxable ≤ 0.
TableTax annualTableTax(qint64 taxable);

/// Basic deduction (基本减除费用) per month employed.
constexpr qint64 BasicDeductionPerMonth = 500000;

/// How the cumulative basic deduction is counted.
enum class BasicDeduction {
    /// 5,000 × months from `firstMonth` (the hire month for a hire in the year, else January;
    /// 公告2020年第13号: January for a person first employed in the year).
    Monthly,
    /// 60,000 for the whole year from January (公告2020年第19号: employed by the same employer
    /// all last year with last year's income ≤ 60,000).
    FullYear,
};

/// The cumulative figures of one employee at one employer in one tax year, after the last
/// month withheld. Start each year (and each new employer) from a default-constructed state.
struct WithholdingState
{
    int year = 0;                 ///< 0 = nothing withheld yet
    int month = 0;                ///< last month withheld, 0 = none
    qint64 income = 0;            ///< 累计收入 (taxable wages, merged bonus included)
    qint64 contributions = 0;     ///< 累计专项扣除 (employee social insurance + housing fund)
    qint64 specialAdditional = 0; ///< 累计专项附加扣除
    qint64 otherDeductions = 0;   ///< 累计依法确定的其他扣除
    qint64 tax = 0;               ///< cumulative tax due on the cumulative taxable income
    qint64 withheld = 0;          ///< 累计已预扣预缴税额
    bool separateBonusUsed = false; ///< the once-a-year separate bonus taxation was used
};

/// One month's wage figures for the withholding.
struct WithholdingMonth
{
    int year = 0;
    int month = 0;      ///< 1–12, after the state's month
    int firstMonth = 1; ///< first month the basic deduction counts (hire month of a hire this year)
    BasicDeduction basicDeduction = BasicDeduction::Monthly;
    qint64 income = 0;        ///< taxable wages this month (may be negative: a correction)
    qint64 contributions = 0; ///< employee social insurance + housing fund this month
    /// Special additional deductions newly deductible this month. When an item is declared late,
    /// the months of this year already passed at this employer are included (catch-up).
    qint64 specialAdditional = 0;
    qint64 otherDeductions = 0; ///< e.g. 个人养老金, 税优健康险, 企业年金 within their limits
};

/// The withholding of one month and the state to keep for the next.
struct Withholding
{
    qint64 cumulativeBasicDeduction = 0;
    qint64 cumulativeTaxable = 0; ///< 累计预扣预缴应纳税所得额 (0 when negative)
    TableTax cumulativeTax;       ///< tax on it by the annual table
    qint64 tax = 0; ///< withheld this month: cumulative tax − already withheld, ≥ 0
    /// Withheld so far beyond the cumulative tax (暂不退税): refunded only by the annual
    /// settlement, or absorbed by later months.
    qint64 overWithheld = 0;
    WithholdingState after;
};

/// This month's withholding by the cumulative method. Throws RuleError (Year, Month, Amount).
Withholding withholdWages(const WithholdingState& before, const WithholdingMonth& month);

// ---- special additional deductions (per month) ----

enum class Housing { None, LoanInterest, RentTier1, RentTier2, RentTier3 };
enum class ElderlySupport { None, OnlyChild, Shared };

/// The items an employee declared, as they apply in one month. Children with different shares
/// are separate declarations (one per child), summed by cumulativeSpecialAdditional.
struct SpecialDeductionDeclaration
{
    int children = 0;             ///< 子女教育: children aged 3 to the end of their studies
    qint64 childShareBp = 10000;  ///< 100 % by one parent or 50 % by each
    int infants = 0;              ///< 3岁以下婴幼儿照护
    qint64 infantShareBp = 10000; ///< 100 % or 50 %
    bool degreeEducation = false; ///< 继续教育, 学历(学位): 400 a month, at most 48 months
    /// 继续教育, 职业资格 certificate: 3,600 once, in one month of the year obtained.
    bool certificateThisMonth = false;
    Housing housing = Housing::None; ///< loan interest and rent exclude each other
    qint64 loanShareBp = 10000;      ///< 100 %, or 50 % each for two homes bought before marriage
    ElderlySupport elderly = ElderlySupport::None;
    qint64 elderlyShare = 0; ///< monthly share of a non-only child, ≤ 1,500
};

constexpr qint64 ChildEducationPerChild = 200000;
constexpr qint64 InfantCarePerChild = 200000;
constexpr qint64 DegreeEducation = 40000;
constexpr qint64 CertificateEducation = 360000;
constexpr qint64 LoanInterest = 100000;
constexpr qint64 RentTier1 = 150000; ///< 直辖市、省会、计划单列市等
constexpr qint64 RentTier2 = 110000; ///< 市辖区户籍人口超过100万
constexpr qint64 RentTier3 = 80000;  ///< 市辖区户籍人口不超过100万
constexpr qint64 ElderlyOnlyChild = 300000;
constexpr qint64 ElderlyShareCap = 150000;

/// The month's special additional deduction of a declaration. Throws RuleError (Share, Amount).
qint64 monthlySpecialAdditionalDeduction(const SpecialDeductionDeclaration& declaration);

/// Declared items valid over months of the tax year (both ends included): the month a child
/// turns 3, a lease's first and last month, … A certificate (certificateThisMonth) counts once,
/// in `fromMonth` or in the first month at this employer if later.
struct DatedDeclaration
{
    SpecialDeductionDeclaration items;
    int fromMonth = 1;
    int toMonth = 12;
};

/// 专项附加扣除 deductible at this employer from `firstMonth` through `month` (本单位本年可享受
/// 的累计扣除额). A month's WithholdingMonth::specialAdditional is this less the state's
/// specialAdditional, so a late declaration brings its catch-up by itself. Throws RuleError.
qint64 cumulativeSpecialAdditional(const std::vector<DatedDeclaration>& declarations,
                                   int firstMonth, int month);

// ---- annual one-time bonus ----

/// Separate taxation: bonus ÷ 12 picks the line of the monthly table, tax = bonus × rate − quick
/// deduction (once, not twelve times), half up to fen; 0 for bonus ≤ 0.
TableTax separateBonusTax(qint64 bonus);

enum class BonusTaxation { Separate, Merged };

/// What a bonus costs in tax over the year either way, given the year's taxable wage income
/// without it (cumulative income − deductions; may be negative).
struct BonusComparison
{
    qint64 separate = 0;                           ///< annual tax on the wages + separate bonus tax
    qint64 merged = 0;                             ///< annual tax on wages + bonus
    BonusTaxation cheaper = BonusTaxation::Merged; ///< Merged on a tie
};

BonusComparison compareBonusTaxation(qint64 bonus, qint64 annualTaxableWithoutBonus);

} // namespace Erp::Hr::Rules
