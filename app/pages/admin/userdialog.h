#pragma once

#include "app/pages/admin/adminclient.h"
#include "app/widgets/formdialog.h"

class QCheckBox;
class QLineEdit;
class QListWidget;

namespace Erp::Client::Admin {

/// Creates or edits a user: username, full name, email, password (on create), roles and
/// whether the account is active. Server validation errors appear under the fields.
class UserDialog final : public FormDialog
{
    Q_OBJECT
public:
    /// `id` 0 creates a new user; without `canWrite` the dialog only shows the user.
    UserDialog(AdminClient& client, qint64 id, bool canWrite, QWidget* parent = nullptr);

    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* fullNameEdit() const { return m_fullName; }
    QLineEdit* emailEdit() const { return m_email; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QListWidget* rolesList() const { return m_roles; }
    QCheckBox* activeBox() const { return m_active; }
    /// True once the user record and the role list are shown.
    bool isReady() const { return m_haveUser && m_haveRoles; }

signals:
    void saved(const Erp::Client::Admin::User& user);

protected:
    void save() override;
    void reload() override;

private:
    void showUser(const User& user);
    void showRoles(const QList<Role>& roles);
    void checkRoles();
    QStringList checkedRoles() const;
    void loadFailed(const Rpc::Error& error);

    AdminClient& m_client;
    User m_user;
    QLineEdit* m_username;
    QLineEdit* m_fullName;
    QLineEdit* m_email;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QListWidget* m_roles;
    QCheckBox* m_active;
    bool m_haveUser = false;
    bool m_haveRoles = false;
};

} // namespace Erp::Client::Admin
