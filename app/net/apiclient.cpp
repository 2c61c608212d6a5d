#include "app/net/apiclient.h"

#include "app/net/errortext.h"
#include "app/net/transport.h"
#include "common/lineframer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace Erp::Client {

namespace {
Q_LOGGING_CATEGORY(lcApi, "erp.client.api", QtWarningMsg)

const QString kPing = QStringLiteral("system.ping");
constexpr int DeadAfterMs = 60000; ///< silence (with only pings waiting) that means a dead link

/// The server closed the connection on purpose because nobody used it (before login, or idle):
/// the client simply connects again, nobody needs to hear of it.
bool isQuietClose(const QString& messageId)
{
    return messageId == QLatin1String("net.login_timeout") ||
           messageId == QLatin1String("net.idle_timeout");
}
} // namespace

ApiClient::ApiClient(QObject* parent)
    : QObject(parent)
    , m_framer(std::make_unique<LineFramer>())
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Reconnecting && m_transport)
            m_transport->open();
    });
    // The server closes a connection without requests after --idle-timeout (default 300 s,
    // documented to stay above 60 s): a ping after m_heartbeatMs of silence, looked at every
    // third of that, keeps an open client alive.
    m_heartbeatTimer.setInterval(m_heartbeatMs / 3);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &ApiClient::heartbeat);
}

ApiClient::~ApiClient()
{
    // No handler may run into a half-destroyed owner: drop them silently.
    m_pending.clear();
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->close();
        delete m_transport;
    }
}

bool ApiClient::isLocal() const
{
    return m_transport && m_transport->isLocal();
}

QString ApiClient::serverName() const
{
    return m_transport ? m_transport->displayName() : QString();
}

bool ApiClient::hasPermission(const QString& permission) const
{
    return m_state == State::LoggedIn && m_session.hasPermission(permission);
}

void ApiClient::setReconnectDelays(int firstMs, int maxMs)
{
    m_firstDelayMs = qMax(10, firstMs);
    m_maxDelayMs = qMax(m_firstDelayMs, maxMs);
    m_nextDelayMs = m_firstDelayMs;
}

void ApiClient::setHeartbeatInterval(int silenceMs)
{
    m_heartbeatMs = qMax(30, silenceMs);
    m_heartbeatTimer.setInterval(m_heartbeatMs / 3);
}

void ApiClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    const bool live = state == State::Connected || state == State::LoggedIn;
    if (live && m_transport && m_transport->canReconnect())
        m_heartbeatTimer.start();
    else
        m_heartbeatTimer.stop();
    emit stateChanged(state);
}

void ApiClient::open(Transport* transport)
{
    close();
    m_transport = transport;
    transport->setParent(this);
    connect(transport, &Transport::opened, this, &ApiClient::transportOpened);
    connect(transport, &Transport::closed, this, &ApiClient::transportClosed);
    connect(transport, &Transport::received, this, &ApiClient::received);
    m_framer = std::make_unique<LineFramer>();
    m_nextDelayMs = m_firstDelayMs;
    setState(State::Connecting);
    transport->open();
}

void ApiClient::close()
{
    m_reconnectTimer.stop();
    m_session = Session();
    if (m_transport) {
        Transport* old = m_transport;
        m_transport = nullptr;
        old->disconnect(this);
        old->close();
        old->deleteLater();
    }
    // State first: a handler that calls again from inside failAll() must see the truth.
    setState(State::Disconnected);
    failAll(NotConnected, tr("The connection was closed."));
}

void ApiClient::transportOpened()
{
    m_framer = std::make_unique<LineFramer>();
    m_lastReceived.start();
    m_lastSent.start();
    m_closeNoticeId.clear();
    m_closeNoticeText.clear();
    m_nextDelayMs = m_firstDelayMs;
    if (m_state == State::Connecting) {
        setState(State::Connected);
        emit opened();
    } else if (m_state == State::Reconnecting) {
        if (m_session.token.isEmpty())
            setState(State::Connected);
        else
            resume();
    }
}

