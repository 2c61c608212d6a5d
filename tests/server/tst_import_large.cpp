// A large file through the whole import path in bounded memory: a CSV of N customers (100,000
// by default; ERP_IMPORT_ROWS sets another size, e.g. 1000000 for the documented 50 MB run) is
// written, read back by FileReader in a streaming fashion, staged in batches of 5,000 through
// platform.import.append and committed in one transaction. Peak memory must stay far below the
// file's size times the in-memory cost of its rows; time and RSS are logged for BENCHMARKS.md.
#include "common/csv.h"
#include "common/filereader.h"
#include "server/servercore.h"
#include "server/storage/database.h"
#include "tests/support/servertest.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <unistd.h>

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

/// CPU seconds (user + system) this process has used.
double processCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

/// CPU seconds the PostgreSQL backend serving this thread has used (0 on SQLite or when the
/// server runs elsewhere): the figures stay comparable on a busy machine, where wall time
/// does not.
double backendCpuSeconds(ServerTest& t)
{
    if (t.core().database().sql().isSqlite())
        return 0;
    QSqlQuery q(t.core().database().connection());
    if (!q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next())
        return 0;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(q.value(0).toLongLong()));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    // Fields 14 and 15 (utime, stime) count after the command name in parentheses.
    const QList<QByteArray> fields = stat.readAll().split(')').last().trimmed().split(' ');
    return fields.size() > 12 ? double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) /
                                    double(sysconf(_SC_CLK_TCK))
                              : 0;
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
        const double cpuBefore = processCpuSeconds();
        const double backendBefore = backendCpuSeconds(t);
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
              "%lld ms; RSS before %lld MiB, peak %lld MiB; CPU %.1f s in this process, %.1f s "
              "in the PostgreSQL backend",
              count, fileMiB, checkedMs, totalMs - checkedMs, totalMs, rssBefore, peak,
              processCpuSeconds() - cpuBefore, backendCpuSeconds(t) - backendBefore);
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
