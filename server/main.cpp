// erp-server: the shared server. CLI contract in docs/ARCHITECTURE.md and DESIGN.md.
#include "server/net/rpcserver.h"
#include "server/rpc/calllog.h"
#include "server/servercore.h"
#include "server/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QThread>

#include <csignal>
#include <cstdio>
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
        QStringLiteral("Longest accepted request line in bytes (default 16 MiB)."),
        QStringLiteral("bytes"), QString::number(16 * 1024 * 1024));
    const QCommandLineOption quietOpt(QStringLiteral("quiet"),
                                      QStringLiteral("No per-call log lines."));
    cli.addOptions({dbOpt, listenOpt, certOpt, keyOpt, insecureOpt, demoOpt, workersOpt, maxLineOpt,
                    quietOpt});
    cli.process(app);

    if (!cli.isSet(dbOpt))
        return fail(QStringLiteral(
            "--db is required (sqlite:/path/company.db or postgresql://user@host:port/db)"));
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

    Erp::Server::ServerCore core;
    Erp::Server::ServerCore::Options coreOptions;
    coreOptions.databaseUrl = cli.value(dbOpt);
    coreOptions.initialAdminPassword = qEnvironmentVariable("ERP_ADMIN_PASSWORD");
    coreOptions.demo = cli.isSet(demoOpt);
    coreOptions.logCalls = !cli.isSet(quietOpt);
    QString error;
    if (!core.open(coreOptions, &error))
        return fail(error);

    Erp::Server::RpcServer::Options netOptions;
    netOptions.workers = workers;
    netOptions.maxLineBytes = maxLine;
    netOptions.tlsCertFile = cli.value(certOpt);
    netOptions.tlsKeyFile = cli.value(keyOpt);
    netOptions.insecure = cli.isSet(insecureOpt);
    Erp::Server::RpcServer server(core, netOptions);
    if (!server.listen(address, port, &error))
        return fail(error);

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
    return app.exec();
}
