#pragma once

#include "app/net/session.h"
#include "common/jsonrpc.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace Erp {
class LineFramer;
}

namespace Erp::Client {

class Transport;

/// The one connection of the client to its server: asynchronous JSON-RPC calls over a
/// Transport, the logged-in session, server notifications, and — for TCP — automatic
/// reconnection with back-off followed by auth.resume, so the user keeps working.
///
/// Pages never use it directly for business calls: they go through a per-module client
/// (e.g. Admin::AdminClient) or a RemoteTableModel.
class ApiClient final : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, LoggedIn, Reconnecting };
    Q_ENUM(State)

    /// Error codes raised by the client itself (outside the server's range).
    enum ClientErrorCode : int {
        ConnectionLost = -31001, ///< the connection dropped before the reply came
        NotConnected = -31002,   ///< the call was made while not connected
        BadReply = -31003,       ///< the server sent something that is not JSON-RPC
    };

    using ResultHandler = std::function<void(const QJsonValue& result)>;
    using ErrorHandler = std::function<void(const Rpc::Error& error)>;

    explicit ApiClient(QObject* parent = nullptr);
    ~ApiClient() override;

    /// Takes ownership of `transport` (replacing any previous one) and starts connecting:
    /// opened() or openFailed() follows.
    void open(Transport* transport);
    /// Disconnects on purpose: pending calls fail, the session is forgotten.
    void close();

    State state() const { return m_state; }
    Transport* transport() const { return m_transport; }
    bool isLocal() const;
    /// "host:port" or the company file.
    QString serverName() const;

    /// Calls `method`. Exactly one of the handlers runs later, never from inside call(), and
    /// only while `context` (if given) is alive. Without `onError` the error is reported via
    /// unhandledError().
    void call(const QString& method, const QJsonObject& params, QObject* context,
              ResultHandler onResult, ErrorHandler onError = {});

    /// auth.login; on success the session is kept and the state becomes LoggedIn.
    void login(const QString& username, const QString& password, QObject* context,
               std::function<void()> onOk, ErrorHandler onError);
    /// auth.logout (best effort); the state returns to Connected.
    void logout();

    const Session& session() const { return m_session; }
    bool hasPermission(const QString& permission) const;

    /// Back-off between reconnection attempts: doubles from firstMs up to maxMs.
    void setReconnectDelays(int firstMs, int maxMs);
    /// Silence (nothing sent or received) after which a keepalive ping goes out; default 15 s,
    /// well below the server's --idle-timeout. For tests.
    void setHeartbeatInterval(int silenceMs);
    int pendingCalls() const { return int(m_pending.size()); }

signals:
    void stateChanged(Erp::Client::ApiClient::State state);
    /// The transport opened for the first time after open().
    void opened();
    void openFailed(const QString& reason);
    /// The connection dropped; pending calls have failed with ConnectionLost.
    void connectionLost(const QString& reason);
    /// Logged in again after a reconnect (auth.resume succeeded): lists should reload.
    void resumed();
    /// The server no longer accepts the session (token revoked or expired): log in again.
    void sessionExpired();
    void loggedOut();
    void notification(const QString& method, const QJsonObject& params);
    /// event.changed: a record was changed by someone (including this user).
    void eventChanged(const QString& entity, qint64 id, qint64 version, const QString& by);
    void unhandledError(const QString& method, const Erp::Rpc::Error& error);

private:
    struct Pending
    {
        QString method;
        QPointer<QObject> context;
        bool hasContext = false;
        ResultHandler onResult;
        ErrorHandler onError;
    };

    void setState(State state);
    qint64 send(const QString& method, const QJsonObject& params, Pending pending);
    void transportOpened();
    void transportClosed(const QString& reason);
    void received(const QByteArray& bytes);
    void handleMessage(const QJsonObject& message);
    void finish(Pending pending, const QJsonValue* result, const Rpc::Error* error);
    void failAll(int code, const QString& message);
    void failLater(Pending pending, const Rpc::Error& error);
    void scheduleReconnect();
    void resume();
    /// Keeps the connection alive: a ping whenever nothing was sent or received for a while
    /// (the server closes idle connections), and a dead link detected when pings go unanswered.
    void heartbeat();

    Transport* m_transport = nullptr; // owned (child)
    std::unique_ptr<LineFramer> m_framer;
    QHash<qint64, Pending> m_pending;
    qint64 m_nextId = 1;
    State m_state = State::Disconnected;
    Session m_session;
    QTimer m_reconnectTimer;
    QTimer m_heartbeatTimer;
    QElapsedTimer m_lastReceived;
    QElapsedTimer m_lastSent;
    /// The error line a server sends before it closes the connection itself (message id
    /// net.*, e.g. the login timeout or a connection cap): the reason shown for the close.
    QString m_closeNoticeId;
    QString m_closeNoticeText;
    int m_heartbeatMs = 15000;
    int m_firstDelayMs = 500;
    int m_maxDelayMs = 15000;
    int m_nextDelayMs = 500;
};

} // namespace Erp::Client
