// End to end over TCP against a real erp-server process: users, roles and sessions as clients
// see them — login, permissions, event.changed fan-out, token resume/logout, lockout.

#include "tests/protocol/responsecheck.h"
#include "tests/support/rpcclient.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdb.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

#include <memory>
#include <stdexcept>
#include <vector>

using namespace Erp::Test;

namespace {
const QString Admin = QStringLiteral("admin");
const QString AlicePassword = QStringLiteral("alice-pw-1");
const QString BobPassword = QStringLiteral("bob-pw-123");
} // namespace

class E2eSessionTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void adminCreatesSalesUserAndLoggedInClientsAreNotified();
    void salesUserIsDeniedAdminMethods();
    void tokenResumesOnNewConnectionUntilLogout();
    void lockoutAfterFiveFailedLogins();
    void concurrentLoginsOfOneAccount();

private:
    /// A client logged in as `username`; fails the test (returns false) otherwise.
    bool loginAs(RpcClient& client, const QString& username, const QString& password,
                 QJsonObject* result = nullptr);
    QJsonObject createUser(const QString& username, const QString& password,
                           const QStringList& roles);

    ServerProcess m_server;
    RpcClient m_admin;
    qint64 m_aliceId = 0;
};

void E2eSessionTest::initTestCase()
{
    QString url;
    try {
        url = databaseUrl(QStringLiteral("e2e_session"));
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    QVERIFY2(m_server.start(ServerProcess::Options(url)), qPrintable(m_server.errorString()));
    QVERIFY(m_admin.connectTo(m_server.port()));
    QVERIFY(loginAs(m_admin, Admin, ServerProcess::defaultAdminPassword()));
}

void E2eSessionTest::cleanupTestCase()
{
    m_admin.close();
    QVERIFY2(m_server.terminate(), qPrintable(m_server.errorString()));
}

bool E2eSessionTest::loginAs(RpcClient& client, const QString& username, const QString& password,
                             QJsonObject* result)
{
    const QJsonObject reply = client.login(username, password);
    if (errorCode(reply) != 0 || !reply.contains(QLatin1String("result"))) {
        qWarning("login as %s failed: %s", qPrintable(username), compact(reply).constData());
        return false;
    }
    if (result)
        *result = resultObject(reply);
    return true;
}

QJsonObject E2eSessionTest::createUser(const QString& username, const QString& password,
                                       const QStringList& roles)
{
    return m_admin.call(QStringLiteral("admin.user.create"),
                        {{"username", username},
                         {"password", password},
                         {"full_name", QStringLiteral("%1 测试").arg(username)},
                         {"email", username + QStringLiteral("@example.com")},
                         {"roles", QJsonArray::fromStringList(roles)}});
}

void E2eSessionTest::adminCreatesSalesUserAndLoggedInClientsAreNotified()
{
    RpcClient observer; // a colleague with an open user list
    QVERIFY(observer.connectTo(m_server.port()));
    QVERIFY(loginAs(observer, Admin, ServerProcess::defaultAdminPassword()));
    RpcClient anonymous; // connected, never logged in
    QVERIFY(anonymous.connectTo(m_server.port()));
    ERP_CHECK_RESPONSE(anonymous.call(QStringLiteral("system.ping")), 0, QJsonValue(1));

    const QJsonObject reply =
        createUser(QStringLiteral("alice"), AlicePassword, {QStringLiteral("sales")});
    QCOMPARE(errorCode(reply), 0);
    const QJsonObject alice = resultObject(reply);
    m_aliceId = alice.value(QLatin1String("id")).toInteger();
    QVERIFY(m_aliceId > 0);
    QCOMPARE(alice.value(QLatin1String("username")).toString(), QStringLiteral("alice"));
    QCOMPARE(alice.value(QLatin1String("roles")).toArray(), QJsonArray{QStringLiteral("sales")});
    QVERIFY(!reply.contains(QLatin1String("password")));

    const qint64 id = m_aliceId;
    const qint64 version = alice.value(QLatin1String("version")).toInteger();
    QVERIFY2(observer.waitForNotification(
                 [id, version](const QJsonObject& n) {
                     const QJsonObject p = n.value(QLatin1String("params")).toObject();
                     return n.value(QLatin1String("method")).toString() ==
                                QLatin1String("event.changed") &&
                            p.value(QLatin1String("entity")).toString() == QLatin1String("user") &&
                            p.value(QLatin1String("id")).toInteger() == id &&
                            p.value(QLatin1String("version")).toInteger() == version &&
                            p.value(QLatin1String("by")).toString() == QLatin1String("admin");
                 },
                 10000),
             "the logged-in observer got no event.changed for the new user");
    // Anonymous connections get no notifications (they would precede this reply).
    ERP_CHECK_RESPONSE(anonymous.call(QStringLiteral("system.ping")), 0, QJsonValue(2));
    QVERIFY2(anonymous.notifications().isEmpty(),
             compact(anonymous.notifications().value(0)).constData());

    // The observer sees the user in the list it refreshes.
    const QJsonObject list =
        observer.call(QStringLiteral("admin.user.list"), {{"search", "alice"}});
    QCOMPARE(resultObject(list).value(QLatin1String("total")).toInt(), 1);
}

void E2eSessionTest::salesUserIsDeniedAdminMethods()
{
    QVERIFY(m_aliceId > 0);
    RpcClient alice;
    QVERIFY(alice.connectTo(m_server.port()));
    QJsonObject session;
    QVERIFY(loginAs(alice, QStringLiteral("alice"), AlicePassword, &session));
    QCOMPARE(session.value(QLatin1String("roles")).toArray(), QJsonArray{QStringLiteral("sales")});
    QCOMPARE(session.value(QLatin1String("user")).toObject().value(QLatin1String("id")).toInteger(),
             m_aliceId);

    ERP_CHECK_RESPONSE(alice.call(QStringLiteral("admin.user.list")), -32003, QJsonValue(2));
    ERP_CHECK_RESPONSE(alice.call(QStringLiteral("admin.role.create"),
                                  {{"name", "escalate"}, {"permissions", QJsonArray{"*"}}}),
                       -32003, QJsonValue(3));
    ERP_CHECK_RESPONSE(
        alice.call(QStringLiteral("admin.user.update"),
                   {{"id", m_aliceId}, {"version", 1}, {"roles", QJsonArray{"admin"}}}),
        -32003, QJsonValue(4));
    const QJsonObject info = alice.call(QStringLiteral("system.info"));
    ERP_CHECK_RESPONSE(info, 0, QJsonValue(5));
    QCOMPARE(resultObject(info).value(QLatin1String("user")).toString(), QStringLiteral("alice"));

    // The denied calls changed nothing.
    const QJsonObject user = m_admin.call(QStringLiteral("admin.user.get"), {{"id", m_aliceId}});
    QCOMPARE(resultObject(user).value(QLatin1String("roles")).toArray(),
             QJsonArray{QStringLiteral("sales")});
    const QJsonObject roles =
        m_admin.call(QStringLiteral("admin.role.list"), {{"search", "escalate"}});
    QCOMPARE(resultObject(roles).value(QLatin1String("total")).toInt(), 0);
}

void E2eSessionTest::tokenResumesOnNewConnectionUntilLogout()
{
    RpcClient first;
    QVERIFY(first.connectTo(m_server.port()));
    QJsonObject session;
    QVERIFY(loginAs(first, QStringLiteral("alice"), AlicePassword, &session));
    const QString token = session.value(QLatin1String("token")).toString();
    QVERIFY(token.size() >= 32);

    RpcClient second; // e.g. the client reconnecting after a network hiccup
    QVERIFY(second.connectTo(m_server.port()));
    ERP_CHECK_RESPONSE(second.call(QStringLiteral("system.info")), -32001, QJsonValue(1));
    const QJsonObject resumed = second.call(QStringLiteral("auth.resume"), {{"token", token}});
    ERP_CHECK_RESPONSE(resumed, 0, QJsonValue(2));
    QCOMPARE(resultObject(resumed)
                 .value(QLatin1String("user"))
                 .toObject()
                 .value(QLatin1String("username"))
                 .toString(),
             QStringLiteral("alice"));
    QCOMPARE(resultObject(resumed).value(QLatin1String("roles")).toArray(),
             QJsonArray{QStringLiteral("sales")});
    const QJsonObject info = second.call(QStringLiteral("system.info"));
    QCOMPARE(resultObject(info).value(QLatin1String("user")).toString(), QStringLiteral("alice"));
    ERP_CHECK_RESPONSE(second.call(QStringLiteral("admin.user.list")), -32003, QJsonValue(4));

    ERP_CHECK_RESPONSE(first.call(QStringLiteral("auth.logout")), 0, QJsonValue(2));
    ERP_CHECK_RESPONSE(first.call(QStringLiteral("system.info")), -32001, QJsonValue(3));

    RpcClient third;
    QVERIFY(third.connectTo(m_server.port()));
    ERP_CHECK_RESPONSE(third.call(QStringLiteral("auth.resume"), {{"token", token}}), -32001,
                       QJsonValue(1));
    ERP_CHECK_RESPONSE(third.call(QStringLiteral("system.info")), -32001, QJsonValue(2));
    ERP_CHECK_RESPONSE(third.call(QStringLiteral("auth.resume"), {{"token", token.left(10)}}),
                       -32001, QJsonValue(3));
}

void E2eSessionTest::lockoutAfterFiveFailedLogins()
{
    const QJsonObject created =
        createUser(QStringLiteral("bob"), BobPassword, {QStringLiteral("warehouse")});
    QCOMPARE(errorCode(created), 0);
    const qint64 bobId = resultObject(created).value(QLatin1String("id")).toInteger();

    RpcClient client;
    QVERIFY(client.connectTo(m_server.port()));
    QElapsedTimer timer;
    timer.start();
    for (int attempt = 1; attempt <= 5; ++attempt) {
        const QJsonObject reply =
            client.login(QStringLiteral("bob"), QStringLiteral("wrong-password"));
        ERP_CHECK_RESPONSE(reply, -32001, QJsonValue(attempt));
    }
    // Failed attempts are slowed down (back-off).
    QVERIFY2(timer.elapsed() >= 1000,
             qPrintable(QStringLiteral("5 failed logins took only %1 ms").arg(timer.elapsed())));

    // Now even the right password is refused, with the time the lock ends.
    const QJsonObject locked = client.login(QStringLiteral("bob"), BobPassword);
    ERP_CHECK_RESPONSE(locked, -32001, QJsonValue(6));
    const QString until = locked.value(QLatin1String("error"))
                              .toObject()
                              .value(QLatin1String("data"))
                              .toObject()
                              .value(QLatin1String("locked_until"))
                              .toString();
    QVERIFY2(!until.isEmpty(), compact(locked).constData());
    QVERIFY(QDateTime::fromString(until, Qt::ISODateWithMs) >
            QDateTime::currentDateTimeUtc().addSecs(10 * 60));
    RpcClient other; // on another connection as well: the lock is on the account
    QVERIFY(other.connectTo(m_server.port()));
    ERP_CHECK_RESPONSE(other.login(QStringLiteral("bob"), BobPassword), -32001, QJsonValue(1));

    // The lock is visible to the admin, does not affect other accounts, and can be lifted.
    const QJsonObject bob =
        resultObject(m_admin.call(QStringLiteral("admin.user.get"), {{"id", bobId}}));
    QVERIFY2(!bob.value(QLatin1String("locked_until")).toString().isEmpty(),
             compact(bob).constData());
    RpcClient alice;
    QVERIFY(alice.connectTo(m_server.port()));
    QVERIFY(loginAs(alice, QStringLiteral("alice"), AlicePassword));
    const QJsonObject unlocked = m_admin.call(QStringLiteral("admin.user.unlock"), {{"id", bobId}});
    QCOMPARE(errorCode(unlocked), 0);
    QVERIFY(resultObject(unlocked).value(QLatin1String("locked_until")).toString().isEmpty());
    QJsonObject session;
    QVERIFY(loginAs(other, QStringLiteral("bob"), BobPassword, &session));
    QCOMPARE(session.value(QLatin1String("roles")).toArray(),
             QJsonArray{QStringLiteral("warehouse")});
}

void E2eSessionTest::concurrentLoginsOfOneAccount()
{
    // A shared account, or one client opening several connections: simultaneous logins of the
    // same user all succeed (none may fail on contention for the user's row).
    constexpr int Clients = 16;
    std::vector<std::unique_ptr<RpcClient>> clients;
    for (int i = 0; i < Clients; ++i) {
        clients.push_back(std::make_unique<RpcClient>());
        QVERIFY(clients.back()->connectTo(m_server.port()));
    }
    for (auto& client : clients)
        client->sendRequest(
            QStringLiteral("auth.login"),
            {{"username", Admin}, {"password", ServerProcess::defaultAdminPassword()}});
    for (int i = 0; i < Clients; ++i) {
        const QJsonValue reply = clients[i]->readReply(60000);
        ERP_CHECK_RESPONSE(reply, 0, QJsonValue(1));
    }
}

QTEST_GUILESS_MAIN(E2eSessionTest)
#include "tst_e2e_session.moc"
