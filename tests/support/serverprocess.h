#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Erp::Test {

/// A real erp-server process for protocol and end-to-end tests: started from ERP_SERVER_BIN,
/// ready once it printed "listening on HOST:PORT". Its stderr (one JSON line per call) goes to a
/// file, so a test that never runs an event loop cannot stall the server on a full pipe.
class ServerProcess final
{
public:
    struct Options
    {
        explicit Options(QString url = {})
            : databaseUrl(std::move(url))
        {}

        QString databaseUrl;
        QString listen = QStringLiteral("127.0.0.1:0");
        QStringList extraArgs; ///< e.g. --max-line 1024, --tls-cert F --tls-key F
        QString adminPassword = defaultAdminPassword(); ///< ERP_ADMIN_PASSWORD; empty = unset
    };

    ServerProcess();
    ~ServerProcess(); ///< kills a still running server (SIGKILL)
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    /// Starts the server and waits for its "listening on" line; false (see errorString()) if it
    /// exited or did not get ready within timeoutMs.
    bool start(const Options& options, int timeoutMs = 120000);
    /// Starts again with the options of the last start() (same database), e.g. after kill().
    bool restart(int timeoutMs = 120000);

    quint16 port() const { return m_port; }
    QString host() const { return m_host; }
    qint64 pid() const;
    bool isRunning() const;

    /// SIGTERM, then waits for the exit; true when it exited normally with code 0.
    bool terminate(int timeoutMs = 30000);
    /// SIGKILL (kill -9) and waits for the process to be gone.
    void kill();
    /// Waits for an exit the server decides itself (e.g. a refused configuration).
    bool waitForExit(int timeoutMs);
    int exitCode() const;
    QProcess::ExitStatus exitStatus() const;

    /// The server's stderr so far, and a short description of why start() failed.
    QByteArray logText() const;
    QString errorString() const { return m_error; }
    /// Resident set size from /proc/PID/status (VmRSS), in KiB; -1 if unknown.
    qint64 rssKiB() const;

    static QString binary();
    static QString defaultAdminPassword() { return QStringLiteral("admin-test-pw"); }

private:
    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_logFile;
    QString m_host;
    quint16 m_port = 0;
    int m_starts = 0;
    QString m_error;
};

} // namespace Erp::Test
