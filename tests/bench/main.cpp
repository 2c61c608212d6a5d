// erp-bench: load generator for a running erp-server (see docs/BENCHMARKS.md).
//   erp-bench --port P [--connections 32] [--seconds 10]
//             [--mix ping|read|write|mixed|orders|sales|invoices|search]
//             [--depth 1] [--user admin] [--password PW] [--prefix NAME]
//   erp-bench --port P --count-roles PREFIX     prints how many roles contain PREFIX
//   erp-bench --port P --mix hostile [--idle 250] [--slow 250] [--batch-clients 2]
//             [--batch-size 1000] [--list-limit 1000] [--attack-addresses 6]
//             [--seconds 30] [--settle 10] [--server-pid PID]
//             one measured client while idle, slow and batch attackers press the server
// The password defaults to $ERP_BENCH_PASSWORD, then $ERP_ADMIN_PASSWORD.

#include "tests/bench/hostileload.h"
#include "tests/bench/loadgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace Erp::Bench;

namespace {

/// One blocking request/response exchange (the tool talks to another process).
QJsonObject call(QTcpSocket& socket, const QJsonObject& request)
{
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    for (;;) {
        while (!socket.canReadLine()) {
            if (!socket.waitForReadyRead(60000))
                return {};
        }
        const QJsonObject reply = QJsonDocument::fromJson(socket.readLine()).object();
        if (reply.contains(QLatin1String("id"))) // skip event.changed notifications
            return reply;
    }
}

int countRoles(const Options& options, const QString& prefix)
{
    QTcpSocket socket;
    socket.connectToHost(options.host, options.port);
    if (!socket.waitForConnected(10000)) {
        std::fprintf(stderr, "erp-bench: %s\n", qPrintable(socket.errorString()));
        return 1;
    }
    const QJsonObject login =
        call(socket,
             {{"jsonrpc", "2.0"},
              {"id", 1},
              {"method", "auth.login"},
              {"params", QJsonObject{{"username", options.user}, {"password", options.password}}}});
    if (!login.contains(QLatin1String("result"))) {
        std::fprintf(stderr, "erp-bench: login failed: %s\n",
                     QJsonDocument(login).toJson(QJsonDocument::Compact).constData());
        return 1;
    }
    const QJsonObject list =
        call(socket, {{"jsonrpc", "2.0"},
                      {"id", 2},
                      {"method", "admin.role.list"},
                      {"params", QJsonObject{{"search", prefix}, {"limit", 1}}}});
    const QJsonValue total =
        list.value(QLatin1String("result")).toObject().value(QLatin1String("total"));
    if (!total.isDouble()) {
        std::fprintf(stderr, "erp-bench: admin.role.list failed: %s\n",
                     QJsonDocument(list).toJson(QJsonDocument::Compact).constData());
        return 1;
    }
    std::printf("%lld\n", total.toInteger());
    return 0;
}

int runHostile(const QCommandLineParser& parser, const Options& base,
               const QList<QCommandLineOption>& hostileOptions)
{
    HostileOptions o;
    o.host = base.host;
    o.port = base.port;
    o.user = base.user;
    o.password = base.password;
    o.seconds = parser.isSet(QStringLiteral("seconds")) ? base.seconds : 30.0;
    auto number = [&](int i, double fallback) {
        const QCommandLineOption& option = hostileOptions.at(i);
        return parser.isSet(option) ? parser.value(option).toDouble() : fallback;
    };
    o.idle = int(number(0, o.idle));
    o.slow = int(number(1, o.slow));
    o.batchClients = int(number(2, o.batchClients));
    o.batchSize = qBound(1, int(number(3, o.batchSize)), 1000);
    o.listLimit = int(number(4, o.listLimit));
    o.addresses = qBound(0, int(number(5, o.addresses)), 250);
    o.serverPid = qint64(number(6, 0));
    o.settle = number(7, o.settle);
    HostileLoad load(o);
    HostileResult r;
    const bool ok = load.run(r);
    QStringList closes;
    for (auto it = r.closes.begin(); it != r.closes.end(); ++it)
        closes.append(QStringLiteral("%1:%2").arg(it.key()).arg(it.value()));
    std::printf("mix=hostile idle=%d slow=%d batch_clients=%d batch_size=%d list_limit=%d "
                "addresses=%d seconds=%.1f calls=%llu errors=%llu p50_ms=%.3f p99_ms=%.3f "
                "max_ms=%.3f rss_before_kib=%lld rss_peak_kib=%lld rss_end_kib=%lld "
                "rss_after_kib=%lld attackers_open_at_end=%d attacker_connects=%llu "
                "batches=%llu batch_entries_run=%llu batch_entries_refused=%llu "
                "largest_batch_reply_bytes=%lld closes=%s\n",
                o.idle, o.slow, o.batchClients, o.batchSize, o.listLimit, o.addresses, o.seconds,
                static_cast<unsigned long long>(r.calls), static_cast<unsigned long long>(r.errors),
                r.p50Ms, r.p99Ms, r.maxMs, r.rssBeforeKiB, r.rssPeakKiB, r.rssEndKiB, r.rssAfterKiB,
                r.attackersOpenAtEnd, static_cast<unsigned long long>(r.attackerConnects),
                static_cast<unsigned long long>(r.batchesAnswered),
                static_cast<unsigned long long>(r.batchRepliesRun),
                static_cast<unsigned long long>(r.batchRepliesRefused), r.largestBatchReplyBytes,
                qPrintable(closes.join(QLatin1Char(','))));
    if (!ok)
        std::fprintf(stderr, "erp-bench: %s\n", qPrintable(load.errorString()));
    if (!r.firstError.isEmpty())
        std::fprintf(stderr, "erp-bench: first error: %s\n", qPrintable(r.firstError));
    return ok && r.errors == 0 && r.calls > 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Load generator for erp-server."));
    parser.addHelpOption();
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Server address (IPv4)."),
                                  QStringLiteral("addr"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Server port."),
                                  QStringLiteral("port"));
    const QCommandLineOption connections(QStringLiteral("connections"),
                                         QStringLiteral("Concurrent connections (default 32)."),
                                         QStringLiteral("n"), QStringLiteral("32"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("Duration of the run (default 10)."),
                                     QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption mix(
        QStringLiteral("mix"),
        QStringLiteral("ping | read | write | mixed | orders | sales | invoices | search | hostile "
                       "(default ping)."),
        QStringLiteral("mix"), QStringLiteral("ping"));
    const QCommandLineOption depth(QStringLiteral("depth"),
                                   QStringLiteral("Calls in flight per connection (default 1)."),
                                   QStringLiteral("d"), QStringLiteral("1"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QStringLiteral("Login name (default admin)."),
                                  QStringLiteral("name"), QStringLiteral("admin"));
    const QCommandLineOption password(
        QStringLiteral("password"),
        QStringLiteral("Password (default $ERP_BENCH_PASSWORD or $ERP_ADMIN_PASSWORD)."),
        QStringLiteral("pw"));
    const QCommandLineOption prefix(
        QStringLiteral("prefix"), QStringLiteral("Name prefix of written roles (default: random)."),
        QStringLiteral("name"));
    const QCommandLineOption count(
        QStringLiteral("count-roles"),
        QStringLiteral("Print the number of roles containing PREFIX and exit."),
        QStringLiteral("prefix"));
    const QList<QCommandLineOption> hostileOptions{
        {QStringLiteral("idle"), QStringLiteral("hostile: connections sending nothing (250)."),
         QStringLiteral("n")},
        {QStringLiteral("slow"),
         QStringLiteral("hostile: connections sending 60 KiB of a line, then 1 byte/s (250)."),
         QStringLiteral("n")},
        {QStringLiteral("batch-clients"),
         QStringLiteral("hostile: logged-in connections sending big batches (2)."),
         QStringLiteral("n")},
        {QStringLiteral("batch-size"),
         QStringLiteral("hostile: crm.customer.list calls per batch (1000)."), QStringLiteral("n")},
        {QStringLiteral("list-limit"), QStringLiteral("hostile: limit of each list call (1000)."),
         QStringLiteral("n")},
        {QStringLiteral("attack-addresses"),
         QStringLiteral("hostile: attackers come from 127.0.0.2 .. 127.0.0.(1+n) (6)."),
         QStringLiteral("n")},
        {QStringLiteral("server-pid"),
         QStringLiteral("hostile: the server's pid, to sample its RSS."), QStringLiteral("pid")},
        {QStringLiteral("settle"),
         QStringLiteral("hostile: seconds after the attack before the last RSS sample (10)."),
         QStringLiteral("s")},
    };
    parser.addOptions(
        {host, port, connections, seconds, mix, depth, user, password, prefix, count});
    parser.addOptions(hostileOptions);
    parser.process(app);

    Options options;
    options.host = parser.value(host);
    options.port = quint16(parser.value(port).toUInt());
    options.connections = qBound(1, parser.value(connections).toInt(), 5000);
    options.seconds = qMax(0.1, parser.value(seconds).toDouble());
    options.depth = qBound(1, parser.value(depth).toInt(), 1000);
    options.user = parser.value(user);
    options.password = parser.isSet(password) ? parser.value(password)
                       : qEnvironmentVariableIsSet("ERP_BENCH_PASSWORD")
                           ? qEnvironmentVariable("ERP_BENCH_PASSWORD")
                           : qEnvironmentVariable("ERP_ADMIN_PASSWORD");
    options.prefix = parser.isSet(prefix)
                         ? parser.value(prefix)
                         : QStringLiteral("b%1").arg(
                               quint32(getpid() ^ QDateTime::currentSecsSinceEpoch()) & 0xffffff, 6,
                               16, QLatin1Char('0'));
    if (options.port == 0) {
        std::fprintf(stderr, "erp-bench: --port is required\n");
        return 2;
    }
    if (parser.isSet(count))
        return countRoles(options, parser.value(count));

    const QString m = parser.value(mix);
    if (m == QLatin1String("hostile"))
        return runHostile(parser, options, hostileOptions);
    if (m == QLatin1String("ping"))
        options.mix = Mix::Ping;
    else if (m == QLatin1String("read"))
        options.mix = Mix::Read;
    else if (m == QLatin1String("write"))
        options.mix = Mix::Write;
    else if (m == QLatin1String("mixed"))
        options.mix = Mix::Mixed;
    else if (m == QLatin1String("orders"))
        options.mix = Mix::Orders;
    else if (m == QLatin1String("sales"))
        options.mix = Mix::Sales;
    else if (m == QLatin1String("invoices"))
        options.mix = Mix::Invoices;
    else if (m == QLatin1String("search"))
        options.mix = Mix::Search;
    else {
        std::fprintf(stderr, "erp-bench: unknown --mix %s\n", qPrintable(m));
        return 2;
    }

    LoadGenerator generator(options);
    if (!generator.connectAll()) {
        std::fprintf(stderr, "erp-bench: %s\n", qPrintable(generator.errorString()));
        return 1;
    }
    const bool ordering =
        options.mix == Mix::Orders || options.mix == Mix::Sales || options.mix == Mix::Invoices;
    if ((ordering && !generator.prepareOrders()) ||
        (options.mix == Mix::Search && !generator.prepareSearch())) {
        std::fprintf(stderr, "erp-bench: %s\n", qPrintable(generator.errorString()));
        return 1;
    }
    const Result r = generator.run();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                       double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    std::printf(
        "mix=%s connections=%d depth=%d seconds=%.2f calls=%llu errors=%llu calls_per_s=%.0f "
        "p50_ms=%.3f p99_ms=%.3f max_ms=%.3f acked_writes=%llu notifications=%llu "
        "orders=%llu orders_per_s=%.0f client_cpu_s=%.2f prefix=%s\n",
        qPrintable(m), options.connections, options.depth, r.seconds,
        static_cast<unsigned long long>(r.calls), static_cast<unsigned long long>(r.errors),
        r.seconds > 0 ? double(r.calls) / r.seconds : 0.0, r.p50Ms, r.p99Ms, r.maxMs,
        static_cast<unsigned long long>(r.ackedWrites),
        static_cast<unsigned long long>(r.notifications), static_cast<unsigned long long>(r.orders),
        r.seconds > 0 ? double(r.orders) / r.seconds : 0.0, cpu, qPrintable(options.prefix));
    if (!r.firstError.isEmpty())
        std::fprintf(stderr, "erp-bench: first error: %s\n", qPrintable(r.firstError));
    return r.errors == 0 && r.calls > 0 ? 0 : 1;
}
