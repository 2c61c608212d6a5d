// Backups of the store (server/storage/backup.h, admin.backup.*) on SQLite and PostgreSQL:
// names, retention and the temporary file; the methods without a backup directory; restore
// refuses a target that is not empty or of the other backend, and a restored store opens with
// its data.
#include "server/servercore.h"
#include "server/storage/backup.h"
#include "server/storage/database.h"
#include "tests/support/servertest.h"
#include "tests/support/testdb.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Erp;
using namespace Erp::Test;

class TestBackup final : public QObject
{
    Q_OBJECT
private slots:
    void directoryNamesKeepsAndLists()
    {
        ServerTest t(QStringLiteral("backup_dir"));
        QTemporaryDir dir;
        Storage::BackupDirectory backups(t.core().database().config(),
                                         dir.filePath(QStringLiteral("b")), 2);
        QVERIFY(backups.list().isEmpty());
        QVERIFY(!backups.newest().isValid());
        QStringList names;
        for (int i = 0; i < 3; ++i)
            names.append(backups.run().name);
        const QString ext = Storage::Backup::extension(t.core().database().dialect());
        const QRegularExpression pattern(
            QStringLiteral("^[A-Za-z0-9_.-]+-\\d{8}-\\d{6}Z(-\\d+)?\\.%1$").arg(ext));
        for (const QString& n : std::as_const(names))
            QVERIFY2(pattern.match(n).hasMatch(), qPrintable(n));
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 3); // unique within a second
        // Retention: the newest two, newest first; no temporary file is left.
        const QList<Storage::BackupFile> kept = backups.list();
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(0).name, names.at(2));
        QCOMPARE(kept.at(1).name, names.at(1));
        QVERIFY(kept.at(0).size > 0);
        QCOMPARE(QDir(backups.directory()).entryList(QDir::Files | QDir::Hidden).size(), 2);
        QVERIFY(backups.newest().isValid());
        // A backup holds only its owner's permissions: it carries every password hash.
        QCOMPARE(QFileInfo(kept.at(0).path).permissions() &
                     (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        // Other files in the directory are never pruned.
        QFile other(QDir(backups.directory()).filePath(QStringLiteral("notes.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        backups.run();
        QVERIFY(other.exists());
    }

    void methodsWithoutADirectoryAreRefused()
    {
        ServerTest t(QStringLiteral("backup_off"));
        ServerTest::Session admin = t.admin();
        for (const char* method : {"admin.backup.run", "admin.backup.list"}) {
            Rpc::Error e;
            QCOMPARE(t.callCode(admin, QString::fromLatin1(method), {}, &e),
                     int(Rpc::BusinessRule));
            QCOMPARE(e.messageId(), QStringLiteral("admin.backup.not_configured"));
        }
    }

    void restoreRefusesWhatItMustNotTouch()
    {
        ServerTest t(QStringLiteral("backup_src"));
        ServerTest::Session admin = t.admin();
        t.call(admin, "crm.customer.create", {{"name", QStringLiteral("恢复测试 Restore Ltd")}});
        QTemporaryDir dir;
        Storage::BackupDirectory backups(t.core().database().config(), dir.path(), 0);
        const Storage::BackupFile file = backups.run();

        // The source itself is not empty: refused, and left as it was.
        try {
            Storage::Backup::restore(file.path, t.core().database().config());
            QFAIL("restored over a store in use");
        } catch (const Storage::StoreError& e) {
            QVERIFY2(e.message.contains(QStringLiteral("not empty")), qPrintable(e.message));
        }
        QCOMPARE(t.call(admin, "crm.customer.list", {}).toObject().value("total").toInt(), 1);

        // A backup of one backend does not go into the other.
        const bool sqlite = t.core().database().dialect() == Storage::Dialect::Sqlite;
        Storage::DatabaseConfig other;
        other.dialect = sqlite ? Storage::Dialect::Postgres : Storage::Dialect::Sqlite;
        other.path = dir.filePath(QStringLiteral("other.db"));
        other.name = QStringLiteral("never_created");
        try {
            Storage::Backup::restore(file.path, other);
            QFAIL("restored into the other backend");
        } catch (const Storage::StoreError& e) {
            QVERIFY2(e.message.contains(sqlite ? QStringLiteral("sqlite:")
                                               : QStringLiteral("postgresql://")),
                     qPrintable(e.message));
        }
        QVERIFY(!QFileInfo::exists(other.path));

        // Into a new store: it opens (migrations), passes both checks and has the customer.
        QString error;
        const QString url = databaseUrl(QStringLiteral("backup_target"));
        const auto target = Storage::DatabaseConfig::fromUrl(url, &error);
        QVERIFY(target);
        QVERIFY(Storage::Backup::isEmptyStore(*target));
        Storage::Backup::restore(file.path, *target);
        QVERIFY(!Storage::Backup::isEmptyStore(*target));
        ServerTest restored(QStringLiteral("backup_restored"), false, url);
        QStringList report;
        QVERIFY2(restored.core().verifyStore(&report), qPrintable(report.join('\n')));
        QCOMPARE(report.size(), 2);
        ServerTest::Session again = restored.admin();
        const QJsonArray rows =
            restored.call(again, "crm.customer.list", {}).toObject().value("rows").toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value("name").toString(),
                 QStringLiteral("恢复测试 Restore Ltd"));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
