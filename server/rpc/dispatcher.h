#pragma once

#include "server/rpc/callcontext.h"

#include <QByteArray>
#include <QJsonValue>

#include <atomic>

namespace Erp::Storage {
class Database;
}
namespace Erp::Platform {
class EventBus;
}

namespace Erp::Rpc {

/// -32029: a limit of the server was reached (docs/PROTOCOL.md "Limits"); data.limit names it.
/// Used for the connection caps, the login and idle timeouts and a batch's reply size.
inline constexpr int LimitReached = -32029;

class MethodRegistry;
class CallLog;
class ModuleGate;
struct MethodSpec;
struct Request;
struct Error;

/// Runs requests: parses a line, checks login, permission and parameters, opens exactly one
/// transaction per call, retries it on lock or serialization failures, maps errors to codes
/// and writes one log line per call. Thread-safe: called from the worker pool.
/// When roles changed since a session loaded its grants, it asks Events::IdentityRefresh
/// (identityrefresh.h) on the event bus inside the call's transaction.
class Dispatcher final
{
public:
    Dispatcher(Storage::Database& db, const MethodRegistry& registry, const CallLog& log,
               const Platform::EventBus& events);
    /// Refuses the methods of switched-off modules (-32030, data.module, message id
    /// platform.module.disabled) and hears of committed changes; set once before any call.
    void setModuleGate(ModuleGate* gate) { m_gate = gate; }

    struct Outcome
    {
        QByteArray reply; ///< the response line(s), '\n'-terminated; empty for notifications
        Identity identity;
        QList<ChangeEvent> changes;
        int delayMs = 0;
        QByteArray rawResult; ///< a handler's own JSON text result (CallContext::rawResult)
    };

    /// Handles one received line (a request, a notification or a batch). Once a batch's
    /// replies passed `maxBatchReplyBytes` (0: no limit), its remaining requests are not run
    /// and each is answered -32029 (message id rpc.batch.reply_too_large).
    Outcome handleLine(const QByteArray& line, const Identity& identity,
                       qsizetype maxBatchReplyBytes = DefaultMaxBatchReplyBytes);

    /// Runs one parsed request object (used by handleLine and by tests).
    QJsonValue handleMessage(const QJsonValue& message, Outcome& outcome);

    quint64 grantsEpoch() const { return m_grantsEpoch.load(); }

    static constexpr int MaxBatch = 1000;
    static constexpr qsizetype DefaultMaxBatchReplyBytes = 16 * 1024 * 1024;

private:
    /// handleMessage; with `rawLine` a result the handler wrote as text becomes the reply line
    /// directly (no parse), otherwise it is parsed into the returned reply.
    QJsonValue handleOne(const QJsonValue& message, Outcome& outcome, QByteArray* rawLine);
    /// Runs a batch, appending each reply to one JSON text as it comes (never a tree of all).
    void handleBatch(const QJsonArray& batch, Outcome& outcome, qsizetype maxReplyBytes);
    QJsonValue call(const Request& request, Outcome& outcome);
    QJsonValue runInTransaction(const MethodSpec& spec, const QJsonObject& params,
                                Outcome& outcome);
    void checkPermission(const MethodSpec& spec, const Identity& identity) const;
    void checkParams(const MethodSpec& spec, const QJsonObject& params) const;
    /// -32602 (search, filter) or -32022 naming the field for a control character in params.
    static void refuseControlCharacters(const MethodSpec& spec, const QJsonObject& params);

    Storage::Database& m_db;
    const MethodRegistry& m_registry;
    const CallLog& m_log;
    const Platform::EventBus& m_events;
    ModuleGate* m_gate = nullptr;
    std::atomic<quint64> m_grantsEpoch{1};
};

} // namespace Erp::Rpc
