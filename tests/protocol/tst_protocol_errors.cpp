// Malformed and unusual requests against a real erp-server process: every one gets the JSON-RPC
// error the protocol promises (docs/PROTOCOL.md), and the server keeps serving afterwards.

#include "tests/protocol/responsecheck.h"
#include "tests/support/rpcclient.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <stdexcept>

using namespace Erp::Test;

namespace {
const QJsonValue Null(QJsonValue::Null);
} // namespace

class ProtocolErrorsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void parseError_data();
    void parseError();
    void validJsonButNotAnObject_data();
    void validJsonButNotAnObject();
    void invalidRequest_data();
    void invalidRequest();
    void invalidId_data();
    void invalidId();
    void validIdIsEchoed_data();
    void validIdIsEchoed();
    void notificationsGetNoReply();
    void paramsMustBeAnObject_data();
    void paramsMustBeAnObject();
    void nullParamsMeanNone();
    void unknownMethod();
    void invalidParams_data();
    void invalidParams();
    void invalidParamsWhenLoggedIn_data();
    void invalidParamsWhenLoggedIn();
    void loginRequired_data();
    void loginRequired();

private:
    QJsonValue exchange(const QByteArray& line);

    ServerProcess m_server;
    RpcClient m_client;
};

void ProtocolErrorsTest::initTestCase()
{
    QString url;
    try {
        url = databaseUrl(QStringLiteral("protocol_errors"));
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    QVERIFY2(m_server.start(ServerProcess::Options(url)), qPrintable(m_server.errorString()));
}

void ProtocolErrorsTest::init()
{
    QVERIFY2(m_client.connectTo(m_server.port()), qPrintable(m_client.errorString()));
}

void ProtocolErrorsTest::cleanup()
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

void ProtocolErrorsTest::cleanupTestCase()
{
    QVERIFY2(m_server.terminate(), qPrintable(m_server.errorString()));
}

QJsonValue ProtocolErrorsTest::exchange(const QByteArray& line)
{
    if (!m_client.send(line + '\n'))
        return QJsonValue(QJsonValue::Undefined);
    return m_client.readReply(15000);
}

void ProtocolErrorsTest::parseError_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("truncated") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"system.ping")");
    QTest::newRow("trailing comma")
        << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"system.ping",})");
    QTest::newRow("single quotes") << QByteArray("{'jsonrpc':'2.0','id':1,'method':'system.ping'}");
    QTest::newRow("plain text") << QByteArray("hello server");
    QTest::newRow("unterminated string") << QByteArray(R"({"jsonrpc":"2.0","method":"sys)");
    QTest::newRow("NUL bytes") << QByteArray("\0\0\0\x01\x02", 5);
    QTest::newRow("invalid UTF-8") << QByteArray("\xff\xfe\xfd\xc3\x28");
    QTest::newRow("invalid UTF-8 in a string")
        << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"system.ping\xff\"}");
    QTest::newRow("NUL after the object")
        << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"system.ping\"}\0", 45);
    QTest::newRow("two objects on one line") << QByteArray(
        R"({"jsonrpc":"2.0","id":1,"method":"system.ping"}{"jsonrpc":"2.0","id":2,"method":"system.ping"})");
    QTest::newRow("deep nesting") << QByteArray(100000, '[');
    QTest::newRow("deep nesting closed") << QByteArray(5000, '[') + QByteArray(5000, ']');
}

void ProtocolErrorsTest::parseError()
{
    QFETCH(QByteArray, line);
    // Lines over 64 KiB are only read from a logged-in connection (--max-line-before-login).
    const bool login = line.size() > 64 * 1024;
    if (login)
        ERP_CHECK_RESPONSE(
            m_client.login(QStringLiteral("admin"), ServerProcess::defaultAdminPassword()), 0,
            QJsonValue(1));
    const QJsonValue reply = exchange(line);
    ERP_CHECK_RESPONSE(reply, -32700, Null);
    // The connection stays usable after a parse error.
    ERP_CHECK_RESPONSE(m_client.call(QStringLiteral("system.ping")), 0, QJsonValue(login ? 2 : 1));
}

