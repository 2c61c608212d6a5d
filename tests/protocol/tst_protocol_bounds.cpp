// Bounded resources against a real erp-server process started with small limits (docs/PROTOCOL.md
// "Limits"): each limit is hit on its own and refused as documented — a JSON-RPC error line with
// a message id, then the connection closes (or, for a batch, the rest is not run) — while a
// normal, logged-in client keeps being served. The limits are configured tiny so the test is
// quick: lines of 2 KiB before login, 1 s to log in, 2 s idle, a 32 KiB batch reply, and (on a
// second server) 6 connections per address and 12 in total.

#include "tests/protocol/responsecheck.h"
#include "tests/support/rpcclient.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdb.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <memory>
#include <stdexcept>
#include <vector>

using namespace Erp::Test;

namespace {

const QJsonValue Null(QJsonValue::Null);
constexpr int LimitReached = -32029;
constexpr int LineBeforeLogin = 2048;
constexpr int MaxLine = 256 * 1024;
constexpr int LoginTimeoutMs = 1000;
constexpr int IdleTimeoutMs = 2000;
constexpr int BatchReply = 32 * 1024;

QByteArray pingLine(const QByteArray& id, int padTo = 0)
{
    QByteArray line = R"({"jsonrpc":"2.0","id":)" + id + R"(,"method":"system.ping"})";
    if (padTo > line.size())
        line = line.left(line.size() - 1) + QByteArray(padTo - line.size(), ' ') + '}';
    return line + '\n';
}

QByteArray loginLine(const QByteArray& id)
{
    return R"({"jsonrpc":"2.0","id":)" + id +
           R"(,"method":"auth.login","params":{"username":"admin","password":")" +
           ServerProcess::defaultAdminPassword().toUtf8() + "\"}}\n";
}

QString messageIdOf(const QJsonObject& response)
{
    return response.value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("data"))
        .toObject()
        .value(QLatin1String("message_id"))
        .toString();
}

QJsonObject argsOf(const QJsonObject& response)
{
    return response.value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("data"))
        .toObject()
        .value(QLatin1String("args"))
        .toObject();
}

/// A raw connection from a chosen local address (127.0.0.x: the per-address cap counts it
/// apart from the bystander on 127.0.0.1).
struct RawClient
{
    QTcpSocket socket;
    QByteArray buffer;

    bool connectFrom(const QString& local, quint16 port)
    {
        if (!socket.bind(QHostAddress(local), 0))
            return false;
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        return socket.waitForConnected(10000);
    }

    /// The next line (without '\n'); empty after timeoutMs or once the connection closed.
    QByteArray readLine(int timeoutMs = 10000)
    {
        QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            const qsizetype nl = buffer.indexOf('\n');
            if (nl >= 0) {
                const QByteArray line = buffer.left(nl);
                buffer.remove(0, nl + 1);
                return line;
            }
            if (socket.bytesAvailable() > 0) {
                buffer += socket.readAll();
                continue;
            }
            if (deadline.hasExpired() || socket.state() != QAbstractSocket::ConnectedState)
                return {};
            socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        }
    }

    QJsonObject readReply(int timeoutMs = 10000)
    {
        return QJsonDocument::fromJson(readLine(timeoutMs)).object();
    }

    bool waitForClose(int timeoutMs = 10000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (socket.state() != QAbstractSocket::UnconnectedState) {
            if (deadline.hasExpired())
                return false;
            if (socket.bytesAvailable() > 0)
                buffer += socket.readAll();
            else if (!socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))) &&
                     socket.state() != QAbstractSocket::UnconnectedState)
                socket.waitForDisconnected(1);
        }
        buffer += socket.readAll();
        return true;
    }
};

} // namespace

class ProtocolBoundsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void longLineBeforeLoginIsRefused();
    void longLineBeforeLoginWithoutNewline();
    void afterLoginTheFullLineLimitApplies();
    void notLoggedInInTimeIsClosed();
    void pingsDoNotExtendTheLoginDeadline();
    void idleConnectionIsClosed();
    void activeConnectionStaysOpen();
    void clientNotReadingItsRepliesIsDropped();
    void batchRepliesAreBounded();
    void connectionCapsRefuseWithAnErrorLine();

