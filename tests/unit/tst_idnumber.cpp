// The resident identity card number (GB 11643-1999) the server and the client's form check.
#include "common/idnumber.h"

#include <QTest>

using Erp::IdNumber;

class TestIdNumber final : public QObject
{
    Q_OBJECT
private slots:
    void check_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("born");
        QTest::addColumn<QString>("gender");
        const int none = int(IdNumber::Problem::None);
        QTest::newRow("valid, male") << "310101199003071230" << none << "1990-03-07"
                                     << "male";
        QTest::newRow("valid, female") << "310101198506152468" << none << "1985-06-15"
                                       << "female";
        QTest::newRow("X check character") << "11010519491231002X" << none << "1949-12-31"
                                           << "female";
        QTest::newRow("x lower-case, normalized")
            << IdNumber::normalized(" 11010519491231002x ") << none << "1949-12-31"
            << "female";
        QTest::newRow("29 February") << "310115199202290039" << none << "1992-02-29"
                                     << "male";
        QTest::newRow("wrong check digit")
            << "310101199003071231" << int(IdNumber::Problem::CheckDigit) << ""
            << "";
        QTest::newRow("X where a digit belongs")
            << "31010119900307123X" << int(IdNumber::Problem::CheckDigit) << ""
            << "";
        QTest::newRow("17 characters")
            << "31010119900307123" << int(IdNumber::Problem::Length) << ""
            << "";
        QTest::newRow("19 characters")
            << "3101011990030712301" << int(IdNumber::Problem::Length) << ""
            << "";
        QTest::newRow("15-digit old card")
            << "310101900307123" << int(IdNumber::Problem::Length) << ""
            << "";
        QTest::newRow("letter inside")
            << "3101011990030A1230" << int(IdNumber::Problem::Characters) << ""
            << "";
        QTest::newRow("30 February")
            << "310101199002301237" << int(IdNumber::Problem::BirthDate) << ""
            << "";
        QTest::newRow("born in the future")
            << "310101209901011230" << int(IdNumber::Problem::BirthDate) << ""
            << "";
    }
    void check()
    {
        QFETCH(QString, number);
        QFETCH(int, problem);
        QFETCH(QString, born);
        QFETCH(QString, gender);
        QCOMPARE(int(IdNumber::check(number, QDate(2026, 12, 8))), problem);
        if (problem == int(IdNumber::Problem::None)) {
            QCOMPARE(IdNumber::birthDate(number).toString(Qt::ISODate), born);
            QCOMPARE(IdNumber::gender(number), gender);
        }
    }
    void checkCharacterOfTheStandardsExample()
    {
        QCOMPARE(IdNumber::checkCharacter(QStringLiteral("11010519491231002")), QLatin1Char('X'));
        QCOMPARE(IdNumber::checkCharacter(QStringLiteral("44052418800101001")), QLatin1Char('4'));
        QVERIFY(IdNumber::checkCharacter(QStringLiteral("4405241880010100")).isNull());
    }
};

QTEST_APPLESS_MAIN(TestIdNumber)
#include "tst_idnumber.moc"
