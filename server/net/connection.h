#pragma once

#include "common/lineframer.h"
#include "server/rpc/callcontext.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTimer>

class QTcpSocket;

namespace Erp::Rpc {
struct Error;
}

namespace Erp::Server {

class RpcServer;

/// One client: frames its byte stream into lines, runs them one at a time on the worker pool
/// (so replies keep request order and the session state is never shared between threads) and
/// writes the replies back. Either bound to a socket, or — in the client's local mode — fed
/// through incoming()/outgoing() without any socket.
///
/// A network connection is held to the server's limits (RpcServer::Options): until it has
/// logged in, a short line limit, one request at a time and a deadline; always, an idle
/// timeout (no request, or its replies not read) and back-pressure on unread replies.
class Connection final : public QObject
{
    Q_OBJECT
public:
    /// `socket` null: the embedded connection of local mode. `addressKey`: the peer address
    /// the server's per-address cap counts.
    Connection(RpcServer& server, QTcpSocket* socket, const QString& addressKey);
    ~Connection() override;

    bool isLoggedIn() const { return m_identity.isLoggedIn(); }
    qint64 userId() const { return m_identity.userId; }
    QString peer() const;
    bool isNetwork() const { return m_network; }
    const QString& addressKey() const { return m_addressKey; }

    /// Queues a notification line if this client is logged in. Notifications are flushed a
    /// moment later in one write, so a burst of changes costs one system call per client
    /// instead of one per change.
    void notify(const QByteArray& line);
    /// Stops reading; the connection closes once in-flight work is answered.
    void closeGracefully();
    bool isBusy() const { return m_busy; }

public slots:
    /// Runs the next queued request if nothing stops it (a call running, replies unread, a
    /// batch waiting for its turn); also what RpcServer calls when a batch lane frees up.
    void processNext();
    /// Bytes from the peer (socket read, or the embedded client).
    void incoming(const QByteArray& bytes);

signals:
    /// Bytes for the peer (embedded mode; socket mode writes directly).
    void outgoing(const QByteArray& bytes);
    void closed();

private:
    void readSocket();
    /// Moves complete lines from the framer to the queue: all of them once logged in, one at
    /// a time before (so a login's successor is framed under the limit that then applies).
    void frame();
    void finished(const QByteArray& reply, const Rpc::Identity& identity,
                  const QList<Rpc::ChangeEvent>& changes);
    void loginStateChanged();
    void send(const QByteArray& bytes);
    qint64 unsentBytes() const;
    void written();
    void loginDeadline();
    void idleCheck();
    /// Sends `error` (id null) as the last line and closes.
    void closeWithError(const Rpc::Error& error, const QString& why);
    void closeNow();
    void flushNotifications();

    RpcServer& m_server;
    QPointer<QTcpSocket> m_socket;
    const bool m_network;
    const QString m_addressKey;
    LineFramer m_framer;
    Rpc::Identity m_identity;
    QQueue<QByteArray> m_pending;
    bool m_busy = false;
    bool m_closing = false;
    bool m_closed = false;
    bool m_pausedForWrite = false; ///< unread replies above the high-water mark
    bool m_loginExpired = false;   ///< the login deadline passed while a call was running
    bool m_waitingForLane = false; ///< a batch waits for RpcServer::takeBatchLane()
    QByteArray m_notifications;
    bool m_flushScheduled = false;
    QTimer m_loginTimer;
    QTimer m_idleTimer;
    QElapsedTimer m_lastRequest; ///< a line arrived or a reply was finished
    QElapsedTimer m_lastWrite;   ///< the peer took some of our unsent bytes
};

} // namespace Erp::Server
