#pragma once

#include "common/jsonrpc.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Erp::Storage {
class Database;
}
namespace Erp::Platform {
class AccessPolicy;
}

namespace Erp::Rpc {

/// Who is calling. Lives with the connection; a call works on a copy and the connection adopts
/// the copy afterwards, so no two threads ever share it.
struct Identity
{
    qint64 userId = 0;
    QString username;
    QStringList roles;
    QSet<QString> grants;
    quint64 grantsEpoch = 0; ///< the dispatcher's epoch when `grants` were loaded
    QString tokenHash;       ///< the session row behind a login, for logout
    QStringList recordRules; ///< the record rules that restrict this user (loaded with grants)

    bool isLoggedIn() const { return userId > 0; }
};

/// A record another client may want to refresh: pushed as event.changed after commit.
struct ChangeEvent
{
    QString entity;
    qint64 id = 0;
    qint64 version = 0;
    QString by;
};

/// Everything a handler and its service may use during one call (inside one transaction).
struct CallContext
{
    Storage::Database& db;
    Identity identity;
    QString method;

    QList<ChangeEvent> changes;
    bool grantsChanged = false; ///< roles or user roles changed: sessions reload their grants
    int responseDelayMs = 0;    ///< back-off after a failed login, applied by the connection
    /// Set by a handler whose failure must still be recorded (a failed login counts towards the
    /// lockout): the dispatcher commits, then answers with this error.
    std::optional<Error> failAfterCommit;
    /// Set by a dry run: the dispatcher rolls everything back but still returns the result.
    bool rollbackOnly = false;
    /// Set by a handler that wrote its result as compact JSON text itself (and returns an
    /// undefined value): the dispatcher sends it as is instead of parsing and encoding a
    /// QJsonValue again — large results (an order with its lines) cost a third as much.
    QByteArray rawResult;
    /// Protected fields and record rules (server/platform); null = the system itself.
    const Platform::AccessPolicy* access = nullptr;

    CallContext(Storage::Database& database, Identity who, QString methodName)
        : db(database)
        , identity(std::move(who))
        , method(std::move(methodName))
    {}

    /// Records a mutation in the audit trail (same transaction) and queues event.changed
    /// (bulk operations pass notify = false and queue one summary event with id 0 instead).
    void recordChange(const QString& entity, qint64 id, qint64 version, const QJsonValue& before,
                      const QJsonValue& after, bool notify = true);
    /// Queues event.changed without an audit record (e.g. "many customers changed": id 0).
    void notifyChanged(const QString& entity, qint64 id, qint64 version);
};

} // namespace Erp::Rpc
