#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Erp::Rpc {
struct CallContext;
class MethodRegistry;
class FieldErrors;
} // namespace Erp::Rpc

namespace Erp::Platform {
class EventBus;
}

namespace Erp::Server::Admin {

/// Field values of a user edit; unset optionals are left as they are.
struct UserInput
{
    QString username;
    QString password;
    std::optional<QString> fullName;
    std::optional<QString> email;
    std::optional<QStringList> roles;
    std::optional<bool> active;
};

struct RoleInput
{
    QString name;
    std::optional<QString> description;
    std::optional<QStringList> permissions;
    std::optional<QStringList> recordRules; ///< ids of the record rules switched on
};

/// Users and roles (admin.user.*, admin.role.*). Every change is audited and pushed as
/// event.changed; edits take the version they were read at (-32009 when stale).
class AdminService final
{
public:
    /// Role and user access changes are announced on `events` (adminevents.h).
    AdminService(const Rpc::MethodRegistry& registry, const Platform::EventBus& events)
        : m_registry(registry)
        , m_events(events)
    {}

    QJsonObject listUsers(Rpc::CallContext& ctx, const QJsonObject& listParams);
    /// -32004 when there is no such user.
    QJsonObject getUser(Rpc::CallContext& ctx, qint64 id);
    /// -32022 for a bad or taken username, weak password, bad e-mail or unknown role.
    QJsonObject createUser(Rpc::CallContext& ctx, const UserInput& input);
    /// -32009 stale version; -32030 when it would leave no active admin.
    QJsonObject updateUser(Rpc::CallContext& ctx, qint64 id, qint64 version,
                           const UserInput& input);
    /// Sets a new password and ends the user's sessions.
    QJsonObject setPassword(Rpc::CallContext& ctx, qint64 id, const QString& password);
    /// Clears a login lockout.
    QJsonObject unlockUser(Rpc::CallContext& ctx, qint64 id);

    QJsonObject listRoles(Rpc::CallContext& ctx, const QJsonObject& listParams);
    QJsonObject getRole(Rpc::CallContext& ctx, qint64 id);
    /// -32022 for a bad or taken name or an unknown permission.
    QJsonObject createRole(Rpc::CallContext& ctx, const RoleInput& input);
    /// -32030 for the admin role's permissions (they must stay "*").
    QJsonObject updateRole(Rpc::CallContext& ctx, qint64 id, qint64 version,
                           const RoleInput& input);
    /// -32030 for a built-in role or a role still assigned to users.
    void deleteRole(Rpc::CallContext& ctx, qint64 id, qint64 version);
    /// Every permission some method requires.
    QStringList permissionCatalogue() const;
    /// The record rules a role can switch on: [{id, entity, title}].
    QJsonArray recordRuleCatalogue() const;

    /// Creates the admin user on a new store. A demo company may use a short, well-known
    /// password ("admin"); a real one must pass the password rules.
    void createInitialAdmin(Rpc::CallContext& ctx, const QString& password, bool demo);

private:
    QJsonObject insertUser(Rpc::CallContext& ctx, const UserInput& input, bool checkPasswordRules);
    void checkPermissions(const QStringList& permissions, Rpc::FieldErrors& errors) const;
    void checkRecordRules(const QStringList& rules, Rpc::FieldErrors& errors) const;

    const Rpc::MethodRegistry& m_registry;
    const Platform::EventBus& m_events;
};

} // namespace Erp::Server::Admin
