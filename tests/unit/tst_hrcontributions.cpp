// Social insurance and housing fund (五险一金): the shipped Beijing and Shanghai tables at the
// floor, inside and at the cap, the per-city rounding, the industry injury rate, and the table
// in force on a date when a new one starts mid-year. Figures by hand in the comments (yuan).
#include "server/modules/hr/rules/contributions.h"
#include "server/modules/hr/rules/ruleerror.h"

#include <QTest>

using namespace Erp::Hr::Rules;

namespace {

constexpr qint64 Y = 100;

const CityTable& table(const char* city)
{
    const CityTable* t =
        tableInForce(builtinCityTables(), QString::fromLatin1(city), QDate(2026, 1, 1));
    if (!t)
        qFatal("no table for %s", city);
    return *t;
}

/// Amounts in fen, in the order pension, medical, unemployment, injury, maternity.
using Five = std::array<qint64, InsuranceCount>;

void compare(const Contributions& c, const Five& employee, const Five& employer, qint64 fund,
             qint64 employeeTotal, qint64 employerTotal)
{
    for (int i = 0; i < InsuranceCount; ++i) {
        QCOMPARE(c.insurance[size_t(i)].employee, employee[size_t(i)]);
        QCOMPARE(c.insurance[size_t(i)].employer, employer[size_t(i)]);
    }
    QCOMPARE(c.housingFund.employee, fund);
    QCOMPARE(c.housingFund.employer, fund);
    QCOMPARE(c.employeeTotal, employeeTotal);
    QCOMPARE(c.employerTotal, employerTotal);
}

} // namespace

class TestHrContributions final : public QObject
{
    Q_OBJECT
private slots:
    void beijingAtFloor()
    {
        // Declared 5,000 → base 7,162. Pension 8 % 572.96 / 16 % 1,145.92; medical 2 % 143.24
        // + 3 = 146.24 / 9 % 644.58; unemployment 0.5 % 35.81 each; injury 0.2 % 14.324 →
        // 14.32; maternity 0.8 % 57.296 → 57.30. Housing fund 2,000 → 2,540 × 12 % = 304.80 →
        // 305 (whole yuan). Employee 755.01 + 305; employer 1,897.93 + 305.
        const Contributions c =
            computeContributions(table("beijing"), {5000 * Y, 2000 * Y, 1200, std::nullopt});
        QCOMPARE(c.of(Insurance::Pension).base, 7162 * Y);
        QCOMPARE(c.housingFund.base, 2540 * Y);
        compare(c, {57296, 14624, 3581, 0, 0}, {114592, 64458, 3581, 1432, 5730}, 305 * Y, 106001,
                220293);
    }

    void beijingInside()
    {
        // Base 20,000: pension 1,600 / 3,200; medical 400 + 3 / 1,800; unemployment 100 / 100;
        // injury 40; maternity 160. Fund 20,010 × 5 % = 1,000.50 → 1,001.
        const Contributions c =
            computeContributions(table("beijing"), {20000 * Y, 20010 * Y, 500, std::nullopt});
        QCOMPARE(c.of(Insurance::Medical).base, 20000 * Y);
        compare(c, {1600 * Y, 403 * Y, 100 * Y, 0, 0},
                {3200 * Y, 1800 * Y, 100 * Y, 40 * Y, 160 * Y}, 1001 * Y, 3104 * Y, 6301 * Y);
    }

    void beijingAtCap()
    {
        // Declared 50,000 → 35,811. Pension 2,864.88 / 5,729.76; medical 716.22 + 3 = 719.22 /
        // 3,222.99; unemployment 179.055 → 179.06 (half up) each; injury 71.622 → 71.62;
        // maternity 286.488 → 286.49. Fund 35,811 × 12 % = 4,297.32 → 4,297.
        const Contributions c =
            computeContributions(table("beijing"), {50000 * Y, 50000 * Y, 1200, std::nullopt});
        QCOMPARE(c.of(Insurance::Pension).base, 35811 * Y);
        QCOMPARE(c.housingFund.base, 35811 * Y);
        compare(c, {286488, 71922, 17906, 0, 0}, {572976, 322299, 17906, 7162, 28649}, 4297 * Y,
                376316 + 429700, 948992 + 429700);
    }

    void shanghaiAtFloor()
    {
        // 5,000 → 7,460: pension 596.80 / 1,193.60; medical 149.20 / 9 % 671.40; unemployment
        // 37.30 each; injury 0.16 % 11.936 → 11.94; maternity 1 % 74.60. Fund 2,000 → 2,740 ×
        // 7 % = 191.80 → 192.
        const Contributions c =
            computeContributions(table("shanghai"), {5000 * Y, 2000 * Y, 700, std::nullopt});
        compare(c, {59680, 14920, 3730, 0, 0}, {119360, 67140, 3730, 1194, 7460}, 192 * Y,
                78330 + 19200, 198884 + 19200);
    }

    void shanghaiInside()
    {
        // 12,345.67: pension 987.6536 → 987.65 / 1,975.3072 → 1,975.31; medical 246.9134 →
        // 246.91 / 1,111.1103 → 1,111.11; unemployment 61.72835 → 61.73 each; injury
        // 19.753072 → 19.75; maternity 123.4567 → 123.46. Fund × 7 % = 864.1969 → 864.
        const Contributions c =
            computeContributions(table("shanghai"), {1234567, 1234567, 700, std::nullopt});
        compare(c, {98765, 24691, 6173, 0, 0}, {197531, 111111, 6173, 1975, 12346}, 864 * Y,
                129629 + 86400, 329136 + 86400);
    }

