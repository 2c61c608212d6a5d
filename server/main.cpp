// erp-server: the shared server. CLI contract in docs/ARCHITECTURE.md and DESIGN.md.
#include "server/net/rpcserver.h"
#include "server/rpc/calllog.h"
#include "server/servercore.h"
#include "server/storage/backup.h"
#include "server/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &c, 1);
}

bool parseListen(const QString& text, QHostAddress* address, quint16* port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    if (!address->setAddress(host))
        return false;
    *port = quint16(p);
    return true;
}

int fail(const QString& message)
{
    std::fprintf(stderr, "erp-server: %s\n", qPrintable(message));
    return 2;
}

/// A count or size option: a whole number from `min` up (0 also allowed when `zeroAllowed`).
bool readCount(const QCommandLineParser& cli, const QCommandLineOption& option, qlonglong min,
               bool zeroAllowed, qlonglong* value)
{
    bool ok = false;
    *value = cli.value(option).toLongLong(&ok);
    return ok && (*value >= min || (zeroAllowed && *value == 0)) && *value <= (qlonglong(1) << 40);
}

/// A time option in seconds (decimals allowed, 0 = never) as milliseconds.
bool readSeconds(const QCommandLineParser& cli, const QCommandLineOption& option, int* ms)
{
    bool ok = false;
    const double s = cli.value(option).toDouble(&ok);
    if (!ok || !std::isfinite(s) || s < 0 || s > 24 * 3600 * 365)
        return false;
    *ms = int(std::lround(s * 1000));
    return *ms > 0 || s == 0;
}

/// A duration such as 90 (seconds), 30m, 12h or 1d as seconds; -1 when malformed.
qint64 readDuration(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,9})([smhd]?)$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    return unit == QLatin1String("m")   ? n * 60
           : unit == QLatin1String("h") ? n * 3600
           : unit == QLatin1String("d") ? n * 86400
                                        : n;
}

/// erp-server --backup-now DIR: one backup of --db, pruned to --backup-keep; exit code.
int backupNow(const Erp::Storage::DatabaseConfig& config, const QString& directory, int keep)
{
    try {
        Erp::Storage::BackupDirectory backups(config, directory, keep);
        const Erp::Storage::BackupFile file = backups.run();
        std::printf("backup written: %s (%lld bytes)\n", qPrintable(file.path),
                    qlonglong(file.size));
        return 0;
    } catch (const Erp::Storage::StoreError& e) {
        return fail(QStringLiteral("backup of %1 failed: %2").arg(config.displayName(), e.message));
    }
}