private:
    /// A logged-in client on the main server.
    bool loginBystander(RpcClient& client);
    /// A bystander's ping answered.
    static bool served(RpcClient& client);

    QString m_url;
    ServerProcess m_server;
};

void ProtocolBoundsTest::initTestCase()
{
    try {
        m_url = databaseUrl(QStringLiteral("protocol_bounds"));
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    ServerProcess::Options options(m_url);
    options.extraArgs = QStringList{
        QStringLiteral("--max-line"),
        QString::number(MaxLine),
        QStringLiteral("--max-line-before-login"),
        QString::number(LineBeforeLogin),
        QStringLiteral("--login-timeout"),
        QString::number(LoginTimeoutMs / 1000.0),
        QStringLiteral("--idle-timeout"),
        QString::number(IdleTimeoutMs / 1000.0),
        QStringLiteral("--max-batch-reply"),
        QString::number(BatchReply),
    };
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
}

void ProtocolBoundsTest::cleanupTestCase()
{
    QVERIFY2(m_server.terminate(), qPrintable(m_server.errorString()));
}

bool ProtocolBoundsTest::loginBystander(RpcClient& client)
{
    return client.connectTo(m_server.port()) &&
           errorCode(
               client.login(QStringLiteral("admin"), ServerProcess::defaultAdminPassword())) == 0 &&
           client.isConnected();
}

bool ProtocolBoundsTest::served(RpcClient& client)
{
    return resultObject(client.call(QStringLiteral("system.ping"), {}, 10000))
        .value(QLatin1String("pong"))
        .toBool();
}

void ProtocolBoundsTest::longLineBeforeLoginIsRefused()
{
    RpcClient bystander;
    QVERIFY(loginBystander(bystander));

    RpcClient stranger;
    QVERIFY(stranger.connectTo(m_server.port()));
    // At the limit: served.
    QVERIFY(stranger.send(pingLine("1", LineBeforeLogin)));
    ERP_CHECK_RESPONSE(stranger.readReply(), 0, QJsonValue(1));
    // One byte more: -32600 with its message id and the limit, then the connection closes.
    QVERIFY(stranger.send(pingLine("2", LineBeforeLogin + 1)));
    const QJsonObject refused = stranger.readReply().toObject();
    ERP_CHECK_RESPONSE(refused, -32600, Null);
    QCOMPARE(messageIdOf(refused), QStringLiteral("net.line_too_long_before_login"));
    QCOMPARE(argsOf(refused).value(QLatin1String("max")).toInt(), LineBeforeLogin);
    QVERIFY(stranger.waitForDisconnected(10000));

    QVERIFY(served(bystander));
}

void ProtocolBoundsTest::longLineBeforeLoginWithoutNewline()
{
    // A stranger cannot make the server hold more than the small limit: no newline needed.
    RpcClient stranger;
    QVERIFY(stranger.connectTo(m_server.port()));
    QVERIFY(stranger.send(QByteArray(4 * LineBeforeLogin, 'x')));
    const QJsonObject refused = stranger.readReply().toObject();
    ERP_CHECK_RESPONSE(refused, -32600, Null);
    QCOMPARE(messageIdOf(refused), QStringLiteral("net.line_too_long_before_login"));
    QVERIFY(stranger.waitForDisconnected(10000));
}

void ProtocolBoundsTest::afterLoginTheFullLineLimitApplies()
{
    // A long request pipelined right behind the login, in the same write, is framed under the
    // limit that applies once the login is answered.
    RpcClient client;
    QVERIFY(client.connectTo(m_server.port()));
    QVERIFY(client.send(loginLine("1") + pingLine("2", 64 * 1024) + pingLine("3", MaxLine)));
    ERP_CHECK_RESPONSE(client.readReply(), 0, QJsonValue(1));
    ERP_CHECK_RESPONSE(client.readReply(), 0, QJsonValue(2));
    ERP_CHECK_RESPONSE(client.readReply(), 0, QJsonValue(3));
    // Beyond the full limit: the documented -32600, now with net.line_too_long.
    QVERIFY(client.send(pingLine("4", MaxLine + 1)));
    const QJsonObject refused = client.readReply().toObject();
    ERP_CHECK_RESPONSE(refused, -32600, Null);
    QCOMPARE(messageIdOf(refused), QStringLiteral("net.line_too_long"));
    QCOMPARE(argsOf(refused).value(QLatin1String("max")).toInt(), MaxLine);
    QVERIFY(client.waitForDisconnected(10000));
}

void ProtocolBoundsTest::notLoggedInInTimeIsClosed()
{
    RpcClient bystander;
    QVERIFY(loginBystander(bystander));
    RpcClient stranger;
    QVERIFY(stranger.connectTo(m_server.port()));
    RpcClient late;
    QVERIFY(late.connectTo(m_server.port()));
    // Logged in before the deadline: the connection stays.
    ERP_CHECK_RESPONSE(late.login(QStringLiteral("admin"), ServerProcess::defaultAdminPassword()),
                       0, QJsonValue(1));

    const QJsonObject closing = stranger.readReply(10000).toObject();
    ERP_CHECK_RESPONSE(closing, LimitReached, Null);
    QCOMPARE(messageIdOf(closing), QStringLiteral("net.login_timeout"));
    QCOMPARE(argsOf(closing).value(QLatin1String("seconds")).toDouble(), LoginTimeoutMs / 1000.0);
    QCOMPARE(closing.value("error").toObject().value("data").toObject().value("limit").toString(),
             QStringLiteral("login_timeout"));
    QVERIFY(stranger.waitForDisconnected(10000));

    QVERIFY(late.isConnected());
    QVERIFY(served(late));
    QVERIFY(served(bystander));
}

void ProtocolBoundsTest::pingsDoNotExtendTheLoginDeadline()
{
    // The deadline counts from the connection, whatever a stranger sends meanwhile.
    RpcClient stranger;
    QVERIFY(stranger.connectTo(m_server.port()));
    QElapsedTimer timer;
    timer.start();
    QJsonObject closing;
    for (int i = 1; i < 100 && closing.isEmpty(); ++i) {
        if (!stranger.send(pingLine(QByteArray::number(i))))
            break;
        const QJsonObject reply = stranger.readReply(5000).toObject();
        if (reply.value(QLatin1String("id")).isNull())
            closing = reply;
        QThread::msleep(100);
    }
    ERP_CHECK_RESPONSE(closing, LimitReached, Null);
    QCOMPARE(messageIdOf(closing), QStringLiteral("net.login_timeout"));
    QVERIFY(stranger.waitForDisconnected(10000));
    QVERIFY2(timer.elapsed() >= LoginTimeoutMs - 50,
             qPrintable(QStringLiteral("closed after %1 ms").arg(timer.elapsed())));
}

void ProtocolBoundsTest::idleConnectionIsClosed()
{
    RpcClient idle;
    QVERIFY(loginBystander(idle));
    RpcClient bystander;
    QVERIFY(loginBystander(bystander));
    // The bystander keeps asking (it would be idle too otherwise) while the other waits.
    QJsonObject closing;
    QDeadlineTimer deadline(15000);
    while (closing.isEmpty() && !deadline.hasExpired()) {
        QVERIFY(served(bystander));
        closing = idle.readReply(300).toObject();
    }
    ERP_CHECK_RESPONSE(closing, LimitReached, Null);
    QCOMPARE(messageIdOf(closing), QStringLiteral("net.idle_timeout"));
    QCOMPARE(argsOf(closing).value(QLatin1String("seconds")).toDouble(), IdleTimeoutMs / 1000.0);
    QVERIFY(idle.waitForDisconnected(10000));
    QVERIFY(served(bystander));
}

void ProtocolBoundsTest::activeConnectionStaysOpen()
{
    // Requests more often than the idle timeout (what the client's keepalive pings do) keep a
    // connection open for longer than the timeout.
    RpcClient client;
    QVERIFY(loginBystander(client));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < IdleTimeoutMs + 1000) {
        QVERIFY2(served(client), "an active connection was closed");
        QThread::msleep(IdleTimeoutMs / 4);
    }
    QVERIFY(client.isConnected());
}

