// The rule tables as JSON: the shipped city tables and the 2026 calendar survive a round trip
// exactly, edited tables are validated, unreadable fields are named.
#include "server/modules/hr/rules/ruleerror.h"
#include "server/modules/hr/rules/tablejson.h"

#include <QJsonDocument>
#include <QTest>

using namespace Erp::Hr::Rules;

namespace {

bool sameTable(const CityTable& a, const CityTable& b)
{
    for (int i = 0; i < InsuranceCount; ++i) {
        const InsuranceRule& x = a.insurance[size_t(i)];
        const InsuranceRule& y = b.insurance[size_t(i)];
        if (x.baseFloor != y.baseFloor || x.baseCap != y.baseCap ||
            x.employeeRateBp != y.employeeRateBp || x.employerRateBp != y.employerRateBp ||
            x.employeeFixed != y.employeeFixed || x.employerFixed != y.employerFixed)
            return false;
    }
    return a.city == b.city && a.effectiveFrom == b.effectiveFrom &&
           a.injuryRateMinBp == b.injuryRateMinBp && a.injuryRateMaxBp == b.injuryRateMaxBp &&
           a.housingFundFloor == b.housingFundFloor && a.housingFundCap == b.housingFundCap &&
           a.housingFundMinRateBp == b.housingFundMinRateBp &&
           a.housingFundMaxRateBp == b.housingFundMaxRateBp &&
           a.insuranceRounding == b.insuranceRounding &&
           a.housingFundRounding == b.housingFundRounding && a.source == b.source;
}

std::string fieldOf(const QJsonObject& json)
{
    try {
        cityTableFromJson(json);
    } catch (const RuleError& e) {
        return e.field();
    }
    return "accepted";
}

} // namespace

class TestHrTableJson final : public QObject
{
    Q_OBJECT
private slots:
    void cityTablesRoundTrip()
    {
        for (const CityTable& t : builtinCityTables()) {
            const QByteArray text = QJsonDocument(cityTableToJson(t)).toJson();
            const CityTable back = cityTableFromJson(QJsonDocument::fromJson(text).object());
            QVERIFY(sameTable(t, back));
        }
        // Exact decimal strings: Beijing's medical insurance 2 % + 3 yuan on 7,162–35,811.
        const QJsonObject bj = cityTableToJson(builtinCityTables().front());
        const QJsonObject medical =
            bj[QStringLiteral("insurance")].toObject()[QStringLiteral("medical")].toObject();
        QCOMPARE(medical[QStringLiteral("baseFloor")].toString(), QStringLiteral("7162.00"));
        QCOMPARE(medical[QStringLiteral("employeeRate")].toString(), QStringLiteral("2.00"));
        QCOMPARE(medical[QStringLiteral("employeeFixed")].toString(), QStringLiteral("3.00"));
        QCOMPARE(bj[QStringLiteral("housingFundRounding")].toString(), QStringLiteral("yuan"));
    }

    void editedTablesAreChecked()
    {
        const QJsonObject good = cityTableToJson(builtinCityTables().front());
        QCOMPARE(fieldOf(good), std::string("accepted"));

        QJsonObject t = good;
        QJsonObject insurance = t[QStringLiteral("insurance")].toObject();
        QJsonObject pension = insurance[QStringLiteral("pension")].toObject();
        pension[QStringLiteral("baseCap")] = QStringLiteral("7000.00"); // below the floor
        insurance[QStringLiteral("pension")] = pension;
        t[QStringLiteral("insurance")] = insurance;
        QCOMPARE(fieldOf(t), std::string("insurance.pension.baseCap"));

        pension[QStringLiteral("baseCap")] = QStringLiteral("35811.001"); // fractions of a fen
        insurance[QStringLiteral("pension")] = pension;
        t[QStringLiteral("insurance")] = insurance;
        QCOMPARE(fieldOf(t), std::string("insurance.pension.baseCap"));

        t = good;
        t[QStringLiteral("housingFundMaxRate")] = QStringLiteral("4.00"); // below the 5 % minimum
        QCOMPARE(fieldOf(t), std::string("housingFundMaxRate"));

        t = good;
        t[QStringLiteral("injuryRateMin")] = 0.2; // a JSON number, not an exact string
        QCOMPARE(fieldOf(t), std::string("injuryRateMin"));

        t = good;
        t[QStringLiteral("insuranceRounding")] = QStringLiteral("cent");
        QCOMPARE(fieldOf(t), std::string("insuranceRounding"));

        t = good;
        t.remove(QStringLiteral("effectiveFrom"));
        QCOMPARE(fieldOf(t), std::string("effectiveFrom"));
    }

    void calendarRoundTrip()
    {
        const std::vector<CalendarException> days = chinaHolidays2026();
        const QJsonArray json = calendarToJson(days);
        QCOMPARE(json.size(), qsizetype(days.size()));
        QCOMPARE(json.at(0).toObject()[QStringLiteral("kind")].toString(),
                 QStringLiteral("statutory_holiday"));
        const WorkCalendar back(calendarFromJson(json));
        const WorkCalendar shipped = chinaWorkCalendar();
        for (QDate d(2026, 1, 1); d.year() == 2026; d = d.addDays(1)) {
            QCOMPARE(back.kind(d), shipped.kind(d));
            QCOMPARE(back.holiday(d), shipped.holiday(d));
        }

        QJsonArray broken = json;
        QJsonObject day = broken.at(3).toObject();
        day[QStringLiteral("kind")] = QStringLiteral("holiday");
        broken[3] = day;
        try {
            calendarFromJson(broken);
            QFAIL("an unknown day kind was accepted");
        } catch (const RuleError& e) {
            QCOMPARE(e.field(), std::string("[3].kind"));
        }
    }
};

QTEST_GUILESS_MAIN(TestHrTableJson)
#include "tst_hrtablejson.moc"