/// erp-server --restore FILE --db NEW: load, upgrade (migrations), verify (stock and ledger
/// checks); a target that fails the checks is removed again. Exit code.
int restore(const QString& file, const QString& url, const Erp::Storage::DatabaseConfig& config)
{
    try {
        Erp::Storage::Backup::restore(file, config);
    } catch (const Erp::Storage::StoreError& e) {
        return fail(QStringLiteral("restore failed: %1").arg(e.message));
    }
    QStringList report;
    bool clean = false;
    QString error;
    {
        Erp::Server::ServerCore core;
        Erp::Server::ServerCore::Options options;
        options.databaseUrl = url;
        options.logCalls = false;
        options.startBackground = false; // no mail goes out of a store being checked
        if (core.open(options, &error))
            clean = core.verifyStore(&report);
    }
    for (const QString& line : std::as_const(report))
        std::printf("%s\n", qPrintable(line));
    if (!error.isEmpty() || !clean) {
        try {
            Erp::Storage::Backup::dropRestored(config);
        } catch (const Erp::Storage::StoreError&) {
        }
        return fail(
            error.isEmpty()
                ? QStringLiteral("restore failed: the restored store did not pass the "
                                 "checks above; it was removed again")
                : QStringLiteral("restore failed: %1; the restored store was removed").arg(error));
    }
    std::printf("restored %s into %s: upgraded and verified\n", qPrintable(file),
                qPrintable(config.displayName()));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Erp::Rpc::CallLog::installQtMessageHandler();
    QCoreApplication::setApplicationName(QStringLiteral("erp-server"));
    QCoreApplication::setApplicationVersion(Erp::Server::ServerCore::version());

    QCommandLineParser cli;
    cli.setApplicationDescription(
        QStringLiteral("ERP server: JSON-RPC 2.0 over TCP, one JSON object per line."));
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption dbOpt(
        QStringLiteral("db"),
        QStringLiteral("sqlite:/path/company.db or postgresql://user@host:port/db"),
        QStringLiteral("url"));
    const QCommandLineOption listenOpt(
        QStringLiteral("listen"), QStringLiteral("Address and port (port 0 = any free one)."),
        QStringLiteral("host:port"), QStringLiteral("127.0.0.1:7878"));
    const QCommandLineOption certOpt(QStringLiteral("tls-cert"),
                                     QStringLiteral("TLS certificate chain (PEM)."),
                                     QStringLiteral("file"));
    const QCommandLineOption keyOpt(QStringLiteral("tls-key"),
                                    QStringLiteral("TLS private key (PEM)."),
                                    QStringLiteral("file"));
    const QCommandLineOption insecureOpt(
        QStringLiteral("insecure"), QStringLiteral("Allow plain TCP on a non-loopback address."));
    const QCommandLineOption demoOpt(QStringLiteral("demo"),
                                     QStringLiteral("Load the demo company (once)."));
    const QCommandLineOption workersOpt(
        QStringLiteral("workers"),
        QStringLiteral("Worker threads (default: cores + 1 with SQLite, 8 with PostgreSQL)."),
        QStringLiteral("n"));
    const QCommandLineOption maxLineOpt(
        QStringLiteral("max-line"),
        QStringLiteral("Longest accepted request line in bytes once logged in (default 16 MiB)."),
        QStringLiteral("bytes"), QString::number(16 * 1024 * 1024));
    const QCommandLineOption maxLineBeforeLoginOpt(
        QStringLiteral("max-line-before-login"),
        QStringLiteral("Longest accepted line until the connection has logged in, in bytes "
                       "(default 64 KiB)."),
        QStringLiteral("bytes"), QString::number(64 * 1024));
    const QCommandLineOption loginTimeoutOpt(
        QStringLiteral("login-timeout"),
        QStringLiteral("Seconds a new connection has to log in before it is closed (default 30; "
                       "0 = no limit)."),
        QStringLiteral("seconds"), QStringLiteral("30"));
    const QCommandLineOption idleTimeoutOpt(
        QStringLiteral("idle-timeout"),
        QStringLiteral("Seconds without a request (or without reading replies) after which a "
                       "connection is closed (default 300; 0 = never). The client pings after "
                       "15 s of silence, so keep this above 60."),
        QStringLiteral("seconds"), QStringLiteral("300"));
    const QCommandLineOption maxConnectionsOpt(
        QStringLiteral("max-connections"),
        QStringLiteral("Open connections at most; more are refused (default 1000; 0 = no cap)."),
        QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption maxPerAddressOpt(
        QStringLiteral("max-connections-per-address"),
        QStringLiteral("Open connections from one IP address at most (default 100; 0 = no cap)."),
        QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption maxBatchReplyOpt(
        QStringLiteral("max-batch-reply"),
        QStringLiteral("Bytes of replies a batch may produce; its remaining requests are then "
                       "answered with an error instead of run (default 16 MiB; 0 = no cap)."),
        QStringLiteral("bytes"), QString::number(16 * 1024 * 1024));
    const QCommandLineOption backupOpt(
        QStringLiteral("backup"),
        QStringLiteral("Directory for backups: taken on a schedule (--backup-every) and by "
                       "admin.backup.run (Admin > Backup)."),
        QStringLiteral("dir"));
    const QCommandLineOption backupEveryOpt(
        QStringLiteral("backup-every"),
        QStringLiteral("Time between scheduled backups: seconds, or with a unit 30m, 12h, 1d "
                       "(default 1d; 0 = only on request)."),
        QStringLiteral("duration"), QStringLiteral("1d"));
    const QCommandLineOption backupKeepOpt(
        QStringLiteral("backup-keep"),
        QStringLiteral("Backups kept in the directory; older ones are removed (default 7; 0 = "
                       "keep all)."),
        QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption backupNowOpt(
        QStringLiteral("backup-now"),
        QStringLiteral("Take one backup of --db into the directory (pruned to --backup-keep) "
                       "and exit."),
        QStringLiteral("dir"));
    const QCommandLineOption restoreOpt(
        QStringLiteral("restore"),
        QStringLiteral("Restore a backup into the NEW database --db (refused if it is not "
                       "empty), upgrade it and verify it with the stock and ledger checks, "
                       "then exit."),
        QStringLiteral("file"));
    const QCommandLineOption quietOpt(QStringLiteral("quiet"),
                                      QStringLiteral("No per-call log lines."));
    cli.addOptions({dbOpt,
                    listenOpt,
                    certOpt,
                    keyOpt,
                    insecureOpt,
                    demoOpt,
                    workersOpt,
                    maxLineOpt,
                    maxLineBeforeLoginOpt,
                    loginTimeoutOpt,
                    idleTimeoutOpt,
                    maxConnectionsOpt,
                    maxPerAddressOpt,
                    maxBatchReplyOpt,
                    backupOpt,
                    backupEveryOpt,
                    backupKeepOpt,
                    backupNowOpt,
                    restoreOpt,
                    quietOpt});
    cli.process(app);

    if (!cli.isSet(dbOpt))
        return fail(QStringLiteral(
            "--db is required (sqlite:/path/company.db or postgresql://user@host:port/db)"));
    qlonglong backupKeep = 0;
    if (!readCount(cli, backupKeepOpt, 1, true, &backupKeep) || backupKeep > 100000)
        return fail(QStringLiteral("--backup-keep must be 0 (keep all) or 1..100000"));
    const qint64 backupEvery = readDuration(cli.value(backupEveryOpt));
    if (backupEvery < 0)
        return fail(QStringLiteral("--backup-every must be seconds or a number with a unit "
                                   "(30m, 12h, 1d); 0 = only on request"));
    if (cli.isSet(backupNowOpt) || cli.isSet(restoreOpt)) {
        if (cli.isSet(backupNowOpt) && cli.isSet(restoreOpt))
            return fail(QStringLiteral("--backup-now and --restore go one at a time"));
        QString urlError;
        const auto config = Erp::Storage::DatabaseConfig::fromUrl(cli.value(dbOpt), &urlError);
        if (!config)
            return fail(urlError);
        return cli.isSet(backupNowOpt)
                   ? backupNow(*config, cli.value(backupNowOpt), int(backupKeep))
                   : restore(cli.value(restoreOpt), cli.value(dbOpt), *config);
    }
    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(cli.value(listenOpt), &address, &port))
        return fail(QStringLiteral("--listen must be HOST:PORT, e.g. 127.0.0.1:7878"));
    if (cli.isSet(certOpt) != cli.isSet(keyOpt))
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));
    bool ok = true;
    // SQLite has one writer: workers beyond the cores only preempt the one holding the write
    // lock (measured: 3 workers give 4-6 % more order flow than 8 on 2 cores). PostgreSQL
    // calls wait on the network, so more of them overlap usefully.
    const int workers = cli.isSet(workersOpt) ? cli.value(workersOpt).toInt(&ok)
                        : cli.value(dbOpt).startsWith(QLatin1String("sqlite:"))
                            ? qMax(2, QThread::idealThreadCount() + 1)
                            : 8;
    if (!ok || workers < 1 || workers > 256)
        return fail(QStringLiteral("--workers must be 1..256"));
    const qlonglong maxLine = cli.value(maxLineOpt).toLongLong(&ok);
    if (!ok || maxLine < 64)
        return fail(QStringLiteral("--max-line must be at least 64 bytes"));
    qlonglong maxLineBeforeLogin = 0, maxConnections = 0, maxPerAddress = 0, maxBatchReply = 0;
    int loginTimeoutMs = 0, idleTimeoutMs = 0;
    if (!readCount(cli, maxLineBeforeLoginOpt, 64, false, &maxLineBeforeLogin))
        return fail(QStringLiteral("--max-line-before-login must be at least 64 bytes"));
    if (!readSeconds(cli, loginTimeoutOpt, &loginTimeoutMs))
        return fail(QStringLiteral("--login-timeout must be a number of seconds (0 = no limit)"));
    if (!readSeconds(cli, idleTimeoutOpt, &idleTimeoutMs))
        return fail(QStringLiteral("--idle-timeout must be a number of seconds (0 = never)"));
    if (!readCount(cli, maxConnectionsOpt, 1, true, &maxConnections) || maxConnections > 1000000)
        return fail(QStringLiteral("--max-connections must be 0 (no cap) or 1..1000000"));
    if (!readCount(cli, maxPerAddressOpt, 1, true, &maxPerAddress) || maxPerAddress > 1000000)
        return fail(
            QStringLiteral("--max-connections-per-address must be 0 (no cap) or 1..1000000"));
    if (!readCount(cli, maxBatchReplyOpt, 1024, true, &maxBatchReply))
        return fail(QStringLiteral("--max-batch-reply must be 0 (no cap) or at least 1024 bytes"));

    // Every connection is a file descriptor: raise the soft limit (often 1024) towards the hard
    // one so that --max-connections, not the descriptor limit, is what refuses clients.
    rlimit files{};
    QString fileLimitWarning;
    const rlim_t wanted = rlim_t(maxConnections > 0 ? maxConnections : 100000) + 256;
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < wanted) {
        files.rlim_cur = qMin(wanted, files.rlim_max);
        setrlimit(RLIMIT_NOFILE, &files);
        if (files.rlim_cur < wanted)
            fileLimitWarning =
                QStringLiteral("warning: the open-file limit %1 is below --max-connections plus "
                               "256; raise it (ulimit -n, systemd LimitNOFILE=) or lower "
                               "--max-connections")
                    .arg(qulonglong(files.rlim_cur));
    }

