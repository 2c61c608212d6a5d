// End to end: what the server acknowledged survives `kill -9`, and SIGTERM finishes (and
// answers) the calls in flight before the process exits.

#include "tests/protocol/responsecheck.h"
#include "tests/support/rpcclient.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdb.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include <memory>
#include <stdexcept>
#include <vector>

using namespace Erp::Test;

class E2eDurabilityTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void acknowledgedWritesSurviveKill9();
    void sigtermFinishesInFlightCalls();
    void concurrentWritersAllSucceed();
    void recoversWhenStoreConnectionsDrop();

private:
    bool loginAdmin(RpcClient& client);
    /// Names of all roles whose name starts with `prefix`, read page by page.
    QSet<QString> roleNames(RpcClient& client, const QString& prefix);
    /// Number of audit records written by `method`.
    int auditCount(RpcClient& client, const QString& method);

    ServerProcess m_server;
    QString m_url;
};

void E2eDurabilityTest::init()
{
    try {
        m_url = databaseUrl(QStringLiteral("e2e_durability"));
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    QVERIFY2(m_server.start(ServerProcess::Options(m_url)), qPrintable(m_server.errorString()));
}

void E2eDurabilityTest::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << "server log (tail):\n" << m_server.logText().right(3000);
    m_server.kill();
}

bool E2eDurabilityTest::loginAdmin(RpcClient& client)
{
    if (!client.connectTo(m_server.port()))
        return false;
    const QJsonObject reply =
        client.login(QStringLiteral("admin"), ServerProcess::defaultAdminPassword());
    return errorCode(reply) == 0 && reply.contains(QLatin1String("result"));
}

QSet<QString> E2eDurabilityTest::roleNames(RpcClient& client, const QString& prefix)
{
    QSet<QString> names;
    for (int offset = 0;; offset += 1000) {
        const QJsonObject page = resultObject(
            client.call(QStringLiteral("admin.role.list"),
                        {{"search", prefix}, {"sort", "id"}, {"offset", offset}, {"limit", 1000}}));
        const QJsonArray rows = page.value(QLatin1String("rows")).toArray();
        for (const QJsonValue& row : rows) {
            const QString name = row.toObject().value(QLatin1String("name")).toString();
            if (name.startsWith(prefix))
                names.insert(name);
        }
        if (rows.size() < 1000)
            return names;
    }
}

int E2eDurabilityTest::auditCount(RpcClient& client, const QString& method)
{
    const QJsonObject reply =
        client.call(QStringLiteral("admin.audit.list"),
                    {{"filter", QJsonObject{{"method", method}}}, {"limit", 1}});
    return resultObject(reply).value(QLatin1String("total")).toInt(-1);
}

