#pragma once

#include "app/pages/admin/adminclient.h"
#include "app/widgets/listpage.h"

namespace Erp::Client::Admin {

/// The roles list with New, Edit and Delete. Built-in roles and roles in use cannot be
/// deleted (the server enforces it; the action is disabled to say so up front).
class RolesPage final : public ListPage
{
    Q_OBJECT
public:
    RolesPage(ApiClient& api, QWidget* parent = nullptr);

    void openRole(qint64 id);

protected:
    void updateActions() override;

private:
    void deleteRole();

    AdminClient m_client;
    bool m_canWrite;
    QAction* m_new = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_delete = nullptr;
};

} // namespace Erp::Client::Admin
