// End to end over TCP on a real erp-server process (SQLite and PostgreSQL): a backup taken by
// admin.backup.run while eight clients write in a burst restores (erp-server --restore) into a
// new database that holds every write acknowledged before the backup started, passes the stock
// and ledger checks, and the server never stopped serving.
#include "tests/support/rpcclient.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdb.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <numeric>
#include <stdexcept>
#include <vector>

using namespace Erp::Test;

namespace {

constexpr int Writers = 8;
constexpr int Depth = 4; ///< requests in flight per writer

qint64 idOf(const QJsonObject& o)
{
    return o.value(QLatin1String("id")).toInteger();
}

/// What one writer sent and what the server acknowledged.
struct Writer
{
    std::unique_ptr<RpcClient> client;
    qint64 product = 0;
    int next = 0;
    QHash<qint64, std::pair<QString, QString>> inFlight; ///< request id -> (kind, key)
    QStringList customers;                               ///< acknowledged names
    QList<qint64> orders;                                ///< acknowledged order ids
    int receipts = 0;                                    ///< acknowledged receipts (1 each)
    int receiptsSent = 0;
};

} // namespace

class E2eBackupTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void backupDuringBurstRestoresEveryAcknowledgedWrite();
    void restoreRefusesANonEmptyDatabase();
    void backupNeedsItsPermission();
    void scheduleTakesTheFirstBackupAtStart();

private:
    QJsonObject ok(RpcClient& client, const char* method, const QJsonObject& params);
    void sendWrite(Writer& w, qint64 customer);
    /// erp-server with `args`; its exit code (-1 when it did not finish) and its output.
    int runServer(const QStringList& args, QByteArray* output);

    QTemporaryDir m_dir;
    QString m_backupDir;
    ServerProcess m_server;
    RpcClient m_admin;
    qint64 m_warehouse = 0;
    qint64 m_customer = 0;
    QString m_backupFile;
    QString m_restoredUrl;
};

void E2eBackupTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_backupDir = m_dir.filePath(QStringLiteral("backups"));
    QString url;
    try {
        url = databaseUrl(QStringLiteral("e2e_backup"));
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    ServerProcess::Options options(url);
    options.extraArgs = {QStringLiteral("--backup"),       m_backupDir,
                         QStringLiteral("--backup-every"), QStringLiteral("0"),
                         QStringLiteral("--backup-keep"),  QStringLiteral("3"),
                         QStringLiteral("--quiet")};
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    QVERIFY(m_admin.connectTo(m_server.port()));
    QCOMPARE(
        errorCode(m_admin.login(QStringLiteral("admin"), ServerProcess::defaultAdminPassword())),
        0);
    m_warehouse = idOf(
        ok(m_admin, "inventory.warehouse.create", {{"code", "BK"}, {"name", "备份仓 Backup"}}));
    m_customer = idOf(ok(m_admin, "crm.customer.create", {{"name", "备份测试客户 Backup Ltd"}}));
}

void E2eBackupTest::cleanupTestCase()
{
    m_admin.close();
    if (m_server.isRunning())
        QVERIFY2(m_server.terminate(), qPrintable(m_server.errorString()));
}

QJsonObject E2eBackupTest::ok(RpcClient& client, const char* method, const QJsonObject& params)
{
    const QJsonObject response = client.call(QString::fromLatin1(method), params);
    if (errorCode(response) != 0)
        qWarning("%s failed: %s", method, compact(response).constData());
    return resultObject(response);
}