void E2eDurabilityTest::acknowledgedWritesSurviveKill9()
{
    RpcClient writer;
    QVERIFY(loginAdmin(writer));

    // A pipelined stream of audited writes, 16 in flight at any time.
    constexpr int Depth = 16;
    QHash<qint64, QString> inFlight;
    QStringList acknowledged;
    QSet<QString> sent;
    int next = 0;
    QElapsedTimer timer;
    timer.start();
    auto sendOne = [&] {
        const QString name = QStringLiteral("dur_%1").arg(++next);
        const qint64 id =
            writer.sendRequest(QStringLiteral("admin.role.create"),
                               {{"name", name},
                                {"description", QStringLiteral("durability %1").arg(next)},
                                {"permissions", QJsonArray{"admin.user.read"}}});
        inFlight.insert(id, name);
        sent.insert(name);
    };
    while ((acknowledged.size() < 300 || timer.elapsed() < 1500) && timer.elapsed() < 30000) {
        while (inFlight.size() < Depth)
            sendOne();
        const QJsonValue reply = writer.readReply(20000);
        QVERIFY2(reply.isObject(), "a write got no reply");
        const QJsonObject o = reply.toObject();
        const qint64 id = o.value(QLatin1String("id")).toInteger();
        QVERIFY2(inFlight.contains(id), compact(o).constData());
        ERP_CHECK_RESPONSE(o, 0, QJsonValue(id));
        QCOMPARE(resultObject(o).value(QLatin1String("name")).toString(), inFlight.value(id));
        acknowledged.append(inFlight.take(id));
    }
    // Kill while writes are still in flight.
    for (int i = 0; i < Depth; ++i)
        sendOne();
    m_server.kill();
    QCOMPARE(m_server.exitStatus(), QProcess::CrashExit);
    qInfo("%lld acknowledged, %lld sent in %lld ms before kill -9", qint64(acknowledged.size()),
          qint64(sent.size()), timer.elapsed());

    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    RpcClient reader;
    QVERIFY(loginAdmin(reader));
    const QSet<QString> stored = roleNames(reader, QStringLiteral("dur_"));
    for (const QString& name : std::as_const(acknowledged))
        QVERIFY2(stored.contains(name),
                 qPrintable(QStringLiteral("acknowledged role %1 is lost").arg(name)));
    for (const QString& name : stored)
        QVERIFY2(sent.contains(name),
                 qPrintable(QStringLiteral("role %1 was never sent").arg(name)));
    // Each stored write has exactly its audit record: both commit together or not at all.
    QCOMPARE(auditCount(reader, QStringLiteral("admin.role.create")), int(stored.size()));
    // And the store takes writes again.
    const QJsonObject more =
        reader.call(QStringLiteral("admin.role.create"),
                    {{"name", "after_restart"}, {"permissions", QJsonArray()}});
    QVERIFY2(errorCode(more) == 0 && more.contains(QLatin1String("result")),
             compact(more).constData());
}

void E2eDurabilityTest::sigtermFinishesInFlightCalls()
{
    RpcClient client;
    QVERIFY(loginAdmin(client));
    RpcClient idle; // a second logged-in client with nothing to do
    QVERIFY(loginAdmin(idle));

    // One line that takes a while: many password checks (Argon2id) between two writes.
    QJsonArray batch;
    auto request = [&batch](const QString& method, const QJsonObject& params) {
        batch.append(QJsonObject{
            {"jsonrpc", "2.0"}, {"id", batch.size() + 1}, {"method", method}, {"params", params}});
    };
    request(QStringLiteral("admin.role.create"),
            {{"name", "term_first"}, {"permissions", QJsonArray()}});
    for (int i = 0; i < 150; ++i)
        request(QStringLiteral("auth.login"),
                {{"username", "admin"}, {"password", ServerProcess::defaultAdminPassword()}});
    request(QStringLiteral("admin.role.create"),
            {{"name", "term_last"}, {"permissions", QJsonArray()}});
    QVERIFY(client.send(QJsonDocument(batch).toJson(QJsonDocument::Compact) + '\n'));
    // The server is inside the batch now; it must not be finished yet for this test to mean
    // anything (if it is, the machine is fast: make the batch longer).
    QVERIFY2(client.noReplyWithin(300), "the batch finished before SIGTERM was sent");

    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_server.terminate(60000), "SIGTERM did not lead to a clean exit (code 0)");
    qInfo("the server exited %lld ms after SIGTERM", timer.elapsed());

    // The whole batch was answered before the connection closed.
    const QJsonValue reply = client.readReply(5000);
    QVERIFY2(reply.isArray(), compact(reply).left(300).constData());
    QCOMPARE(reply.toArray().size(), batch.size());
    for (int i = 0; i < batch.size(); ++i)
        ERP_CHECK_RESPONSE(reply.toArray().at(i), 0, QJsonValue(i + 1));
    QVERIFY(client.waitForDisconnected(5000));
    QVERIFY(idle.waitForDisconnected(5000));

    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    RpcClient reader;
    QVERIFY(loginAdmin(reader));
    QCOMPARE(roleNames(reader, QStringLiteral("term_")),
             (QSet<QString>{QStringLiteral("term_first"), QStringLiteral("term_last")}));
}

