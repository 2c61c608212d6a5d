// A real server over TCP goes away and comes back on the same port: the main window's
// connection light shows "Reconnecting…", calls fail with a clear error meanwhile, and the
// client reconnects and resumes the session by itself. And the server's limits (login and idle
// timeouts, connection caps) as a client meets them: keepalive pings keep it open, a connection
// closed for being unused comes back unnoticed, a refused one says why.
#include "apptest.h"

#include "app/appsettings.h"
#include "app/mainwindow.h"
#include "app/net/tcptransport.h"
#include "app/widgets/connectionindicator.h"
#include "server/net/rpcserver.h"
#include "server/servercore.h"

#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Erp::Client;

class TestReconnect final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_reconnect"));
        Erp::Server::ServerCore::Options options;
        options.databaseUrl = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("c.db"));
        options.initialAdminPassword = QStringLiteral("secret-admin");
        options.logCalls = false;
        QString error;
        QVERIFY2(m_core.open(options, &error), qPrintable(error));
    }

    void indicatorFollowsTheConnection()
    {
        auto server =
            std::make_unique<Erp::Server::RpcServer>(m_core, Erp::Server::RpcServer::Options());
        QString error;
        QVERIFY2(server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        const quint16 port = server->serverPort();
        QVERIFY(port > 0);

        ApiClient api;
        api.setReconnectDelays(50, 200);
        QSignalSpy opened(&api, &ApiClient::opened);
        api.open(new TcpTransport({QStringLiteral("127.0.0.1"), port, false, {}, 5000}));
        QTRY_COMPARE(opened.count(), 1);
        bool loggedIn = false;
        api.login(QStringLiteral("admin"), QStringLiteral("secret-admin"), this,
                  [&] { loggedIn = true; }, {});
        QTRY_VERIFY_WITH_TIMEOUT(loggedIn, 10000);

        AppSettings settings;
        MainWindow window(api, settings, QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConnectionIndicator* light = window.connectionIndicator();
        QVERIFY(light);
        QCOMPARE(light->state(), ApiClient::State::LoggedIn);
        QCOMPARE(light->text(), QStringLiteral("Connected"));
        // Dashboard, Customers, Orders, Inventory, Finance, Admin
        QCOMPARE(window.tabs()->count(), 7);
        const QColor green = light->colour();

        // The server goes away.
        QSignalSpy lost(&api, &ApiClient::connectionLost);
        server->shutdown();
        QTRY_COMPARE_WITH_TIMEOUT(light->state(), ApiClient::State::Reconnecting, 10000);
        QCOMPARE(light->text(), QStringLiteral("Reconnecting…"));
        QVERIFY(light->colour() != green);
        QCOMPARE(lost.count(), 1);

        // Calls made meanwhile fail with a clear client-side error, never hang.
        int failedCode = 0;
        api.call(
            QStringLiteral("system.info"), {}, this, [](const QJsonValue&) {},
            [&](const Erp::Rpc::Error& e) { failedCode = e.code; });
        QTRY_COMPARE(failedCode, int(ApiClient::NotConnected));
        // Several attempts fail while the port is closed; the client keeps trying.
        QTest::qWait(400);
        QCOMPARE(api.state(), ApiClient::State::Reconnecting);

        // The server is back on the same port: reconnect, auth.resume, lists refresh.
        QSignalSpy resumed(&api, &ApiClient::resumed);
        QVERIFY2(server->listen(QHostAddress::LocalHost, port, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(resumed.count(), 1, 10000);
        QCOMPARE(light->state(), ApiClient::State::LoggedIn);
        QCOMPARE(light->text(), QStringLiteral("Connected"));
        QCOMPARE(light->colour(), green);
        QCOMPARE(api.session().username, QStringLiteral("admin"));

        // The resumed session works without a new login.
        QString user;
        api.call(QStringLiteral("system.info"), {}, this, [&](const QJsonValue& v) {
            user = v.toObject().value(QLatin1String("user")).toString();
            if (user.isEmpty()) // {user: {...}} or {user: "name"}
                user = v.toObject()
                           .value(QLatin1String("user"))
                           .toObject()
                           .value(QLatin1String("username"))
                           .toString();
        });
        QTRY_COMPARE(user, QStringLiteral("admin"));

        server->shutdown();
        QTRY_COMPARE_WITH_TIMEOUT(light->state(), ApiClient::State::Reconnecting, 10000);
        api.close();
        QCOMPARE(light->state(), ApiClient::State::Disconnected);
        QCOMPARE(light->text(), QStringLiteral("Offline"));
    }

    void pendingCallsFailWhenTheConnectionDrops()
    {
        Erp::Server::RpcServer server(m_core, {});
        QString error;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, &error));
        ApiClient api;
        api.setReconnectDelays(5000, 5000);
        QSignalSpy opened(&api, &ApiClient::opened);
        auto* transport =
            new TcpTransport({QStringLiteral("127.0.0.1"), server.serverPort(), false, {}, 5000});
        api.open(transport);
        QTRY_COMPARE(opened.count(), 1);
        // A wrong login is answered after a back-off delay: drop the link while it waits.
        int code = 0;
        QString message;
        api.login(
            QStringLiteral("admin"), QStringLiteral("wrong-password"), this, [] {},
            [&](const Erp::Rpc::Error& e) {
                code = e.code;
                message = e.message;
            });
        QTest::qWait(50);
        QCOMPARE(api.pendingCalls(), 1);
        transport->close();
        transport->closed(QStringLiteral("test: link dropped"));
        QCOMPARE(code, int(ApiClient::ConnectionLost));
        QVERIFY(message.contains(QStringLiteral("lost")));
        QCOMPARE(api.pendingCalls(), 0);
        QCOMPARE(api.state(), ApiClient::State::Reconnecting);
        api.close();
    }

    void keepalivePingsKeepAnIdleClientOpen()
    {
        Erp::Server::RpcServer::Options options;
        options.idleTimeoutMs = 600;
        Erp::Server::RpcServer server(m_core, options);
        QString error;
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        ApiClient api;
        api.setHeartbeatInterval(150); // the default 15 s against the default 300 s, scaled
        QVERIFY(openAndLogIn(api, server.serverPort()));
        QSignalSpy lost(&api, &ApiClient::connectionLost);
        QSignalSpy resumed(&api, &ApiClient::resumed);
        QSignalSpy states(&api, &ApiClient::stateChanged);
        QTest::qWait(3 * options.idleTimeoutMs); // nothing to do for the clerk
        QCOMPARE(api.state(), ApiClient::State::LoggedIn);
        QCOMPARE(states.count(), 0); // never even reconnected
        QCOMPARE(lost.count(), 0);
        QCOMPARE(resumed.count(), 0);
        api.close();
    }

    void unusedConnectionsClosedByTheServerComeBackUnnoticed()
    {
        Erp::Server::RpcServer::Options options;
        options.loginTimeoutMs = 500;
        options.idleTimeoutMs = 500;
        Erp::Server::RpcServer server(m_core, options);
        QString error;
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        ApiClient api;
        api.setReconnectDelays(5000, 5000); // a quiet reconnect does not wait for the back-off
        QSignalSpy opened(&api, &ApiClient::opened);
        api.open(
            new TcpTransport({QStringLiteral("127.0.0.1"), server.serverPort(), false, {}, 5000}));
        QTRY_COMPARE(opened.count(), 1);
        QSignalSpy lost(&api, &ApiClient::connectionLost);
        QSignalSpy unhandled(&api, &ApiClient::unhandledError);
        QSignalSpy states(&api, &ApiClient::stateChanged);

        // The login dialog stays open longer than the server's login timeout: the client
        // connects again by itself, and the clerk's login then simply works.
        QTRY_VERIFY_WITH_TIMEOUT(states.count() >= 2, 5000); // Reconnecting, Connected
        QTRY_COMPARE(api.state(), ApiClient::State::Connected);
        QCOMPARE(lost.count(), 0);
        QCOMPARE(unhandled.count(), 0);
        bool loggedIn = false;
        api.login(QStringLiteral("admin"), QStringLiteral("secret-admin"), this,
                  [&] { loggedIn = true; }, {});
        QTRY_VERIFY_WITH_TIMEOUT(loggedIn, 10000);

        // Logged in, left alone past the idle timeout (no keepalive that fast): closed by the
        // server, reconnected and resumed without a word to the clerk.
        QSignalSpy resumed(&api, &ApiClient::resumed);
        QTRY_VERIFY_WITH_TIMEOUT(resumed.count() >= 1, 10000);
        QTRY_COMPARE(api.state(), ApiClient::State::LoggedIn);
        QCOMPARE(lost.count(), 0);
        QCOMPARE(unhandled.count(), 0);
        bool answered = false;
        api.call(QStringLiteral("system.info"), {}, this,
                 [&](const QJsonValue&) { answered = true; });
        QTRY_VERIFY(answered);
        api.close();
    }

    void refusedConnectionSaysWhy()
    {
        Erp::Server::RpcServer::Options options;
        options.maxConnectionsPerAddress = 1;
        Erp::Server::RpcServer server(m_core, options);
        QString error;
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        ApiClient first;
        QVERIFY(openAndLogIn(first, server.serverPort()));

        ApiClient second;
        second.setReconnectDelays(5000, 5000);
        QSignalSpy opened(&second, &ApiClient::opened);
        QSignalSpy lost(&second, &ApiClient::connectionLost);
        second.open(
            new TcpTransport({QStringLiteral("127.0.0.1"), server.serverPort(), false, {}, 5000}));
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 10000);
        // The reason is the server's, in the clerk's words — not "the server closed the
        // connection" — and the client keeps trying.
        const QString reason = lost.at(0).at(0).toString();
        QVERIFY2(reason.contains(QStringLiteral("Too many connections")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("127.0.0.1")), qPrintable(reason));
        QCOMPARE(second.state(), ApiClient::State::Reconnecting);
        QCOMPARE(first.state(), ApiClient::State::LoggedIn);
        second.close();
        first.close();
    }

private:
    bool openAndLogIn(ApiClient& api, quint16 port)
    {
        QSignalSpy opened(&api, &ApiClient::opened);
        api.open(new TcpTransport({QStringLiteral("127.0.0.1"), port, false, {}, 5000}));
        if (!QTest::qWaitFor([&] { return opened.count() == 1; }, 5000))
            return false;
        bool loggedIn = false;
        api.login(QStringLiteral("admin"), QStringLiteral("secret-admin"), this,
                  [&] { loggedIn = true; }, {});
        return QTest::qWaitFor([&] { return loggedIn; }, 10000);
    }

    QTemporaryDir m_dir;
    Erp::Server::ServerCore m_core;
};

QTEST_MAIN(TestReconnect)
#include "tst_reconnect.moc"
