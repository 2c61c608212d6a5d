#pragma once

#include "app/pages/admin/adminclient.h"
#include "app/widgets/listpage.h"

class QComboBox;

namespace Erp::Client::Admin {

/// The users list: search, filters (status, role), and the actions New, Edit,
/// Reset Password, Unlock and Activate/Deactivate.
class UsersPage final : public ListPage
{
    Q_OBJECT
public:
    UsersPage(ApiClient& api, QWidget* parent = nullptr);

    void refresh() override;

    /// Opens the user dialog (for a new user when `id` is 0); used by the actions and tests.
    void openUser(qint64 id);

protected:
    void updateActions() override;

private:
    void applyFilter();
    void loadRoles();
    void resetPassword();
    void unlock();
    void toggleActive();
    void actionFailed(const Rpc::Error& error);

    AdminClient m_client;
    bool m_canWrite;
    QComboBox* m_status;
    QComboBox* m_role;
    QAction* m_new = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_password = nullptr;
    QAction* m_unlock = nullptr;
    QAction* m_active = nullptr;
};

} // namespace Erp::Client::Admin