void ApiClient::resume()
{
    Pending p;
    p.method = QStringLiteral("auth.resume");
    p.onResult = [this](const QJsonValue& result) {
        const QString token = m_session.token;
        m_session = Session::fromJson(result.toObject());
        if (m_session.token.isEmpty())
            m_session.token = token;
        setState(State::LoggedIn);
        emit resumed();
    };
    p.onError = [this](const Rpc::Error& error) {
        if (error.code == ConnectionLost || error.code == NotConnected)
            return; // transportClosed() takes care of the next attempt
        qCInfo(lcApi) << "session not resumed:" << error.message;
        m_session = Session();
        setState(State::Connected);
        emit sessionExpired();
    };
    const QString method = p.method;
    send(method, QJsonObject{{QStringLiteral("token"), m_session.token}}, std::move(p));
}

void ApiClient::transportClosed(const QString& transportReason)
{
    const QString noticeId = std::exchange(m_closeNoticeId, QString());
    const QString notice = std::exchange(m_closeNoticeText, QString());
    const QString reason = notice.isEmpty() ? transportReason : notice;
    qCInfo(lcApi) << "transport closed:" << reason << noticeId;
    if (isQuietClose(noticeId) && m_pending.isEmpty() && m_transport &&
        m_transport->canReconnect() &&
        (m_state == State::Connected || m_state == State::LoggedIn)) {
        // Closed for being unused: connect again at once (and resume the session, if any).
        setState(State::Reconnecting);
        m_nextDelayMs = m_firstDelayMs;
        m_reconnectTimer.start(0);
        return;
    }
    switch (m_state) {
    case State::Connecting:
        setState(State::Disconnected);
        emit openFailed(reason);
        break;
    case State::Reconnecting:
        failAll(ConnectionLost, tr("The connection to the server was lost."));
        scheduleReconnect();
        break;
    case State::Connected:
    case State::LoggedIn: {
        const bool retry = m_transport && m_transport->canReconnect();
        if (!retry)
            m_session = Session();
        setState(retry ? State::Reconnecting : State::Disconnected);
        failAll(ConnectionLost, tr("The connection to the server was lost."));
        emit connectionLost(reason);
        if (retry)
            scheduleReconnect();
        break;
    }
    case State::Disconnected:
        break;
    }
}

void ApiClient::scheduleReconnect()
{
    m_reconnectTimer.start(m_nextDelayMs);
    m_nextDelayMs = qMin(m_nextDelayMs * 2, m_maxDelayMs);
}

void ApiClient::heartbeat()
{
    if (!m_transport || (m_state != State::Connected && m_state != State::LoggedIn))
        return;
    bool onlyPings = true;
    for (const Pending& p : std::as_const(m_pending))
        onlyPings = onlyPings && p.method == kPing;
    if (!m_pending.isEmpty() && onlyPings && m_lastReceived.elapsed() > DeadAfterMs) {
        // The peer vanished without closing the connection (e.g. a network cable).
        m_transport->close();
        transportClosed(tr("The server stopped answering."));
        return;
    }
    if (m_pending.isEmpty() &&
        (m_lastReceived.elapsed() >= m_heartbeatMs || m_lastSent.elapsed() >= m_heartbeatMs)) {
        Pending p;
        p.method = kPing;
        p.onResult = [](const QJsonValue&) {};
        p.onError = [](const Rpc::Error&) {};
        send(kPing, {}, std::move(p));
    }
}

void ApiClient::call(const QString& method, const QJsonObject& params, QObject* context,
                     ResultHandler onResult, ErrorHandler onError)
{
    Pending p;
    p.method = method;
    p.context = context;
    p.hasContext = context != nullptr;
    p.onResult = std::move(onResult);
    p.onError = std::move(onError);
    if (!m_transport || (m_state != State::Connected && m_state != State::LoggedIn)) {
        const QString text = m_state == State::Reconnecting
                                 ? tr("The connection to the server was lost; reconnecting…")
                                 : tr("Not connected to a server.");
        failLater(std::move(p), Rpc::Error(NotConnected, text));
        return;
    }
    send(method, params, std::move(p));
}

qint64 ApiClient::send(const QString& method, const QJsonObject& params, Pending pending)
{
    const qint64 id = m_nextId++;
    m_pending.insert(id, std::move(pending));
    m_lastSent.start();
    m_transport->send(Rpc::encodeLine(Rpc::makeRequest(id, method, params)));
    return id;
}

