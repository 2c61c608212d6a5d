#include "app/pages/admin/permissiontree.h"

#include <QHeaderView>
#include <QMap>
#include <QTreeWidgetItemIterator>

namespace Erp::Client::Admin {

namespace {
constexpr int GrantRole = Qt::UserRole + 1;
constexpr int CoveredRole = Qt::UserRole + 2;  ///< checked because a wildcard above is
constexpr int OwnStateRole = Qt::UserRole + 3; ///< the item's own check while covered
const QString kAll = QStringLiteral("*");

/// Shows `item` as granted by a wildcard above it (checked, disabled), or gives it back
/// its own check when the wildcard goes away.
void cover(QTreeWidgetItem* item, bool covered)
{
    const bool was = item->data(0, CoveredRole).toBool();
    if (covered && !was) {
        item->setData(0, OwnStateRole, int(item->checkState(0)));
        item->setData(0, CoveredRole, true);
        item->setCheckState(0, Qt::Checked);
    } else if (!covered && was) {
        item->setData(0, CoveredRole, false);
        item->setCheckState(0, Qt::CheckState(item->data(0, OwnStateRole).toInt()));
    }
    item->setDisabled(covered);
}
} // namespace

PermissionTree::PermissionTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("permissions"));
    setColumnCount(2);
    setHeaderLabels({tr("Permission"), tr("Allows")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    setUniformRowHeights(true);
    connect(this, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item) {
        if (!m_updating)
            itemToggled(item);
    });
}

QString PermissionTree::moduleTitle(const QString& module)
{
    static const QMap<QString, const char*> titles{
        {QStringLiteral("admin"), QT_TR_NOOP("Administration: users, roles, audit trail")},
        {QStringLiteral("crm"), QT_TR_NOOP("Customers (CRM)")},
        {QStringLiteral("sales"), QT_TR_NOOP("Sales orders")},
        {QStringLiteral("inventory"), QT_TR_NOOP("Inventory")},
        {QStringLiteral("purchasing"), QT_TR_NOOP("Purchasing")},
        {QStringLiteral("production"), QT_TR_NOOP("Production")},
        {QStringLiteral("projects"), QT_TR_NOOP("Projects")},
        {QStringLiteral("finance"), QT_TR_NOOP("Finance")},
        {QStringLiteral("hr"), QT_TR_NOOP("Human resources")},
        {QStringLiteral("reports"), QT_TR_NOOP("Reports")},
        {QStringLiteral("system"), QT_TR_NOOP("System")},
    };
    const auto it = titles.find(module);
    return it == titles.end() ? module : tr(it.value());
}

QString PermissionTree::verbTitle(const QString& verb)
{
    static const QMap<QString, const char*> titles{
        {QStringLiteral("read"), QT_TR_NOOP("View")},
        {QStringLiteral("write"), QT_TR_NOOP("Create and change")},
        {QStringLiteral("delete"), QT_TR_NOOP("Delete")},
        {QStringLiteral("approve"), QT_TR_NOOP("Approve")},
        {QStringLiteral("post"), QT_TR_NOOP("Post to the ledger")},
        {QStringLiteral("ship"), QT_TR_NOOP("Ship")},
        {QStringLiteral("receive"), QT_TR_NOOP("Receive goods")},
        {QStringLiteral("export"), QT_TR_NOOP("Export")},
        {QStringLiteral("import"), QT_TR_NOOP("Import")},
        {QStringLiteral("merge"), QT_TR_NOOP("Merge duplicates")},
        {QStringLiteral("submit"), QT_TR_NOOP("Submit")},
        {QStringLiteral("cancel"), QT_TR_NOOP("Cancel")},
    };
    const auto it = titles.find(verb);
    return it == titles.end() ? QString() : tr(it.value());
}

void PermissionTree::setAvailable(const QStringList& permissions)
{
    const QStringList grantsBefore = grants();
    m_updating = true;
    clear();
    m_everything = new QTreeWidgetItem(
        this, {tr("Everything (*)"), tr("Every permission, now and in the future")});
    m_everything->setData(0, GrantRole, kAll);
    m_everything->setCheckState(0, Qt::Unchecked);
    QMap<QString, QStringList> byModule;
    for (const QString& p : permissions) {
        const qsizetype dot = p.indexOf(QLatin1Char('.'));
        if (dot > 0)
            byModule[p.left(dot)].append(p);
    }
    for (auto it = byModule.cbegin(); it != byModule.cend(); ++it) {
        auto* module =
            new QTreeWidgetItem(this, {it.key() + QStringLiteral(".*"), moduleTitle(it.key())});
        module->setData(0, GrantRole, it.key() + QStringLiteral(".*"));
        module->setCheckState(0, Qt::Unchecked);
        module->setToolTip(0, tr("All permissions of this module, including ones added later"));
        QStringList names = it.value();
        names.sort();
        for (const QString& name : std::as_const(names)) {
            const QString verb = name.section(QLatin1Char('.'), -1);
            auto* leaf = new QTreeWidgetItem(module, {name, verbTitle(verb)});
            leaf->setData(0, GrantRole, name);
            leaf->setCheckState(0, Qt::Unchecked);
        }
    }
    m_updating = false;
    expandAll();
    setGrants(grantsBefore);
}

QStringList PermissionTree::setGrants(const QStringList& grants)
{
    QStringList unknown;
    m_updating = true;
    QSet<QString> shown;
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        const QString grant = (*it)->data(0, GrantRole).toString();
        (*it)->setData(0, CoveredRole, false);
        const bool on = grants.contains(grant);
        (*it)->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
        if (on)
            shown.insert(grant);
    }
    for (const QString& g : grants) {
        if (!shown.contains(g))
            unknown.append(g);
    }
    m_updating = false;
    syncEnabled();
    return unknown;
}

QStringList PermissionTree::grants() const
{
    QStringList out;
    if (m_everything && m_everything->checkState(0) == Qt::Checked)
        return {kAll};
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem* module = topLevelItem(i);
        if (module == m_everything)
            continue;
        if (module->checkState(0) == Qt::Checked) {
            out.append(module->data(0, GrantRole).toString());
            continue;
        }
        for (int j = 0; j < module->childCount(); ++j) {
            if (module->child(j)->checkState(0) == Qt::Checked)
                out.append(module->child(j)->data(0, GrantRole).toString());
        }
    }
    return out;
}

void PermissionTree::itemToggled(QTreeWidgetItem*)
{
    syncEnabled();
    emit grantsChanged();
}

void PermissionTree::syncEnabled()
{
    // A wildcard covers what is below it: those checks are shown on and cannot be changed.
    m_updating = true;
    const bool all = m_everything && m_everything->checkState(0) == Qt::Checked;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem* module = topLevelItem(i);
        if (module == m_everything)
            continue;
        cover(module, all);
        const bool covered = all || module->checkState(0) == Qt::Checked;
        for (int j = 0; j < module->childCount(); ++j)
            cover(module->child(j), covered);
    }
    m_updating = false;
}

} // namespace Erp::Client::Admin
