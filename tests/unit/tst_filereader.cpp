// FileReader: CSV encodings (UTF-8 with/without BOM, GBK/GB18030), delimiters, quoted line
// breaks, XLSX (shared strings, numbers, dates, the first sheet) and the bad files a clerk
// brings (empty, header only, undecodable, broken quotes, old .xls).
#include "common/filereader.h"
#include "common/xlsxreader.h"
#include "tests/support/xlsxfixture.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Erp;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QList<QStringList> readAll(FileReader& reader, QList<qint64>* rows = nullptr)
{
    QList<QStringList> out;
    QStringList cells;
    qint64 row = 0;
    while (reader.next(cells, row)) {
        out.append(cells);
        if (rows)
            rows->append(row);
    }
    return out;
}

QString problemOf(const QString& path)
{
    FileReader::Problem p;
    const auto reader = FileReader::open(path, &p);
    return reader ? QString() : p.id;
}

} // namespace

class TestFileReader : public QObject
{
    Q_OBJECT

private slots:
    void utf8WithAndWithoutBom()
    {
        QTemporaryDir dir;
        const QByteArray body = "sku,name\r\nA-1,螺丝刀\r\nB-2,扳手\r\n";
        for (const bool bom : {false, true}) {
            const QString path =
                writeFile(dir, bom ? "bom.csv" : "plain.csv",
                          (bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + body);
            FileReader::Problem p;
            auto reader = FileReader::open(path, &p);
            QVERIFY2(reader, qPrintable(p.message));
            QCOMPARE(reader->format(), QStringLiteral("csv"));
            QCOMPARE(reader->encoding(),
                     bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8"));
            QCOMPARE(reader->header(), QStringList({"sku", "name"})); // no BOM in the first name
            const auto rows = readAll(*reader);
            QCOMPARE(rows.size(), 2);
            QCOMPARE(rows.at(0), QStringList({"A-1", QStringLiteral("螺丝刀")}));
        }
    }

    void gbkIsDetected()
    {
        QTemporaryDir dir;
        QStringEncoder gbk("GB18030");
        QVERIFY(gbk.isValid());
        const QByteArray bytes = gbk.encode(
            QStringLiteral("货号;名称;地址\r\nA-1;深圳区螺丝;\"广东省\r\n深圳市福田区\"\r\n"));
        QStringDecoder utf8(QStringDecoder::Utf8);
        (void)QString(utf8.decode(bytes));
        QVERIFY(utf8.hasError()); // not UTF-8: the reader must notice
        const QString path = writeFile(dir, "gbk.csv", bytes);
        FileReader::Problem p;
        auto reader = FileReader::open(path, &p);
        QVERIFY2(reader, qPrintable(p.message));
        QCOMPARE(reader->encoding(), QStringLiteral("GB18030"));
        QCOMPARE(reader->delimiter(), QLatin1Char(';'));
        QCOMPARE(reader->header(), QStringList({QStringLiteral("货号"), QStringLiteral("名称"),
                                                QStringLiteral("地址")}));
        const auto rows = readAll(*reader);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).at(1), QStringLiteral("深圳区螺丝"));
        QCOMPARE(rows.at(0).at(2), QStringLiteral("广东省\r\n深圳市福田区")); // a quoted line break
        // The known bytes of the toolchain notes.
        QCOMPARE(detectTextEncoding(QByteArray::fromHex("c9eedbdac7f8")),
                 QStringLiteral("GB18030"));
    }

