#pragma once

#include "app/net/apiclient.h"
#include "app/pages/admin/admintypes.h"

#include <QList>
#include <QString>

#include <functional>

namespace Erp::Client::Admin {

/// Typed calls of the admin module (admin.user.*, admin.role.*, admin.audit.list). Every
/// handler runs later, and only while `context` is alive.
class AdminClient final
{
public:
    template <typename T>
    using Done = std::function<void(const T&)>;
    using Fail = ApiClient::ErrorHandler;

    // List methods, for RemoteTableModel.
    static QString userListMethod() { return QStringLiteral("admin.user.list"); }
    static QString roleListMethod() { return QStringLiteral("admin.role.list"); }
    static QString auditListMethod() { return QStringLiteral("admin.audit.list"); }

    explicit AdminClient(ApiClient& api);
    ApiClient& api() const { return m_api; }

    void getUser(qint64 id, QObject* context, Done<User> done, Fail fail);
    /// admin.user.create when input.id == 0, else admin.user.update (with input.version).
    void saveUser(const UserInput& input, QObject* context, Done<User> done, Fail fail);
    void setPassword(qint64 id, const QString& password, QObject* context, Done<User> done,
                     Fail fail);
    void unlockUser(qint64 id, QObject* context, Done<User> done, Fail fail);
    /// admin.user.update {id, version, active}.
    void setUserActive(qint64 id, qint64 version, bool active, QObject* context, Done<User> done,
                       Fail fail);
    /// Up to 1000 users by username (for pickers and filters).
    void listUsers(QObject* context, Done<QList<User>> done, Fail fail);

    void getRole(qint64 id, QObject* context, Done<Role> done, Fail fail);
    /// admin.role.create when input.id == 0, else admin.role.update.
    void saveRole(const RoleInput& input, QObject* context, Done<Role> done, Fail fail);
    void deleteRole(qint64 id, qint64 version, QObject* context, std::function<void()> done,
                    Fail fail);
    /// Every role, by name.
    void listRoles(QObject* context, Done<QList<Role>> done, Fail fail);
    /// admin.role.permissions: every permission a method or protected field requires, and the
    /// record rules a role can switch on.
    void permissions(QObject* context, Done<PermissionCatalogue> done, Fail fail);

private:
    ApiClient& m_api;
};

} // namespace Erp::Client::Admin
