// Limits and hostile clients against a real erp-server process: over-long lines, slow and
// non-reading clients, clients vanishing mid-call, 500 simultaneous connections. Whatever one
// client does, the others keep being served.

#include "tests/protocol/responsecheck.h"
#include "tests/support/rpcclient.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdb.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <memory>
#include <stdexcept>
#include <vector>

#include <sys/resource.h>

using namespace Erp::Test;

namespace {
const QJsonValue Null(QJsonValue::Null);
constexpr int MaxLine = 4096;

QByteArray pingLine(const QByteArray& id)
{
    return R"({"jsonrpc":"2.0","id":)" + id +
           R"(,"method":"system.ping"})"
           "\n";
}
} // namespace

class ProtocolLimitsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void lineAtTheLimitIsServed();
    void overlongLineClosesOnlyThatConnection();
    void overlongLineWithoutNewline();
    void requestsBeforeAnOverlongLineAreAnswered();
    void stalledPartialLineDoesNotBlockOthers();
    void clientThatNeverReadsDoesNotBlockOthers();
    void clientsVanishingMidCall();
    void fiveHundredSimultaneousConnections();
    void distinctQueriesDoNotGrowMemory();

private:
    /// A bystander's ping round trip in ms (-1 if it failed).
    qint64 bystanderPing(RpcClient& client);

    ServerProcess m_server;
};

void ProtocolLimitsTest::initTestCase()
{
    // 500 clients here plus their 500 peers in the server (it inherits our limit).
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < 4096) {
        limit.rlim_cur = qMin<rlim_t>(4096, limit.rlim_max);
        setrlimit(RLIMIT_NOFILE, &limit);
    }
    QString url;
    try {
        url = databaseUrl(QStringLiteral("protocol_limits"));
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    ServerProcess::Options options(url);
    // This file's clients all come from 127.0.0.1, 500 of them at once: no per-address cap
    // here (tst_protocol_caps.cpp tests the caps).
    options.extraArgs =
        QStringList{QStringLiteral("--max-line"), QString::number(MaxLine),
                    QStringLiteral("--max-connections-per-address"), QStringLiteral("0")};
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
}

void ProtocolLimitsTest::cleanup()
{
    RpcClient fresh;
    QVERIFY2(fresh.connectTo(m_server.port()), "the server no longer accepts connections");
    const QJsonObject pong = fresh.call(QStringLiteral("system.ping"));
    if (resultObject(pong).value(QLatin1String("pong")) != QJsonValue(true))
        qWarning().noquote() << "server log:\n" << m_server.logText().right(4000);
    QCOMPARE(resultObject(pong).value(QLatin1String("pong")), QJsonValue(true));
}

void ProtocolLimitsTest::cleanupTestCase()
{
    QVERIFY2(m_server.terminate(), qPrintable(m_server.errorString()));
}

qint64 ProtocolLimitsTest::bystanderPing(RpcClient& client)
{
    QElapsedTimer timer;
    timer.start();
    const QJsonObject reply = client.call(QStringLiteral("system.ping"), {}, 10000);
    return resultObject(reply).value(QLatin1String("pong")).toBool() ? timer.elapsed() : -1;
}

void ProtocolLimitsTest::lineAtTheLimitIsServed()
{
    RpcClient client;
    QVERIFY(client.connectTo(m_server.port()));
    QByteArray line = R"({"jsonrpc":"2.0","id":1,"method":"system.ping"})";
    line = line.left(line.size() - 1) + QByteArray(MaxLine - line.size(), ' ') + "}";
    QCOMPARE(line.size(), MaxLine);
    QVERIFY(client.send(line + '\n'));
    ERP_CHECK_RESPONSE(client.readReply(), 0, QJsonValue(1));
    QVERIFY(client.isConnected());
}

void ProtocolLimitsTest::overlongLineClosesOnlyThatConnection()
{
    RpcClient bystander;
    QVERIFY(bystander.connectTo(m_server.port()));
    QVERIFY(bystanderPing(bystander) >= 0);

    RpcClient client;
    QVERIFY(client.connectTo(m_server.port()));
    QByteArray line = R"({"jsonrpc":"2.0","id":1,"method":"system.ping"})";
    line = line.left(line.size() - 1) + QByteArray(MaxLine + 1 - line.size(), ' ') + "}";
    QVERIFY(client.send(line + '\n'));
    ERP_CHECK_RESPONSE(client.readReply(), -32600, Null);
    QVERIFY2(client.waitForDisconnected(10000),
             "the connection stays open after an over-long line");

    QVERIFY(bystander.isConnected());
    QVERIFY(bystanderPing(bystander) >= 0);
}