void ProtocolBoundsTest::clientNotReadingItsRepliesIsDropped()
{
    // Logged in, it asks for big replies and reads none: the server stops running its requests
    // once the unread replies pile up and drops it after the idle time without progress.
    RpcClient bystander;
    QVERIFY(loginBystander(bystander));
    QTcpSocket greedy;
    greedy.setReadBufferSize(1); // read nothing from the kernel: its receive window fills up
    greedy.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
    QVERIFY(greedy.waitForConnected(5000));
    QByteArray burst = loginLine("0");
    for (int i = 1; i <= 1000; ++i) // 74 KB each: far more than the kernel buffers take
        burst += R"({"jsonrpc":"2.0","id":)" + QByteArray::number(i) +
                 R"(,"method":"rpc.discover"})"
                 "\n";
    greedy.write(burst);
    // The operator's log says so; meanwhile the bystander keeps being served.
    QDeadlineTimer deadline(30000);
    while (!m_server.logText().contains("replies not read") && !deadline.hasExpired()) {
        greedy.waitForBytesWritten(50);
        QVERIFY(served(bystander));
        QThread::msleep(100);
    }
    QVERIFY2(m_server.logText().contains("replies not read"), "the non-reading client stays");
    // Reading now, it finds the connection gone.
    greedy.setReadBufferSize(0);
    while (greedy.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        greedy.readAll();
        greedy.waitForReadyRead(100);
    }
    QCOMPARE(greedy.state(), QAbstractSocket::UnconnectedState);
    QVERIFY(served(bystander));
}

