#include "common/lineframer.h"

#include <QTest>

using Erp::LineFramer;

class TestLineFramer final : public QObject
{
    Q_OBJECT
private slots:
    void splitsCompleteLines()
    {
        LineFramer f;
        const auto lines = f.feed("{\"a\":1}\n{\"b\":2}\n");
        QCOMPARE(lines, QList<QByteArray>({"{\"a\":1}", "{\"b\":2}"}));
        QCOMPARE(f.pendingBytes(), 0);
    }

    void keepsPartialLineUntilTerminated()
    {
        LineFramer f;
        QVERIFY(f.feed("{\"meth").isEmpty());
        QVERIFY(f.feed("od\":").isEmpty());
        QCOMPARE(f.pendingBytes(), 10);
        const auto lines = f.feed("1}\n{\"x");
        QCOMPARE(lines, QList<QByteArray>({"{\"method\":1}"}));
        QCOMPARE(f.pendingBytes(), 3);
    }

    void byteAtATime()
    {
        LineFramer f;
        const QByteArray input = "abc\r\ndef\n\n\nxyz\n";
        QList<QByteArray> all;
        for (char c : input)
            all += f.feed(QByteArray(1, c));
        // CR stripped, empty lines skipped
        QCOMPARE(all, QList<QByteArray>({"abc", "def", "xyz"}));
    }

    void overlongCompleteLineOverflows()
    {
        LineFramer f(8);
        const auto lines = f.feed("12345678\n123456789\nok\n");
        QCOMPARE(lines, QList<QByteArray>({"12345678"})); // exactly at the limit is fine
        QVERIFY(f.overflowed());
        QVERIFY(f.feed("more\n").isEmpty()); // nothing after an overflow
    }

    void overlongUnterminatedLineOverflows()
    {
        LineFramer f(8);
        QVERIFY(f.feed("12345").isEmpty());
        QVERIFY(!f.overflowed());
        QVERIFY(f.feed("6789").isEmpty());
        QVERIFY(f.overflowed());
        QCOMPARE(f.pendingBytes(), 0); // the buffer is released
    }

    void binaryBytesPassThrough()
    {
        LineFramer f;
        const QByteArray garbage("\x00\xff\xfe\x01", 4);
        const auto lines = f.feed(garbage + "\n");
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first(), garbage);
    }

    void takesLinesOneAtATime()
    {
        LineFramer f;
        f.append("a\n\nb\nc\npartial");
        QCOMPARE(f.takeLines(1), QList<QByteArray>({"a"})); // empty lines do not count
        QCOMPARE(f.takeLines(1), QList<QByteArray>({"b"}));
        QCOMPARE(f.takeLines(0), QList<QByteArray>());
        QCOMPARE(f.takeLines(1), QList<QByteArray>({"c"}));
        QVERIFY(f.takeLines(1).isEmpty());
        QCOMPARE(f.pendingBytes(), 7);
        f.append("\n");
        QCOMPARE(f.takeLines(), QList<QByteArray>({"partial"}));
        QCOMPARE(f.pendingBytes(), 0);
    }

    void aRaisedLimitAppliesToTheLinesStillBuffered()
    {
        // Before login the server takes one line at a time under a small limit, and raises it
        // once logged in: a long line pipelined behind the login is measured by the new limit.
        LineFramer f(4);
        f.append("1234\n123456789\n");
        QCOMPARE(f.takeLines(1), QList<QByteArray>({"1234"}));
        QVERIFY(!f.overflowed());
        f.setMaxLineBytes(16);
        QCOMPARE(f.takeLines(1), QList<QByteArray>({"123456789"}));
        f.setMaxLineBytes(4);
        f.append("12345");
        QVERIFY(f.takeLines(1).isEmpty());
        QVERIFY(f.overflowed());
    }
};

QTEST_GUILESS_MAIN(TestLineFramer)
#include "tst_lineframer.moc"