void ProtocolErrorsTest::validJsonButNotAnObject_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("string") << QByteArray(R"("system.ping")");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("true") << QByteArray("true");
}

void ProtocolErrorsTest::validJsonButNotAnObject()
{
    QFETCH(QByteArray, line);
    // PROTOCOL.md: -32600 "invalid request (not an object ...)" — the line IS valid JSON.
    ERP_CHECK_RESPONSE(exchange(line), -32600, Null);
}

void ProtocolErrorsTest::invalidRequest_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("jsonrpc 1.0") << QByteArray(
        R"({"jsonrpc":"1.0","id":7,"method":"system.ping"})");
    QTest::newRow("jsonrpc as number")
        << QByteArray(R"({"jsonrpc":2.0,"id":7,"method":"system.ping"})");
    QTest::newRow("jsonrpc missing") << QByteArray(R"({"id":7,"method":"system.ping"})");
    QTest::newRow("method missing") << QByteArray(R"({"jsonrpc":"2.0","id":7})");
    QTest::newRow("method number") << QByteArray(R"({"jsonrpc":"2.0","id":7,"method":42})");
    QTest::newRow("method empty") << QByteArray(R"({"jsonrpc":"2.0","id":7,"method":""})");
    QTest::newRow("method null") << QByteArray(R"({"jsonrpc":"2.0","id":7,"method":null})");
    QTest::newRow("method object") << QByteArray(R"({"jsonrpc":"2.0","id":7,"method":{}})");
}

void ProtocolErrorsTest::invalidRequest()
{
    QFETCH(QByteArray, line);
    // The id could be read, so the error echoes it.
    ERP_CHECK_RESPONSE(exchange(line), -32600, QJsonValue(7));
}

void ProtocolErrorsTest::invalidId_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("object id") << QByteArray(
        R"({"jsonrpc":"2.0","id":{"a":1},"method":"system.ping"})");
    QTest::newRow("array id") << QByteArray(R"({"jsonrpc":"2.0","id":[1],"method":"system.ping"})");
    QTest::newRow("true id") << QByteArray(R"({"jsonrpc":"2.0","id":true,"method":"system.ping"})");
    QTest::newRow("false id") << QByteArray(
        R"({"jsonrpc":"2.0","id":false,"method":"system.ping"})");
}

void ProtocolErrorsTest::invalidId()
{
    QFETCH(QByteArray, line);
    ERP_CHECK_RESPONSE(exchange(line), -32600, Null);
}

void ProtocolErrorsTest::validIdIsEchoed_data()
{
    QTest::addColumn<QJsonValue>("id");
    QTest::newRow("string") << QJsonValue(QStringLiteral("abc"));
    QTest::newRow("chinese string") << QJsonValue(QStringLiteral("订单-✓-1"));
    QTest::newRow("empty string") << QJsonValue(QString());
    QTest::newRow("zero") << QJsonValue(0);
    QTest::newRow("negative") << QJsonValue(-3);
    QTest::newRow("fraction") << QJsonValue(1.5);
    QTest::newRow("2^53-1") << QJsonValue(9007199254740991.0);
    QTest::newRow("null") << Null;
}

void ProtocolErrorsTest::validIdIsEchoed()
{
    QFETCH(QJsonValue, id);
    const QJsonObject request{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                              {QStringLiteral("id"), id},
                              {QStringLiteral("method"), QStringLiteral("system.ping")}};
    const QJsonValue reply = exchange(QJsonDocument(request).toJson(QJsonDocument::Compact));
    ERP_CHECK_RESPONSE(reply, 0, id);
    QCOMPARE(resultObject(reply.toObject()).value(QLatin1String("pong")), QJsonValue(true));
}

