#include "app/pages/admin/roledialog.h"

#include "app/pages/admin/permissiontree.h"
#include "app/widgets/formerrors.h"
#include "common/permission.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Erp::Client::Admin {

RoleDialog::RoleDialog(AdminClient& client, qint64 id, bool canWrite, QWidget* parent)
    : FormDialog(parent)
    , m_client(client)
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_tree(new PermissionTree(this))
    , m_extra(new QLineEdit(this))
    , m_rules(new QWidget(this))
    , m_rulesLayout(new QVBoxLayout(m_rules))
    , m_canWrite(canWrite)
{
    setObjectName(QStringLiteral("roleDialog"));
    m_role.id = id;
    const bool create = id == 0;
    setWindowTitle(create ? tr("New Role") : tr("Edit Role"));
    errors().addRow(form(), tr("&Name"), QStringLiteral("name"), m_name, true);
    errors().addRow(form(), tr("&Description"), QStringLiteral("description"), m_description);
    m_tree->setMinimumHeight(260);
    errors().addRow(form(), tr("&Permissions"), QStringLiteral("permissions"), m_tree);
    errors().setRule(QStringLiteral("name"),
                     tr("Use 2–32 characters: a–z, 0–9 or underscore, starting with a letter."));
    m_extra->setObjectName(QStringLiteral("extraGrants"));
    m_extra->setPlaceholderText(tr("e.g. *.read, *.approve, !admin.*"));
    m_extra->setToolTip(tr("More grants, separated by commas: a verb wildcard such as *.read "
                           "(view everything), a permission not listed above, or a denial "
                           "such as !admin.* that wins over every grant."));
    errors().addRow(form(), tr("&Other grants"), QStringLiteral("extra_grants"), m_extra);
    m_rules->setObjectName(QStringLiteral("recordRules"));
    m_rulesLayout->setContentsMargins(0, 0, 0, 0);
    m_rules->setToolTip(tr("A record rule limits which records users of this role see. It "
                           "applies only when every role of a user that can see those records "
                           "has it switched on."));
    errors().addRow(form(), tr("Record rules"), QStringLiteral("record_rules"), m_rules);
    connect(m_tree, &PermissionTree::grantsChanged, this, [this] { markDirty(); });
    if (!create) {
        m_name->setReadOnly(true);
        m_name->setToolTip(tr("A role cannot be renamed."));
    }
    saveButton()->setText(create ? tr("Create Role") : tr("Save"));
    if (!canWrite) {
        m_name->setReadOnly(true);
        m_description->setReadOnly(true);
        m_extra->setReadOnly(true);
        m_tree->setEnabled(false);
        saveButton()->hide();
        cancelButton()->setText(tr("Close"));
    }
    resize(600, sizeHint().height());

    setBusy(true);
    m_client.permissions(
        this,
        [this](const PermissionCatalogue& catalogue) {
            m_tree->setAvailable(catalogue.permissions);
            showRecordRules(catalogue.recordRules);
            m_havePermissions = true;
            ready();
        },
        [this](const Rpc::Error& e) { loadFailed(e); });
    if (create)
        m_haveRole = true;
    else
        reload();
}

void RoleDialog::reload()
{
    m_haveRole = false;
    setBusy(true);
    m_client.getRole(
        m_role.id, this,
        [this](const Role& r) {
            m_role = r;
            m_haveRole = true;
            ready();
        },
        [this](const Rpc::Error& e) { loadFailed(e); });
}

void RoleDialog::ready()
{
    if (!isReady())
        return;
    showRole(m_role);
    setBusy(false);
    markClean();
}

void RoleDialog::showRole(const Role& role)
{
    m_name->setText(role.name);
    m_description->setText(role.description);
    const QStringList unshown = m_tree->setGrants(role.permissions);
    m_extra->setText(unshown.join(QLatin1String(", ")));
    for (QCheckBox* check : std::as_const(m_ruleChecks))
        check->setChecked(role.recordRules.contains(check->property("ruleId").toString()));
    (role.id > 0 ? m_description : m_name)->setFocus();
}

QStringList RoleDialog::grants() const
{
    QStringList all = m_tree->grants();
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList extra = m_extra->text().split(separators, Qt::SkipEmptyParts);
    for (const QString& g : extra) {
        if (!all.contains(g))
            all.append(g);
    }
    return all;
}

QString RoleDialog::recordRuleTitle(const QString& id, const QString& fallback)
{
    if (id == QLatin1String("crm.customer.own"))
        return tr("Sees only customers they own");
    if (id == QLatin1String("crm.lead.own"))
        return tr("Sees only leads they own");
    if (id == QLatin1String("crm.opportunity.own"))
        return tr("Sees only opportunities they own");
    return fallback.isEmpty() ? id : fallback;
}

void RoleDialog::showRecordRules(const QList<RecordRuleInfo>& rules)
{
    for (const RecordRuleInfo& rule : rules) {
        auto* check = new QCheckBox(recordRuleTitle(rule.id, rule.title), m_rules);
        check->setObjectName(QStringLiteral("recordRule_") + rule.id);
        check->setProperty("ruleId", rule.id);
        check->setEnabled(m_canWrite);
        connect(check, &QCheckBox::toggled, this, [this] { markDirty(); });
        m_rulesLayout->addWidget(check);
        m_ruleChecks.append(check);
    }
    if (rules.isEmpty())
        m_rulesLayout->addWidget(new QLabel(tr("none"), m_rules));
}

QCheckBox* RoleDialog::recordRuleCheck(const QString& id) const
{
    for (QCheckBox* check : m_ruleChecks)
        if (check->property("ruleId").toString() == id)
            return check;
    return nullptr;
}

QStringList RoleDialog::recordRules() const
{
    QStringList ids;
    for (QCheckBox* check : m_ruleChecks)
        if (check->isChecked())
            ids.append(check->property("ruleId").toString());
    return ids;
}

void RoleDialog::loadFailed(const Rpc::Error& error)
{
    setBusy(false);
    saveButton()->setEnabled(false);
    errors().show(error);
}

void RoleDialog::save()
{
    errors().clear();
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList extra = m_extra->text().split(separators, Qt::SkipEmptyParts);
    for (const QString& g : extra) {
        if (!isValidPermissionName(g, true)) {
            errors().showField(QStringLiteral("extra_grants"),
                               tr("“%1” is not a permission or wildcard.").arg(g));
            return;
        }
    }
    RoleInput in;
    in.id = m_role.id;
    in.version = m_role.version;
    in.name = m_name->text().trimmed();
    in.description = m_description->text().trimmed();
    in.permissions = grants();
    in.recordRules = recordRules();
    setBusy(true);
    m_client.saveRole(
        in, this,
        [this](const Role& role) {
            m_role = role;
            emit saved(role);
            finishSaved();
        },
        [this](const Rpc::Error& e) { showSaveError(e); });
}

} // namespace Erp::Client::Admin
