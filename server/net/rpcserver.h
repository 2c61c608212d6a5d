#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

class QTcpServer;
class QTcpSocket;
class QThreadPool;

namespace Erp::Rpc {
class Dispatcher;
struct ChangeEvent;
} // namespace Erp::Rpc

namespace Erp::Server {

class Connection;
class ServerCore;

/// The network front end: accepts TCP (or TLS) clients and local embedded ones, hands their
/// requests to a worker pool and fans event.changed out to every logged-in client.
///
/// Every resource a network client can make the server hold is bounded (docs/PROTOCOL.md
/// "Limits"): connections in total and per address, the line length and time to log in
/// before login, idle time, and the size of a batch's replies. The embedded connection of
/// local mode is exempt from all but the batch limit.
class RpcServer final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int workers = 8;
        qsizetype maxLineBytes = 16 * 1024 * 1024;       ///< after login
        qsizetype maxLineBytesBeforeLogin = 64 * 1024;   ///< until auth.login/auth.resume
        int loginTimeoutMs = 30 * 1000;                  ///< to log in after connecting; 0 = none
        int idleTimeoutMs = 300 * 1000;                  ///< without a request; 0 = none
        int maxConnections = 1000;                       ///< network clients; 0 = no cap
        int maxConnectionsPerAddress = 100;              ///< from one address; 0 = no cap
        qsizetype maxBatchReplyBytes = 16 * 1024 * 1024; ///< 0 = no cap
        QString tlsCertFile;
        QString tlsKeyFile;
        bool insecure = false; ///< allow plain TCP on a non-loopback address
    };

    RpcServer(ServerCore& core, Options options, QObject* parent = nullptr);
    ~RpcServer() override;

    /// Starts listening; on failure returns false with a message for the operator.
    bool listen(const QHostAddress& address, quint16 port, QString* error);
    QHostAddress serverAddress() const;
    quint16 serverPort() const;

    /// A connection without a socket, for local single-user mode (same dispatch path).
    Connection* openEmbedded();

    /// Stops accepting, lets in-flight calls finish and be answered, then closes everyone.
    void shutdown();

    int connectionCount() const { return int(m_connections.size()); }
    const Options& options() const { return m_options; }

    // Used by Connection.
    Rpc::Dispatcher& dispatcher();
    QThreadPool& pool() { return *m_pool; }
    void broadcast(const QList<Rpc::ChangeEvent>& changes);
    void forget(Connection* connection);
    /// The connection's peer is gone (its last call may still be running): it no longer
    /// counts against the connection caps. Idempotent; forget() does it too.
    void releaseSlot(Connection* connection);
    /// Batches run at most max(1, workers / 3) at a time, so single calls always find a free
    /// worker however many connections send big batches. True: run it now (release the lane
    /// when done); false: `connection` is queued and its processNext() called once one frees.
    bool takeBatchLane(Connection* connection);
    void releaseBatchLane();
    /// A line for the operator's log (limits hit, connections closed).
    void logInfo(const QString& message) const;
    /// A reply of this size was just built and sent: return the freed memory to the system
    /// soon (glibc keeps freed memory of its per-thread arenas otherwise).
    void noteLargeReply(qsizetype bytes);

private:
    void acceptPending();
    /// Answers a client over a connection cap with one error line and closes it.
    void refuse(QTcpSocket* socket, const QString& address, bool perAddress);
    void trimMemory();

    ServerCore& m_core;
    Options m_options;
    std::unique_ptr<QThreadPool> m_pool;
    QTcpServer* m_listener = nullptr;
    QSet<Connection*> m_connections;
    QSet<Connection*> m_counted; ///< network connections counted by the caps
    int m_networkConnections = 0;
    QHash<QString, int> m_perAddress; ///< open network connections by peer address
    QElapsedTimer m_lastRefusalLog;
    QElapsedTimer m_lastAcceptErrorLog;
    int m_refusalsNotLogged = 0;
    QTimer m_trimTimer;
    int m_batchLanes = 1;
    int m_batchesRunning = 0;
    QList<QPointer<Connection>> m_waitingForLane;
};

} // namespace Erp::Server
