// Numbered migrations: applied once, an older store upgraded in place, a newer one refused.
#include "server/servercore.h"
#include "server/storage/database.h"
#include "server/storage/migrator.h"
#include "tests/support/testdb.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Erp;

namespace {

/// Options of a store opened with --demo.
Erp::Server::ServerCore::Options demoStore(const QString& url, const QString& password)
{
    auto options = Erp::Server::ServerCore::Options::store(url, password);
    options.demo = true;
    return options;
}

} // namespace

class TestMigrations final : public QObject
{
    Q_OBJECT
private slots:
    void appliesAllOnceAndReopens()
    {
        const QString url = Test::databaseUrl(QStringLiteral("mig_once"));
        const auto config = *Storage::DatabaseConfig::fromUrl(url, nullptr);
        {
            Storage::Database db(config);
            Storage::Migrator m(db);
            QCOMPARE(m.currentVersion(), 0);
            QVERIFY(Storage::Migrator::latestVersion() >= 2);
            // Every migration file once (numbers are assigned per branch, so a branch may have
            // a gap until the others are merged).
            const int files = int(QDir(QStringLiteral(":/migrations"))
                                      .entryList({QStringLiteral("*.sql")}, QDir::Files)
                                      .size());
            QCOMPARE(m.migrate(), files);
            QCOMPARE(m.currentVersion(), Storage::Migrator::latestVersion());
            QCOMPARE(m.migrate(), 0); // nothing left to do
        }
        Server::ServerCore core;
        QString error;
        QVERIFY2(core.open(
                     Erp::Server::ServerCore::Options::store(url, QStringLiteral("first-password")),
                     &error),
                 qPrintable(error));
    }

    void upgradesAnOlderStoreInPlace()
    {
        const QString url = Test::databaseUrl(QStringLiteral("mig_upgrade"));
        const auto config = *Storage::DatabaseConfig::fromUrl(url, nullptr);
        {
            Storage::Database db(config);
            Storage::Migrator m(db);
            QCOMPARE(m.migrate(1), 1); // the platform tables only: an "older program's" store
            QSqlQuery q(db.connection());
            QVERIFY(q.exec("INSERT INTO settings (key, value) VALUES ('legacy', 'kept')"));
        }
        Server::ServerCore core;
        QString error;
        QVERIFY2(core.open(
                     Erp::Server::ServerCore::Options::store(url, QStringLiteral("first-password")),
                     &error),
                 qPrintable(error));
        QSqlQuery q(core.database().connection());
        QVERIFY(q.exec("SELECT value FROM settings WHERE key = 'legacy'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("kept"));
        QVERIFY(q.exec("SELECT COUNT(*) FROM users"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1); // the admin created on first start
        q.finish();
        core.database().closeThreadConnection();
    }

    void movingAverageBackfill()
    {
        // A store from before migration 0021: its moves get values at the fixed cost and the
        // products their running quantity and value; the ledger is append-only again after.
        const QString url = Test::databaseUrl(QStringLiteral("mig_avgcost"));
        const auto config = *Storage::DatabaseConfig::fromUrl(url, nullptr);
        Storage::Database db(config);
        Storage::Migrator m(db);
        QVERIFY(m.migrate(20) > 0);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec("INSERT INTO products (sku, name, cost, created_at, updated_at) VALUES "
                       "('OLD-1', 'Old', 333, 'x', 'x')"));
        QVERIFY(q.exec("INSERT INTO warehouses (code, name, priority, created_at, updated_at) "
                       "VALUES ('SH', 'Shanghai', 1, 'x', 'x')"));
        for (const char* move : {"'receipt', 3000", "'shipment', -1000", "'transfer', -500",
                                 "'transfer', 500", "'scrap', -1"})
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO stock_moves (product_id, warehouse_id, "
                                           "kind, qty, created_at) SELECT p.id, w.id, %1, 'x' "
                                           "FROM products p, warehouses w")
                                .arg(QLatin1String(move))),
                     qPrintable(q.lastError().text()));
        QCOMPARE(m.migrate(21), 1);
        QVERIFY(q.exec("SELECT value FROM stock_moves ORDER BY id"));
        QList<qint64> values;
        while (q.next())
            values.append(q.value(0).toLongLong());
        QCOMPARE(values, (QList<qint64>{999, -333, 0, 0, 0})); // 0.001 × 3.33 rounds to 0
        QVERIFY(q.exec("SELECT stock_qty, stock_value, cost FROM products"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(1999));
        QCOMPARE(q.value(1).toLongLong(), qint64(666));
        QCOMPARE(q.value(2).toLongLong(), qint64(333));
        q.finish();
        QVERIFY(!q.exec("UPDATE stock_moves SET value = 1")); // append-only again
    }

    void refusesANewerSchema()
    {
        const QString url = Test::databaseUrl(QStringLiteral("mig_newer"));
        const auto config = *Storage::DatabaseConfig::fromUrl(url, nullptr);
        {
            Storage::Database db(config);
            Storage::Migrator m(db);
            m.migrate();
            QSqlQuery q(db.connection());
            QVERIFY(q.exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES "
                           "(9999, 'future', 'x')"));
        }
        Server::ServerCore core;
        QString error;
        QVERIFY(!core.open(
            Erp::Server::ServerCore::Options::store(url, QStringLiteral("first-password")),
            &error));
        QVERIFY2(error.contains("newer"), qPrintable(error));
    }