void ApiClient::login(const QString& username, const QString& password, QObject* context,
                      std::function<void()> onOk, ErrorHandler onError)
{
    const QJsonObject params{{QStringLiteral("username"), username},
                             {QStringLiteral("password"), password}};
    call(
        QStringLiteral("auth.login"), params, context,
        [this, onOk = std::move(onOk)](const QJsonValue& result) {
            m_session = Session::fromJson(result.toObject());
            setState(State::LoggedIn);
            if (onOk)
                onOk();
        },
        std::move(onError));
}

void ApiClient::logout()
{
    if (m_state == State::LoggedIn)
        call(
            QStringLiteral("auth.logout"), {}, this, [](const QJsonValue&) {},
            [](const Rpc::Error&) {});
    m_session = Session();
    if (m_state == State::LoggedIn)
        setState(State::Connected);
    emit loggedOut();
}

void ApiClient::received(const QByteArray& bytes)
{
    m_lastReceived.start();
    const QList<QByteArray> lines = m_framer->feed(bytes);
    for (const QByteArray& line : lines) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (doc.isObject()) {
            handleMessage(doc.object());
        } else if (doc.isArray()) {
            const QJsonArray batch = doc.array();
            for (const QJsonValue& v : batch)
                handleMessage(v.toObject());
        } else {
            qCWarning(lcApi) << "unreadable line from the server:" << parseError.errorString();
        }
    }
}

void ApiClient::handleMessage(const QJsonObject& message)
{
    const QJsonValue idValue = message.value(QLatin1String("id"));
    const QString method = message.value(QLatin1String("method")).toString();
    if (!method.isEmpty() && idValue.isUndefined()) {
        const QJsonObject params = message.value(QLatin1String("params")).toObject();
        emit notification(method, params);
        if (method == QLatin1String("event.changed"))
            emit eventChanged(params.value(QLatin1String("entity")).toString(),
                              params.value(QLatin1String("id")).toInteger(),
                              params.value(QLatin1String("version")).toInteger(),
                              params.value(QLatin1String("by")).toString());
        return;
    }
    const auto it = m_pending.find(idValue.toInteger(-1));
    if (it == m_pending.end()) {
        const Rpc::Error error =
            Rpc::Error::fromJson(message.value(QLatin1String("error")).toObject());
        if (idValue.isNull() && error.messageId().startsWith(QLatin1String("net."))) {
            // The server's last word before it closes the connection: the reason to show.
            m_closeNoticeId = error.messageId();
            m_closeNoticeText = ErrorText::describe(error);
            return;
        }
        if (message.contains(QLatin1String("error")))
            emit unhandledError(QString(), error);
        return;
    }
    Pending pending = std::move(*it);
    m_pending.erase(it);
    if (message.contains(QLatin1String("error"))) {
        const Rpc::Error error =
            Rpc::Error::fromJson(message.value(QLatin1String("error")).toObject());
        qCInfo(lcApi) << pending.method << "failed:" << error.code << error.message;
        if (error.code == Rpc::NotAuthenticated && m_state == State::LoggedIn &&
            !pending.method.startsWith(QLatin1String("auth."))) {
            m_session = Session();
            setState(State::Connected);
            emit sessionExpired();
        }
        finish(std::move(pending), nullptr, &error);
    } else if (message.contains(QLatin1String("result"))) {
        const QJsonValue result = message.value(QLatin1String("result"));
        finish(std::move(pending), &result, nullptr);
    } else {
        const Rpc::Error error(BadReply, tr("The server sent an unreadable reply."));
        finish(std::move(pending), nullptr, &error);
    }
}

void ApiClient::finish(Pending pending, const QJsonValue* result, const Rpc::Error* error)
{
    if (pending.hasContext && !pending.context)
        return; // whoever asked is gone
    if (result) {
        if (pending.onResult)
            pending.onResult(*result);
    } else if (pending.onError) {
        pending.onError(*error);
    } else {
        emit unhandledError(pending.method, *error);
    }
}

void ApiClient::failAll(int code, const QString& message)
{
    const QHash<qint64, Pending> pending = std::exchange(m_pending, {});
    const Rpc::Error error(code, message);
    for (const Pending& p : pending)
        finish(p, nullptr, &error);
}

void ApiClient::failLater(Pending pending, const Rpc::Error& error)
{
    QTimer::singleShot(0, this, [this, pending = std::move(pending), error]() mutable {
        finish(std::move(pending), nullptr, &error);
    });
}

} // namespace Erp::Client
