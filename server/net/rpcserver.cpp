#include "server/net/rpcserver.h"

#include "common/jsonrpc.h"
#include "server/net/connection.h"
#include "server/rpc/callcontext.h"
#include "server/servercore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QThreadPool>

namespace Erp::Server {

RpcServer::RpcServer(ServerCore& core, Options options, QObject* parent)
    : QObject(parent)
    , m_core(core)
    , m_options(std::move(options))
    , m_pool(std::make_unique<QThreadPool>())
{
    m_pool->setMaxThreadCount(qMax(2, m_options.workers));
    m_pool->setExpiryTimeout(-1); // keep workers (and their store connections) alive
}

RpcServer::~RpcServer()
{
    shutdown();
}

Rpc::Dispatcher& RpcServer::dispatcher()
{
    return m_core.dispatcher();
}

bool RpcServer::listen(const QHostAddress& address, quint16 port, QString* error)
{
    const bool tls = !m_options.tlsCertFile.isEmpty() || !m_options.tlsKeyFile.isEmpty();
    if (!tls && !address.isLoopback() && !m_options.insecure) {
        *error =
            QStringLiteral("refusing to listen on %1 without TLS: give --tls-cert and --tls-key, "
                           "or --insecure to accept unencrypted connections")
                .arg(address.toString());
        return false;
    }
    if (tls) {
        QFile certFile(m_options.tlsCertFile);
        QFile keyFile(m_options.tlsKeyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the TLS certificate or key file");
            return false;
        }
        const QList<QSslCertificate> chain =
            QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (chain.isEmpty() || key.isNull()) {
            *error = QStringLiteral("the TLS certificate or key is not valid PEM (EC or RSA)");
            return false;
        }
        auto* server = new QSslServer(this);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(chain);
        config.setPrivateKey(key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        config.setProtocol(QSsl::TlsV1_2OrLater);
        server->setSslConfiguration(config);
        server->setHandshakeTimeout(10000);
        m_listener = server;
        // Plain connections and failed handshakes are simply dropped by QSslServer.
        connect(server, &QSslServer::pendingConnectionAvailable, this, &RpcServer::acceptPending);
    } else {
        m_listener = new QTcpServer(this);
        connect(m_listener, &QTcpServer::pendingConnectionAvailable, this,
                &RpcServer::acceptPending);
    }
    m_listener->setMaxPendingConnections(1024);
    m_listener->setListenBacklogSize(1024);
    if (!m_listener->listen(address, port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(m_listener->errorString());
        delete m_listener;
        m_listener = nullptr;
        return false;
    }
    return true;
}

QHostAddress RpcServer::serverAddress() const
{
    return m_listener ? m_listener->serverAddress() : QHostAddress();
}

quint16 RpcServer::serverPort() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

void RpcServer::acceptPending()
{
    while (m_listener && m_listener->hasPendingConnections()) {
        QTcpSocket* socket = m_listener->nextPendingConnection();
        if (!socket)
            break;
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_connections.insert(new Connection(*this, socket, m_options.maxLineBytes));
    }
}

Connection* RpcServer::openEmbedded()
{
    auto* connection = new Connection(*this, nullptr, m_options.maxLineBytes);
    m_connections.insert(connection);
    return connection;
}

void RpcServer::broadcast(const QList<Rpc::ChangeEvent>& changes)
{
    for (const Rpc::ChangeEvent& c : changes) {
        const QByteArray line = Rpc::encodeLine(Rpc::makeNotification(
            QStringLiteral("event.changed"), QJsonObject{{QStringLiteral("entity"), c.entity},
                                                         {QStringLiteral("id"), c.id},
                                                         {QStringLiteral("version"), c.version},
                                                         {QStringLiteral("by"), c.by}}));
        for (Connection* connection : std::as_const(m_connections))
            connection->notify(line);
    }
}

void RpcServer::forget(Connection* connection)
{
    m_connections.remove(connection);
}

void RpcServer::shutdown()
{
    if (m_listener) {
        m_listener->close();
        delete m_listener;
        m_listener = nullptr;
    }
    const auto connections = m_connections;
    for (Connection* c : connections)
        c->closeGracefully();
    // Let in-flight calls finish and their replies reach the clients.
    QElapsedTimer timer;
    timer.start();
    while (!m_connections.isEmpty() && timer.elapsed() < 10000) {
        m_pool->waitForDone(20);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    m_pool->waitForDone();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_pool.reset(new QThreadPool); // ends the worker threads, closing their store connections
    m_pool->setMaxThreadCount(qMax(2, m_options.workers));
    m_pool->setExpiryTimeout(-1);
}

} // namespace Erp::Server
