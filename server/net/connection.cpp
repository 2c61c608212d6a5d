#include "server/net/connection.h"

#include "common/jsonrpc.h"
#include "server/net/rpcserver.h"
#include "server/rpc/dispatcher.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QThreadPool>

namespace Erp::Server {

namespace {
/// Lines waiting beyond this make us stop reading: TCP flow control then slows the client.
constexpr int MaxQueuedLines = 256;
/// Notifications wait this long to be sent together with the ones that follow.
constexpr int NotificationDelayMs = 5;
/// Unread replies above this stop the next request from running until the client reads:
/// a client that pipelines requests without reading costs at most this plus one reply.
constexpr qint64 PauseAboveUnsentBytes = 1024 * 1024;
/// A client that does not read its notifications is dropped before it can exhaust memory.
constexpr qint64 MaxUnsentBytes = 64 * 1024 * 1024;
/// How much Qt reads from the kernel at a time: small before login (what a stranger can make
/// the server hold), larger after (fewer wake-ups for big lines).
constexpr qint64 ReadChunkBeforeLogin = 64 * 1024;
constexpr qint64 ReadChunkAfterLogin = 1024 * 1024;

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 6);
}

/// A JSON array: the line is a batch.
bool isBatch(const QByteArray& line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return c == '[';
    }
    return false;
}
} // namespace

Connection::Connection(RpcServer& server, QTcpSocket* socket, const QString& addressKey)
    : QObject(&server)
    , m_server(server)
    , m_socket(socket)
    , m_network(socket != nullptr)
    , m_addressKey(addressKey)
    , m_framer(server.options().maxLineBytes)
{
    if (!m_socket)
        return;
    const RpcServer::Options& options = server.options();
    m_socket->setParent(this);
    m_socket->setReadBufferSize(ReadChunkBeforeLogin);
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::readSocket);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_server.releaseSlot(this);
        m_closing = true;
        m_pending.clear();
        if (!m_busy)
            closeNow();
    });
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::written);
    if (auto* tls = qobject_cast<QSslSocket*>(socket))
        connect(tls, &QSslSocket::encryptedBytesWritten, this, &Connection::written);
    m_lastRequest.start();
    m_lastWrite.start();
    m_loginTimer.setSingleShot(true);
    connect(&m_loginTimer, &QTimer::timeout, this, &Connection::loginDeadline);
    if (options.loginTimeoutMs > 0)
        m_loginTimer.start(options.loginTimeoutMs);
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &Connection::idleCheck);
    if (options.idleTimeoutMs > 0)
        m_idleTimer.start(options.idleTimeoutMs);
}

Connection::~Connection() = default;

QString Connection::peer() const
{
    if (!m_socket)
        return QStringLiteral("local");
    return m_socket->peerAddress().toString() + QLatin1Char(':') +
           QString::number(m_socket->peerPort());
}

void Connection::readSocket()
{
    if (!m_socket || m_closing)
        return;
    if (m_pending.size() >= MaxQueuedLines)
        return; // resumed from processNext() once the queue drains
    if (!isLoggedIn() && (m_busy || !m_pending.isEmpty()))
        return; // before login one request at a time; resumed from processNext()
    incoming(m_socket->readAll());
}

void Connection::incoming(const QByteArray& bytes)
{
    if (m_closing)
        return;
    m_framer.append(bytes);
    frame();
    processNext();
}

void Connection::frame()
{
    if (m_closing)
        return;
    const RpcServer::Options& options = m_server.options();
    const bool beforeLogin = m_network && !isLoggedIn();
    m_framer.setMaxLineBytes(beforeLogin
                                 ? qMin(options.maxLineBytesBeforeLogin, options.maxLineBytes)
                                 : options.maxLineBytes);
    if (beforeLogin && (m_busy || !m_pending.isEmpty()))
        return;
    const QList<QByteArray> lines = m_framer.takeLines(beforeLogin ? 1 : -1);
    if (!lines.isEmpty())
        m_lastRequest.start();
    for (const QByteArray& line : lines)
        m_pending.enqueue(line);
    if (m_framer.overflowed()) {
        // Answer what came before, then the error, then close.
        m_pending.enqueue(QByteArray());
        m_closing = true;
    }
}

