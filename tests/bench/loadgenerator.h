#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <cstdint>
#include <deque>
#include <memory>
#include <vector>

namespace Erp::Bench {

/// What each call of a run does.
enum class Mix {
    Ping,  ///< system.ping: the network and dispatch path, no store
    Read,  ///< admin.user.get {id: 1}: an authenticated read of one record
    Write, ///< admin.role.create with a unique name: an audited, committed write
    Mixed, ///< 6 reads : 3 pings : 1 write
    /// The order flow: sales.order.create (3 lines) -> submit (auto-approved) -> allocate, one
    /// call after the other on each connection; an order counts when its allocation answered.
    Orders,
    /// The sale to its invoice: sales.order.create (3 lines) -> submit -> allocate -> pick ->
    /// ship, with invoicing on shipment switched on (prepareOrders()), so the shipment books
    /// its cost and creates and posts the invoice; an order counts when its shipment answered.
    Sales,
    /// finance.invoice.create {post: true} of a free invoice with three lines (13 %, 9 %, 6 %):
    /// 价税分离, the number and the journal entry; one call per invoice.
    Invoices,
    /// crm.customer.list {search, limit: 100}: a search for a random substring of four
    /// characters of a stored customer's name, code or phone (made by prepareSearch()).
    Search,
};

struct Options
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    int connections = 32;
    double seconds = 10.0;
    int depth = 1; ///< requests in flight per connection (pipelining)
    Mix mix = Mix::Ping;
    QString user = QStringLiteral("admin");
    QString password;
    QString prefix; ///< role names of writes: <prefix>_<connection>_<sequence>
};

/// What the order flow orders: made by prepareOrders() before the run.
struct OrderSetup
{
    qint64 customerId = 0;
    qint64 productIds[3] = {};
};

struct Result
{
    uint64_t calls = 0;
    uint64_t errors = 0;
    uint64_t ackedWrites = 0;   ///< writes answered with a result (must survive kill -9)
    uint64_t notifications = 0; ///< event.changed lines received
    uint64_t orders = 0;        ///< order flows (Orders, Sales) or invoices completed
    double seconds = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
    QString firstError;
};

/// A single-threaded, non-blocking load generator: N TCP connections multiplexed with epoll,
/// each logged in, then sending calls of the chosen mix with up to `depth` in flight for the
/// given time. Replies come back in request order on a connection, so latency is measured
/// per call without parsing more than the first bytes of each reply line.
class LoadGenerator final
{
public:
    explicit LoadGenerator(Options options);
    ~LoadGenerator();
    LoadGenerator(const LoadGenerator&) = delete;
    LoadGenerator& operator=(const LoadGenerator&) = delete;

    /// Connects and logs in every connection; false with errorString() on failure.
    bool connectAll();
    /// For Mix::Orders, Sales and Invoices: creates a customer without credit limit and three
    /// products with ample stock (through the first connection, before the run); for Sales it
    /// also switches invoicing on shipment on.
    bool prepareOrders();
    /// For Mix::Search: reads every customer (at most 100,000) and draws the search terms.
    bool prepareSearch();
    /// Runs the mix for the configured time and drains the calls still in flight.
    Result run();
    QString errorString() const { return m_error; }

private:
    struct Connection
    {
        int fd = -1;
        int index = 0;
        QByteArray in;
        QByteArray out;
        std::deque<int64_t> sentAtNs; ///< one per call in flight, oldest first
        std::deque<bool> isWrite;
        uint64_t sequence = 0;
        bool loggedIn = false;
        bool wantWrite = false;
        int orderStep = 0; ///< Orders/Sales: 0 create, 1 submit, 2 allocate, 3 pick, 4 ship
        qint64 orderId = 0;
    };

    bool openSocket(Connection& c);
    bool flush(Connection& c);
    void updateInterest(Connection& c);
    /// Reads what arrived; returns complete lines.
    bool receive(Connection& c, std::vector<QByteArray>& lines);
    void enqueueCall(Connection& c);
    void handleReply(Connection& c, const QByteArray& line, Result& result);
    void enqueueOrderStep(Connection& c, uint64_t id);
    /// One call on the first connection, waiting for its result; null with m_error on failure.
    QJsonValue callSync(const QByteArray& method, const QByteArray& params);
    bool pump(int timeoutMs, Result* result);

    Options m_options;
    int m_epoll = -1;
    std::vector<std::unique_ptr<Connection>> m_connections;
    std::vector<uint32_t> m_latencyUs;
    bool m_sending = false;
    uint64_t m_nextId = 1;
    uint64_t m_mixCounter = 0;
    QString m_error;
    OrderSetup m_orderSetup;
    std::vector<QByteArray> m_searchTerms; ///< JSON strings, drawn in turn (Mix::Search)
    QByteArray m_syncReply;                ///< the reply callSync() waits for
    bool m_syncWaiting = false;
};

/// The current time of the monotonic clock in nanoseconds.
int64_t nowNs();

} // namespace Erp::Bench
