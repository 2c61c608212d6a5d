#include "server/net/rpcserver.h"

#include "common/jsonrpc.h"
#include "server/net/connection.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/calllog.h"
#include "server/rpc/dispatcher.h"
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

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace Erp::Server {

namespace {
/// A reply at least this large makes the server hand freed memory back to the system.
constexpr qsizetype LargeReplyBytes = 1024 * 1024;
/// ... once replies stopped coming for this long (one trim after a burst, not one per reply).
constexpr int TrimDelayMs = 500;
/// Refused connections are logged at most this often (a flood must not flood the log).
constexpr int RefusalLogIntervalMs = 10000;
/// After a failed accept (no file descriptor left), accepting resumes this much later.
constexpr int AcceptRetryMs = 100;

/// The peer address a per-address cap counts: IPv4-mapped IPv6 addresses as IPv4.
QString addressKey(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}
} // namespace

RpcServer::RpcServer(ServerCore& core, Options options, QObject* parent)
    : QObject(parent)
    , m_core(core)
    , m_options(std::move(options))
    , m_pool(std::make_unique<QThreadPool>())
{
    m_pool->setMaxThreadCount(qMax(2, m_options.workers));
    m_pool->setExpiryTimeout(-1); // keep workers (and their store connections) alive
    m_batchLanes = qMax(1, m_pool->maxThreadCount() / 3);
    m_trimTimer.setSingleShot(true);
    m_trimTimer.setInterval(TrimDelayMs);
    connect(&m_trimTimer, &QTimer::timeout, this, &RpcServer::trimMemory);
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
    // Out of file descriptors (or memory) for one more socket: QTcpServer pauses accepting
    // for good. Say so and try again a moment later, when connections may have closed.
    connect(m_listener, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        if (!m_lastAcceptErrorLog.isValid() ||
            m_lastAcceptErrorLog.elapsed() >= RefusalLogIntervalMs) {
            logInfo(QStringLiteral("cannot accept a connection: %1 (open connections: %2)")
                        .arg(m_listener ? m_listener->errorString() : QString())
                        .arg(m_networkConnections));
            m_lastAcceptErrorLog.start();
        }
        QTimer::singleShot(AcceptRetryMs, this, [this] {
            if (m_listener)
                m_listener->resumeAccepting();
        });
    });
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
        const QString address = addressKey(socket->peerAddress());
        if (m_options.maxConnections > 0 && m_networkConnections >= m_options.maxConnections) {
            refuse(socket, address, false);
            continue;
        }
        int& fromAddress = m_perAddress[address];
        if (m_options.maxConnectionsPerAddress > 0 &&
            fromAddress >= m_options.maxConnectionsPerAddress) {
            refuse(socket, address, true);
            continue;
        }
        ++fromAddress;
        ++m_networkConnections;
        auto* connection = new Connection(*this, socket, address);
        m_connections.insert(connection);
        m_counted.insert(connection);
    }
}

void RpcServer::refuse(QTcpSocket* socket, const QString& address, bool perAddress)
{
    if (m_perAddress.value(address) == 0)
        m_perAddress.remove(address);
    const int max = perAddress ? m_options.maxConnectionsPerAddress : m_options.maxConnections;
    Rpc::Error e =
        perAddress
            ? Rpc::Error(
                  Rpc::LimitReached,
                  QStringLiteral("Too many connections from %1 (at most %2); try again "
                                 "later")
                      .arg(address)
                      .arg(max),
                  QJsonObject{{QStringLiteral("limit"), QStringLiteral("connections_per_address")},
                              {QStringLiteral("max"), max}})
                  .withId(QStringLiteral("net.too_many_connections_from_address"),
                          {{QStringLiteral("address"), address}, {QStringLiteral("max"), max}})
            : Rpc::Error(Rpc::LimitReached,
                         QStringLiteral("Too many connections to the server (at most %1); try "
                                        "again later")
                             .arg(max),
                         QJsonObject{{QStringLiteral("limit"), QStringLiteral("connections")},
                                     {QStringLiteral("max"), max}})
                  .withId(QStringLiteral("net.too_many_connections"),
                          {{QStringLiteral("max"), max}});
    if (!m_lastRefusalLog.isValid() || m_lastRefusalLog.elapsed() >= RefusalLogIntervalMs) {
        logInfo(QStringLiteral("refused a connection from %1: %2%3")
                    .arg(address, e.message,
                         m_refusalsNotLogged > 0
                             ? QStringLiteral(" (and %1 more since the last such line)")
                                   .arg(m_refusalsNotLogged)
                             : QString()));
        m_lastRefusalLog.start();
        m_refusalsNotLogged = 0;
    } else {
        ++m_refusalsNotLogged;
    }
    // The refused socket is no connection: it only says why and goes.
    socket->setParent(this);
    socket->setReadBufferSize(1);
    socket->write(Rpc::encodeLine(Rpc::makeError(QJsonValue::Null, e)));
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(5000, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    socket->disconnectFromHost();
}

Connection* RpcServer::openEmbedded()
{
    auto* connection = new Connection(*this, nullptr, QString());
    m_connections.insert(connection);
    return connection;
}

bool RpcServer::takeBatchLane(Connection* connection)
{
    if (m_batchesRunning < m_batchLanes) {
        ++m_batchesRunning;
        return true;
    }
    if (!m_waitingForLane.contains(connection))
        m_waitingForLane.append(connection);
    return false;
}

void RpcServer::releaseBatchLane()
{
    m_batchesRunning = qMax(0, m_batchesRunning - 1);
    // Wake every waiting connection: the first to ask gets the lane, the others queue again
    // (one woken connection that meanwhile closed must not leave the lane unused).
    const QList<QPointer<Connection>> waiting = std::exchange(m_waitingForLane, {});
    for (const QPointer<Connection>& c : waiting)
        if (c)
            QMetaObject::invokeMethod(c.data(), &Connection::processNext, Qt::QueuedConnection);
}

void RpcServer::logInfo(const QString& message) const
{
    m_core.log().info(message);
}

void RpcServer::noteLargeReply(qsizetype bytes)
{
    if (bytes >= LargeReplyBytes)
        m_trimTimer.start(); // (re)started: the trim waits for the burst to end
}

void RpcServer::trimMemory()
{
#ifdef __GLIBC__
    // Big replies and the JSON they were built from are freed by then, often in a worker
    // thread's arena, which glibc keeps for reuse by that thread. Hand it back.
    malloc_trim(0);
#endif
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
    releaseSlot(connection);
}

void RpcServer::releaseSlot(Connection* connection)
{
    if (!m_counted.remove(connection))
        return;
    --m_networkConnections;
    const auto it = m_perAddress.find(connection->addressKey());
    if (it != m_perAddress.end() && --it.value() <= 0)
        m_perAddress.erase(it);
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
