// Framing and batches against a real erp-server process: garbage bytes, CRLF, requests split
// over many writes, pipelining, big lines and JSON-RPC batches. The server keeps serving.

#include "tests/protocol/responsecheck.h"
#include "tests/support/rpcclient.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <stdexcept>

using namespace Erp::Test;

namespace {
const QJsonValue Null(QJsonValue::Null);
} // namespace

class ProtocolFramingTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void batchMixed();
    void batchEmpty();
    void batchOfNotificationsOnly();
    void batchOfNonObjects();
    void batchLimit();
    void binaryGarbage();
    void crlfAndEmptyLines();
    void requestSplitAcrossWrites();
    void requestByteByByte();
    void pipelinedRequestsKeepOrder();
    void largeValidLine();

private:
    QJsonValue exchange(const QByteArray& line);

    ServerProcess m_server;
    RpcClient m_client;
};

void ProtocolFramingTest::initTestCase()
{
    QString url;
    try {
        url = databaseUrl(QStringLiteral("protocol_framing"));
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    QVERIFY2(m_server.start(ServerProcess::Options(url)), qPrintable(m_server.errorString()));
}

void ProtocolFramingTest::init()
{
    QVERIFY2(m_client.connectTo(m_server.port()), qPrintable(m_client.errorString()));
}

void ProtocolFramingTest::cleanup()
{
    m_client.close();
    // After every abuse a fresh client is still served.
    RpcClient fresh;
    QVERIFY2(fresh.connectTo(m_server.port()), "the server no longer accepts connections");
    const QJsonObject pong = fresh.call(QStringLiteral("system.ping"));
    if (resultObject(pong).value(QLatin1String("pong")) != QJsonValue(true))
        qWarning().noquote() << "server log:\n" << m_server.logText().right(4000);
    QCOMPARE(resultObject(pong).value(QLatin1String("pong")), QJsonValue(true));
}

void ProtocolFramingTest::cleanupTestCase()
{
    QVERIFY2(m_server.terminate(), qPrintable(m_server.errorString()));
}

QJsonValue ProtocolFramingTest::exchange(const QByteArray& line)
{
    if (!m_client.send(line + '\n'))
        return QJsonValue(QJsonValue::Undefined);
    return m_client.readReply(15000);
}

void ProtocolFramingTest::batchMixed()
{
    const QJsonValue reply =
        exchange(R"([{"jsonrpc":"2.0","id":1,"method":"system.ping"},)"
                 R"({"foo":"bar"},)"
                 R"({"jsonrpc":"2.0","method":"system.ping"},)"
                 R"({"jsonrpc":"2.0","id":4,"method":"no.such.method"},)"
                 R"({"jsonrpc":"2.0","id":5,"method":"system.ping","params":{"x":1}},)"
                 R"({"jsonrpc":"2.0","id":6,"method":"system.info"}])");
    QVERIFY2(reply.isArray(), compact(reply).constData());
    const QJsonArray replies = reply.toArray();
    // One entry per request with an id (or unreadable), none for the notification, in order.
    QCOMPARE(replies.size(), 5);
    ERP_CHECK_RESPONSE(replies.at(0), 0, QJsonValue(1));
    ERP_CHECK_RESPONSE(replies.at(1), -32600, Null);
    ERP_CHECK_RESPONSE(replies.at(2), -32601, QJsonValue(4));
    ERP_CHECK_RESPONSE(replies.at(3), -32602, QJsonValue(5));
    ERP_CHECK_RESPONSE(replies.at(4), -32001, QJsonValue(6));
}

void ProtocolFramingTest::batchEmpty()
{
    const QJsonValue reply = exchange("[]");
    ERP_CHECK_RESPONSE(reply, -32600, Null); // a single object, not an array
}

void ProtocolFramingTest::batchOfNotificationsOnly()
{
    QVERIFY(m_client.send(R"([{"jsonrpc":"2.0","method":"system.ping"},)"
                          R"({"jsonrpc":"2.0","method":"system.ping"}])"
                          "\n"));
    QVERIFY(m_client.noReplyWithin(500));
    ERP_CHECK_RESPONSE(m_client.call(QStringLiteral("system.ping")), 0, QJsonValue(1));
}

void ProtocolFramingTest::batchOfNonObjects()
{
    const QJsonValue reply =
        exchange(R"([1,"two",null,[],[{"jsonrpc":"2.0","id":1,"method":"system.ping"}]])");
    QVERIFY2(reply.isArray(), compact(reply).constData());
    QCOMPARE(reply.toArray().size(), 5);
    for (const QJsonValue& r : reply.toArray())
        ERP_CHECK_RESPONSE(r, -32600, Null);
}

void ProtocolFramingTest::batchLimit()
{
    auto batchOf = [](int n) {
        QJsonArray batch;
        for (int i = 0; i < n; ++i)
            batch.append(QJsonObject{{"jsonrpc", "2.0"}, {"id", i}, {"method", "system.ping"}});
        return QJsonDocument(batch).toJson(QJsonDocument::Compact);
    };
    const QJsonValue full = exchange(batchOf(1000));
    QVERIFY2(full.isArray(), compact(full).left(200).constData());
    QCOMPARE(full.toArray().size(), 1000);
    for (int i = 0; i < 1000; ++i)
        ERP_CHECK_RESPONSE(full.toArray().at(i), 0, QJsonValue(i));
    ERP_CHECK_RESPONSE(exchange(batchOf(1001)), -32600, Null);
}

void ProtocolFramingTest::binaryGarbage()
{
    // Random bytes (NULs and invalid UTF-8 included) cut into lines: one parse error per line.
    QRandomGenerator random(20261127);
    QByteArray garbage;
    const int lines = 20;
    for (int l = 0; l < lines; ++l) {
        const int length = 1 + int(random.bounded(3000));
        for (int i = 0; i < length; ++i) {
            char c = char(random.bounded(256));
            if (c == '\n' || c == '\r')
                c = '\0';
            garbage.append(c);
        }
        garbage.append('\n');
    }
    QVERIFY(m_client.send(garbage));
    for (int l = 0; l < lines; ++l)
        ERP_CHECK_RESPONSE(m_client.readReply(), -32700, Null);
    ERP_CHECK_RESPONSE(m_client.call(QStringLiteral("system.ping")), 0, QJsonValue(1));
}

void ProtocolFramingTest::crlfAndEmptyLines()
{
    QVERIFY(m_client.send("\n\n\r\n"
                          R"({"jsonrpc":"2.0","id":"crlf","method":"system.ping"})"
                          "\r\n\n"));
    ERP_CHECK_RESPONSE(m_client.readReply(), 0, QJsonValue(QStringLiteral("crlf")));
    QVERIFY(m_client.noReplyWithin(300));
}

void ProtocolFramingTest::requestSplitAcrossWrites()
{
    const QByteArray request = R"({"jsonrpc":"2.0","id":"split","method":"system.ping"})"
                               "\n";
    const int parts = 5;
    const qsizetype step = request.size() / parts + 1;
    for (qsizetype at = 0; at < request.size(); at += step) {
        const bool last = at + step >= request.size();
        QVERIFY(m_client.send(request.mid(at, step)));
        if (!last) // nothing is answered before the line is complete
            QVERIFY(m_client.noReplyWithin(150));
    }
    ERP_CHECK_RESPONSE(m_client.readReply(), 0, QJsonValue(QStringLiteral("split")));
}

void ProtocolFramingTest::requestByteByByte()
{
    const QByteArray request = R"({"jsonrpc":"2.0","id":"bytes","method":"system.ping"})"
                               "\n";
    for (char c : request) {
        QVERIFY(m_client.send(QByteArray(1, c)));
        QThread::usleep(500);
    }
    ERP_CHECK_RESPONSE(m_client.readReply(), 0, QJsonValue(QStringLiteral("bytes")));
}

void ProtocolFramingTest::pipelinedRequestsKeepOrder()
{
    // 300 requests in one write (a partial one at the end, completed later): replies in order.
    QByteArray burst;
    for (int i = 1; i <= 300; ++i) {
        const char* method = i % 3 == 0 ? "no.such.method" : "system.ping";
        burst += QByteArray(R"({"jsonrpc":"2.0","id":)") + QByteArray::number(i) +
                 R"(,"method":")" + method + "\"}\n";
    }
    const QByteArray tail = R"({"jsonrpc":"2.0","id":301,"method":"system.ping"})"
                            "\n";
    QVERIFY(m_client.send(burst + tail.left(20)));
    for (int i = 1; i <= 300; ++i)
        ERP_CHECK_RESPONSE(m_client.readReply(), i % 3 == 0 ? -32601 : 0, QJsonValue(i));
    QVERIFY(m_client.noReplyWithin(200));
    QVERIFY(m_client.send(tail.mid(20)));
    ERP_CHECK_RESPONSE(m_client.readReply(), 0, QJsonValue(301));
}

void ProtocolFramingTest::largeValidLine()
{
    // A 4 MiB line (well under the default 16 MiB limit once logged in) is parsed and answered
    // normally.
    ERP_CHECK_RESPONSE(
        m_client.login(QStringLiteral("admin"), ServerProcess::defaultAdminPassword()), 0,
        QJsonValue(1));
    const QByteArray pad(4 * 1024 * 1024, 'a');
    const QJsonValue reply = exchange(
        R"({"jsonrpc":"2.0","id":9,"method":"system.ping","params":{"pad":")" + pad + "\"}}");
    ERP_CHECK_RESPONSE(reply, -32602, QJsonValue(9));
}

QTEST_GUILESS_MAIN(ProtocolFramingTest)
#include "tst_protocol_framing.moc"
