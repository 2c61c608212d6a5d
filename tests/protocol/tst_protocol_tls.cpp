// TLS and the listen-address rule against a real erp-server process: a TLS server answers a
// verifying QSslSocket client; plain TCP on a non-loopback address is refused unless --insecure.

#include "tests/protocol/responsecheck.h"
#include "tests/support/rpcclient.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdb.h"

#include <QDir>
#include <QProcess>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace Erp::Test;

class ProtocolTlsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void tlsClientIsServed();
    void plainClientOnTlsPortIsDropped();
    void untrustedCertificateIsRejectedByTheClient();
    void refusesPlainTcpOnPublicAddress();
    void insecureAllowsPlainTcpOnPublicAddress();
    void tlsOnPublicAddress();
    void unreadableCertificateIsRefused();

private:
    ServerProcess::Options options(const QString& listen, const QStringList& extra) const;

    QTemporaryDir m_dir;
    QString m_cert;
    QString m_key;
    QString m_url;
};

void ProtocolTlsTest::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QFAIL("Qt has no TLS backend (OpenSSL 3 is loaded at run time)");
    QVERIFY(m_dir.isValid());
    m_cert = m_dir.filePath(QStringLiteral("cert.pem"));
    m_key = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), m_key, QStringLiteral("-out"), m_cert,
                   QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
    QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0,
             openssl.readAll().constData());
    try {
        m_url = databaseUrl(QStringLiteral("protocol_tls"));
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
}

ServerProcess::Options ProtocolTlsTest::options(const QString& listen,
                                                const QStringList& extra) const
{
    ServerProcess::Options o(m_url);
    o.listen = listen;
    o.extraArgs = extra;
    return o;
}

void ProtocolTlsTest::tlsClientIsServed()
{
    ServerProcess server;
    QVERIFY2(
        server.start(options(QStringLiteral("127.0.0.1:0"), {QStringLiteral("--tls-cert"), m_cert,
                                                             QStringLiteral("--tls-key"), m_key})),
        qPrintable(server.errorString()));
    RpcClient client;
    QVERIFY2(client.connectTls(server.port(), QSslCertificate::fromPath(m_cert)),
             qPrintable(client.errorString()));
    ERP_CHECK_RESPONSE(client.call(QStringLiteral("system.ping")), 0, QJsonValue(1));
    const QJsonObject login =
        client.login(QStringLiteral("admin"), ServerProcess::defaultAdminPassword());
    ERP_CHECK_RESPONSE(login, 0, QJsonValue(2));
    QVERIFY(!resultObject(login).value(QLatin1String("token")).toString().isEmpty());
    ERP_CHECK_RESPONSE(client.call(QStringLiteral("system.info")), 0, QJsonValue(3));
    QVERIFY(server.terminate());
}

void ProtocolTlsTest::plainClientOnTlsPortIsDropped()
{
    ServerProcess server;
    QVERIFY2(
        server.start(options(QStringLiteral("127.0.0.1:0"), {QStringLiteral("--tls-cert"), m_cert,
                                                             QStringLiteral("--tls-key"), m_key})),
        qPrintable(server.errorString()));
    RpcClient plain;
    QVERIFY(plain.connectTo(server.port()));
    plain.send(R"({"jsonrpc":"2.0","id":1,"method":"system.ping"})"
               "\n");
    // No JSON-RPC is spoken in clear text on a TLS port.
    const QByteArray line = plain.readLine(3000);
    QVERIFY2(!line.startsWith('{'), line.constData());
    // ... and the server still serves TLS clients.
    RpcClient client;
    QVERIFY2(client.connectTls(server.port(), QSslCertificate::fromPath(m_cert)),
             qPrintable(client.errorString()));
    ERP_CHECK_RESPONSE(client.call(QStringLiteral("system.ping")), 0, QJsonValue(1));
    QVERIFY(server.terminate());
}

void ProtocolTlsTest::untrustedCertificateIsRejectedByTheClient()
{
    ServerProcess server;
    QVERIFY2(
        server.start(options(QStringLiteral("127.0.0.1:0"), {QStringLiteral("--tls-cert"), m_cert,
                                                             QStringLiteral("--tls-key"), m_key})),
        qPrintable(server.errorString()));
    // The certificate is the one the server presents: verification against an empty trust
    // store must fail, and the server must survive the aborted handshake.
    RpcClient client;
    QVERIFY(!client.connectTls(server.port(), {}, QStringLiteral("localhost"), 5000));
    RpcClient trusted;
    QVERIFY2(trusted.connectTls(server.port(), QSslCertificate::fromPath(m_cert)),
             qPrintable(trusted.errorString()));
    ERP_CHECK_RESPONSE(trusted.call(QStringLiteral("system.ping")), 0, QJsonValue(1));
    QVERIFY(server.terminate());
}

void ProtocolTlsTest::refusesPlainTcpOnPublicAddress()
{
    ServerProcess server;
    QVERIFY2(!server.start(options(QStringLiteral("0.0.0.0:0"), {}), 30000),
             "the server listens on 0.0.0.0 without TLS");
    QVERIFY(server.waitForExit(10000));
    QVERIFY(server.exitStatus() == QProcess::NormalExit);
    QVERIFY2(server.exitCode() != 0, "the refusal must exit nonzero");
    const QByteArray log = server.logText();
    QVERIFY2(log.contains("TLS") || log.contains("tls"), log.constData());
}

void ProtocolTlsTest::insecureAllowsPlainTcpOnPublicAddress()
{
    ServerProcess server;
    QVERIFY2(server.start(options(QStringLiteral("0.0.0.0:0"), {QStringLiteral("--insecure")})),
             qPrintable(server.errorString()));
    RpcClient client;
    QVERIFY(client.connectTo(server.port()));
    ERP_CHECK_RESPONSE(client.call(QStringLiteral("system.ping")), 0, QJsonValue(1));
    QVERIFY(server.terminate());
}

void ProtocolTlsTest::tlsOnPublicAddress()
{
    ServerProcess server;
    QVERIFY2(
        server.start(options(QStringLiteral("0.0.0.0:0"), {QStringLiteral("--tls-cert"), m_cert,
                                                           QStringLiteral("--tls-key"), m_key})),
        qPrintable(server.errorString()));
    RpcClient client;
    QVERIFY2(client.connectTls(server.port(), QSslCertificate::fromPath(m_cert)),
             qPrintable(client.errorString()));
    ERP_CHECK_RESPONSE(client.call(QStringLiteral("system.ping")), 0, QJsonValue(1));
    QVERIFY(server.terminate());
}

void ProtocolTlsTest::unreadableCertificateIsRefused()
{
    ServerProcess server;
    const QString missing = m_dir.filePath(QStringLiteral("missing.pem"));
    QVERIFY(
        !server.start(options(QStringLiteral("127.0.0.1:0"), {QStringLiteral("--tls-cert"), missing,
                                                              QStringLiteral("--tls-key"), m_key}),
                      30000));
    QVERIFY(server.waitForExit(10000));
    QVERIFY(server.exitCode() != 0);
    QVERIFY(!server.logText().isEmpty());
}

QTEST_GUILESS_MAIN(ProtocolTlsTest)
#include "tst_protocol_tls.moc"
