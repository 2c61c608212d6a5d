#pragma once

#include <QJsonObject>
#include <QString>

#include <atomic>

namespace Erp::Rpc {
struct CallContext;
class Dispatcher;
} // namespace Erp::Rpc

namespace Erp::Server::Admin {

/// Logging in and out: Argon2id verification, session tokens, back-off and lockout.
class AuthService final
{
public:
    static constexpr int MaxFailedLogins = 5;
    static constexpr int LockoutMinutes = 15;
    static constexpr int SessionDays = 30;

    void attach(const Rpc::Dispatcher& dispatcher) { m_dispatcher = &dispatcher; }

    /// Checks the password and makes ctx.identity the user. Failures: -32001 for an unknown
    /// user, a wrong password or a locked account; the 5th failure in a row locks the account.
    QJsonObject login(Rpc::CallContext& ctx, const QString& username, const QString& password);
    /// Re-establishes a session from a token of an earlier login (after a reconnect).
    QJsonObject resume(Rpc::CallContext& ctx, const QString& token);
    /// Revokes the session token and logs the connection out.
    void logout(Rpc::CallContext& ctx);
    /// Changes the caller's own password; -32022 for a wrong old or too weak new password.
    void changePassword(Rpc::CallContext& ctx, const QString& oldPassword,
                        const QString& newPassword);
    /// Reloads roles and grants of ctx.identity; false when the user is gone or deactivated.
    bool refreshIdentity(Rpc::CallContext& ctx);

private:
    QJsonObject establish(Rpc::CallContext& ctx, qint64 userId, const QString& token);

    const Rpc::Dispatcher* m_dispatcher = nullptr;
};

} // namespace Erp::Server::Admin
