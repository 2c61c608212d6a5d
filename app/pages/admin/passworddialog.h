#pragma once

#include "app/pages/admin/adminclient.h"
#include "app/widgets/formdialog.h"

class QLineEdit;

namespace Erp::Client::Admin {

/// Sets a new password for a user (admin.user.set_password), typed twice.
class PasswordDialog final : public FormDialog
{
    Q_OBJECT
public:
    PasswordDialog(AdminClient& client, const User& user, QWidget* parent = nullptr);

    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }

protected:
    void save() override;

private:
    AdminClient& m_client;
    User m_user;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
};

} // namespace Erp::Client::Admin
