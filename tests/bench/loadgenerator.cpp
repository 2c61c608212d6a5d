#include "tests/bench/loadgenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Erp::Bench {

int64_t nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

namespace {

QByteArray jsonString(const QString& s)
{
    // QJsonDocument escapes properly; strip the surrounding array brackets.
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

} // namespace

LoadGenerator::LoadGenerator(Options options)
    : m_options(std::move(options))
{}

LoadGenerator::~LoadGenerator()
{
    for (auto& c : m_connections) {
        if (c->fd >= 0)
            ::close(c->fd);
    }
    if (m_epoll >= 0)
        ::close(m_epoll);
}

bool LoadGenerator::openSocket(Connection& c)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(m_options.port);
    const QByteArray host = m_options.host == QLatin1String("localhost")
                                ? QByteArray("127.0.0.1")
                                : m_options.host.toLatin1();
    if (inet_pton(AF_INET, host.constData(), &address.sin_addr) != 1) {
        m_error = QStringLiteral("not an IPv4 address: %1").arg(m_options.host);
        return false;
    }
    c.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    // A blocking connect is instant on a LAN or loopback; everything after it is non-blocking.
    if (c.fd < 0 || ::connect(c.fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        m_error = QStringLiteral("cannot connect to %1:%2: %3")
                      .arg(m_options.host)
                      .arg(m_options.port)
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    const int one = 1;
    setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    fcntl(c.fd, F_SETFL, fcntl(c.fd, F_GETFL) | O_NONBLOCK);
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.ptr = &c;
    return epoll_ctl(m_epoll, EPOLL_CTL_ADD, c.fd, &ev) == 0;
}

bool LoadGenerator::connectAll()
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll < 0) {
        m_error = QStringLiteral("epoll_create1 failed");
        return false;
    }
    const QByteArray login =
        R"({"jsonrpc":"2.0","id":0,"method":"auth.login","params":{"username":)" +
        jsonString(m_options.user) + R"(,"password":)" + jsonString(m_options.password) + "}}\n";
    // One login after the other: logging in is not what is measured, and concurrent logins of
    // one account contend for the same user row.
    const int64_t deadline = nowNs() + int64_t(120) * 1000000000;
    for (int i = 0; i < m_options.connections; ++i) {
        auto c = std::make_unique<Connection>();
        c->index = i;
        if (!openSocket(*c))
            return false;
        c->out = login;
        c->sentAtNs.push_back(nowNs());
        c->isWrite.push_back(false);
        flush(*c);
        Connection& current = *c;
        m_connections.push_back(std::move(c));
        while (!current.loggedIn) {
            if (!m_error.isEmpty() || nowNs() > deadline) {
                if (m_error.isEmpty())
                    m_error = QStringLiteral("login timed out");
                return false;
            }
            if (!pump(100, nullptr))
                return false;
        }
    }
    return true;
}

void LoadGenerator::updateInterest(Connection& c)
{
    const bool want = !c.out.isEmpty();
    if (want == c.wantWrite)
        return;
    c.wantWrite = want;
    epoll_event ev{};
    ev.events = want ? uint32_t(EPOLLIN | EPOLLOUT) : uint32_t(EPOLLIN);
    ev.data.ptr = &c;
    epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.fd, &ev);
}

bool LoadGenerator::flush(Connection& c)
{
    qsizetype written = 0;
    while (written < c.out.size()) {
        const ssize_t n =
            ::send(c.fd, c.out.constData() + written, size_t(c.out.size() - written), MSG_NOSIGNAL);
        if (n > 0) {
            written += n;
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        if (n < 0 && errno == EINTR)
            continue;
        m_error = QStringLiteral("connection %1: send failed: %2")
                      .arg(c.index)
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    c.out.remove(0, written);
    updateInterest(c);
    return true;
}

bool LoadGenerator::receive(Connection& c, std::vector<QByteArray>& lines)
{
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::recv(c.fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            c.in.append(buffer, n);
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        if (n < 0 && errno == EINTR)
            continue;
        m_error = n == 0 ? QStringLiteral("connection %1 closed by the server").arg(c.index)
                         : QStringLiteral("connection %1: %2")
                               .arg(c.index)
                               .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = c.in.indexOf('\n', start);
        if (nl < 0)
            break;
        lines.push_back(c.in.mid(start, nl - start));
        start = nl + 1;
    }
    c.in.remove(0, start);
    return true;
}

QJsonValue LoadGenerator::callSync(const QByteArray& method, const QByteArray& params)
{
    Connection& c = *m_connections.front();
    m_syncReply.clear();
    m_syncWaiting = true;
    c.out += R"({"jsonrpc":"2.0","id":)" + QByteArray::number(m_nextId++) + R"(,"method":")" +
             method + R"(","params":)" + params + "}\n";
    c.sentAtNs.push_back(nowNs());
    c.isWrite.push_back(false);
    if (!flush(c))
        return {};
    const int64_t deadline = nowNs() + int64_t(60) * 1000000000;
    while (m_syncReply.isEmpty() && m_error.isEmpty() && nowNs() < deadline)
        pump(100, nullptr);
    const QJsonObject reply = QJsonDocument::fromJson(m_syncReply).object();
    if (!reply.contains(QLatin1String("result"))) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1 failed: %2")
                          .arg(QString::fromLatin1(method), QString::fromUtf8(m_syncReply));
        return {};
    }
    return reply.value(QLatin1String("result"));
}