int E2eBackupTest::runServer(const QStringList& args, QByteArray* output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(ServerProcess::binary(), args);
    if (!p.waitForFinished(180000)) {
        p.kill();
        return -1;
    }
    *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void E2eBackupTest::sendWrite(Writer& w, qint64 customer)
{
    const int n = ++w.next;
    const QString key = QStringLiteral("bk_%1_%2").arg(w.product).arg(n);
    qint64 id = 0;
    QString kind;
    switch (n % 3) {
    case 0:
        kind = QStringLiteral("customer");
        id = w.client->sendRequest(QStringLiteral("crm.customer.create"),
                                   {{"name", QStringLiteral("备份客户 %1").arg(key)}});
        break;
    case 1:
        kind = QStringLiteral("order");
        id = w.client->sendRequest(
            QStringLiteral("sales.order.create"),
            {{"customer_id", customer},
             {"channel", "phone"},
             {"lines", QJsonArray{QJsonObject{{"product_id", w.product}, {"qty", "1"}}}}});
        break;
    default:
        kind = QStringLiteral("receipt");
        ++w.receiptsSent;
        id = w.client->sendRequest(QStringLiteral("inventory.stock.adjust"),
                                   {{"product_id", w.product},
                                    {"warehouse_id", m_warehouse},
                                    {"qty", "1"},
                                    {"kind", "receipt"},
                                    {"reason", key}});
        break;
    }
    w.inFlight.insert(id, {kind, QStringLiteral("备份客户 %1").arg(key)});
}

void E2eBackupTest::backupDuringBurstRestoresEveryAcknowledgedWrite()
{
    std::vector<Writer> writers(Writers);
    for (int i = 0; i < Writers; ++i) {
        Writer& w = writers[size_t(i)];
        w.client = std::make_unique<RpcClient>();
        QVERIFY(w.client->connectTo(m_server.port()));
        QCOMPARE(errorCode(w.client->login(QStringLiteral("admin"),
                                           ServerProcess::defaultAdminPassword())),
                 0);
        w.product = idOf(ok(*w.client, "inventory.product.create",
                            {{"sku", QStringLiteral("BK-%1").arg(i)},
                             {"name", QStringLiteral("备份商品 %1").arg(i)},
                             {"unit", "pcs"},
                             {"list_price", "10.00"},
                             {"cost", "4.00"}}));
        QVERIFY(w.product > 0);
    }

    // The acknowledged writes at the moment admin.backup.run leaves: all must be restored.
    QSet<QString> customersBefore;
    QList<qint64> ordersBefore;
    QHash<qint64, int> receiptsBefore; // product -> acknowledged receipts
    qint64 backupRequest = 0;
    QJsonObject backupReply;
    int afterBackup = 0; // writes acknowledged after the backup answered
    QElapsedTimer timer;
    timer.start();
    const auto acknowledged = [&] {
        int n = 0;
        for (const Writer& w : writers)
            n += int(w.customers.size() + w.orders.size()) + w.receipts;
        return n;
    };
    while (afterBackup < 200 && timer.elapsed() < 120000) {
        for (Writer& w : writers) {
            while (w.inFlight.size() < Depth)
                sendWrite(w, m_customer);
            const QJsonValue reply = w.client->readReply(30000);
            QVERIFY2(reply.isObject(), "a write got no reply");
            const QJsonObject o = reply.toObject();
            const qint64 id = o.value(QLatin1String("id")).toInteger();
            QVERIFY2(w.inFlight.contains(id), compact(o).constData());
            QVERIFY2(errorCode(o) == 0, compact(o).constData());
            const auto [kind, name] = w.inFlight.take(id);
            if (kind == QLatin1String("customer"))
                w.customers.append(name);
            else if (kind == QLatin1String("order"))
                w.orders.append(idOf(resultObject(o)));
            else
                ++w.receipts;
            if (!backupReply.isEmpty())
                ++afterBackup;
        }
        if (backupRequest == 0 && acknowledged() >= 300) {
            for (const Writer& w : writers) {
                for (const QString& c : w.customers)
                    customersBefore.insert(c);
                ordersBefore.append(w.orders);
                receiptsBefore.insert(w.product, w.receipts);
            }
            backupRequest = m_admin.sendRequest(QStringLiteral("admin.backup.run"));
        }
        if (backupRequest != 0 && backupReply.isEmpty()) {
            const QJsonValue reply = m_admin.readReply(1);
            if (reply.isObject()) {
                backupReply = reply.toObject();
                QCOMPARE(backupReply.value(QLatin1String("id")).toInteger(), backupRequest);
                QVERIFY2(errorCode(backupReply) == 0, compact(backupReply).constData());
            }
        }
    }
    if (backupReply.isEmpty()) {
        const QJsonValue reply = m_admin.readReply(60000);
        QVERIFY2(reply.isObject(), "admin.backup.run got no reply");
        backupReply = reply.toObject();
        QVERIFY2(errorCode(backupReply) == 0, compact(backupReply).constData());
    }
    for (Writer& w : writers) // drain
        while (!w.inFlight.isEmpty()) {
            const QJsonObject o = w.client->readReply(30000).toObject();
            QVERIFY2(errorCode(o) == 0, compact(o).constData());
            w.inFlight.remove(o.value(QLatin1String("id")).toInteger());
        }
    qInfo("%d writes acknowledged before the backup, %d in all, %d after it answered",
          int(customersBefore.size() + ordersBefore.size()) +
              std::accumulate(receiptsBefore.begin(), receiptsBefore.end(), 0),
          acknowledged(), afterBackup);

    const QJsonObject backup = resultObject(backupReply);
    m_backupFile = backup.value(QLatin1String("file")).toString();
    QVERIFY2(!m_backupFile.isEmpty(), compact(backupReply).constData());
    const QFileInfo file(QDir(m_backupDir).filePath(m_backupFile));
    QVERIFY(file.isFile());
    QCOMPARE(backup.value(QLatin1String("size")).toInteger(), file.size());
    QVERIFY(!backup.value(QLatin1String("created_at")).toString().isEmpty());
    // Nothing half written is left beside it, and admin.backup.list shows it.
    QCOMPARE(QDir(m_backupDir).entryList(QDir::Files | QDir::Hidden).size(), 1);
    const QJsonObject list = ok(m_admin, "admin.backup.list", {});
    QCOMPARE(list.value(QLatin1String("rows")).toArray().size(), 1);
    QCOMPARE(list.value(QLatin1String("rows")).toArray().at(0).toObject().value("file").toString(),
             m_backupFile);
    // The backup is in the audit trail.
    const QJsonObject audit =
        ok(m_admin, "admin.audit.list", {{"filter", QJsonObject{{"method", "admin.backup.run"}}}});
    QCOMPARE(audit.value(QLatin1String("total")).toInt(), 1);

    // The server kept serving: a write after the backup, and the live store is consistent.
    QVERIFY(idOf(ok(m_admin, "crm.customer.create", {{"name", "after the backup"}})) > 0);

    // Restore into a new database: upgraded and checked by erp-server itself.
    try {
        m_restoredUrl = databaseUrl(QStringLiteral("e2e_backup_restored"));
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    QByteArray output;
    const int code = runServer({QStringLiteral("--restore"), file.absoluteFilePath(),
                                QStringLiteral("--db"), m_restoredUrl},
                               &output);
    QVERIFY2(code == 0, output.constData());
    QVERIFY2(output.contains("inventory.stock.check: clean"), output.constData());
    QVERIFY2(output.contains("finance.check: clean"), output.constData());

    // Every acknowledged write is in the restored store; the checks agree over the wire too.
    ServerProcess restored;
    QVERIFY2(restored.start(ServerProcess::Options(m_restoredUrl)),
             qPrintable(restored.errorString()));
    RpcClient reader;
    QVERIFY(reader.connectTo(restored.port()));
    QCOMPARE(
        errorCode(reader.login(QStringLiteral("admin"), ServerProcess::defaultAdminPassword())), 0);
    QSet<QString> names;
    for (int offset = 0;; offset += 1000) {
        const QJsonArray rows = ok(reader, "crm.customer.list",
                                   {{"search", "备份客户"}, {"offset", offset}, {"limit", 1000}})
                                    .value(QLatin1String("rows"))
                                    .toArray();
        for (const QJsonValue& row : rows)
            names.insert(row.toObject().value(QLatin1String("name")).toString());
        if (rows.size() < 1000)
            break;
    }
    for (const QString& name : std::as_const(customersBefore))
        QVERIFY2(names.contains(name), qPrintable(name + QStringLiteral(" was not restored")));
    for (qint64 order : std::as_const(ordersBefore)) {
        const QJsonObject reply = reader.call(QStringLiteral("sales.order.get"), {{"id", order}});
        QVERIFY2(errorCode(reply) == 0, compact(reply).constData());
    }
    QJsonArray products;
    for (const Writer& w : writers)
        products.append(w.product);
    const QJsonArray levels = ok(reader, "inventory.stock.levels", {{"product_ids", products}})
                                  .value(QLatin1String("rows"))
                                  .toArray();
    QHash<qint64, qint64> onHand;
    for (const QJsonValue& row : levels)
        onHand[row.toObject().value("product_id").toInteger()] +=
            row.toObject().value("on_hand").toString().remove(QLatin1Char('.')).toLongLong();
    for (const Writer& w : writers) {
        const qint64 units = onHand.value(w.product) / 1000;
        QVERIFY2(units >= receiptsBefore.value(w.product) && units <= w.receiptsSent,
                 qPrintable(QStringLiteral("product %1: %2 units restored, %3 acknowledged before "
                                           "the backup, %4 sent")
                                .arg(w.product)
                                .arg(units)
                                .arg(receiptsBefore.value(w.product))
                                .arg(w.receiptsSent)));
    }
    QCOMPARE(ok(reader, "inventory.stock.check", {}).value("differences").toArray().size(), 0);
    QCOMPARE(ok(reader, "finance.check", {}).value("problems").toArray().size(), 0);
    reader.close();
    QVERIFY(restored.terminate());
}

void E2eBackupTest::restoreRefusesANonEmptyDatabase()
{
    QVERIFY(!m_backupFile.isEmpty());
    QVERIFY(!m_restoredUrl.isEmpty());
    QByteArray output;
    const int code =
        runServer({QStringLiteral("--restore"), QDir(m_backupDir).filePath(m_backupFile),
                   QStringLiteral("--db"), m_restoredUrl},
                  &output);
    QVERIFY2(code != 0, output.constData());
    QVERIFY2(output.contains("not empty"), output.constData());
}

void E2eBackupTest::backupNeedsItsPermission()
{
    ok(m_admin, "admin.user.create",
       {{"username", "bk_clerk"}, {"password", "bk-clerk-pw-1"}, {"roles", QJsonArray{"sales"}}});
    RpcClient clerk;
    QVERIFY(clerk.connectTo(m_server.port()));
    QCOMPARE(errorCode(clerk.login(QStringLiteral("bk_clerk"), QStringLiteral("bk-clerk-pw-1"))),
             0);
    QCOMPARE(errorCode(clerk.call(QStringLiteral("admin.backup.run"))), -32003);
    QCOMPARE(errorCode(clerk.call(QStringLiteral("admin.backup.list"))), -32003);
    // Retention: more backups than --backup-keep 3 leave the newest three.
    for (int i = 0; i < 4; ++i)
        QVERIFY(!ok(m_admin, "admin.backup.run", {}).value("file").toString().isEmpty());
    const QJsonArray rows = ok(m_admin, "admin.backup.list", {}).value("rows").toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(QDir(m_backupDir).entryList(QDir::Files | QDir::Hidden).size(), 3);
}

void E2eBackupTest::scheduleTakesTheFirstBackupAtStart()
{
    // --backup DIR with the default schedule (daily): a directory without a backup of this
    // store gets one right after the start, written under a temporary name and renamed.
    QString url;
    try {
        url = databaseUrl(QStringLiteral("e2e_backup_schedule"));
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    const QString dir = m_dir.filePath(QStringLiteral("scheduled"));
    ServerProcess server;
    ServerProcess::Options options(url);
    options.extraArgs = {QStringLiteral("--backup"), dir};
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    const auto backups = [&] {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    };
    QTRY_VERIFY_WITH_TIMEOUT(backups().size() == 1 && !backups().at(0).endsWith(".partial"),
                             120000);
    QTRY_VERIFY_WITH_TIMEOUT(server.logText().contains("backup written"), 30000);
    RpcClient admin;
    QVERIFY(admin.connectTo(server.port()));
    QCOMPARE(errorCode(admin.login(QStringLiteral("admin"), ServerProcess::defaultAdminPassword())),
             0);
    const QJsonArray rows = ok(admin, "admin.backup.list", {}).value("rows").toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value("file").toString(), backups().at(0));
    QVERIFY(server.terminate());
}

QTEST_GUILESS_MAIN(E2eBackupTest)
#include "tst_e2e_backup.moc"
