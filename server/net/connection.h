#pragma once

#include "common/lineframer.h"
#include "server/rpc/callcontext.h"

#include <QObject>
#include <QPointer>
#include <QQueue>

class QTcpSocket;

namespace Erp::Server {

class RpcServer;

/// One client: frames its byte stream into lines, runs them one at a time on the worker pool
/// (so replies keep request order and the session state is never shared between threads) and
/// writes the replies back. Either bound to a socket, or — in the client's local mode — fed
/// through incoming()/outgoing() without any socket.
class Connection final : public QObject
{
    Q_OBJECT
public:
    Connection(RpcServer& server, QTcpSocket* socket, qsizetype maxLineBytes);
    ~Connection() override;

    bool isLoggedIn() const { return m_identity.isLoggedIn(); }
    qint64 userId() const { return m_identity.userId; }
    QString peer() const;

    /// Queues a notification line if this client is logged in. Notifications are flushed a
    /// moment later in one write, so a burst of changes costs one system call per client
    /// instead of one per change.
    void notify(const QByteArray& line);
    /// Stops reading; the connection closes once in-flight work is answered.
    void closeGracefully();
    bool isBusy() const { return m_busy; }

public slots:
    /// Bytes from the peer (socket read, or the embedded client).
    void incoming(const QByteArray& bytes);

signals:
    /// Bytes for the peer (embedded mode; socket mode writes directly).
    void outgoing(const QByteArray& bytes);
    void closed();

private:
    void readSocket();
    void processNext();
    void finished(const QByteArray& reply, const Rpc::Identity& identity,
                  const QList<Rpc::ChangeEvent>& changes);
    void send(const QByteArray& bytes);
    void closeNow();
    void flushNotifications();

    RpcServer& m_server;
    QPointer<QTcpSocket> m_socket;
    LineFramer m_framer;
    Rpc::Identity m_identity;
    QQueue<QByteArray> m_pending;
    bool m_busy = false;
    bool m_closing = false;
    bool m_closed = false;
    QByteArray m_notifications;
    bool m_flushScheduled = false;
};

} // namespace Erp::Server