void ProtocolBoundsTest::batchRepliesAreBounded()
{
    RpcClient client;
    QVERIFY(loginBystander(client));
    // 200 list calls (a few KB of reply each) and, at the end, two writes and a notification.
    QJsonArray batch;
    for (int i = 0; i < 200; ++i)
        batch.append(QJsonObject{{"jsonrpc", "2.0"},
                                 {"id", i},
                                 {"method", "admin.role.list"},
                                 {"params", QJsonObject{{"limit", 100}}}});
    for (int i = 0; i < 2; ++i)
        batch.append(
            QJsonObject{{"jsonrpc", "2.0"},
                        {"id", QStringLiteral("w%1").arg(i)},
                        {"method", "admin.role.create"},
                        {"params", QJsonObject{{"name", QStringLiteral("bounded_%1").arg(i)},
                                               {"permissions", QJsonArray{"admin.user.read"}}}}});
    batch.append(QJsonObject{{"jsonrpc", "2.0"}, {"method", "system.ping"}});
    QVERIFY(client.send(QJsonDocument(batch).toJson(QJsonDocument::Compact) + '\n'));
    const QByteArray line = client.readLine(30000);
    const QJsonArray replies = QJsonDocument::fromJson(line).array();
    QCOMPARE(replies.size(), 202); // every request with an id answered, the notification not
    int served = 0;
    int refused = 0;
    for (int i = 0; i < replies.size(); ++i) {
        const QJsonObject r = replies.at(i).toObject();
        if (errorCode(r) == 0) {
            QCOMPARE(refused, 0); // answers first, then only refusals
            ++served;
            continue;
        }
        ERP_CHECK_RESPONSE(r, LimitReached,
                           i < 200 ? QJsonValue(i)
                                   : QJsonValue(QStringLiteral("w%1").arg(i - 200)));
        QCOMPARE(messageIdOf(r), QStringLiteral("rpc.batch.reply_too_large"));
        QCOMPARE(argsOf(r).value(QLatin1String("max")).toInt(), BatchReply);
        ++refused;
    }
    qInfo("%d run, %d refused; reply line %lld bytes", served, refused, qint64(line.size()));
    QVERIFY(served >= 1 && served < 200);
    // The replies that ran stop just past the limit; the refusals are short.
    QVERIFY2(line.size() < BatchReply + 64 * 1024, qPrintable(QString::number(line.size())));
    // The refused writes did not run.
    const QJsonObject roles = client.call(QStringLiteral("admin.role.list"),
                                          {{QStringLiteral("search"), QStringLiteral("bounded_")}});
    QCOMPARE(resultObject(roles).value(QLatin1String("total")).toInt(), 0);
    // The connection stays usable; a small batch is answered whole.
    QVERIFY(client.send(R"([{"jsonrpc":"2.0","id":1,"method":"system.ping"},)"
                        R"({"jsonrpc":"2.0","id":2,"method":"system.ping"}])"
                        "\n"));
    const QJsonArray small = client.readReply().toArray();
    QCOMPARE(small.size(), 2);
    ERP_CHECK_RESPONSE(small.at(1).toObject(), 0, QJsonValue(2));
}

