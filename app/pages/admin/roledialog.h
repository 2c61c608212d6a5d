#pragma once

#include "app/pages/admin/adminclient.h"
#include "app/widgets/formdialog.h"

class QLineEdit;

namespace Erp::Client::Admin {

class PermissionTree;

/// Creates or edits a role: name (on create; roles cannot be renamed), description, and its
/// grants as a checklist of the server's permissions plus wildcards ("crm.*", "*.read").
class RoleDialog final : public FormDialog
{
    Q_OBJECT
public:
    RoleDialog(AdminClient& client, qint64 id, bool canWrite, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* descriptionEdit() const { return m_description; }
    QLineEdit* extraGrantsEdit() const { return m_extra; }
    PermissionTree* permissionTree() const { return m_tree; }
    bool isReady() const { return m_haveRole && m_havePermissions; }
    /// Everything the role will grant: the checklist plus the extra grants.
    QStringList grants() const;

signals:
    void saved(const Erp::Client::Admin::Role& role);

protected:
    void save() override;
    void reload() override;

private:
    void showRole(const Role& role);
    void ready();
    void loadFailed(const Rpc::Error& error);

    AdminClient& m_client;
    Role m_role;
    QLineEdit* m_name;
    QLineEdit* m_description;
    PermissionTree* m_tree;
    QLineEdit* m_extra;
    bool m_haveRole = false;
    bool m_havePermissions = false;
};

} // namespace Erp::Client::Admin
