#pragma once

#include <QHostAddress>
#include <QObject>
#include <QSet>

#include <memory>

class QTcpServer;
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
class RpcServer final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int workers = 8;
        qsizetype maxLineBytes = 16 * 1024 * 1024;
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

    // Used by Connection.
    Rpc::Dispatcher& dispatcher();
    QThreadPool& pool() { return *m_pool; }
    void broadcast(const QList<Rpc::ChangeEvent>& changes);
    void forget(Connection* connection);

private:
    void acceptPending();

    ServerCore& m_core;
    Options m_options;
    std::unique_ptr<QThreadPool> m_pool;
    QTcpServer* m_listener = nullptr;
    QSet<Connection*> m_connections;
};

} // namespace Erp::Server
