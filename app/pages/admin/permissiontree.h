#pragma once

#include <QStringList>
#include <QTreeWidget>

namespace Erp::Client::Admin {

/// The permissions of a role as a checklist: "Everything" (*), one item per module whose check
/// grants the module wildcard ("crm.*", including permissions added later), and one item per
/// permission. Grants it cannot show as a check (e.g. "*.read") are reported by
/// setGrants() so the dialog can show them as text.
class PermissionTree final : public QTreeWidget
{
    Q_OBJECT
public:
    explicit PermissionTree(QWidget* parent = nullptr);

    /// The permissions the server knows (admin.role.permissions).
    void setAvailable(const QStringList& permissions);
    /// Checks the items for `grants`; returns the grants that have no item.
    QStringList setGrants(const QStringList& grants);
    /// The checked grants: "*", module wildcards, then single permissions.
    QStringList grants() const;

    /// A translated name for a module ("crm" -> "Customers (CRM)"), or the name itself.
    static QString moduleTitle(const QString& module);
    /// A translated description of a permission by its verb ("read" -> "View").
    static QString verbTitle(const QString& verb);

signals:
    void grantsChanged();

private:
    void itemToggled(QTreeWidgetItem* item);
    void syncEnabled();

    QTreeWidgetItem* m_everything = nullptr;
    bool m_updating = false;
};

} // namespace Erp::Client::Admin