#ifdef __GLIBC__
    // Memory after a burst goes back to the system: big buffers (replies, JSON texts) come
    // from mmap and are unmapped when freed instead of raising glibc's threshold and staying
    // in the heap, and fewer arenas means less memory parked per worker thread. The rest is
    // malloc_trim() after large replies (RpcServer). docs/BENCHMARKS.md "Hostile load".
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
    mallopt(M_ARENA_MAX, 4);
#endif

    Erp::Server::ServerCore core;
    Erp::Server::ServerCore::Options coreOptions;
    coreOptions.databaseUrl = cli.value(dbOpt);
    coreOptions.initialAdminPassword = qEnvironmentVariable("ERP_ADMIN_PASSWORD");
    coreOptions.demo = cli.isSet(demoOpt);
    coreOptions.logCalls = !cli.isSet(quietOpt);
    coreOptions.backupDirectory = cli.value(backupOpt);
    coreOptions.backupKeep = int(backupKeep);
    QString error;
    if (!core.open(coreOptions, &error))
        return fail(error);
    if (!fileLimitWarning.isEmpty())
        core.log().info(fileLimitWarning);

    Erp::Server::RpcServer::Options netOptions;
    netOptions.workers = workers;
    netOptions.maxLineBytes = maxLine;
    netOptions.maxLineBytesBeforeLogin = maxLineBeforeLogin;
    netOptions.loginTimeoutMs = loginTimeoutMs;
    netOptions.idleTimeoutMs = idleTimeoutMs;
    netOptions.maxConnections = int(maxConnections);
    netOptions.maxConnectionsPerAddress = int(maxPerAddress);
    netOptions.maxBatchReplyBytes = maxBatchReply;
    netOptions.tlsCertFile = cli.value(certOpt);
    netOptions.tlsKeyFile = cli.value(keyOpt);
    netOptions.insecure = cli.isSet(insecureOpt);
    Erp::Server::RpcServer server(core, netOptions);
    if (!server.listen(address, port, &error))
        return fail(error);

    // Scheduled backups: due when the newest backup in the directory is older than
    // --backup-every (so a restart neither skips nor repeats one); taken on a thread of their
    // own while the workers keep serving.
    std::atomic<bool> backupRunning{false};
    QThread* backupThread = nullptr;
    QTimer backupTimer;
    QDateTime lastAttempt;
    if (Erp::Storage::BackupDirectory* backups = core.backups(); backups && backupEvery > 0) {
        const auto maybeBackUp = [&, backups] {
            if (backupRunning.load())
                return;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const QDateTime newest = backups->newest();
            if (newest.isValid() && newest.secsTo(now) < backupEvery)
                return;
            // After a failure (disk full, pg_dump missing) try again in 10 minutes, not every one.
            if (lastAttempt.isValid() && lastAttempt.secsTo(now) < qMin<qint64>(backupEvery, 600))
                return;
            lastAttempt = now;
            if (backupThread) {
                backupThread->wait();
                delete backupThread;
            }
            backupRunning = true;
            backupThread = QThread::create([&core, &backupRunning, backups] {
                try {
                    const Erp::Storage::BackupFile file = backups->run();
                    core.log().info(QStringLiteral("backup written: %1 (%2 bytes)")
                                        .arg(file.path)
                                        .arg(file.size));
                } catch (const Erp::Storage::StoreError& e) {
                    core.log().info(QStringLiteral("scheduled backup failed: %1").arg(e.message));
                }
                backupRunning = false;
            });
            backupThread->start();
        };
        QObject::connect(&backupTimer, &QTimer::timeout, &app, maybeBackUp);
        backupTimer.start(int(qMin<qint64>(backupEvery, 60) * 1000));
        QTimer::singleShot(0, &app, maybeBackUp);
    }

    // SIGTERM/SIGINT: finish in-flight calls, answer them, close the store, exit 0.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return fail(QStringLiteral("cannot create the signal pipe"));
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char c;
        [[maybe_unused]] const ssize_t n = ::read(g_signalPipe[0], &c, 1);
        notifier.setEnabled(false);
        core.log().info(QStringLiteral("shutting down"));
        server.shutdown();
        backupTimer.stop();
        if (backupThread)
            backupThread->wait(); // a backup under way is finished, not left half written
        app.quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    const QString host =
        server.serverAddress().protocol() == QAbstractSocket::IPv6Protocol
            ? QLatin1Char('[') + server.serverAddress().toString() + QLatin1Char(']')
            : server.serverAddress().toString();
    std::printf("listening on %s:%u\n", qPrintable(host), unsigned(server.serverPort()));
    std::fflush(stdout);
    core.log().info(
        QStringLiteral("serving %1 on %2:%3%4")
            .arg(core.database().config().displayName(), host)
            .arg(server.serverPort())
            .arg(netOptions.tlsCertFile.isEmpty() ? QString() : QStringLiteral(" (TLS)")));
    const int code = app.exec();
    if (backupThread) {
        backupThread->wait();
        delete backupThread;
    }
    return code;
}
