#pragma once

#include "common/jsonrpc.h"
#include "server/rpc/callcontext.h"

#include <QJsonObject>
#include <QJsonValue>

#include <memory>

namespace Erp::Server {
class ServerCore;
}

namespace Erp::Test {

/// A server core on a fresh database of the current backend, called through the real
/// dispatcher (no network): what server tests use to exercise rules on SQLite and PostgreSQL.
class ServerTest final
{
public:
    static constexpr const char* AdminPassword = "admin-secret-1";

    /// A fresh database; or, with `url`, the store there (a restart: tests of what persists).
    explicit ServerTest(const QString& tag, bool demo = false, const QString& url = {});
    ~ServerTest();

    Server::ServerCore& core() { return *m_core; }
    /// The database URL this server opened.
    QString url() const { return m_url; }

    /// A session of its own; log in with login().
    struct Session
    {
        Rpc::Identity identity;
        QList<Rpc::ChangeEvent> changes; ///< from the last call
        int lastDelayMs = 0;
    };

    /// Calls a method as `session`; returns the result or throws the Rpc::Error of the reply.
    QJsonValue call(Session& session, const QString& method, const QJsonObject& params = {});
    /// Same, but returns the error code (0 on success) instead of throwing.
    int callCode(Session& session, const QString& method, const QJsonObject& params = {},
                 Rpc::Error* error = nullptr);

    Session login(const QString& username, const QString& password);
    Session admin() { return login(QStringLiteral("admin"), QString::fromLatin1(AdminPassword)); }

    /// Creates a user with the given roles and returns a logged-in session of it.
    Session userWithRoles(const QString& username, const QStringList& roles);

private:
    /// Checks a successful reply against the method's declared result schema (rpc.discover):
    /// a reply that does not match fails the running test.
    void checkContract(const QString& method, const QJsonValue& result);
    void reportContractErrors();

    std::unique_ptr<Server::ServerCore> m_core;
    QJsonObject m_contract; ///< method name -> result schema, read once
    QStringList m_contractErrors;
    QString m_url;
};

/// "field:code" of every field error in a -32022 reply, in order: what tests compare.
QStringList fieldCodes(const Rpc::Error& error);

} // namespace Erp::Test