void E2eDurabilityTest::concurrentWritersAllSucceed()
{
    // 32 clerks saving at the same moment: every write succeeds (retried by the server on lock
    // or serialization conflicts, never handed to the client as an internal error).
    constexpr int Writers = 32;
    constexpr int PerWriter = 25;
    constexpr int Depth = 2;
    std::vector<std::unique_ptr<RpcClient>> writers;
    for (int w = 0; w < Writers; ++w) {
        writers.push_back(std::make_unique<RpcClient>());
        QVERIFY(loginAdmin(*writers.back()));
    }
    std::vector<int> sent(Writers, 0);
    std::vector<int> received(Writers, 0);
    auto send = [&](int w) {
        writers[w]->sendRequest(QStringLiteral("admin.role.create"),
                                {{"name", QStringLiteral("cw_%1_%2").arg(w).arg(sent[w]++)},
                                 {"permissions", QJsonArray{"admin.role.read"}}});
    };
    for (int w = 0; w < Writers; ++w) {
        for (int d = 0; d < Depth; ++d)
            send(w);
    }
    for (int round = 0; round < PerWriter; ++round) {
        for (int w = 0; w < Writers; ++w) {
            if (received[w] >= PerWriter)
                continue;
            const QJsonValue reply = writers[w]->readReply(60000);
            QVERIFY2(reply.isObject(), "a write got no reply");
            QVERIFY2(errorCode(reply.toObject()) == 0, compact(reply).constData());
            ++received[w];
            if (sent[w] < PerWriter)
                send(w);
        }
    }
    RpcClient reader;
    QVERIFY(loginAdmin(reader));
    QCOMPARE(roleNames(reader, QStringLiteral("cw_")).size(), Writers * PerWriter);
}

void E2eDurabilityTest::recoversWhenStoreConnectionsDrop()
{
    if (backend() != QLatin1String("postgres"))
        QSKIP("PostgreSQL only: a database server restart or fail-over drops the connections");
    RpcClient client;
    QVERIFY(loginAdmin(client));
    ERP_CHECK_RESPONSE(client.call(QStringLiteral("admin.user.get"), {{"id", 1}}), 0,
                       QJsonValue(2));

    // What a PostgreSQL restart does to the server: all its store connections are cut.
    const QString database = m_url.section(QLatin1Char('/'), -1);
    {
        QSqlDatabase admin =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("killer"));
        admin.setHostName(QStringLiteral("127.0.0.1"));
        admin.setPort(QUrl(m_url).port());
        admin.setUserName(QStringLiteral("postgres"));
        admin.setDatabaseName(QStringLiteral("postgres"));
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        {
            QSqlQuery q(admin);
            q.prepare(
                QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                               "WHERE datname = :db AND pid <> pg_backend_pid()"));
            q.bindValue(QStringLiteral(":db"), database);
            QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
            QVERIFY(q.value(0).toInt() > 0);
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("killer"));

    // The server reconnects: at the latest after a few failed calls, everything works again.
    int failed = 0;
    for (int i = 0; i < 40; ++i) {
        const QJsonObject reply =
            i % 2 ? client.call(QStringLiteral("admin.user.get"), {{"id", 1}})
                  : client.call(QStringLiteral("admin.role.list"), {{"limit", 1}});
        if (errorCode(reply) == 0)
            continue;
        ++failed;
        QVERIFY2(i < 20, qPrintable(QStringLiteral("call %1 after the connections dropped: %2")
                                        .arg(i)
                                        .arg(QString::fromUtf8(compact(reply)))));
    }
    if (failed > 0)
        qWarning("%d of 40 calls failed before the server reconnected", failed);
}

QTEST_GUILESS_MAIN(E2eDurabilityTest)
#include "tst_e2e_durability.moc"
