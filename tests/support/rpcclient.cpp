#include "tests/support/rpcclient.h"

#include "common/jsonrpc.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

namespace Erp::Test {

RpcClient::RpcClient() = default;

RpcClient::~RpcClient()
{
    close();
}

bool RpcClient::connectTo(quint16 port, const QString& host, int timeoutMs)
{
    close();
    m_nextId = 0;
    m_socket = std::make_unique<QTcpSocket>();
    m_socket->connectToHost(host, port);
    if (!m_socket->waitForConnected(timeoutMs)) {
        m_error = m_socket->errorString();
        return false;
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    return true;
}

bool RpcClient::connectTls(quint16 port, const QList<QSslCertificate>& caCertificates,
                           const QString& peerName, int timeoutMs)
{
    close();
    m_nextId = 0;
    auto socket = std::make_unique<QSslSocket>();
    QSslConfiguration config = socket->sslConfiguration();
    config.setCaCertificates(caCertificates);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket->setSslConfiguration(config);
    socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port, peerName);
    const bool ok = socket->waitForEncrypted(timeoutMs);
    if (!ok) {
        m_error = socket->errorString();
        for (const QSslError& e : socket->sslHandshakeErrors())
            m_error += QStringLiteral("; ") + e.errorString();
    }
    m_socket = std::move(socket);
    return ok;
}

void RpcClient::close()
{
    if (!m_socket)
        return;
    m_socket->abort();
    m_socket.reset();
    m_buffer.clear();
    m_replies.clear();
}

bool RpcClient::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool RpcClient::send(const QByteArray& bytes, int timeoutMs)
{
    if (!isConnected())
        return false;
    if (m_socket->write(bytes) != bytes.size())
        return false;
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket->bytesToWrite() > 0) {
        if (deadline.hasExpired() || !m_socket->waitForBytesWritten(int(deadline.remainingTime())))
            return m_socket->bytesToWrite() == 0;
    }
    return true;
}

bool RpcClient::takeLine(QByteArray* line)
{
    const qsizetype nl = m_buffer.indexOf('\n');
    if (nl < 0)
        return false;
    *line = m_buffer.left(nl);
    m_buffer.remove(0, nl + 1);
    return true;
}

QByteArray RpcClient::readLine(int timeoutMs)
{
    QByteArray line;
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (takeLine(&line))
            return line;
        if (!m_socket)
            return {};
        if (m_socket->bytesAvailable() > 0) {
            m_buffer += m_socket->readAll();
            continue;
        }
        if (deadline.hasExpired() || m_socket->state() != QAbstractSocket::ConnectedState)
            return {};
        m_socket->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
}

QJsonValue RpcClient::classify(const QByteArray& line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError) {
        m_error =
            QStringLiteral("the server sent a line that is not JSON: ") + QString::fromUtf8(line);
        return QJsonValue(QStringLiteral("<not json>"));
    }
    if (doc.isArray())
        return doc.array();
    const QJsonObject o = doc.object();
    if (o.contains(QLatin1String("method")) && !o.contains(QLatin1String("id"))) {
        m_notifications.append(o);
        return QJsonValue(QJsonValue::Undefined);
    }
    return o;
}

QJsonValue RpcClient::readReply(int timeoutMs)
{
    if (!m_replies.isEmpty())
        return m_replies.takeFirst();
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const QByteArray line = readLine(int(qMax<qint64>(0, deadline.remainingTime())));
        if (line.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        const QJsonValue reply = classify(line);
        if (!reply.isUndefined())
            return reply;
    }
}

bool RpcClient::noReplyWithin(int ms)
{
    return readReply(ms).isUndefined();
}

qint64 RpcClient::sendRequest(const QString& method, const QJsonObject& params)
{
    const qint64 id = ++m_nextId;
    const QJsonValue p = params.isEmpty() ? QJsonValue() : QJsonValue(params);
    send(Rpc::encodeLine(Rpc::makeRequest(id, method, p)));
    return id;
}

QJsonObject RpcClient::call(const QString& method, const QJsonObject& params, int timeoutMs)
{
    const qint64 id = sendRequest(method, params);
    const QJsonValue reply = readReply(timeoutMs);
    if (!reply.isObject()) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("no reply to %1 within %2 ms").arg(method).arg(timeoutMs);
        return {};
    }
    const QJsonObject o = reply.toObject();
    if (o.value(QLatin1String("id")).toDouble() != double(id))
        m_error = QStringLiteral("reply id %1 does not match request id %2")
                      .arg(QString::fromUtf8(compact(o.value(QLatin1String("id")))))
                      .arg(id);
    return o;
}

QJsonObject RpcClient::login(const QString& username, const QString& password)
{
    return call(QStringLiteral("auth.login"),
                {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
}

bool RpcClient::waitForDisconnected(int timeoutMs)
{
    if (!m_socket)
        return true;
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket->state() != QAbstractSocket::UnconnectedState) {
        if (deadline.hasExpired())
            return false;
        // Keep reading so the server's last lines are not lost and the FIN is seen.
        if (m_socket->bytesAvailable() > 0)
            m_buffer += m_socket->readAll();
        else if (!m_socket->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))) &&
                 m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->waitForDisconnected(1);
    }
    m_buffer += m_socket->readAll();
    return true;
}

bool RpcClient::waitForNotification(const std::function<bool(const QJsonObject&)>& match,
                                    int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        for (const QJsonObject& n : std::as_const(m_notifications)) {
            if (match(n))
                return true;
        }
        if (deadline.hasExpired())
            return false;
        const QByteArray line = readLine(int(qMax<qint64>(0, deadline.remainingTime())));
        if (line.isEmpty())
            return false;
        const QJsonValue reply = classify(line);
        if (!reply.isUndefined())
            m_replies.append(reply); // for the next readReply()
    }
}

int errorCode(const QJsonObject& response)
{
    return response.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt();
}

QString errorMessage(const QJsonObject& response)
{
    return response.value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("message"))
        .toString();
}

QJsonObject resultObject(const QJsonObject& response)
{
    return response.value(QLatin1String("result")).toObject();
}

QByteArray compact(const QJsonValue& value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}

} // namespace Erp::Test
