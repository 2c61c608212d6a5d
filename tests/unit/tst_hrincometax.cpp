// Individual income tax on wages: cumulative withholding (累计预扣法) month by month, the tables,
// special additional deductions and the annual one-time bonus both ways. Every figure is
// computed by hand in the comments (yuan; the code works in fen).
#include "server/modules/hr/rules/incometax.h"
#include "server/modules/hr/rules/ruleerror.h"

#include <QTest>

#include <vector>

using namespace Erp::Hr::Rules;

Q_DECLARE_METATYPE(std::vector<qint64>)

namespace {

constexpr qint64 Y = 100; // fen per yuan

/// Withholds a year (or part of one) of equal months and returns each month's tax.
std::vector<qint64> withholdYear(qint64 income, qint64 contributions, qint64 special,
                                 int firstMonth = 1, int lastMonth = 12,
                                 BasicDeduction basic = BasicDeduction::Monthly)
{
    std::vector<qint64> taxes;
    WithholdingState state;
    for (int m = firstMonth; m <= lastMonth; ++m) {
        WithholdingMonth month;
        month.year = 2026;
        month.month = m;
        month.firstMonth = firstMonth;
        month.basicDeduction = basic;
        month.income = income;
        month.contributions = contributions;
        month.specialAdditional = special;
        const Withholding w = withholdWages(state, month);
        taxes.push_back(w.tax);
        state = w.after;
    }
    return taxes;
}

std::vector<qint64> yuan(std::initializer_list<qint64> amounts)
{
    std::vector<qint64> out;
    for (qint64 a : amounts)
        out.push_back(a * Y);
    return out;
}

} // namespace

class TestHrIncomeTax final : public QObject
{
    Q_OBJECT
private slots:
    void annualTable_data()
    {
        QTest::addColumn<qint64>("taxable");
        QTest::addColumn<qint64>("tax");
        QTest::addColumn<qint64>("rate");
        QTest::newRow("nothing") << 0LL << 0LL << 0LL;
        QTest::newRow("negative") << -500 * Y << 0LL << 0LL;
        // 16.50 × 3 % = 0.495 → 0.50 (half up to fen)
        QTest::newRow("half up") << 1650LL << 50LL << 300LL;
        QTest::newRow("36,000 at 3 %") << 36000 * Y << 1080 * Y << 300LL;
        // 36,001 × 10 % − 2,520 = 1,080.10
        QTest::newRow("36,001 at 10 %") << 36001 * Y << 108010LL << 1000LL;
        QTest::newRow("144,000") << 144000 * Y << 11880 * Y << 1000LL;
        // 144,001 × 20 % − 16,920 = 11,880.20
        QTest::newRow("144,001 at 20 %") << 144001 * Y << 1188020LL << 2000LL;
        QTest::newRow("300,000") << 300000 * Y << 43080 * Y << 2000LL;  // 60,000 − 16,920
        QTest::newRow("420,000") << 420000 * Y << 73080 * Y << 2500LL;  // 105,000 − 31,920
        QTest::newRow("660,000") << 660000 * Y << 145080 * Y << 3000LL; // 198,000 − 52,920
        QTest::newRow("960,000") << 960000 * Y << 250080 * Y << 3500LL; // 336,000 − 85,920
        // 960,001 × 45 % − 181,920 = 250,080.45
        QTest::newRow("960,001 at 45 %") << 960001 * Y << 25008045LL << 4500LL;
        QTest::newRow("1,000,000") << 1000000 * Y << 268080 * Y << 4500LL; // 450,000 − 181,920
    }
    void annualTable()
    {
        QFETCH(qint64, taxable);
        QFETCH(qint64, tax);
        QFETCH(qint64, rate);
        const TableTax t = annualTableTax(taxable);
        QCOMPARE(t.tax, tax);
        QCOMPARE(t.rateBp, rate);
    }

