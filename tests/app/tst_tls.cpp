// TLS to a server with a self-signed certificate: refused (and the certificate offered to the
// user) until its fingerprint is trusted, then accepted; a different certificate is refused.
#include "apptest.h"

#include "app/net/tcptransport.h"
#include "server/net/rpcserver.h"
#include "server/servercore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Erp::Client;

namespace {
bool makeCertificate(const QString& dir, const QString& name)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"),
                   dir + QLatin1Char('/') + name + QStringLiteral(".key"), QStringLiteral("-out"),
                   dir + QLatin1Char('/') + name + QStringLiteral(".pem"), QStringLiteral("-days"),
                   QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                   QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
    return openssl.waitForFinished(30000) && openssl.exitCode() == 0; // not our server: may block
}
} // namespace

class TestTls final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_tls"));
        if (!QSslSocket::supportsSsl())
            QFAIL("no TLS backend");
        QVERIFY(makeCertificate(m_dir.path(), QStringLiteral("a")));
        QVERIFY(makeCertificate(m_dir.path(), QStringLiteral("b")));
        Erp::Server::ServerCore::Options options;
        options.databaseUrl = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("c.db"));
        options.initialAdminPassword = QStringLiteral("secret-admin");
        options.logCalls = false;
        QString error;
        QVERIFY2(m_core.open(options, &error), qPrintable(error));
    }

    void selfSignedNeedsTrust()
    {
        Erp::Server::RpcServer::Options serverOptions;
        serverOptions.tlsCertFile = m_dir.filePath(QStringLiteral("a.pem"));
        serverOptions.tlsKeyFile = m_dir.filePath(QStringLiteral("a.key"));
        auto server = std::make_unique<Erp::Server::RpcServer>(m_core, serverOptions);
        QString error;
        QVERIFY2(server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        const quint16 port = server->serverPort();

        // Not trusted yet: the connection is refused and the certificate offered.
        ApiClient api;
        auto* untrusted = new TcpTransport({QStringLiteral("127.0.0.1"), port, true, {}, 10000});
        QSignalSpy offered(untrusted, &TcpTransport::untrustedCertificate);
        QSignalSpy failed(&api, &ApiClient::openFailed);
        api.open(untrusted);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(offered.count(), 1);
        QCOMPARE(api.state(), ApiClient::State::Disconnected);
        const auto certificate = offered.first().first().value<QSslCertificate>();
        QVERIFY(!certificate.isNull());
        QVERIFY(!offered.first().at(1).toStringList().isEmpty()); // the reasons, for the user

        // The user trusted this fingerprint: the connection works, encrypted.
        const QByteArray digest = TcpTransport::certificateDigest(certificate);
        QSignalSpy opened(&api, &ApiClient::opened);
        api.open(new TcpTransport({QStringLiteral("127.0.0.1"), port, true, digest, 10000}));
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
        bool pong = false;
        api.call(QStringLiteral("system.ping"), {}, this, [&](const QJsonValue&) { pong = true; });
        QTRY_VERIFY(pong);
        api.close();

        // Another certificate on the same address is not covered by that trust.
        server->shutdown();
        serverOptions.tlsCertFile = m_dir.filePath(QStringLiteral("b.pem"));
        serverOptions.tlsKeyFile = m_dir.filePath(QStringLiteral("b.key"));
        server = std::make_unique<Erp::Server::RpcServer>(m_core, serverOptions);
        QVERIFY2(server->listen(QHostAddress::LocalHost, port, &error), qPrintable(error));
        auto* other = new TcpTransport({QStringLiteral("127.0.0.1"), port, true, digest, 10000});
        QSignalSpy offeredAgain(other, &TcpTransport::untrustedCertificate);
        failed.clear();
        api.open(other);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(offeredAgain.count(), 1);
        api.close();
    }

private:
    QTemporaryDir m_dir;
    Erp::Server::ServerCore m_core;
};

QTEST_MAIN(TestTls)
#include "tst_tls.moc"