void ProtocolBoundsTest::connectionCapsRefuseWithAnErrorLine()
{
    // A second server on its own store with small caps and no login deadline, so that the
    // connections held open stay until the test lets them go.
    constexpr int PerAddress = 6;
    constexpr int Total = 12;
    QString url;
    try {
        url = databaseUrl(QStringLiteral("protocol_bounds_caps"));
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    ServerProcess capped;
    ServerProcess::Options options(url);
    options.extraArgs = QStringList{QStringLiteral("--max-connections"),
                                    QString::number(Total),
                                    QStringLiteral("--max-connections-per-address"),
                                    QString::number(PerAddress),
                                    QStringLiteral("--login-timeout"),
                                    QStringLiteral("0")};
    QVERIFY2(capped.start(options), qPrintable(capped.errorString()));

    RpcClient bystander;
    QVERIFY(bystander.connectTo(capped.port()));
    ERP_CHECK_RESPONSE(
        bystander.login(QStringLiteral("admin"), ServerProcess::defaultAdminPassword()), 0,
        QJsonValue(1));

    // Opens a connection from `local` and tells whether it was served (a ping answered) or
    // refused (the error line, then the close); `refusal` gets the error line.
    std::vector<std::unique_ptr<RawClient>> held;
    auto open = [&](const QString& local, QJsonObject* refusal) {
        auto c = std::make_unique<RawClient>();
        if (!c->connectFrom(local, capped.port()))
            return false;
        c->socket.write(pingLine("1"));
        const QJsonObject reply = c->readReply();
        if (errorCode(reply) == 0 && reply.value(QLatin1String("id")).toInt() == 1) {
            held.push_back(std::move(c));
            return true;
        }
        *refusal = reply;
        c->waitForClose();
        return false;
    };

    // Per address: the 7th connection from 127.0.0.2 is refused; another address still gets in.
    QJsonObject refusal;
    for (int i = 0; i < PerAddress; ++i)
        QVERIFY2(open(QStringLiteral("127.0.0.2"), &refusal), qPrintable(compact(refusal)));
    QVERIFY(!open(QStringLiteral("127.0.0.2"), &refusal));
    ERP_CHECK_RESPONSE(refusal, LimitReached, Null);
    QCOMPARE(messageIdOf(refusal), QStringLiteral("net.too_many_connections_from_address"));
    QCOMPARE(argsOf(refusal).value(QLatin1String("address")).toString(),
             QStringLiteral("127.0.0.2"));
    QCOMPARE(argsOf(refusal).value(QLatin1String("max")).toInt(), PerAddress);
    QVERIFY(served(bystander));

    // In total: 1 bystander + 6 + 5 from 127.0.0.3 make 12; the next one (from anywhere) is
    // refused with the total cap.
    for (int i = 0; i < Total - 1 - PerAddress; ++i)
        QVERIFY2(open(QStringLiteral("127.0.0.3"), &refusal), qPrintable(compact(refusal)));
    QVERIFY(!open(QStringLiteral("127.0.0.4"), &refusal));
    ERP_CHECK_RESPONSE(refusal, LimitReached, Null);
    QCOMPARE(messageIdOf(refusal), QStringLiteral("net.too_many_connections"));
    QCOMPARE(argsOf(refusal).value(QLatin1String("max")).toInt(), Total);
    QVERIFY(served(bystander));

    // A slot freed is a slot available again.
    held.pop_back();
    QDeadlineTimer deadline(10000);
    bool again = false;
    while (!again && !deadline.hasExpired()) {
        again = open(QStringLiteral("127.0.0.4"), &refusal);
        if (!again)
            QThread::msleep(20);
    }
    QVERIFY2(again, qPrintable(compact(refusal)));
    QVERIFY(served(bystander));
    held.clear();
    QVERIFY(capped.isRunning());
    QVERIFY2(capped.terminate(), qPrintable(capped.errorString()));
}

QTEST_GUILESS_MAIN(ProtocolBoundsTest)
#include "tst_protocol_bounds.moc"