    void delimitersQuotesAndRowNumbers()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "tabs.csv",
                                       "code\tname\tnotes\n"
                                       "C1\t\"Acme \"\"Best\"\" Ltd\"\t\"two\nlines\"\n"
                                       "\t\t\n" // a blank row keeps its number but is not returned
                                       "C2\tBeta\t\n");
        FileReader::Problem p;
        auto reader = FileReader::open(path, &p);
        QVERIFY2(reader, qPrintable(p.message));
        QCOMPARE(reader->delimiter(), QLatin1Char('\t'));
        QList<qint64> numbers;
        const auto rows = readAll(*reader, &numbers);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).at(1), QStringLiteral("Acme \"Best\" Ltd"));
        QCOMPARE(rows.at(0).at(2), QStringLiteral("two\nlines"));
        QCOMPARE(numbers, QList<qint64>({1, 3}));
        QCOMPARE(reader->progress(), 1.0);
    }

    void badFiles()
    {
        QTemporaryDir dir;
        QCOMPARE(problemOf(writeFile(dir, "empty.csv", "")), QStringLiteral("platform.file.empty"));
        QCOMPARE(problemOf(writeFile(dir, "bom.csv", "\xEF\xBB\xBF")),
                 QStringLiteral("platform.file.empty"));
        QCOMPARE(problemOf(writeFile(dir, "blank.csv", "\r\n,,\r\n")),
                 QStringLiteral("platform.file.empty"));
        QCOMPARE(problemOf(writeFile(dir, "header.csv", "sku,name\r\n")),
                 QStringLiteral("platform.file.header_only"));
        QCOMPARE(problemOf(writeFile(dir, "header2.csv", "sku,name\r\n,\r\n")),
                 QStringLiteral("platform.file.header_only"));
        // 0xFF never starts a character in UTF-8 nor in GB18030.
        QCOMPARE(problemOf(writeFile(dir, "bad.csv", "sku,name\r\nA,\xFF\xFF\r\n")),
                 QStringLiteral("platform.file.bad_encoding"));
        QCOMPARE(problemOf(writeFile(dir, "quote.csv", "sku,name\r\nA,\"never closed\r\n")),
                 QStringLiteral("platform.file.unterminated_quote"));
        QCOMPARE(
            problemOf(writeFile(dir, "old.xls", QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))),
            QStringLiteral("platform.file.xls"));
        QCOMPARE(problemOf(writeFile(dir, "broken.xlsx", QByteArray("PK\x03\x04garbage", 11))),
                 QStringLiteral("platform.file.bad_xlsx"));
        QCOMPARE(problemOf(dir.filePath("missing.csv")),
                 QStringLiteral("platform.file.unreadable"));
    }

    void xlsxStringsNumbersDates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("customers.xlsx");
        QVERIFY(Test::writeXlsx(
            path,
            {{QStringLiteral("客户名称"), QStringLiteral("phone"), QStringLiteral("credit_limit"),
              QStringLiteral("since")},
             {QStringLiteral("上海浦东贸易有限公司"), 13912345678.0, 1000.5, QDate(2026, 3, 1)},
             {},
             {QStringLiteral("Acme"), QVariant(), 42, QVariant()}},
            "客户"));
        FileReader::Problem p;
        auto reader = FileReader::open(path, &p);
        QVERIFY2(reader, qPrintable(p.message));
        QCOMPARE(reader->format(), QStringLiteral("xlsx"));
        QCOMPARE(reader->sheet(), QStringLiteral("客户"));
        QCOMPARE(reader->header().first(), QStringLiteral("客户名称"));
        QList<qint64> numbers;
        const auto rows = readAll(*reader, &numbers);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0), QStringList({QStringLiteral("上海浦东贸易有限公司"), "13912345678",
                                          "1000.5", "2026-03-01"}));
        QCOMPARE(rows.at(1).value(0), QStringLiteral("Acme"));
        QCOMPARE(rows.at(1).value(1), QString());
        QCOMPARE(rows.at(1).value(2), QStringLiteral("42"));
        QCOMPARE(numbers, QList<qint64>({1, 3})); // the sheet's rows, the blank one counted
        QCOMPARE(xlsxSerialToText(46082.5), QStringLiteral("2026-03-01 12:00:00"));
    }

    void xlsxHeaderOnlyAndEmpty()
    {
        QTemporaryDir dir;
        QVERIFY(Test::writeXlsx(dir.filePath("h.xlsx"), {{QStringLiteral("sku")}}));
        QCOMPARE(problemOf(dir.filePath("h.xlsx")), QStringLiteral("platform.file.header_only"));
        QVERIFY(Test::writeXlsx(dir.filePath("e.xlsx"), {}));
        QCOMPARE(problemOf(dir.filePath("e.xlsx")), QStringLiteral("platform.file.empty"));
    }

    void largeXlsxStreams()
    {
        QTemporaryDir dir;
        QList<QVariantList> rows{{QStringLiteral("sku"), QStringLiteral("qty")}};
        for (int i = 0; i < 20000; ++i)
            rows.append({QStringLiteral("SKU-%1").arg(i), i});
        QVERIFY(Test::writeXlsx(dir.filePath("big.xlsx"), rows));
        FileReader::Problem p;
        auto reader = FileReader::open(dir.filePath("big.xlsx"), &p);
        QVERIFY2(reader, qPrintable(p.message));
        QStringList cells;
        qint64 row = 0;
        qint64 count = 0;
        while (reader->next(cells, row)) {
            QCOMPARE(cells.value(0), QStringLiteral("SKU-%1").arg(count));
            ++count;
        }
        QCOMPARE(count, 20000);
        QCOMPARE(row, 20000);
        QVERIFY(reader->problem().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFileReader)
#include "tst_filereader.moc"