void ProtocolErrorsTest::notificationsGetNoReply()
{
    // Requests without an id are notifications: no reply, whatever happens to them.
    QVERIFY(m_client.send(R"({"jsonrpc":"2.0","method":"system.ping"})"
                          "\n"
                          R"({"jsonrpc":"2.0","method":"no.such.method"})"
                          "\n"
                          R"({"jsonrpc":"2.0","method":"system.ping","params":{"bogus":1}})"
                          "\n"
                          R"({"jsonrpc":"2.0","method":"admin.user.list"})"
                          "\n"));
    QVERIFY(m_client.noReplyWithin(500));
    // The next reply on the connection belongs to the next request.
    QVERIFY(m_client.send(R"({"jsonrpc":"2.0","id":"after","method":"system.ping"})"
                          "\n"));
    ERP_CHECK_RESPONSE(m_client.readReply(), 0, QJsonValue(QStringLiteral("after")));
}

void ProtocolErrorsTest::paramsMustBeAnObject_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("array") << QByteArray(
        R"({"jsonrpc":"2.0","id":3,"method":"system.ping","params":[1,2]})");
    QTest::newRow("empty array") << QByteArray(
        R"({"jsonrpc":"2.0","id":3,"method":"system.ping","params":[]})");
    QTest::newRow("string") << QByteArray(
        R"({"jsonrpc":"2.0","id":3,"method":"system.ping","params":"x"})");
    QTest::newRow("number") << QByteArray(
        R"({"jsonrpc":"2.0","id":3,"method":"system.ping","params":1})");
    QTest::newRow("bool") << QByteArray(
        R"({"jsonrpc":"2.0","id":3,"method":"system.ping","params":true})");
    QTest::newRow("positional login")
        << QByteArray(R"({"jsonrpc":"2.0","id":3,"method":"auth.login","params":["admin","x"]})");
}

void ProtocolErrorsTest::paramsMustBeAnObject()
{
    QFETCH(QByteArray, line);
    ERP_CHECK_RESPONSE(exchange(line), -32602, QJsonValue(3));
}

void ProtocolErrorsTest::nullParamsMeanNone()
{
    const QJsonValue reply =
        exchange(R"({"jsonrpc":"2.0","id":4,"method":"system.ping","params":null})");
    ERP_CHECK_RESPONSE(reply, 0, QJsonValue(4));
}

void ProtocolErrorsTest::unknownMethod()
{
    ERP_CHECK_RESPONSE(exchange(R"({"jsonrpc":"2.0","id":5,"method":"no.such.method"})"), -32601,
                       QJsonValue(5));
    ERP_CHECK_RESPONSE(exchange(R"({"jsonrpc":"2.0","id":6,"method":"System.Ping"})"), -32601,
                       QJsonValue(6));
    const QByteArray longName(60000, 'm'); // under the 64 KiB allowed before login
    ERP_CHECK_RESPONSE(exchange(R"({"jsonrpc":"2.0","id":7,"method":")" + longName + "\"}"), -32601,
                       QJsonValue(7));
}

void ProtocolErrorsTest::invalidParams_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("named"); // the message names the offending parameter
    const QString login = QStringLiteral("auth.login");
    const QString user = QStringLiteral("admin");
    QTest::newRow("login without params") << login << QJsonObject() << QStringLiteral("username");
    QTest::newRow("login missing password")
        << login << QJsonObject{{"username", user}} << QStringLiteral("password");
    QTest::newRow("login numeric username")
        << login << QJsonObject{{"username", 5}, {"password", "secret-123"}}
        << QStringLiteral("username");
    QTest::newRow("login array password")
        << login << QJsonObject{{"username", user}, {"password", QJsonArray{1}}}
        << QStringLiteral("password");
    QTest::newRow("login unknown param")
        << login << QJsonObject{{"username", user}, {"password", "x"}, {"remember", true}}
        << QStringLiteral("remember");
    QTest::newRow("ping unknown param") << QStringLiteral("system.ping")
                                        << QJsonObject{{"verbose", 1}} << QStringLiteral("verbose");
    QTest::newRow("resume numeric token")
        << QStringLiteral("auth.resume") << QJsonObject{{"token", 123}} << QStringLiteral("token");
}

