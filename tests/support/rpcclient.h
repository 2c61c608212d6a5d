#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <functional>
#include <memory>

class QTcpSocket;

namespace Erp::Test {

/// A blocking, line-based JSON-RPC client for tests against a server in ANOTHER process (its
/// waitFor* calls would stall an in-process server). Replies are read in order; event.changed
/// notifications arriving in between are collected and can be waited for.
class RpcClient final
{
public:
    RpcClient();
    ~RpcClient();
    RpcClient(const RpcClient&) = delete;
    RpcClient& operator=(const RpcClient&) = delete;

    bool connectTo(quint16 port, const QString& host = QStringLiteral("127.0.0.1"),
                   int timeoutMs = 10000);
    /// TLS, verifying the server against `caCertificates` and `peerName`.
    bool connectTls(quint16 port, const QList<QSslCertificate>& caCertificates,
                    const QString& peerName = QStringLiteral("localhost"), int timeoutMs = 10000);
    void close();
    bool isConnected() const;
    QString errorString() const { return m_error; }
    QTcpSocket* socket() const { return m_socket.get(); }

    /// Writes raw bytes and waits until they left the process.
    bool send(const QByteArray& bytes, int timeoutMs = 10000);
    /// The next raw line from the server (without '\n'), notifications included; empty when
    /// nothing arrived within timeoutMs or the connection closed.
    QByteArray readLine(int timeoutMs = 30000);
    /// The next reply (object or batch array), skipping and collecting notifications;
    /// undefined on timeout or close.
    QJsonValue readReply(int timeoutMs = 30000);
    /// True when no reply (notifications aside) arrives within ms.
    bool noReplyWithin(int ms);

    /// Sends a request with a fresh numeric id and returns the id (for pipelining).
    qint64 sendRequest(const QString& method, const QJsonObject& params = {});
    /// Sends a request and waits for its reply (the whole response object; empty on timeout).
    QJsonObject call(const QString& method, const QJsonObject& params = {}, int timeoutMs = 30000);
    /// auth.login; returns the response object.
    QJsonObject login(const QString& username, const QString& password);

    /// Waits until the server closed the connection (after reading what it sent).
    bool waitForDisconnected(int timeoutMs = 10000);

    QList<QJsonObject> notifications() const { return m_notifications; }
    void clearNotifications() { m_notifications.clear(); }
    /// Waits for a collected or arriving notification matching `match`.
    bool waitForNotification(const std::function<bool(const QJsonObject&)>& match,
                             int timeoutMs = 10000);

private:
    bool takeLine(QByteArray* line);
    /// Parses a line; notifications are collected and yield an undefined value.
    QJsonValue classify(const QByteArray& line);

    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
    QList<QJsonObject> m_notifications;
    QList<QJsonValue> m_replies; ///< replies read while waiting for a notification
    qint64 m_nextId = 0;
    QString m_error;
};

/// The error code of a response, 0 when it is a success.
int errorCode(const QJsonObject& response);
/// The error message of a response (empty for a success).
QString errorMessage(const QJsonObject& response);
/// The `result` member of a response as an object.
QJsonObject resultObject(const QJsonObject& response);
/// A compact one-line rendering for failure messages.
QByteArray compact(const QJsonValue& value);

} // namespace Erp::Test