void ProtocolLimitsTest::overlongLineWithoutNewline()
{
    // The limit holds while the line is still arriving: no newline needed to trip it.
    RpcClient client;
    QVERIFY(client.connectTo(m_server.port()));
    QVERIFY(client.send(QByteArray(3 * MaxLine, 'x')));
    ERP_CHECK_RESPONSE(client.readReply(), -32600, Null);
    QVERIFY(client.waitForDisconnected(10000));
}

void ProtocolLimitsTest::requestsBeforeAnOverlongLineAreAnswered()
{
    RpcClient client;
    QVERIFY(client.connectTo(m_server.port()));
    QVERIFY(client.send(pingLine("1") + pingLine("2") + QByteArray(2 * MaxLine, '{') + '\n' +
                        pingLine("3")));
    ERP_CHECK_RESPONSE(client.readReply(), 0, QJsonValue(1));
    ERP_CHECK_RESPONSE(client.readReply(), 0, QJsonValue(2));
    ERP_CHECK_RESPONSE(client.readReply(), -32600, Null);
    // Nothing after the offending line is served.
    QVERIFY(client.readReply(2000).isUndefined());
    QVERIFY(client.waitForDisconnected(10000));
}

void ProtocolLimitsTest::stalledPartialLineDoesNotBlockOthers()
{
    RpcClient slow;
    QVERIFY(slow.connectTo(m_server.port()));
    const QByteArray request = pingLine("\"slow\"");
    QVERIFY(slow.send(request.left(25)));

    RpcClient bystander;
    QVERIFY(bystander.connectTo(m_server.port()));
    for (int i = 0; i < 20; ++i) {
        const qint64 ms = bystanderPing(bystander);
        QVERIFY2(ms >= 0 && ms < 2000,
                 qPrintable(QStringLiteral("bystander ping took %1 ms").arg(ms)));
        QThread::msleep(50);
    }
    QVERIFY(slow.noReplyWithin(100));
    QVERIFY(slow.send(request.mid(25)));
    ERP_CHECK_RESPONSE(slow.readReply(), 0, QJsonValue(QStringLiteral("slow")));
}

void ProtocolLimitsTest::clientThatNeverReadsDoesNotBlockOthers()
{
    // ~6 MB of pipelined requests whose replies are never read: the replies pile up in the
    // kernel and the server's send buffer, yet a second client keeps getting quick answers.
    QTcpSocket greedy;
    greedy.setReadBufferSize(1); // read nothing from the kernel: its receive window fills up
    greedy.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
    QVERIFY(greedy.waitForConnected(5000));
    QByteArray burst;
    for (int i = 0; i < 120000; ++i)
        burst += pingLine(QByteArray::number(i));
    greedy.write(burst);

    RpcClient bystander;
    QVERIFY(bystander.connectTo(m_server.port()));
    QElapsedTimer timer;
    timer.start();
    qint64 worst = 0;
    int pings = 0;
    while (timer.elapsed() < 4000) {
        greedy.waitForBytesWritten(20); // keep pushing the burst as far as the server takes it
        const qint64 ms = bystanderPing(bystander);
        QVERIFY2(ms >= 0, "the bystander got no answer");
        worst = qMax(worst, ms);
        ++pings;
    }
    qInfo("bystander: %d pings, worst %lld ms; greedy client still has %lld bytes unsent", pings,
          worst, greedy.bytesToWrite());
    QVERIFY2(worst < 2000, qPrintable(QStringLiteral("a bystander ping took %1 ms").arg(worst)));
    greedy.abort();
}

void ProtocolLimitsTest::clientsVanishingMidCall()
{
    // Clients that send work (a failed login takes a while) and disconnect before the reply.
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 30; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
        QVERIFY(socket->waitForConnected(5000));
        socket->write(
            R"({"jsonrpc":"2.0","id":1,"method":"auth.login","params":{"username":"nobody","password":"wrong-password"}})"
            "\n"
            R"({"jsonrpc":"2.0","id":2,"method":"admin.user.list"})"
            "\n");
        socket->waitForBytesWritten(1000);
        sockets.push_back(std::move(socket));
    }
    for (auto& socket : sockets)
        socket->abort();
    // And clients that connect and leave without a word.
    for (int i = 0; i < 100; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.abort();
    }
    RpcClient bystander;
    QVERIFY(bystander.connectTo(m_server.port()));
    QVERIFY(bystanderPing(bystander) >= 0);
}