bool LoadGenerator::prepareOrders()
{
    const QByteArray tag = m_options.prefix.toLatin1();
    // The first warehouse, or one made for the run on an empty store.
    const QJsonArray rows = callSync("inventory.warehouse.list", "{}")
                                .toObject()
                                .value(QLatin1String("rows"))
                                .toArray();
    const qint64 warehouseId =
        rows.isEmpty() ? callSync("inventory.warehouse.create",
                                  R"({"code":")" + tag + R"(","name":"Bench warehouse"})")
                             .toObject()
                             .value(QLatin1String("id"))
                             .toInteger()
                       : rows.at(0).toObject().value(QLatin1String("id")).toInteger();
    if (!m_error.isEmpty())
        return false;
    const QByteArray warehouse = QByteArray::number(warehouseId);
    m_orderSetup.customerId =
        callSync("crm.customer.create",
                 R"({"allow_duplicates":true,"name":"Bench customer )" + tag + R"("})")
            .toObject()
            .value(QLatin1String("id"))
            .toInteger();
    for (int i = 0; i < 3 && m_error.isEmpty(); ++i) {
        const QByteArray sku = tag + "-" + QByteArray::number(i + 1);
        const qint64 product = callSync("inventory.product.create",
                                        R"({"sku":")" + sku + R"(","name":"Bench product )" + sku +
                                            R"(","unit":"pcs","list_price":"19.90","cost":"7.50"})")
                                   .toObject()
                                   .value(QLatin1String("id"))
                                   .toInteger();
        m_orderSetup.productIds[i] = product;
        callSync("inventory.stock.adjust",
                 R"({"product_id":)" + QByteArray::number(product) + R"(,"warehouse_id":)" +
                     warehouse + R"(,"qty":"100000000","kind":"receipt","reason":"benchmark"})");
    }
    if (m_options.mix == Mix::Sales && m_error.isEmpty()) {
        const qint64 version = callSync("finance.company.get", "{}")
                                   .toObject()
                                   .value(QLatin1String("version"))
                                   .toInteger();
        callSync("finance.company.update", R"({"version":)" + QByteArray::number(version) +
                                               R"(,"invoice_on_shipment":true})");
    }
    return m_error.isEmpty();
}

bool LoadGenerator::prepareSearch()
{
    // Every customer's name, code and phone, read in pages by keyset.
    QStringList texts;
    QByteArray after = "null";
    while (texts.size() < 300000) {
        const QJsonObject page =
            callSync("crm.customer.list",
                     R"({"sort":"id","limit":1000,"filter":{"status":"all"},"after":)" + after +
                         "}")
                .toObject();
        if (!m_error.isEmpty())
            return false;
        for (const QJsonValue& row : page.value(QLatin1String("rows")).toArray()) {
            const QJsonObject r = row.toObject();
            for (const char* key : {"name", "code", "phone"})
                texts.append(r.value(QLatin1String(key)).toString());
        }
        const QJsonValue next = page.value(QLatin1String("next_after"));
        if (!next.isArray())
            break;
        after = QJsonDocument(next.toArray()).toJson(QJsonDocument::Compact);
    }
    // Four characters (code points) from a random place of a random text; a fixed seed, so
    // every run replays the same terms.
    std::vector<QList<uint>> candidates;
    for (const QString& t : std::as_const(texts)) {
        const QList<uint> points = t.toUcs4();
        if (points.size() >= 4)
            candidates.push_back(points);
    }
    if (candidates.empty()) {
        m_error = QStringLiteral("no customer has a name, code or phone of four characters");
        return false;
    }
    uint64_t state = 0x9e3779b97f4a7c15ull;
    auto next = [&state](uint64_t bound) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state % bound;
    };
    m_searchTerms.clear();
    for (int i = 0; i < 10000; ++i) {
        const QList<uint>& points = candidates[next(candidates.size())];
        const qsizetype start = qsizetype(next(uint64_t(points.size() - 3)));
        const QString term =
            QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData() + start), 4);
        m_searchTerms.push_back(jsonString(term));
    }
    return true;
}

