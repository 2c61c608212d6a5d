#include "common/csv.h"

#include <QTest>

using namespace Erp;

class TestCsv final : public QObject
{
    Q_OBJECT
private slots:
    void parsesQuotedFieldsAndBom()
    {
        const QByteArray text =
            Csv::utf8Bom() +
            "name,phone,notes\r\n"
            "\"深圳市华为科技有限公司\",13800138000,\"line one\nline \"\"two\"\"\"\r\n"
            "\r\n"
            "Acme Ltd,,\"a, b\"\n";
        const Csv::Table t = Csv::parse(text);
        QVERIFY(t.error.isEmpty());
        QCOMPARE(t.header, QStringList({"name", "phone", "notes"}));
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows.at(0).at(0), QStringLiteral("深圳市华为科技有限公司"));
        QCOMPARE(t.rows.at(0).at(2), QStringLiteral("line one\nline \"two\""));
        QCOMPARE(t.rows.at(1), QStringList({"Acme Ltd", "", "a, b"}));
    }

    void detectsSeparator()
    {
        QCOMPARE(Csv::parse("a;b;c\n1;2;3\n").rows.at(0), QStringList({"1", "2", "3"}));
        QCOMPARE(Csv::parse("a\tb\n1\t2").rows.at(0), QStringList({"1", "2"}));
        QCOMPARE(Csv::parse("a,\"x;y\"\n1,2").header, QStringList({"a", "x;y"}));
    }

    void reportsUnterminatedQuote()
    {
        const Csv::Table t = Csv::parse("a,b\n1,\"open\n2,3\n");
        QVERIFY(t.error.contains("line 2"));
    }

    void roundTrip()
    {
        const QList<QStringList> rows{{"plain", "with,comma", "with \"quote\""},
                                      {"multi\nline", " padded ", ""}};
        QByteArray out;
        for (const QStringList& r : rows)
            out += Csv::formatRow(r);
        const Csv::Table back = Csv::parse("h1,h2,h3\r\n" + out);
        QCOMPARE(back.rows, rows);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
