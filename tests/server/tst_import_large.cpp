// A large file through the whole import path in bounded memory: a CSV of N customers (100,000
// by default; ERP_IMPORT_ROWS sets another size, e.g. 1000000 for the documented 50 MB run) is
// written, read back by FileReader in a streaming fashion, staged in batches of 5,000 through
// platform.import.append and committed in one transaction. Peak memory must stay far below the
// file's size times the in-memory cost of its rows; time and RSS are logged for BENCHMARKS.md.
#include "common/csv.h"
#include "common/filereader.h"
#include "tests/support/servertest.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Erp;
using Erp::Test::ServerTest;

namespace {

/// VmRSS or VmHWM of this process in MiB (Linux).
qint64 memoryMiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(strlen(field))).trimmed().split(' ').first().toLongLong() /
                   1024;
    return 0;
}

} // namespace

class TestImportLarge : public QObject
{
    Q_OBJECT

private slots:
    void manyCustomersStreamInBoundedMemory()
    {
        const int count = qEnvironmentVariableIsSet("ERP_IMPORT_ROWS")
                              ? qEnvironmentVariableIntValue("ERP_IMPORT_ROWS")
                              : 100000;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("customers.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(Csv::utf8Bom() + Csv::formatRow({"编码", "客户名称", "手机", "城市", "地址",
                                                     "信用额度", "备注"}));
            for (int i = 1; i <= count; ++i)
                f.write(Csv::formatRow({QStringLiteral("BIG%1").arg(i, 7, 10, QLatin1Char('0')),
                                        QStringLiteral("大批量导入客户%1有限公司").arg(i),
                                        QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0')),
                                        QStringLiteral("杭州市"),
                                        QStringLiteral("文三路%1号, \"西湖\"区").arg(i),
                                        QStringLiteral("%1.50").arg(i % 100000),
                                        QStringLiteral("line one\nline two")}));
        }
        const qint64 fileMiB = QFileInfo(path).size() / (1024 * 1024);

        ServerTest t(QStringLiteral("imp_large"));
        ServerTest::Session s = t.admin();
        const qint64 rssBefore = memoryMiB("VmRSS:");
        QElapsedTimer timer;
        timer.start();
        FileReader::Problem problem;
        auto reader = FileReader::open(path, &problem);
        QVERIFY2(reader, qPrintable(problem.message));
        const QStringList columns{"code",    "name",         "phone", "city",
                                  "address", "credit_limit", "notes"};
        const qint64 job = t.call(s, "platform.import.start", {{"entity", "crm.customer"}})
                               .toObject()
                               .value("job")
                               .toInteger();
        QStringList cells;
        qint64 row = 0;
        qint64 staged = 0;
        int problems = 0;
        for (;;) {
            QJsonArray batch;
            while (batch.size() < 5000 && reader->next(cells, row)) {
                QJsonObject values;
                for (int i = 0; i < columns.size(); ++i)
                    values.insert(columns.at(i), cells.value(i));
                batch.append(QJsonObject{{"row", row}, {"values", values}});
            }
            if (batch.isEmpty())
                break;
            const QJsonObject r =
                t.call(s, "platform.import.append", {{"job", job}, {"rows", batch}}).toObject();
            staged = r.value("staged").toInteger();
            problems += r.value("problem_count").toInt();
        }
        QVERIFY(reader->problem().isEmpty());
        QCOMPARE(problems, 0);
        QCOMPARE(staged, qint64(count));
        const qint64 checkedMs = timer.elapsed();
        const QJsonObject result = t.call(s, "platform.import.commit", {{"job", job}}).toObject();
        const qint64 totalMs = timer.elapsed();
        QCOMPARE(result.value("created").toInt(), count);
        const qint64 peak = memoryMiB("VmHWM:");
        qInfo("import of %d customers (%lld MiB CSV): dry run %lld ms, commit %lld ms, total "
              "%lld ms; RSS before %lld MiB, peak %lld MiB",
              count, fileMiB, checkedMs, totalMs - checkedMs, totalMs, rssBefore, peak);
        // Bounded: the rows are never all in memory (100,000 rows as JSON objects alone would
        // take several hundred MiB).
        QVERIFY2(peak - rssBefore < 200,
                 qPrintable(QStringLiteral("peak grew by %1 MiB").arg(peak - rssBefore)));
        QCOMPARE(t.call(s, "crm.customer.list", {{"search", "BIG0000042"}})
                     .toObject()
                     .value("total")
                     .toInt(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestImportLarge)
#include "tst_import_large.moc"
