#pragma once

#include "app/pages/admin/adminclient.h"
#include "app/widgets/formdialog.h"

class QCheckBox;
class QLineEdit;
class QVBoxLayout;

namespace Erp::Client::Admin {

class PermissionTree;

/// Creates or edits a role: name (on create; roles cannot be renamed), description, its
/// grants as a checklist of the server's permissions plus wildcards ("crm.*", "*.read"), and
/// its record rules (one checkbox per rule the server declares, e.g. "Sees only customers they
/// own").
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
    /// The checkbox of a record rule ("crm.customer.own"), nullptr when the server has none.
    QCheckBox* recordRuleCheck(const QString& id) const;
    /// The ids of the record rules ticked.
    QStringList recordRules() const;
    /// The translated title of a record rule (the server's English one for unknown ids).
    static QString recordRuleTitle(const QString& id, const QString& fallback);
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
    void showRecordRules(const QList<RecordRuleInfo>& rules);

    AdminClient& m_client;
    Role m_role;
    QLineEdit* m_name;
    QLineEdit* m_description;
    PermissionTree* m_tree;
    QLineEdit* m_extra;
    QWidget* m_rules;
    QVBoxLayout* m_rulesLayout;
    QList<QCheckBox*> m_ruleChecks;
    bool m_canWrite;
    bool m_haveRole = false;
    bool m_havePermissions = false;
};

} // namespace Erp::Client::Admin
