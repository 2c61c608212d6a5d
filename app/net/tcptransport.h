#pragma once

#include "app/net/transport.h"

#include <QByteArray>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QTimer>

class QSslError;
class QSslSocket;

namespace Erp::Client {

/// TCP or TLS connection to an erp-server. A certificate that does not verify (e.g. a
/// self-signed one) is only accepted when its SHA-256 digest was trusted before by the user;
/// otherwise the connection is dropped and untrustedCertificate() lets the UI ask.
class TcpTransport final : public Transport
{
    Q_OBJECT
public:
    struct Options
    {
        QString host;
        quint16 port = 7878;
        bool tls = false;
        QByteArray trustedCertificateDigest; ///< SHA-256 of a certificate the user accepted
        int connectTimeoutMs = 10000;
    };

    explicit TcpTransport(Options options, QObject* parent = nullptr);
    ~TcpTransport() override;

    void open() override;
    void close() override;
    void send(const QByteArray& bytes) override;
    bool canReconnect() const override { return true; }
    bool isLocal() const override { return false; }
    QString displayName() const override;

    const Options& options() const { return m_options; }
    void setTrustedCertificateDigest(const QByteArray& sha256);
    /// The server's certificate of the last TLS handshake (null for plain TCP).
    QSslCertificate peerCertificate() const { return m_peerCertificate; }

    static QByteArray certificateDigest(const QSslCertificate& certificate);

signals:
    /// The TLS certificate did not verify and is not trusted; the connection is closed.
    void untrustedCertificate(const QSslCertificate& certificate, const QStringList& errors);

private:
    void onConnected();
    void onSslErrors(const QList<QSslError>& errors);
    void fail(const QString& reason);
    void dropSocket();

    enum class Phase { Idle, Connecting, Open };

    Options m_options;
    QPointer<QSslSocket> m_socket;
    QSslCertificate m_peerCertificate;
    QTimer m_connectTimer;
    Phase m_phase = Phase::Idle;
};

} // namespace Erp::Client
