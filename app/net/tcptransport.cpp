#include "app/net/tcptransport.h"

#include <QCryptographicHash>
#include <QSslConfiguration>
#include <QSslSocket>

namespace Erp::Client {

TcpTransport::TcpTransport(Options options, QObject* parent)
    : Transport(parent)
    , m_options(std::move(options))
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this,
            [this] { fail(tr("The server did not answer in time.")); });
}

TcpTransport::~TcpTransport()
{
    m_phase = Phase::Idle;
    dropSocket();
}

QString TcpTransport::displayName() const
{
    return QStringLiteral("%1:%2").arg(m_options.host).arg(m_options.port);
}

void TcpTransport::setTrustedCertificateDigest(const QByteArray& sha256)
{
    m_options.trustedCertificateDigest = sha256;
}

QByteArray TcpTransport::certificateDigest(const QSslCertificate& certificate)
{
    return certificate.digest(QCryptographicHash::Sha256);
}

void TcpTransport::open()
{
    dropSocket();
    m_phase = Phase::Connecting;
    m_peerCertificate = QSslCertificate();
    auto* socket = new QSslSocket(this);
    m_socket = socket;
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    connect(socket, &QSslSocket::readyRead, this, [this, socket] {
        if (m_phase == Phase::Open)
            emit received(socket->readAll());
    });
    connect(socket, &QSslSocket::disconnected, this,
            [this] { fail(tr("The server closed the connection.")); });
    connect(socket, &QSslSocket::errorOccurred, this,
            [this, socket](QAbstractSocket::SocketError e) {
                if (e == QAbstractSocket::RemoteHostClosedError)
                    fail(tr("The server closed the connection."));
                else if (e == QAbstractSocket::ConnectionRefusedError)
                    fail(tr("The server refused the connection. Is erp-server running on %1?")
                             .arg(displayName()));
                else if (e == QAbstractSocket::HostNotFoundError)
                    fail(tr("The server name %1 was not found.").arg(m_options.host));
                else
                    fail(tr("Network error: %1").arg(socket->errorString()));
            });
    m_connectTimer.start(m_options.connectTimeoutMs);
    if (m_options.tls) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setProtocol(QSsl::TlsV1_2OrLater);
        socket->setSslConfiguration(config);
        connect(socket, &QSslSocket::sslErrors, this, &TcpTransport::onSslErrors);
        connect(socket, &QSslSocket::encrypted, this, &TcpTransport::onConnected);
        socket->connectToHostEncrypted(m_options.host, m_options.port);
    } else {
        connect(socket, &QSslSocket::connected, this, &TcpTransport::onConnected);
        socket->connectToHost(m_options.host, m_options.port);
    }
}

void TcpTransport::onConnected()
{
    if (m_phase != Phase::Connecting || !m_socket)
        return;
    m_connectTimer.stop();
    m_peerCertificate = m_socket->peerCertificate();
    m_phase = Phase::Open;
    emit opened();
    if (m_socket && m_socket->bytesAvailable() > 0)
        emit received(m_socket->readAll());
}

void TcpTransport::onSslErrors(const QList<QSslError>& errors)
{
    if (!m_socket)
        return;
    const QSslCertificate certificate = m_socket->peerCertificate();
    if (!m_options.trustedCertificateDigest.isEmpty() && !certificate.isNull() &&
        certificateDigest(certificate) == m_options.trustedCertificateDigest) {
        m_socket->ignoreSslErrors(errors);
        return;
    }
    QStringList texts;
    for (const QSslError& e : errors)
        texts.append(e.errorString());
    fail(tr("The server's certificate is not trusted."));
    emit untrustedCertificate(certificate, texts);
}

void TcpTransport::close()
{
    m_phase = Phase::Idle;
    m_connectTimer.stop();
    dropSocket();
}

void TcpTransport::send(const QByteArray& bytes)
{
    if (m_phase == Phase::Open && m_socket)
        m_socket->write(bytes);
}

void TcpTransport::fail(const QString& reason)
{
    if (m_phase == Phase::Idle)
        return;
    m_phase = Phase::Idle;
    m_connectTimer.stop();
    dropSocket();
    emit closed(reason);
}

void TcpTransport::dropSocket()
{
    if (!m_socket)
        return;
    QSslSocket* socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

} // namespace Erp::Client
