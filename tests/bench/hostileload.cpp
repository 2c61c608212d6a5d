#include "tests/bench/hostileload.h"

#include "tests/bench/loadgenerator.h" // nowNs()

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <thread>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Erp::Bench {

namespace {

constexpr int64_t Ms = 1000000;
/// What a slow attacker sends at once: just under the server's default pre-login line limit.
constexpr int SlowPrefixBytes = 60 * 1024;

QByteArray jsonString(const QString& s)
{
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

double percentile(std::vector<uint32_t>& sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t i = std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5));
    return sorted[i] / 1000.0;
}

} // namespace

HostileLoad::HostileLoad(HostileOptions options)
    : m_options(std::move(options))
{
    m_loginLine = R"({"jsonrpc":"2.0","id":0,"method":"auth.login","params":{"username":)" +
                  jsonString(m_options.user) + R"(,"password":)" + jsonString(m_options.password) +
                  "}}\n";
    QByteArray batch = "[";
    for (int i = 0; i < m_options.batchSize; ++i) {
        batch += (i ? "," : "") + QByteArray(R"({"jsonrpc":"2.0","id":)") +
                 QByteArray::number(i + 1) + R"(,"method":"crm.customer.list","params":{"limit":)" +
                 QByteArray::number(m_options.listLimit) + "}}";
    }
    m_batchLine = batch + "]\n";
}

