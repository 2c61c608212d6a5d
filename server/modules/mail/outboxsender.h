#pragma once

#include "server/modules/mail/smtpclient.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace Erp::Storage {
class Database;
}
namespace Erp::Rpc {
class CallLog;
}

namespace Erp::Server::Mail {

/// Sends the outbox: a thread that wakes every second, claims due messages (queued, next
/// attempt reached), sends them outside any transaction and records the outcome. A failed send
/// is retried after 1, 5, 15, 60 minutes … and given up ("failed") after MaxAttempts.
/// A message found "sending" at start (the process died mid-send) is queued again: delivery is
/// at least once.
class OutboxSender final
{
public:
    static constexpr int MaxAttempts = 8;
    /// Minutes to wait after the n-th failed attempt (n = 1 …).
    static int retryDelayMinutes(int attempts);

    OutboxSender(Storage::Database& db, Rpc::CallLog& log, SmtpConfig config);
    ~OutboxSender();
    OutboxSender(const OutboxSender&) = delete;
    OutboxSender& operator=(const OutboxSender&) = delete;

private:
    void run();
    /// Sends what is due; returns how many messages were attempted.
    int sendDue();

    Storage::Database& m_db;
    Rpc::CallLog& m_log;
    const SmtpConfig m_config;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace Erp::Server::Mail
