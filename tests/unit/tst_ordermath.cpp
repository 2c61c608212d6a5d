// Line arithmetic of orders: exact results, half-up rounding at each documented step, and
// overflow detection instead of wrapped amounts.
#include "common/ordermath.h"

#include <QTest>

#include <stdexcept>

using Erp::lineAmounts;

class TestOrderMath final : public QObject
{
    Q_OBJECT
private slots:
    void amounts_data()
    {
        QTest::addColumn<qint64>("qty");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<qint64>("discount");
        QTest::addColumn<qint64>("rate");
        QTest::addColumn<qint64>("net");
        QTest::addColumn<qint64>("tax");
        // 3 × ¥19.99 at 13%: net 59.97, tax 7.7961 -> 7.80
        QTest::newRow("plain") << 3000LL << 1999LL << 0LL << 1300LL << 5997LL << 780LL;
        // 2.5 kg × ¥3.33 = 8.325 -> 8.33 (half up); tax 9% of 8.33 = 0.7497 -> 0.75
        QTest::newRow("half up") << 2500LL << 333LL << 0LL << 900LL << 833LL << 75LL;
        // 1 × ¥10.00 less 12.5% = 8.75; 6% tax 0.525 -> 0.53
        QTest::newRow("discount") << 1000LL << 1000LL << 1250LL << 600LL << 875LL << 53LL;
        // 0.001 × ¥4.99 = 0.00499 -> 0.00
        QTest::newRow("tiny") << 1LL << 499LL << 0LL << 1300LL << 0LL << 0LL;
        // 0.001 × ¥5.00 = 0.005 -> 0.01
        QTest::newRow("tiny half") << 1LL << 500LL << 0LL << 1300LL << 1LL << 0LL;
        // a credit line: -1 × ¥0.05 at 10% tax: tax -0.005 rounds away from zero
        QTest::newRow("negative") << -1000LL << 5LL << 0LL << 1000LL << -5LL << -1LL;
        QTest::newRow("full discount") << 7000LL << 12345LL << 10000LL << 1300LL << 0LL << 0LL;
        // large but in range: 1,000,000 units × ¥1,000,000.00
        QTest::newRow("large") << 1000000000LL << 100000000LL << 0LL << 0LL << 100000000000000LL
                               << 0LL;
    }
    void amounts()
    {
        QFETCH(qint64, qty);
        QFETCH(qint64, price);
        QFETCH(qint64, discount);
        QFETCH(qint64, rate);
        QFETCH(qint64, net);
        QFETCH(qint64, tax);
        const Erp::LineAmounts a = lineAmounts(qty, price, discount, rate);
        QCOMPARE(a.net, net);
        QCOMPARE(a.tax, tax);
        QCOMPARE(a.gross, net + tax);
    }

    void overflowIsAnError()
    {
        QVERIFY_THROWS_EXCEPTION(
            std::overflow_error,
            lineAmounts(Q_INT64_C(9000000000000000000), Q_INT64_C(9000000000000000000), 0, 1300));
    }
};

QTEST_GUILESS_MAIN(TestOrderMath)
#include "tst_ordermath.moc"