void Connection::processNext()
{
    if (m_busy || m_closed)
        return;
    if (m_loginExpired) {
        m_loginExpired = false;
        if (!isLoggedIn()) {
            loginDeadline();
            return;
        }
    }
    if (m_pending.isEmpty())
        frame();
    if (m_pending.isEmpty()) {
        if (m_closing) {
            closeNow();
            return;
        }
        if (m_socket && m_socket->bytesAvailable() > 0)
            QMetaObject::invokeMethod(this, &Connection::readSocket, Qt::QueuedConnection);
        return;
    }
    if (m_network && unsentBytes() > PauseAboveUnsentBytes) {
        m_pausedForWrite = true; // resumed from written()
        return;
    }
    m_pausedForWrite = false;
    const bool batch = isBatch(m_pending.head());
    m_waitingForLane = batch && !m_server.takeBatchLane(this);
    if (m_waitingForLane)
        return; // resumed by RpcServer::releaseBatchLane()
    const QByteArray line = m_pending.dequeue();
    if (line.isEmpty()) { // the overflow marker
        const qsizetype max = m_framer.maxLineBytes();
        const bool beforeLogin =
            m_network && !isLoggedIn() && max < m_server.options().maxLineBytes;
        Rpc::Error e(Rpc::InvalidRequest,
                     QStringLiteral("Invalid request: line longer than %1 bytes%2; closing the "
                                    "connection")
                         .arg(max)
                         .arg(beforeLogin ? QStringLiteral(" before login") : QString()),
                     QJsonObject{{QStringLiteral("limit"),
                                  beforeLogin ? QStringLiteral("line_bytes_before_login")
                                              : QStringLiteral("line_bytes")},
                                 {QStringLiteral("max"), max}});
        if (beforeLogin)
            e.withId(QStringLiteral("net.line_too_long_before_login"),
                     {{QStringLiteral("max"), max}});
        else
            e.withId(QStringLiteral("net.line_too_long"), {{QStringLiteral("max"), max}});
        closeWithError(e, e.message);
        return;
    }
    m_busy = true;
    // The pointer is only looked at back on this thread: the server outlives the pool's work.
    QPointer<Connection> self(this);
    RpcServer* server = &m_server;
    const Rpc::Identity identity = m_identity;
    const qsizetype maxBatchReply = m_server.options().maxBatchReplyBytes;
    m_server.pool().start([self, server, line, identity, maxBatchReply, batch] {
        Rpc::Dispatcher::Outcome outcome =
            server->dispatcher().handleLine(line, identity, maxBatchReply);
        QMetaObject::invokeMethod(
            server,
            [self, server, outcome, batch] {
                if (batch)
                    server->releaseBatchLane();
                if (!self)
                    return;
                if (outcome.delayMs > 0) {
                    QTimer::singleShot(outcome.delayMs, self, [self, outcome] {
                        self->finished(outcome.reply, outcome.identity, outcome.changes);
                    });
                } else {
                    self->finished(outcome.reply, outcome.identity, outcome.changes);
                }
            },
            Qt::QueuedConnection);
    });
}

void Connection::finished(const QByteArray& reply, const Rpc::Identity& identity,
                          const QList<Rpc::ChangeEvent>& changes)
{
    m_busy = false;
    const bool wasLoggedIn = isLoggedIn();
    m_identity = identity;
    m_lastRequest.start();
    if (wasLoggedIn != isLoggedIn())
        loginStateChanged();
    if (!reply.isEmpty()) {
        send(reply);
        m_server.noteLargeReply(reply.size());
    }
    if (!changes.isEmpty())
        m_server.broadcast(changes);
    processNext();
}

void Connection::loginStateChanged()
{
    if (!m_socket)
        return;
    if (isLoggedIn()) {
        m_loginTimer.stop();
        m_loginExpired = false;
        m_socket->setReadBufferSize(ReadChunkAfterLogin);
    } else { // logged out: the deadline runs again
        m_socket->setReadBufferSize(ReadChunkBeforeLogin);
        if (m_server.options().loginTimeoutMs > 0)
            m_loginTimer.start(m_server.options().loginTimeoutMs);
    }
}

void Connection::loginDeadline()
{
    if (m_closed || isLoggedIn())
        return;
    if (m_busy) { // e.g. the auth.login itself: decided when it is answered
        m_loginExpired = true;
        return;
    }
    const int ms = m_server.options().loginTimeoutMs;
    const QString s = seconds(ms);
    closeWithError(
        Rpc::Error(Rpc::LimitReached,
                   QStringLiteral("Not logged in within %1 s; closing the connection").arg(s),
                   QJsonObject{{QStringLiteral("limit"), QStringLiteral("login_timeout")},
                               {QStringLiteral("seconds"), ms / 1000.0}})
            .withId(QStringLiteral("net.login_timeout"),
                    {{QStringLiteral("seconds"), ms / 1000.0}}),
        QStringLiteral("not logged in within %1 s").arg(s));
}

