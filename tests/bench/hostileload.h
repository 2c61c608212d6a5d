#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace Erp::Bench {

/// erp-bench --mix hostile: what the attack is made of.
struct HostileOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QString user = QStringLiteral("admin");
    QString password;
    int idle = 250;       ///< connections that send nothing
    int slow = 250;       ///< connections that send 60 KiB of a line, then 1 byte a second
    int batchClients = 2; ///< logged-in connections sending hostile batches back to back
    int batchSize = 1000; ///< requests per hostile batch
    int listLimit = 1000; ///< `limit` of each crm.customer.list in it
    int addresses = 6;    ///< attackers come from 127.0.0.2 .. 127.0.0.(1 + addresses)
    double seconds = 30;  ///< attack duration
    double settle = 10;   ///< after the attack: the normal client goes on, RSS is watched
    int thinkMs = 5;      ///< the normal client's pause between two calls
    qint64 serverPid = 0; ///< for RSS (VmRSS of /proc/PID/status); 0 = not measured
};

struct HostileResult
{
    uint64_t calls = 0;  ///< the normal client's calls during the attack
    uint64_t errors = 0; ///< ... answered with an error, or not at all
    double p50Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
    qint64 rssBeforeKiB = -1;
    qint64 rssPeakKiB = -1;  ///< highest sample during the attack
    qint64 rssEndKiB = -1;   ///< at the end of the attack
    qint64 rssAfterKiB = -1; ///< after the settle time
    int attackersOpenAtEnd = 0;
    uint64_t attackerConnects = 0;
    uint64_t batchesAnswered = 0;
    uint64_t batchRepliesRun = 0;     ///< entries of hostile batches answered with a result
    uint64_t batchRepliesRefused = 0; ///< ... refused (rpc.batch.reply_too_large)
    qint64 largestBatchReplyBytes = 0;
    QMap<QString, int> closes; ///< attacker connections closed by the server, by message id
    QString firstError;
};

/// One measured "normal" client on its own thread (blocking calls, system.ping and
/// admin.user.get alternating, a short pause between them — its latency is not disturbed by
/// the attackers' bookkeeping) plus idle, slow and batch attackers driven by one epoll loop,
/// which reconnect whenever the server closes them so the pressure lasts the whole run.
class HostileLoad final
{
public:
    explicit HostileLoad(HostileOptions options);
    ~HostileLoad();
    HostileLoad(const HostileLoad&) = delete;
    HostileLoad& operator=(const HostileLoad&) = delete;

    /// Runs the attack and the settle phase; false with errorString() if it could not start.
    bool run(HostileResult& result);
    QString errorString() const { return m_error; }

private:
    enum class Kind { Idle, Slow, Batch };
    struct Conn
    {
        Kind kind = Kind::Idle;
        int index = 0;
        int fd = -1;
        QByteArray in;
        qsizetype scanFrom = 0; ///< no '\n' in `in` before this
        QByteArray out;
        QString lastNotice; ///< message id of the server's last error line (before a close)
        bool loggedIn = false;
        bool waiting = false;     ///< a call (or batch) in flight
        int64_t nextActionNs = 0; ///< slow: next byte; closed: reconnect
    };

    bool open(Conn& c);
    void closeConn(Conn& c, HostileResult* result);
    bool flush(Conn& c);
    void watch(Conn& c);
    /// Reads what arrived and handles complete lines; false when the server closed it.
    bool receive(Conn& c, HostileResult* result);
    void handleLine(Conn& c, const QByteArray& line, HostileResult* result);
    void act(Conn& c, int64_t now);
    void pump(int timeoutMs, HostileResult* result);
    qint64 rssKiB() const;
    /// The normal client's thread: calls until `stop`, latencies kept while `measuring`.
    void normalClient();

    HostileOptions m_options;
    int m_epoll = -1;
    std::vector<std::unique_ptr<Conn>> m_conns;
    std::vector<uint32_t> m_latencyUs;
    uint64_t m_normalErrors = 0;
    QString m_normalFirstError;
    std::atomic<int> m_normalState{0}; ///< 0 starting, 1 logged in, -1 failed
    std::atomic<bool> m_measuring{false};
    std::atomic<bool> m_stop{false};
    QByteArray m_loginLine;
    QByteArray m_batchLine;
    bool m_attacking = false;
    uint64_t m_reconnects = 0;
    QString m_error;
};

} // namespace Erp::Bench