void LoadGenerator::enqueueOrderStep(Connection& c, uint64_t id)
{
    QByteArray& out = c.out;
    out += R"({"jsonrpc":"2.0","id":)" + QByteArray::number(id);
    if (c.orderStep == 0) {
        out += R"(,"method":"sales.order.create","params":{"customer_id":)" +
               QByteArray::number(m_orderSetup.customerId) + R"(,"channel":"web","lines":[)";
        for (int i = 0; i < 3; ++i) {
            out += (i ? "," : "") + QByteArray(R"({"product_id":)") +
                   QByteArray::number(m_orderSetup.productIds[i]) + R"(,"qty":")" +
                   QByteArray::number(i + 1) + R"("})";
        }
        out += "]}}";
    } else {
        static const char* const steps[] = {nullptr, "submit", "allocate", "pick", "ship"};
        out +=
            R"(,"method":"sales.order.)" + QByteArray(steps[c.orderStep]) + R"(","params":{"id":)";
        out += QByteArray::number(c.orderId) + R"(,"version":)" + QByteArray::number(c.sequence) +
               "}}";
    }
    out += '\n';
}

void LoadGenerator::enqueueCall(Connection& c)
{
    const uint64_t id = m_nextId++;
    Mix mix = m_options.mix;
    if (mix == Mix::Orders || mix == Mix::Sales) {
        enqueueOrderStep(c, id);
        c.sentAtNs.push_back(nowNs());
        c.isWrite.push_back(true);
        return;
    }
    if (mix == Mix::Mixed) {
        const uint64_t slot = m_mixCounter++ % 10;
        mix = slot < 6 ? Mix::Read : (slot < 9 ? Mix::Ping : Mix::Write);
    }
    QByteArray& out = c.out;
    out += R"({"jsonrpc":"2.0","id":)";
    out += QByteArray::number(id);
    switch (mix) {
    case Mix::Ping:
        out += R"(,"method":"system.ping"})";
        break;
    case Mix::Read:
        out += R"(,"method":"admin.user.get","params":{"id":1}})";
        break;
    case Mix::Invoices:
        out += R"(,"method":"finance.invoice.create","params":{"post":true,"customer_id":)";
        out += QByteArray::number(m_orderSetup.customerId);
        out += R"(,"lines":[{"description":"Bench item A","qty":"2","unit_price":"19.90",)"
               R"("tax_rate":"13"},{"description":"Bench item B","qty":"1","unit_price":"7.35",)"
               R"("tax_rate":"9"},{"description":"Bench service","qty":"3","unit_price":"120.00",)"
               R"("tax_rate":"6"}]}})";
        break;
    case Mix::Search:
        out += R"(,"method":"crm.customer.list","params":{"search":)";
        out += m_searchTerms[m_mixCounter++ % m_searchTerms.size()];
        out += R"(,"limit":100}})";
        break;
    default:
        out += R"(,"method":"admin.role.create","params":{"name":")";
        out += m_options.prefix.toLatin1() + '_' + QByteArray::number(c.index) + '_' +
               QByteArray::number(++c.sequence);
        out += R"(","permissions":["admin.user.read"]}})";
        break;
    }
    out += '\n';
    c.sentAtNs.push_back(nowNs());
    c.isWrite.push_back(mix == Mix::Write || mix == Mix::Invoices);
}