void ProtocolLimitsTest::fiveHundredSimultaneousConnections()
{
    constexpr int Clients = 500;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    sockets.reserve(Clients);
    for (int i = 0; i < Clients; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
        sockets.push_back(std::move(socket));
    }
    for (int i = 0; i < Clients; ++i) {
        QVERIFY2(sockets[i]->waitForConnected(10000),
                 qPrintable(QStringLiteral("client %1: %2").arg(i).arg(sockets[i]->errorString())));
    }
    // All connected at once; now every one asks, then every one reads its own answer.
    for (int i = 0; i < Clients; ++i)
        sockets[i]->write(pingLine(QByteArray::number(i)));
    for (int i = 0; i < Clients; ++i)
        QVERIFY(sockets[i]->waitForBytesWritten(10000) || sockets[i]->bytesToWrite() == 0);
    for (int i = 0; i < Clients; ++i) {
        QTcpSocket& socket = *sockets[i];
        QElapsedTimer timer;
        timer.start();
        while (!socket.canReadLine() && timer.elapsed() < 20000)
            socket.waitForReadyRead(1000);
        QVERIFY2(socket.canReadLine(),
                 qPrintable(QStringLiteral("client %1 got no answer").arg(i)));
        const QJsonDocument reply = QJsonDocument::fromJson(socket.readLine());
        ERP_CHECK_RESPONSE(reply.object(), 0, QJsonValue(i));
    }
    for (auto& socket : sockets)
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
}

void ProtocolLimitsTest::distinctQueriesDoNotGrowMemory()
{
    // Any logged-in user can vary list parameters (here: sort keys) at will. However many
    // distinct queries that makes, the server's memory must stay bounded.
    RpcClient client;
    QVERIFY(client.connectTo(m_server.port()));
    ERP_CHECK_RESPONSE(client.login(QStringLiteral("admin"), ServerProcess::defaultAdminPassword()),
                       0, QJsonValue(1));
    // Up to three distinct columns in either direction: about a thousand distinct queries.
    const QStringList columns{"username", "full_name", "email", "active", "id", "last_login_at"};
    QRandomGenerator random(7);
    auto round = [&](int batches) {
        for (int b = 0; b < batches; ++b) {
            QJsonArray batch;
            for (int i = 0; i < 10; ++i) {
                QStringList pool = columns;
                QJsonArray sort;
                for (int k = 1 + int(random.bounded(3)); k > 0; --k) {
                    const QString column = pool.takeAt(int(random.bounded(qsizetype(pool.size()))));
                    sort.append(random.bounded(2) ? column : QLatin1Char('-') + column);
                }
                batch.append(QJsonObject{{"jsonrpc", "2.0"},
                                         {"id", i},
                                         {"method", "admin.user.list"},
                                         {"params", QJsonObject{{"sort", sort}, {"limit", 1}}}});
            }
            if (!client.send(QJsonDocument(batch).toJson(QJsonDocument::Compact) + '\n'))
                return false;
            const QJsonValue reply = client.readReply(60000);
            if (!reply.isArray() || reply.toArray().size() != 10 ||
                errorCode(reply.toArray().first().toObject()) != 0) {
                qWarning("unexpected reply: %s", compact(reply).left(300).constData());
                return false;
            }
        }
        return true;
    };
    // Batches of 10 keep the lines under this server's --max-line.
    QVERIFY(round(50)); // warm-up: every worker has its connection and caches
    const qint64 before = m_server.rssKiB();
    QVERIFY(round(400));
    const qint64 after = m_server.rssKiB();
    qInfo("server RSS %lld KiB -> %lld KiB after 4000 distinct list queries", before, after);
    QVERIFY2(after - before < 64 * 1024,
             qPrintable(QStringLiteral("the server grew by %1 MiB").arg((after - before) / 1024)));
}

QTEST_GUILESS_MAIN(ProtocolLimitsTest)
#include "tst_protocol_limits.moc"