    void cumulative_data()
    {
        QTest::addColumn<qint64>("income");
        QTest::addColumn<qint64>("contributions");
        QTest::addColumn<qint64>("special");
        QTest::addColumn<int>("firstMonth");
        QTest::addColumn<std::vector<qint64>>("taxes");
        // 20,000 − 5,000 − 3,000 = 12,000 a month. Cumulative 12,000 / 24,000 / 36,000 at 3 %:
        // 360 each month. Month 4: 48,000 × 10 % − 2,520 = 2,280 − 1,080 = 1,200, then 1,200
        // a month (each further 12,000 at 10 %); December 144,000 → 11,880 in all.
        QTest::newRow("360 a month")
            << 20000 * Y << 3000 * Y << 0LL << 1
            << yuan({360, 360, 360, 1200, 1200, 1200, 1200, 1200, 1200, 1200, 1200, 1200});
        // 30,000 − 5,000 − 3,000 = 22,000 a month. M1 660; M2 44,000 → 1,880 − 660 = 1,220;
        // M3–M6 2,200 each (10 %); M7 154,000 × 20 % − 16,920 = 13,880 − 10,680 = 3,200; then
        // 4,400 a month; December 264,000 → 35,880 in all.
        QTest::newRow("into 20 % in July")
            << 30000 * Y << 3000 * Y << 0LL << 1
            << yuan({660, 1220, 2200, 2200, 2200, 2200, 3200, 4400, 4400, 4400, 4400, 4400});
        // 60,000 − 5,000 − 5,000 = 50,000 a month. 50k → 2,480; 100k → 7,480 (5,000);
        // 150k → 13,080 (5,600); 200k, 250k, 300k: +10,000 each (20 %); 350k × 25 % − 31,920
        // = 55,580 (12,500); 400k → 68,080 (12,500); 450k × 30 % − 52,920 = 82,080 (14,000);
        // then 15,000 a month; December 600,000 → 127,080.
        QTest::newRow("through 25 % and 30 %") << 60000 * Y << 5000 * Y << 0LL << 1
                                               << yuan({2480, 5000, 5600, 10000, 10000, 10000,
                                                        12500, 12500, 14000, 15000, 15000, 15000});
        // Hired in July: 15,000 − 5,000 − 1,500 = 8,500 a month from July (the basic deduction
        // counts from July only): 255 a month while ≤ 36,000 (34,000 in October); November
        // 42,500 × 10 % − 2,520 = 1,730 − 1,020 = 710; December 51,000 → 2,580 − 1,730 = 850.
        QTest::newRow("hired in July")
            << 15000 * Y << 1500 * Y << 0LL << 7 << yuan({255, 255, 255, 255, 710, 850});
        // 20,000 − 5,000 − 3,000 − (child 2,000 + rent 1,500 + elderly share 1,000) = 7,500:
        // 225 a month; cumulative 36,000 is crossed in the 5th month (37,500 × 10 % − 2,520 =
        // 1,230 − 900 = 330), then 750 a month.
        QTest::newRow("special deductions")
            << 20000 * Y << 3000 * Y << 4500 * Y << 1
            << yuan({225, 225, 225, 225, 330, 750, 750, 750, 750, 750, 750, 750});
    }
    void cumulative()
    {
        QFETCH(qint64, income);
        QFETCH(qint64, contributions);
        QFETCH(qint64, special);
        QFETCH(int, firstMonth);
        QFETCH(std::vector<qint64>, taxes);
        QCOMPARE(withholdYear(income, contributions, special, firstMonth), taxes);
    }

    void hiredBeforeFirstPay()
    {
        // Hired in March, first paid in April: the basic deduction counts March too.
        // April: 15,000 − 2 × 5,000 − 1,500 = 3,500 → 105; May: 30,000 − 15,000 − 3,000 =
        // 12,000 → 360 − 105 = 255.
        WithholdingState s;
        WithholdingMonth m{2026, 4, 3, BasicDeduction::Monthly, 15000 * Y, 1500 * Y, 0, 0};
        const Withholding april = withholdWages(s, m);
        QCOMPARE(april.cumulativeBasicDeduction, 10000 * Y);
        QCOMPARE(april.tax, 105 * Y);
        m.month = 5;
        const Withholding may = withholdWages(april.after, m);
        QCOMPARE(may.tax, 255 * Y);
        QCOMPARE(may.after.withheld, 360 * Y);
    }