void Connection::idleCheck()
{
    const int timeoutMs = m_server.options().idleTimeoutMs;
    if (m_closed || timeoutMs <= 0)
        return;
    if (m_busy || m_waitingForLane) { // a long call (or one waiting its turn) is no idleness
        m_idleTimer.start(timeoutMs);
        return;
    }
    const qint64 unsent = unsentBytes();
    // With replies waiting, the client must be reading them; otherwise it must be asking.
    const qint64 quietMs = unsent > 0 ? m_lastWrite.elapsed() : m_lastRequest.elapsed();
    if (quietMs < timeoutMs) {
        m_idleTimer.start(int(timeoutMs - quietMs));
        return;
    }
    const QString s = seconds(timeoutMs);
    if (unsent > 0) {
        m_server.logInfo(QStringLiteral("dropped the connection of %1: %2 bytes of replies not "
                                        "read for %3 s")
                             .arg(peer())
                             .arg(unsent)
                             .arg(s));
        m_pending.clear();
        m_socket->abort();
        closeNow();
        return;
    }
    closeWithError(Rpc::Error(Rpc::LimitReached,
                              QStringLiteral("No request for %1 s; closing the connection").arg(s),
                              QJsonObject{{QStringLiteral("limit"), QStringLiteral("idle_timeout")},
                                          {QStringLiteral("seconds"), timeoutMs / 1000.0}})
                       .withId(QStringLiteral("net.idle_timeout"),
                               {{QStringLiteral("seconds"), timeoutMs / 1000.0}}),
                   QStringLiteral("idle for %1 s").arg(s));
}

void Connection::notify(const QByteArray& line)
{
    if (!m_identity.isLoggedIn() || m_closed)
        return;
    m_notifications += line;
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(NotificationDelayMs, this, &Connection::flushNotifications);
    }
}

void Connection::flushNotifications()
{
    m_flushScheduled = false;
    if (m_notifications.isEmpty())
        return;
    send(m_notifications);
    m_notifications.clear();
}

qint64 Connection::unsentBytes() const
{
    if (!m_socket)
        return 0;
    qint64 n = m_socket->bytesToWrite();
    if (auto* tls = qobject_cast<QSslSocket*>(m_socket.data()))
        n += tls->encryptedBytesToWrite();
    return n;
}

void Connection::written()
{
    m_lastWrite.start();
    if (m_pausedForWrite && unsentBytes() <= PauseAboveUnsentBytes) {
        m_pausedForWrite = false;
        processNext();
    }
}

void Connection::send(const QByteArray& bytes)
{
    if (m_closed)
        return;
    if (!m_socket) {
        emit outgoing(bytes);
        return;
    }
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const qint64 unsent = unsentBytes();
    if (unsent > MaxUnsentBytes) {
        m_socket->abort(); // the client stopped reading
        return;
    }
    if (unsent == 0)
        m_lastWrite.start(); // the client has been keeping up until now
    m_socket->write(bytes);
}

void Connection::closeWithError(const Rpc::Error& error, const QString& why)
{
    if (m_closed)
        return;
    m_server.logInfo(QStringLiteral("closed the connection of %1: %2").arg(peer(), why));
    send(Rpc::encodeLine(Rpc::makeError(QJsonValue::Null, error)));
    m_pending.clear();
    closeNow();
}

void Connection::closeGracefully()
{
    m_closing = true;
    if (!m_busy)
        processNext();
}

void Connection::closeNow()
{
    if (m_closed)
        return;
    m_closed = true;
    m_loginTimer.stop();
    m_idleTimer.stop();
    if (m_socket) {
        // The socket outlives us until its last bytes (e.g. an error reply) are sent.
        QTcpSocket* socket = m_socket;
        socket->disconnect(this);
        socket->setParent(nullptr);
        if (socket->state() == QAbstractSocket::ConnectedState) {
            connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(5000, socket, [socket] {
                socket->abort();
                socket->deleteLater();
            });
            socket->disconnectFromHost();
        } else {
            socket->deleteLater();
        }
    }
    emit closed();
    m_server.forget(this);
    deleteLater();
}

} // namespace Erp::Server
