#include "tests/support/serverprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <csignal>
#include <sys/types.h>

namespace Erp::Test {

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess()
{
    if (isRunning())
        kill();
}

QString ServerProcess::binary()
{
    return qEnvironmentVariable("ERP_SERVER_BIN");
}

bool ServerProcess::start(const Options& options, int timeoutMs)
{
    m_options = options;
    return restart(timeoutMs);
}

bool ServerProcess::restart(int timeoutMs)
{
    if (isRunning())
        kill();
    m_error.clear();
    m_port = 0;
    if (binary().isEmpty()) {
        m_error = QStringLiteral("ERP_SERVER_BIN is not set");
        return false;
    }
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            m_error = QStringLiteral("cannot create a temporary directory");
            return false;
        }
    }
    ++m_starts;
    m_logFile = m_dir->filePath(QStringLiteral("server-%1.log").arg(m_starts));

    QStringList args{QStringLiteral("--db"), m_options.databaseUrl, QStringLiteral("--listen"),
                     m_options.listen};
    args += m_options.extraArgs;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ERP_ADMIN_PASSWORD"));
    if (!m_options.adminPassword.isEmpty())
        env.insert(QStringLiteral("ERP_ADMIN_PASSWORD"), m_options.adminPassword);

    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(env);
    m_process->setStandardErrorFile(m_logFile);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(binary(), args);
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(binary(), m_process->errorString());
        return false;
    }

    static const QRegularExpression ready(QStringLiteral("^listening on (.+):(\\d+)$"));
    QDeadlineTimer deadline(timeoutMs);
    QByteArray out;
    while (!deadline.hasExpired()) {
        if (m_process->canReadLine()) {
            const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
            out += line.toUtf8() + '\n';
            const auto match = ready.match(line);
            if (match.hasMatch()) {
                m_host = match.captured(1);
                m_port = quint16(match.captured(2).toUInt());
                return m_port != 0;
            }
            continue;
        }
        if (m_process->state() != QProcess::Running) {
            m_error = QStringLiteral("the server exited before it was ready (code %1); stdout: %2; "
                                     "stderr: %3")
                          .arg(m_process->exitCode())
                          .arg(QString::fromUtf8(out), QString::fromUtf8(logText()));
            return false;
        }
        m_process->waitForReadyRead(int(qMin<qint64>(200, deadline.remainingTime())));
    }
    m_error = QStringLiteral("the server did not print \"listening on\" within %1 ms; stderr: %2")
                  .arg(timeoutMs)
                  .arg(QString::fromUtf8(logText().right(4000)));
    kill();
    return false;
}

qint64 ServerProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool ServerProcess::terminate(int timeoutMs)
{
    if (!isRunning())
        return false;
    ::kill(pid_t(m_process->processId()), SIGTERM);
    if (!m_process->waitForFinished(timeoutMs)) {
        m_error = QStringLiteral("the server did not exit within %1 ms of SIGTERM").arg(timeoutMs);
        kill();
        return false;
    }
    return m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
}

void ServerProcess::kill()
{
    if (!isRunning())
        return;
    ::kill(pid_t(m_process->processId()), SIGKILL);
    m_process->waitForFinished(30000);
}

bool ServerProcess::waitForExit(int timeoutMs)
{
    return !isRunning() || m_process->waitForFinished(timeoutMs);
}

int ServerProcess::exitCode() const
{
    return m_process ? m_process->exitCode() : -1;
}

QProcess::ExitStatus ServerProcess::exitStatus() const
{
    return m_process ? m_process->exitStatus() : QProcess::CrashExit;
}

QByteArray ServerProcess::logText() const
{
    QFile file(m_logFile);
    if (m_logFile.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

qint64 ServerProcess::rssKiB() const
{
    if (!isRunning())
        return -1;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace Erp::Test