    void shanghaiAtCap()
    {
        // 40,000 → 37,302: pension 2,984.16 / 5,968.32; medical 746.04 / 3,357.18;
        // unemployment 186.51 each; injury 59.6832 → 59.68; maternity 373.02. Fund 5 % =
        // 1,865.10 → 1,865.
        const Contributions c =
            computeContributions(table("shanghai"), {40000 * Y, 40000 * Y, 500, std::nullopt});
        compare(c, {298416, 74604, 18651, 0, 0}, {596832, 335718, 18651, 5968, 37302}, 1865 * Y,
                391671 + 186500, 994471 + 186500);
    }

    void noHousingFund()
    {
        const Contributions c =
            computeContributions(table("shanghai"), {10000 * Y, 10000 * Y, 0, std::nullopt});
        QCOMPARE(c.housingFund.employee, 0);
        QCOMPARE(c.housingFund.base, 0);
        QCOMPARE(c.employeeTotal, 800 * Y + 200 * Y + 50 * Y);
    }

    void injuryRateOfTheIndustry()
    {
        // A class with 1 %: 20,000 × 1 % = 200 instead of the default 40.
        const Contributions c =
            computeContributions(table("beijing"), {20000 * Y, 20000 * Y, 500, 100});
        QCOMPARE(c.of(Insurance::Injury).employer, 200 * Y);
        QVERIFY_THROWS_EXCEPTION(RuleError,
                                 computeContributions(table("beijing"), {20000 * Y, 0, 0, 500}));
    }

    void housingFundRateRange()
    {
        // Shanghai's basic fund is 5 %–7 %; Beijing's 5 %–12 %.
        QVERIFY_THROWS_EXCEPTION(
            RuleError, computeContributions(table("shanghai"), {10000 * Y, 10000 * Y, 800, {}}));
        QVERIFY_THROWS_EXCEPTION(
            RuleError, computeContributions(table("beijing"), {10000 * Y, 10000 * Y, 400, {}}));
        QVERIFY_THROWS_EXCEPTION(RuleError,
                                 computeContributions(table("beijing"), {-1, 10000 * Y, 500, {}}));
        computeContributions(table("beijing"), {10000 * Y, 10000 * Y, 1200, {}});
    }

    void roundingUnitOfTheCity()
    {
        // A city rounding social insurance to jiao: 12,345.67 × 8 % = 987.6536 → 987.70.
        CityTable t = table("shanghai");
        t.insuranceRounding = RoundingUnit::Jiao;
        const Contributions c = computeContributions(t, {1234567, 0, 0, {}});
        QCOMPARE(c.of(Insurance::Pension).employee, 98770);
        t.insuranceRounding = RoundingUnit::Yuan;
        QCOMPARE(computeContributions(t, {1234567, 0, 0, {}}).of(Insurance::Pension).employee,
                 98800);
    }

    void tableInForceOnADate()
    {
        // A 2026 table (floor 7,500) starting July 1, listed before the 2025 one on purpose.
        CityTable next = table("beijing");
        next.effectiveFrom = QDate(2026, 7, 1);
        for (InsuranceRule& r : next.insurance)
            r.baseFloor = 7500 * Y;
        std::vector<CityTable> tables = {next};
        for (const CityTable& t : builtinCityTables())
            tables.push_back(t);
        const QString bj = QStringLiteral("beijing");
        QCOMPARE(tableInForce(tables, bj, QDate(2026, 6, 30))->effectiveFrom, QDate(2025, 7, 1));
        QCOMPARE(tableInForce(tables, bj, QDate(2026, 7, 1))->effectiveFrom, QDate(2026, 7, 1));
        QCOMPARE(tableInForce(tables, QStringLiteral("shanghai"), QDate(2026, 7, 1))->effectiveFrom,
                 QDate(2025, 7, 1));
        QVERIFY(!tableInForce(tables, bj, QDate(2025, 6, 30)));
        QVERIFY(!tableInForce(tables, QStringLiteral("shenzhen"), QDate(2026, 7, 1)));
        try {
            requireTableInForce(tables, QStringLiteral("shenzhen"), QDate(2026, 7, 1));
            QFAIL("a city without a table was accepted");
        } catch (const RuleError& e) {
            QCOMPARE(e.code(), RuleError::Code::NoTable);
        }
        QCOMPARE(&requireTableInForce(tables, bj, QDate(2026, 7, 1)), &tables.front());

        // An employee at the floor: pension 7,162 × 8 % = 572.96 in June, 7,500 × 8 % = 600
        // in July.
        const ContributionInput low{5000 * Y, 0, 0, {}};
        QCOMPARE(computeContributions(*tableInForce(tables, bj, QDate(2026, 6, 1)), low)
                     .of(Insurance::Pension)
                     .employee,
                 57296);
        QCOMPARE(computeContributions(*tableInForce(tables, bj, QDate(2026, 7, 1)), low)
                     .of(Insurance::Pension)
                     .employee,
                 600 * Y);
    }

    void shippedTablesSayWhereFrom()
    {
        for (const CityTable& t : builtinCityTables()) {
            QVERIFY(!t.source.isEmpty());
            QVERIFY(t.effectiveFrom.isValid());
            for (const InsuranceRule& r : t.insurance)
                QVERIFY(r.baseFloor > 0 && r.baseFloor < r.baseCap);
            QVERIFY(t.housingFundFloor < t.housingFundCap);
        }
    }
};

QTEST_GUILESS_MAIN(TestHrContributions)
#include "tst_hrcontributions.moc"