void ProtocolErrorsTest::invalidParams()
{
    QFETCH(QString, method);
    QFETCH(QJsonObject, params);
    QFETCH(QString, named);
    const QJsonObject reply = m_client.call(method, params);
    ERP_CHECK_RESPONSE(reply, -32602, QJsonValue(1));
    QVERIFY2(errorMessage(reply).contains(named), qPrintable(errorMessage(reply)));
}

void ProtocolErrorsTest::invalidParamsWhenLoggedIn_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("named");
    const QString get = QStringLiteral("admin.user.get");
    QTest::newRow("id as string") << get << QJsonObject{{"id", "1"}} << QStringLiteral("id");
    QTest::newRow("id zero") << get << QJsonObject{{"id", 0}} << QStringLiteral("id");
    QTest::newRow("id negative") << get << QJsonObject{{"id", -4}} << QStringLiteral("id");
    QTest::newRow("id fraction") << get << QJsonObject{{"id", 1.5}} << QStringLiteral("id");
    QTest::newRow("id missing") << get << QJsonObject() << QStringLiteral("id");
    QTest::newRow("list limit as string")
        << QStringLiteral("admin.user.list") << QJsonObject{{"limit", "10"}}
        << QStringLiteral("limit");
    QTest::newRow("list filter as array")
        << QStringLiteral("admin.user.list") << QJsonObject{{"filter", QJsonArray()}}
        << QStringLiteral("filter");
    QTest::newRow("role create unknown param")
        << QStringLiteral("admin.role.create")
        << QJsonObject{{"name", "x_role"}, {"permissions", QJsonArray()}, {"colour", "red"}}
        << QStringLiteral("colour");
}

void ProtocolErrorsTest::invalidParamsWhenLoggedIn()
{
    QFETCH(QString, method);
    QFETCH(QJsonObject, params);
    QFETCH(QString, named);
    ERP_CHECK_RESPONSE(
        m_client.login(QStringLiteral("admin"), ServerProcess::defaultAdminPassword()), 0,
        QJsonValue(1));
    const QJsonObject reply = m_client.call(method, params);
    ERP_CHECK_RESPONSE(reply, -32602, QJsonValue(2));
    QVERIFY2(errorMessage(reply).contains(named), qPrintable(errorMessage(reply)));
}

void ProtocolErrorsTest::loginRequired_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QJsonObject>("params");
    QTest::newRow("system.info") << QStringLiteral("system.info") << QJsonObject();
    QTest::newRow("auth.logout") << QStringLiteral("auth.logout") << QJsonObject();
    QTest::newRow("admin.user.list") << QStringLiteral("admin.user.list") << QJsonObject();
    QTest::newRow("admin.user.get") << QStringLiteral("admin.user.get") << QJsonObject{{"id", 1}};
    QTest::newRow("admin.role.create")
        << QStringLiteral("admin.role.create")
        << QJsonObject{{"name", "sneaky"}, {"permissions", QJsonArray{"*"}}};
    QTest::newRow("admin.audit.list") << QStringLiteral("admin.audit.list") << QJsonObject();
}

void ProtocolErrorsTest::loginRequired()
{
    QFETCH(QString, method);
    QFETCH(QJsonObject, params);
    ERP_CHECK_RESPONSE(m_client.call(method, params), -32001, QJsonValue(1));
    // Public methods work on the same connection.
    ERP_CHECK_RESPONSE(m_client.call(QStringLiteral("rpc.discover")), 0, QJsonValue(2));
}

QTEST_GUILESS_MAIN(ProtocolErrorsTest)
#include "tst_protocol_errors.moc"