HostileLoad::~HostileLoad()
{
    for (auto& c : m_conns)
        if (c->fd >= 0)
            ::close(c->fd);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

qint64 HostileLoad::rssKiB() const
{
    if (m_options.serverPid <= 0)
        return -1;
    QFile f(QStringLiteral("/proc/%1/status").arg(m_options.serverPid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

bool HostileLoad::open(Conn& c)
{
    // An attacker that cannot connect (e.g. the listen backlog is full) tries again later.
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(m_options.port);
    if (inet_pton(AF_INET, m_options.host.toLatin1().constData(), &address.sin_addr) != 1) {
        return false;
    }
    c.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (c.fd < 0)
        return false;
    if (m_options.addresses > 0 && m_options.host == QLatin1String("127.0.0.1")) {
        // Attackers from other loopback addresses than the normal client's 127.0.0.1.
        sockaddr_in local{};
        local.sin_family = AF_INET;
        local.sin_addr.s_addr = htonl(0x7f000002u + uint32_t(c.index % m_options.addresses));
        ::bind(c.fd, reinterpret_cast<sockaddr*>(&local), sizeof local);
    }
    if (::connect(c.fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        ::close(c.fd);
        c.fd = -1;
        return false;
    }
    const int one = 1;
    setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    fcntl(c.fd, F_SETFL, fcntl(c.fd, F_GETFL) | O_NONBLOCK);
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.ptr = &c;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, c.fd, &ev);
    c.in.clear();
    c.scanFrom = 0;
    c.out.clear();
    c.loggedIn = false;
    c.waiting = false;
    c.lastNotice.clear();
    const int64_t now = nowNs();
    switch (c.kind) {
    case Kind::Batch:
        c.out = m_loginLine;
        c.waiting = true;
        break;
    case Kind::Slow:
        c.out = R"({"jsonrpc":"2.0","id":1,"method":"system.ping","params":{"pad":")";
        c.out += QByteArray(SlowPrefixBytes - c.out.size(), 'a');
        c.nextActionNs = now + 1000 * Ms;
        break;
    case Kind::Idle:
        break;
    }
    flush(c);
    return true;
}

void HostileLoad::closeConn(Conn& c, HostileResult* result)
{
    if (c.fd < 0)
        return;
    epoll_ctl(m_epoll, EPOLL_CTL_DEL, c.fd, nullptr);
    ::close(c.fd);
    c.fd = -1;
    if (result)
        ++result->closes[c.lastNotice.isEmpty() ? QStringLiteral("(no error line)") : c.lastNotice];
    c.nextActionNs = nowNs() + 100 * Ms; // an attacker comes back
}

void HostileLoad::watch(Conn& c)
{
    epoll_event ev{};
    ev.events = c.out.isEmpty() ? uint32_t(EPOLLIN) : uint32_t(EPOLLIN | EPOLLOUT);
    ev.data.ptr = &c;
    epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.fd, &ev);
}

bool HostileLoad::flush(Conn& c)
{
    qsizetype written = 0;
    while (written < c.out.size()) {
        const ssize_t n =
            ::send(c.fd, c.out.constData() + written, size_t(c.out.size() - written), MSG_NOSIGNAL);
        if (n > 0) {
            written += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        return false;
    }
    c.out.remove(0, written);
    watch(c);
    return true;
}

bool HostileLoad::receive(Conn& c, HostileResult* result)
{
    char buffer[256 * 1024];
    bool open = true;
    for (int reads = 0; reads < 16; ++reads) { // the rest on the next round: others wait too
        const ssize_t n = ::recv(c.fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            c.in.append(buffer, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (!(n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)))
            open = false;
        break;
    }
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = c.in.indexOf('\n', qMax(start, c.scanFrom));
        if (nl < 0)
            break;
        handleLine(c, c.in.mid(start, nl - start), result);
        start = nl + 1;
    }
    c.in.remove(0, start);
    c.scanFrom = c.in.size();
    return open;
}

void HostileLoad::handleLine(Conn& c, const QByteArray& line, HostileResult* result)
{
    // Replies are written with sorted keys: an error starts with {"error", a result with {"id".
    const bool isError = line.startsWith("{\"error\"");
    switch (c.kind) {
    case Kind::Batch:
        if (!c.loggedIn) {
            c.loggedIn = !isError;
            if (isError && m_error.isEmpty())
                m_error = QStringLiteral("login failed: %1").arg(QString::fromUtf8(line));
        } else if (result) {
            ++result->batchesAnswered;
            const uint64_t entries = uint64_t(line.count("\"jsonrpc\":\"2.0\""));
            const uint64_t refused = uint64_t(line.count("rpc.batch.reply_too_large\""));
            result->batchRepliesRefused += refused;
            result->batchRepliesRun += entries - qMin(entries, refused);
            result->largestBatchReplyBytes =
                qMax<qint64>(result->largestBatchReplyBytes, line.size() + 1);
        }
        c.waiting = false;
        break;
    case Kind::Idle:
    case Kind::Slow: {
        // The server's error line before it closes us: remember its message id.
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        c.lastNotice = o.value(QLatin1String("error"))
                           .toObject()
                           .value(QLatin1String("data"))
                           .toObject()
                           .value(QLatin1String("message_id"))
                           .toString();
        break;
    }
    }
}

void HostileLoad::act(Conn& c, int64_t now)
{
    if (c.fd < 0) {
        if (m_attacking && now >= c.nextActionNs) {
            if (open(c))
                ++m_reconnects;
            else
                c.nextActionNs = now + 100 * Ms; // an attacker that cannot connect tries again
        }
        return;
    }
    switch (c.kind) {
    case Kind::Batch:
        if (c.loggedIn && !c.waiting) {
            c.out += m_batchLine;
            c.waiting = true;
            flush(c);
        }
        break;
    case Kind::Slow:
        if (now >= c.nextActionNs) {
            c.out += 'a';
            c.nextActionNs = now + 1000 * Ms;
            flush(c);
        }
        break;
    case Kind::Idle:
        break;
    }
}

void HostileLoad::pump(int timeoutMs, HostileResult* result)
{
    epoll_event events[256];
    const int n = epoll_wait(m_epoll, events, 256, timeoutMs);
    for (int i = 0; i < n; ++i) {
        Conn& c = *static_cast<Conn*>(events[i].data.ptr);
        if (c.fd < 0)
            continue;
        bool open = true;
        if (events[i].events & EPOLLOUT)
            open = flush(c);
        if (open && (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR)))
            open = receive(c, result);
        if (!open)
            closeConn(c, result);
    }
    const int64_t now = nowNs();
    for (auto& c : m_conns)
        act(*c, now);
}

void HostileLoad::normalClient()
{
    auto fail = [this](const QString& why) {
        m_normalFirstError = why;
        m_normalState = -1;
    };
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(m_options.port);
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0 ||
        inet_pton(AF_INET, m_options.host.toLatin1().constData(), &address.sin_addr) != 1 ||
        ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        fail(QStringLiteral("the normal client cannot connect: %1")
                 .arg(QString::fromLocal8Bit(std::strerror(errno))));
        if (fd >= 0)
            ::close(fd);
        return;
    }
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    QByteArray in;
    // One blocking call: the reply line (notifications skipped), empty if the link broke.
    auto call = [&](const QByteArray& request) {
        if (::send(fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL) !=
            ssize_t(request.size()))
            return QByteArray();
        char buffer[65536];
        for (;;) {
            const qsizetype nl = in.indexOf('\n');
            if (nl >= 0) {
                const QByteArray line = in.left(nl);
                in.remove(0, nl + 1);
                if (line.startsWith("{\"jsonrpc\"")) // event.changed {"jsonrpc","method",...}
                    continue;
                return line;
            }
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
            if (n <= 0)
                return QByteArray();
            in.append(buffer, n);
        }
    };
    if (call(m_loginLine).startsWith("{\"error\"")) {
        fail(QStringLiteral("the normal client cannot log in"));
        ::close(fd);
        return;
    }
    m_normalState = 1;
    for (uint64_t id = 1; !m_stop; ++id) {
        const QByteArray request =
            R"({"jsonrpc":"2.0","id":)" + QByteArray::number(id) +
            (id % 2 ? QByteArray(R"(,"method":"system.ping"})")
                    : QByteArray(R"(,"method":"admin.user.get","params":{"id":1}})")) +
            '\n';
        const int64_t sent = nowNs();
        const QByteArray reply = call(request);
        const int64_t took = nowNs() - sent;
        if (reply.isEmpty()) {
            fail(QStringLiteral("the server closed the normal client's connection"));
            break;
        }
        if (m_measuring) {
            m_latencyUs.push_back(uint32_t(took / 1000));
            if (reply.startsWith("{\"error\"")) {
                ++m_normalErrors;
                if (m_normalFirstError.isEmpty())
                    m_normalFirstError = QString::fromUtf8(reply.left(300));
            }
        }
        ::usleep(useconds_t(m_options.thinkMs * 1000));
    }
    ::close(fd);
}

bool HostileLoad::run(HostileResult& result)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    std::thread normal(&HostileLoad::normalClient, this);
    auto runFor = [this, &result](double seconds, qint64* peak) {
        const int64_t end = nowNs() + int64_t(seconds * 1e9);
        int64_t nextSample = 0;
        while (nowNs() < end && m_error.isEmpty() && m_normalState >= 0) {
            pump(5, &result);
            if (peak && nowNs() >= nextSample) {
                *peak = qMax(*peak, rssKiB());
                nextSample = nowNs() + 100 * Ms;
            }
        }
    };
    // Logged in and warmed up (every worker has its store connection) before measuring.
    runFor(2, nullptr);
    bool ok = m_normalState == 1 && m_error.isEmpty();
    if (ok) {
        result.rssBeforeKiB = rssKiB();
        m_attacking = true;
        m_measuring = true;
        int index = 0;
        auto add = [&](Kind kind, int count) {
            for (int i = 0; i < count; ++i) {
                auto c = std::make_unique<Conn>();
                c->kind = kind;
                c->index = index++;
                if (open(*c))
                    ++result.attackerConnects;
                else
                    c->nextActionNs = nowNs() + 100 * Ms; // retried by act()
                m_conns.push_back(std::move(c));
            }
        };
        add(Kind::Batch, m_options.batchClients);
        add(Kind::Idle, m_options.idle);
        add(Kind::Slow, m_options.slow);
        result.rssPeakKiB = rssKiB();
        m_reconnects = 0;
        runFor(m_options.seconds, &result.rssPeakKiB);
        m_measuring = false;
        result.attackerConnects += m_reconnects;
        result.rssEndKiB = rssKiB();
        m_attacking = false;
        for (auto& c : m_conns) {
            if (c->fd >= 0)
                ++result.attackersOpenAtEnd;
            closeConn(*c, nullptr);
        }
        runFor(m_options.settle, nullptr);
        result.rssAfterKiB = rssKiB();
    }
    m_stop = true;
    normal.join();
    if (m_normalState < 0 && m_error.isEmpty())
        m_error = m_normalFirstError;
    std::sort(m_latencyUs.begin(), m_latencyUs.end());
    result.calls = m_latencyUs.size();
    result.errors = m_normalErrors;
    result.firstError = m_normalFirstError;
    result.p50Ms = percentile(m_latencyUs, 0.50);
    result.p99Ms = percentile(m_latencyUs, 0.99);
    result.maxMs = m_latencyUs.empty() ? 0 : m_latencyUs.back() / 1000.0;
    return m_error.isEmpty();
}

} // namespace Erp::Bench