    void fullYearDeduction()
    {
        // 公告2020年第19号: 60,000 deducted from January. 5,500 a month: nothing until the
        // cumulative income passes 60,000 in November (60,500 − 60,000 = 500 → 15), December
        // 66,000 − 60,000 = 6,000 → 180 − 15 = 165.
        const std::vector<qint64> taxes =
            withholdYear(5500 * Y, 0, 0, 1, 12, BasicDeduction::FullYear);
        QCOMPARE(taxes, yuan({0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 15, 165}));
    }

    void lateDeclarationIsNotRefunded()
    {
        // 10,000 a month, no insurance: 150 in January and February. In March the employee
        // declares elderly support (only child, 3,000) from January: 9,000 catch-up.
        // March: 30,000 − 15,000 − 9,000 = 6,000 → 180 < 300 withheld: 0 this month, 120 over.
        // April: 40,000 − 20,000 − 12,000 = 8,000 → 240: 0, 60 over. May: 10,000 → 300: 0,
        // nothing over. June: 12,000 → 360: 60.
        WithholdingState s;
        const qint64 specials[] = {0, 0, 9000 * Y, 3000 * Y, 3000 * Y, 3000 * Y};
        const qint64 expected[] = {150 * Y, 150 * Y, 0, 0, 0, 60 * Y};
        const qint64 over[] = {0, 0, 120 * Y, 60 * Y, 0, 0};
        for (int m = 1; m <= 6; ++m) {
            const Withholding w = withholdWages(
                s, {2026, m, 1, BasicDeduction::Monthly, 10000 * Y, 0, specials[m - 1], 0});
            QCOMPARE(w.tax, expected[m - 1]);
            QCOMPARE(w.overWithheld, over[m - 1]);
            QVERIFY(w.tax >= 0);
            s = w.after;
        }
        QCOMPARE(s.withheld, 360 * Y);
        QCOMPARE(s.tax, 360 * Y);
    }

    void otherDeductions()
    {
        // 个人养老金 1,000 a month: 20,000 − 5,000 − 3,000 − 1,000 = 11,000 → 330.
        const Withholding w = withholdWages(
            {}, {2026, 1, 1, BasicDeduction::Monthly, 20000 * Y, 3000 * Y, 0, 1000 * Y});
        QCOMPARE(w.tax, 330 * Y);
    }

    void refusals()
    {
        const Withholding jan =
            withholdWages({}, {2026, 1, 1, BasicDeduction::Monthly, 100 * Y, 0, 0, 0});
        const auto code = [](auto&& f) -> int {
            try {
                f();
            } catch (const RuleError& e) {
                return int(e.code());
            }
            return -1; // not refused
        };
        // January again, another year, a first month after the month, negative deductions.
        QCOMPARE(code([&] {
                     withholdWages(jan.after, {2026, 1, 1, {}, 0, 0, 0, 0});
                 }),
                 int(RuleError::Code::Month));
        QCOMPARE(code([&] {
                     withholdWages(jan.after, {2027, 2, 1, {}, 0, 0, 0, 0});
                 }),
                 int(RuleError::Code::Year));
        QCOMPARE(code([&] {
                     withholdWages({}, {2026, 3, 4, {}, 0, 0, 0, 0});
                 }),
                 int(RuleError::Code::Month));
        QCOMPARE(code([&] {
                     withholdWages({}, {2026, 13, 1, {}, 0, 0, 0, 0});
                 }),
                 int(RuleError::Code::Month));
        QCOMPARE(code([&] {
                     withholdWages({}, {2026, 1, 1, {}, 0, -1, 0, 0});
                 }),
                 int(RuleError::Code::Amount));
    }

