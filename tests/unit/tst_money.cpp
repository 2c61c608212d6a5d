#include "common/money.h"

#include <QTest>

#include <limits>
#include <stdexcept>

using Erp::Decimal;
using Erp::Money;
using Erp::Rounding;

class TestMoney final : public QObject
{
    Q_OBJECT
private slots:
    void parsesAndPrints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("integer") << "50000" << qint64(5000000) << "50000.00";
        QTest::newRow("two digits") << "50000.00" << qint64(5000000) << "50000.00";
        QTest::newRow("one digit") << "0.5" << qint64(50) << "0.50";
        QTest::newRow("leading dot") << ".25" << qint64(25) << "0.25";
        QTest::newRow("negative") << "-12.34" << qint64(-1234) << "-12.34";
        QTest::newRow("plus") << "+1" << qint64(100) << "1.00";
        QTest::newRow("spaces") << "  7.10 " << qint64(710) << "7.10";
        QTest::newRow("small negative") << "-0.05" << qint64(-5) << "-0.05";
    }

    void parsesAndPrints()
    {
        QFETCH(QString, text);
        QFETCH(qint64, minor);
        QFETCH(QString, canonical);
        const auto m = Money::parse(text);
        QVERIFY(m.has_value());
        QCOMPARE(m->minorUnits(), minor);
        QCOMPARE(m->toString(), canonical);
        QCOMPARE(m->currency(), QStringLiteral("CNY"));
    }

    void rejectsBadText_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* bad : {"", "abc", "1e5", "1,000.00", "1.234", "--1", "1.", ".", "١٢",
                                "92233720368547758.08", "0x10"})
            QTest::newRow(bad) << QString::fromUtf8(bad);
    }

    void rejectsBadText()
    {
        QFETCH(QString, text);
        if (text == QLatin1String("1."))
            QVERIFY(Money::parse(text).has_value()); // "1." is an accepted spelling of 1.00
        else
            QVERIFY2(!Money::parse(text).has_value(), qPrintable(text));
    }

    void exactArithmetic()
    {
        // 0.1 + 0.2 is exactly 0.3 in minor units: the classic float error cannot happen.
        const Money a = *Money::parse("0.10");
        const Money b = *Money::parse("0.20");
        QCOMPARE((a + b).toString(), QStringLiteral("0.30"));
        QCOMPARE((a - b).toString(), QStringLiteral("-0.10"));
        QVERIFY(a < b);
        QVERIFY_THROWS_EXCEPTION(std::domain_error, Money(1, "CNY") + Money(1, "USD"));
        QVERIFY_THROWS_EXCEPTION(std::overflow_error,
                                 Money(std::numeric_limits<qint64>::max()) + Money(1));
    }

    void explicitRounding()
    {
        const Money price = *Money::parse("10.05");
        const Decimal half = *Decimal::parse("0.5", 3);
        QCOMPARE(price.multiplied(half, Rounding::HalfUp).toString(),
                 QStringLiteral("5.03")); // 5.025 -> up
        QCOMPARE(price.multiplied(half, Rounding::HalfEven).toString(),
                 QStringLiteral("5.02")); // 5.025 -> even
        QCOMPARE(price.multiplied(half, Rounding::Down).toString(), QStringLiteral("5.02"));
        const Money neg = *Money::parse("-10.05");
        QCOMPARE(neg.multiplied(half, Rounding::HalfUp).toString(),
                 QStringLiteral("-5.03")); // away from zero

        // 13% VAT on 99.99 = 12.9987 -> 13.00
        QCOMPARE(Money::parse("99.99")->percent(*Decimal::parse("13", 0)).toString(),
                 QStringLiteral("13.00"));
        // 7.5% of 10.00 = 0.75 exactly
        QCOMPARE(Money::parse("10.00")->percent(*Decimal::parse("7.5", 1)).toString(),
                 QStringLiteral("0.75"));
    }

    void quantities()
    {
        const auto q = Decimal::parse("2.5", 3);
        QVERIFY(q);
        QCOMPARE(q->toString(), QStringLiteral("2.500"));
        QCOMPARE(q->units(), qint64(2500));
        QVERIFY(!Decimal::parse("2.5001", 3));
        QCOMPARE(Decimal::parse("2.5005", 3, Rounding::HalfUp)->toString(),
                 QStringLiteral("2.501"));
        QCOMPARE(Decimal::parse("2.5005", 3, Rounding::HalfEven)->toString(),
                 QStringLiteral("2.500"));
        QCOMPARE(Decimal::parse("2.50051", 3, Rounding::HalfEven)->toString(),
                 QStringLiteral("2.501"));
        QCOMPARE(Decimal::parse("2.5015", 3, Rounding::HalfEven)->toString(),
                 QStringLiteral("2.502"));
        QCOMPARE((*Decimal::parse("1.25", 2) + *Decimal::parse("0.005", 3)).toString(),
                 QStringLiteral("1.255"));
        QVERIFY(*Decimal::parse("1.50", 2) == *Decimal::parse("1.5", 3));
        QVERIFY(*Decimal::parse("-1", 0) < *Decimal::parse("0.001", 3));
        QCOMPARE(Decimal::parse("1.255", 3)->rescaled(2, Rounding::HalfUp).toString(),
                 QStringLiteral("1.26"));
        QCOMPARE(Decimal::parse("-1.255", 3)->rescaled(2, Rounding::HalfEven).toString(),
                 QStringLiteral("-1.26"));
        QCOMPARE(Decimal(std::numeric_limits<qint64>::min(), 2).toString(),
                 QStringLiteral("-92233720368547758.08"));
    }

    void divideRounded()
    {
        QCOMPARE(Erp::divideRounded(7, 2, Rounding::HalfUp), qint64(4));
        QCOMPARE(Erp::divideRounded(5, 2, Rounding::HalfEven), qint64(2));
        QCOMPARE(Erp::divideRounded(-7, 2, Rounding::HalfUp), qint64(-4));
        QCOMPARE(Erp::divideRounded(7, -2, Rounding::Down), qint64(-3));
        QCOMPARE(Erp::divideRounded(10, 3, Rounding::HalfUp), qint64(3));
        QVERIFY_THROWS_EXCEPTION(std::domain_error, Erp::divideRounded(1, 0, Rounding::HalfUp));
    }

    void chineseCapitalAmount_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("capital");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("零元整");
        QTest::newRow("one fen") << qint64(1) << QStringLiteral("壹分");
        QTest::newRow("jiao") << qint64(50) << QStringLiteral("伍角整");
        QTest::newRow("10.05") << qint64(1005) << QStringLiteral("壹拾元零伍分");
        QTest::newRow("100.00") << qint64(10000) << QStringLiteral("壹佰元整");
        QTest::newRow("12,345.67")
            << qint64(1234567) << QStringLiteral("壹万贰仟叁佰肆拾伍元陆角柒分");
        QTest::newRow("1,680.32") << qint64(168032) << QStringLiteral("壹仟陆佰捌拾元零叁角贰分");
        QTest::newRow("100,010") << qint64(10001000) << QStringLiteral("壹拾万零壹拾元整");
        QTest::newRow("10,005,000") << qint64(1000500000) << QStringLiteral("壹仟万零伍仟元整");
        QTest::newRow("100,000,001") << qint64(10000000100) << QStringLiteral("壹亿零壹元整");
        QTest::newRow("100,000,000.10") << qint64(10000000010) << QStringLiteral("壹亿元零壹角整");
        QTest::newRow("1,000,000,000,000")
            << qint64(100000000000000) << QStringLiteral("壹万亿元整");
        QTest::newRow("1,000,500,000,000")
            << qint64(100050000000000) << QStringLiteral("壹万零伍亿元整");
        QTest::newRow("3,005.20") << qint64(300520) << QStringLiteral("叁仟零伍元贰角整");
        QTest::newRow("negative") << qint64(-1005) << QStringLiteral("负壹拾元零伍分");
    }
    void chineseCapitalAmount()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, capital);
        QCOMPARE(Erp::chineseCapitalAmount(fen), capital);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
