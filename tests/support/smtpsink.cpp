#include "tests/support/smtpsink.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace Erp::Test {

SmtpSink::~SmtpSink()
{
    stop();
}

quint16 SmtpSink::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool SmtpSink::start(quint16 port)
{
    m_port = port ? port : freePort();
    // Debian's python, not a user's pyenv: the package installs the module there.
    m_process.setProgram(QStringLiteral("/usr/bin/python3"));
    m_process.setArguments({QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"),
                            QStringLiteral("-l"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                            QStringLiteral("-c"), QStringLiteral("aiosmtpd.handlers.Mailbox"),
                            m_dir.filePath(QStringLiteral("maildir"))});
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return false;
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running)
            return false;
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200) && probe.waitForReadyRead(2000) &&
            probe.readAll().startsWith("220")) {
            probe.write("QUIT\r\n");
            probe.waitForBytesWritten(1000);
            return true;
        }
        QThread::msleep(50);
    }
    return false;
}

void SmtpSink::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString SmtpSink::url() const
{
    return QStringLiteral("smtp://127.0.0.1:%1").arg(m_port);
}

QByteArrayList SmtpSink::messages() const
{
    QByteArrayList result;
    const QDir dir(m_dir.filePath(QStringLiteral("maildir/new")));
    const QStringList names = dir.entryList(QDir::Files, QDir::Time | QDir::Reversed);
    for (const QString& name : names) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            result.append(f.readAll());
    }
    return result;
}

QString mailBody(const QByteArray& message)
{
    QByteArray text = message;
    text.replace("\r\n", "\n");
    const qsizetype split = text.indexOf("\n\n");
    if (split < 0)
        return {};
    QByteArray body = text.mid(split + 2);
    body.replace("\n", "");
    return QString::fromUtf8(QByteArray::fromBase64(body));
}

} // namespace Erp::Test