    void specialDeductions_data()
    {
        QTest::addColumn<int>("item");
        QTest::addColumn<qint64>("monthly");
        QTest::newRow("none") << 0 << 0LL;
        QTest::newRow("two children") << 1 << 4000 * Y;
        QTest::newRow("one child, half") << 2 << 1000 * Y;
        QTest::newRow("infant") << 3 << 2000 * Y;
        QTest::newRow("two infants, half each") << 4 << 2000 * Y;
        QTest::newRow("degree education") << 5 << 400 * Y;
        QTest::newRow("certificate, once") << 6 << 3600 * Y;
        QTest::newRow("loan interest") << 7 << 1000 * Y;
        QTest::newRow("loan interest, half") << 8 << 500 * Y;
        QTest::newRow("rent tier 1") << 9 << 1500 * Y;
        QTest::newRow("rent tier 2") << 10 << 1100 * Y;
        QTest::newRow("rent tier 3") << 11 << 800 * Y;
        QTest::newRow("elderly, only child") << 12 << 3000 * Y;
        QTest::newRow("elderly, shared 1,500") << 13 << 1500 * Y;
        QTest::newRow("elderly, shared 1,000") << 14 << 1000 * Y;
        // child 2,000 + infant 2,000 + degree 400 + loan 1,000 + elderly 3,000 = 8,400
        QTest::newRow("all at once") << 15 << 8400 * Y;
    }
    void specialDeductions()
    {
        QFETCH(int, item);
        QFETCH(qint64, monthly);
        SpecialDeductionDeclaration d;
        switch (item) {
        case 1:
            d.children = 2;
            break;
        case 2:
            d.children = 1;
            d.childShareBp = 5000;
            break;
        case 3:
            d.infants = 1;
            break;
        case 4:
            d.infants = 2;
            d.infantShareBp = 5000;
            break;
        case 5:
            d.degreeEducation = true;
            break;
        case 6:
            d.certificateThisMonth = true;
            break;
        case 7:
            d.housing = Housing::LoanInterest;
            break;
        case 8:
            d.housing = Housing::LoanInterest;
            d.loanShareBp = 5000;
            break;
        case 9:
            d.housing = Housing::RentTier1;
            break;
        case 10:
            d.housing = Housing::RentTier2;
            break;
        case 11:
            d.housing = Housing::RentTier3;
            break;
        case 12:
            d.elderly = ElderlySupport::OnlyChild;
            break;
        case 13:
            d.elderly = ElderlySupport::Shared;
            d.elderlyShare = 1500 * Y;
            break;
        case 14:
            d.elderly = ElderlySupport::Shared;
            d.elderlyShare = 1000 * Y;
            break;
        case 15:
            d.children = 1;
            d.infants = 1;
            d.degreeEducation = true;
            d.housing = Housing::LoanInterest;
            d.elderly = ElderlySupport::OnlyChild;
            break;
        default:
            break;
        }
        QCOMPARE(monthlySpecialAdditionalDeduction(d), monthly);
    }

    void specialDeductionRefusals()
    {
        SpecialDeductionDeclaration d;
        d.elderly = ElderlySupport::Shared;
        d.elderlyShare = 1500 * Y + 1; // a sibling's share is at most 1,500
        QVERIFY_THROWS_EXCEPTION(RuleError, monthlySpecialAdditionalDeduction(d));
        d = {};
        d.children = 1;
        d.childShareBp = 3000; // 100 % or 50 % only
        QVERIFY_THROWS_EXCEPTION(RuleError, monthlySpecialAdditionalDeduction(d));
        d = {};
        d.children = -1;
        QVERIFY_THROWS_EXCEPTION(RuleError, monthlySpecialAdditionalDeduction(d));
    }

    void datedDeclarations()
    {
        // Hired in March. A child all year (2,000), rent tier 1 from April (1,500), a
        // certificate in June (3,600 once).
        SpecialDeductionDeclaration child;
        child.children = 1;
        SpecialDeductionDeclaration rent;
        rent.housing = Housing::RentTier1;
        SpecialDeductionDeclaration certificate;
        certificate.certificateThisMonth = true;
        const std::vector<DatedDeclaration> declared = {
            {child, 1, 12}, {rent, 4, 12}, {certificate, 6, 6}};
        QCOMPARE(cumulativeSpecialAdditional(declared, 3, 2), 0LL);
        // March: the child only (the months before the hire do not count).
        QCOMPARE(cumulativeSpecialAdditional(declared, 3, 3), 2000 * Y);
        // June: 4 × 2,000 + 3 × 1,500 + 3,600 = 16,100.
        QCOMPARE(cumulativeSpecialAdditional(declared, 3, 6), 16100 * Y);
        // December: 10 × 2,000 + 9 × 1,500 + 3,600 = 37,100.
        QCOMPARE(cumulativeSpecialAdditional(declared, 3, 12), 37100 * Y);
        // A certificate obtained in February, before the hire: deducted in March.
        const std::vector<DatedDeclaration> early = {{certificate, 2, 2}};
        QCOMPARE(cumulativeSpecialAdditional(early, 3, 3), 3600 * Y);
        QCOMPARE(cumulativeSpecialAdditional(early, 1, 1), 0LL);
        QVERIFY_THROWS_EXCEPTION(RuleError, cumulativeSpecialAdditional({{child, 5, 4}}, 1, 12));
    }