void LoadGenerator::handleReply(Connection& c, const QByteArray& line, Result& result)
{
    // Compact JSON from the server has its keys sorted: {"error"..., {"id"..., {"jsonrpc"...
    bool notification = line.startsWith(R"({"jsonrpc")");
    bool error = line.startsWith(R"({"error")");
    if (!notification && !error && !line.startsWith(R"({"id")")) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        notification = o.contains(QLatin1String("method")) && !o.contains(QLatin1String("id"));
        error = o.contains(QLatin1String("error")) || o.isEmpty();
    }
    if (notification) {
        ++result.notifications;
        return;
    }
    if (c.sentAtNs.empty()) {
        ++result.errors;
        return;
    }
    const int64_t latencyNs = nowNs() - c.sentAtNs.front();
    const bool write = c.isWrite.front();
    c.sentAtNs.pop_front();
    c.isWrite.pop_front();
    if (m_syncWaiting && c.loggedIn) {
        m_syncWaiting = false;
        m_syncReply = line;
        return;
    }
    if (!c.loggedIn) {
        c.loggedIn = !error;
        if (error)
            m_error = QStringLiteral("login as %1 failed: %2")
                          .arg(m_options.user, QString::fromUtf8(line));
        return;
    }
    ++result.calls;
    m_latencyUs.push_back(uint32_t(std::min<int64_t>(latencyNs / 1000, UINT32_MAX)));
    if (error) {
        ++result.errors;
        if (result.firstError.isEmpty())
            result.firstError = QString::fromUtf8(line.left(300));
    } else if (write) {
        ++result.ackedWrites;
    }
    if (m_options.mix == Mix::Invoices && !error)
        ++result.orders;
    if (m_options.mix == Mix::Orders || m_options.mix == Mix::Sales) {
        if (error) {
            c.orderStep = 0; // start a new order
            return;
        }
        // The order's id and version for the next step; the flow ends after allocation.
        const QJsonObject order =
            QJsonDocument::fromJson(line).object().value(QLatin1String("result")).toObject();
        c.orderId = order.value(QLatin1String("id")).toInteger();
        c.sequence = uint64_t(order.value(QLatin1String("version")).toInteger());
        if (++c.orderStep == (m_options.mix == Mix::Sales ? 5 : 3)) {
            c.orderStep = 0;
            ++result.orders;
        }
    }
}

bool LoadGenerator::pump(int timeoutMs, Result* result)
{
    Result scratch;
    Result& r = result ? *result : scratch;
    epoll_event events[256];
    const int n = epoll_wait(m_epoll, events, 256, timeoutMs);
    std::vector<QByteArray> lines;
    for (int i = 0; i < n; ++i) {
        auto& c = *static_cast<Connection*>(events[i].data.ptr);
        if (events[i].events & (EPOLLIN | EPOLLERR | EPOLLHUP)) {
            lines.clear();
            if (!receive(c, lines))
                return false;
            for (const QByteArray& line : lines)
                handleReply(c, line, r);
        }
        if (m_sending) {
            while (c.sentAtNs.size() < size_t(m_options.depth))
                enqueueCall(c);
        }
        if (!c.out.isEmpty() && !flush(c))
            return false;
    }
    return m_error.isEmpty();
}

Result LoadGenerator::run()
{
    Result result;
    m_latencyUs.clear();
    m_latencyUs.reserve(1 << 20);
    const int64_t start = nowNs();
    const int64_t end = start + int64_t(m_options.seconds * 1e9);
    m_sending = true;
    for (auto& c : m_connections) {
        while (c->sentAtNs.size() < size_t(m_options.depth))
            enqueueCall(*c);
        flush(*c);
    }
    while (nowNs() < end && m_error.isEmpty())
        pump(20, &result);
    m_sending = false;
    const int64_t drainUntil = nowNs() + int64_t(30) * 1000000000;
    auto inFlight = [this] {
        return std::any_of(m_connections.begin(), m_connections.end(),
                           [](const auto& c) { return !c->sentAtNs.empty(); });
    };
    while (inFlight() && nowNs() < drainUntil && m_error.isEmpty())
        pump(20, &result);
    result.seconds = double(nowNs() - start) / 1e9;
    if (!m_error.isEmpty() && result.firstError.isEmpty())
        result.firstError = m_error;
    if (!m_latencyUs.empty()) {
        std::sort(m_latencyUs.begin(), m_latencyUs.end());
        const size_t n = m_latencyUs.size();
        result.p50Ms = m_latencyUs[n / 2] / 1000.0;
        result.p99Ms = m_latencyUs[std::min(n - 1, size_t(double(n) * 0.99))] / 1000.0;
        result.maxMs = m_latencyUs.back() / 1000.0;
    }
    return result;
}

} // namespace Erp::Bench