    void newStoreNeedsAnAdminPassword()
    {
        Server::ServerCore core;
        QString error;
        QVERIFY(!core.open(Erp::Server::ServerCore::Options::store(
                               Test::databaseUrl(QStringLiteral("mig_nopw")), QString()),
                           &error));
        QVERIFY2(error.contains("ERP_ADMIN_PASSWORD"), qPrintable(error));
    }

    void weakFirstPasswordOnlyForADemo()
    {
        Server::ServerCore real;
        QString error;
        QVERIFY(
            !real.open(Server::ServerCore::Options::store(
                           Test::databaseUrl(QStringLiteral("mig_weak")), QStringLiteral("admin")),
                       &error));
        QVERIFY2(error.contains("at least 8"), qPrintable(error));
        Server::ServerCore demo;
        QVERIFY2(demo.open(demoStore(Test::databaseUrl(QStringLiteral("mig_demo")),
                                     QStringLiteral("admin")),
                           &error),
                 qPrintable(error));
    }

    void demoNeverGoesIntoRealData()
    {
        const QString url = Test::databaseUrl(QStringLiteral("mig_nodemo"));
        QString error;
        {
            Server::ServerCore real;
            QVERIFY2(
                real.open(Server::ServerCore::Options::store(url, QStringLiteral("first-password")),
                          &error),
                qPrintable(error));
        }
        Server::ServerCore again;
        QVERIFY(!again.open(demoStore(url, QString()), &error));
        QVERIFY2(error.contains("demo"), qPrintable(error));
        // A demo store reopens with --demo without loading it twice.
        const QString demoUrl = Test::databaseUrl(QStringLiteral("mig_demo_twice"));
        {
            Server::ServerCore demo;
            QVERIFY2(demo.open(demoStore(demoUrl, QStringLiteral("admin")), &error),
                     qPrintable(error));
        }
        Server::ServerCore reopened;
        QVERIFY2(reopened.open(demoStore(demoUrl, QString()), &error), qPrintable(error));
    }

    void rejectsBadUrls()
    {
        QString error;
        QVERIFY(!Storage::DatabaseConfig::fromUrl("mysql://x/y", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!Storage::DatabaseConfig::fromUrl("sqlite:", &error));
        const auto pg =
            Storage::DatabaseConfig::fromUrl("postgresql://erp:secret@db.local:6543/firm", &error);
        QVERIFY(pg);
        QCOMPARE(pg->port, 6543);
        QCOMPARE(pg->name, QStringLiteral("firm"));
        QVERIFY(!pg->displayName().contains("secret")); // passwords never reach logs
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