    void separateBonus_data()
    {
        QTest::addColumn<qint64>("bonus");
        QTest::addColumn<qint64>("tax");
        QTest::newRow("none") << 0LL << 0LL;
        QTest::newRow("36,000: ÷12 = 3,000 at 3 %") << 36000 * Y << 1080 * Y;
        // 36,001 ÷ 12 > 3,000: 36,001 × 10 % − 210 = 3,390.10 (the cliff)
        QTest::newRow("36,001 at 10 %") << 36001 * Y << 339010LL;
        // 120,000 ÷ 12 = 10,000: 12,000 − 210 = 11,790
        QTest::newRow("120,000") << 120000 * Y << 11790 * Y;
        QTest::newRow("144,000: 14,400 − 210") << 144000 * Y << 14190 * Y;
        // 144,001 × 20 % − 1,410 = 27,390.20
        QTest::newRow("144,001 at 20 %") << 144001 * Y << 2739020LL;
        QTest::newRow("300,000 at 20 %") << 300000 * Y << 58590 * Y;     // 60,000 − 1,410
        QTest::newRow("420,000 at 25 %") << 420000 * Y << 102340 * Y;    // 105,000 − 2,660
        QTest::newRow("660,000 at 30 %") << 660000 * Y << 193590 * Y;    // 198,000 − 4,410
        QTest::newRow("960,000 at 35 %") << 960000 * Y << 328840 * Y;    // 336,000 − 7,160
        QTest::newRow("1,000,000 at 45 %") << 1000000 * Y << 434840 * Y; // 450,000 − 15,160
    }
    void separateBonus()
    {
        QFETCH(qint64, bonus);
        QFETCH(qint64, tax);
        QCOMPARE(separateBonusTax(bonus).tax, tax);
    }

    void bonusBothWays()
    {
        // Wages as in "360 a month": 144,000 taxable for the year (11,880). A 120,000 bonus
        // separately: 11,880 + 11,790 = 23,670; merged: 264,000 × 20 % − 16,920 = 35,880.
        BonusComparison c = compareBonusTaxation(120000 * Y, 144000 * Y);
        QCOMPARE(c.separate, 23670 * Y);
        QCOMPARE(c.merged, 35880 * Y);
        QCOMPARE(c.cheaper, BonusTaxation::Separate);
        // A low earner with 20,000 of unused deductions: 36,000 separately 1,080; merged
        // 16,000 × 3 % = 480.
        c = compareBonusTaxation(36000 * Y, -20000 * Y);
        QCOMPARE(c.separate, 1080 * Y);
        QCOMPARE(c.merged, 480 * Y);
        QCOMPARE(c.cheaper, BonusTaxation::Merged);
        // Nothing else taxable: 1,080 either way; a tie is merged (keeps the once-a-year option).
        c = compareBonusTaxation(36000 * Y, 0);
        QCOMPARE(c.separate, c.merged);
        QCOMPARE(c.cheaper, BonusTaxation::Merged);
    }

    void mergedBonusInTheMonth()
    {
        // "360 a month" wages with a 30,000 bonus merged into March: cumulative 36,000 +
        // 30,000 = 66,000 → 4,080 − 720 = 3,360 in March; April 78,000 → 5,280 − 4,080 = 1,200.
        WithholdingState s;
        std::vector<qint64> taxes;
        for (int m = 1; m <= 4; ++m) {
            const qint64 income = (20000 + (m == 3 ? 30000 : 0)) * Y;
            const Withholding w =
                withholdWages(s, {2026, m, 1, BasicDeduction::Monthly, income, 3000 * Y, 0, 0});
            taxes.push_back(w.tax);
            s = w.after;
        }
        QCOMPARE(taxes, yuan({360, 360, 3360, 1200}));
    }
};

QTEST_GUILESS_MAIN(TestHrIncomeTax)
#include "tst_hrincometax.moc"
