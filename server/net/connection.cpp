#include "server/net/connection.h"

#include "common/jsonrpc.h"
#include "server/net/rpcserver.h"
#include "server/rpc/dispatcher.h"

#include <QTcpSocket>
#include <QThreadPool>
#include <QTimer>

namespace Erp::Server {

namespace {
/// Lines waiting beyond this make us stop reading: TCP flow control then slows the client.
constexpr int MaxQueuedLines = 256;
/// Notifications wait this long to be sent together with the ones that follow.
constexpr int NotificationDelayMs = 5;
/// A client that does not read its replies is dropped before it can exhaust memory.
constexpr qint64 MaxUnsentBytes = 64 * 1024 * 1024;
} // namespace

Connection::Connection(RpcServer& server, QTcpSocket* socket, qsizetype maxLineBytes)
    : QObject(&server)
    , m_server(server)
    , m_socket(socket)
    , m_framer(maxLineBytes)
{
    if (m_socket) {
        m_socket->setParent(this);
        connect(m_socket, &QTcpSocket::readyRead, this, &Connection::readSocket);
        connect(m_socket, &QTcpSocket::disconnected, this, [this] {
            m_closing = true;
            m_pending.clear();
            if (!m_busy)
                closeNow();
        });
    }
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
    incoming(m_socket->readAll());
}

void Connection::incoming(const QByteArray& bytes)
{
    if (m_closing)
        return;
    const QList<QByteArray> lines = m_framer.feed(bytes);
    for (const QByteArray& line : lines)
        m_pending.enqueue(line);
    if (m_framer.overflowed()) {
        // Answer what came before, then the error, then close.
        m_pending.enqueue(QByteArray());
        m_closing = true;
    }
    processNext();
}

void Connection::processNext()
{
    if (m_busy || m_closed)
        return;
    if (m_pending.isEmpty()) {
        if (m_closing) {
            closeNow();
            return;
        }
        if (m_socket && m_socket->bytesAvailable() > 0)
            QMetaObject::invokeMethod(this, &Connection::readSocket, Qt::QueuedConnection);
        return;
    }
    const QByteArray line = m_pending.dequeue();
    if (line.isEmpty()) { // the overflow marker
        const Rpc::Error e(Rpc::InvalidRequest,
                           QStringLiteral("Invalid request: line longer than %1 bytes; "
                                          "closing the connection")
                               .arg(m_framer.maxLineBytes()));
        send(Rpc::encodeLine(Rpc::makeError(QJsonValue::Null, e)));
        m_pending.clear();
        closeNow();
        return;
    }
    m_busy = true;
    // The pointer is only looked at back on this thread: the server outlives the pool's work.
    QPointer<Connection> self(this);
    RpcServer* server = &m_server;
    const Rpc::Identity identity = m_identity;
    m_server.pool().start([self, server, line, identity] {
        Rpc::Dispatcher::Outcome outcome = server->dispatcher().handleLine(line, identity);
        QMetaObject::invokeMethod(
            server,
            [self, outcome] {
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
    m_identity = identity;
    if (!reply.isEmpty())
        send(reply);
    if (!changes.isEmpty())
        m_server.broadcast(changes);
    processNext();
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
    if (m_socket->bytesToWrite() > MaxUnsentBytes) {
        m_socket->abort(); // the client stopped reading
        return;
    }
    m_socket->write(bytes);
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
