#include "app/pages/admin/userdialog.h"

#include "app/net/servermessages.h"
#include "app/widgets/formerrors.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace Erp::Client::Admin {

UserDialog::UserDialog(AdminClient& client, qint64 id, bool canWrite, QWidget* parent)
    : FormDialog(parent)
    , m_client(client)
    , m_username(new QLineEdit(this))
    , m_fullName(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_roles(new QListWidget(this))
    , m_active(new QCheckBox(tr("Active — the user can log in"), this))
{
    setObjectName(QStringLiteral("userDialog"));
    m_user.id = id;
    const bool create = id == 0;
    setWindowTitle(create ? tr("New User") : tr("Edit User"));
    m_username->setMaxLength(32);
    m_username->setPlaceholderText(tr("2–32 characters: a–z, 0–9, . _ -"));
    m_email->setPlaceholderText(tr("name@example.com"));
    errors().addRow(form(), tr("&Username"), QStringLiteral("username"), m_username, true);
    errors().addRow(form(), tr("&Full name"), QStringLiteral("full_name"), m_fullName);
    errors().addRow(form(), tr("&Email"), QStringLiteral("email"), m_email);
    errors().setRule(QStringLiteral("username"),
                     tr("Use 2–32 characters: a–z, 0–9, dot, underscore or hyphen."));
    errors().setRule(QStringLiteral("email"), tr("Example: name@example.com"));
    errors().setRule(QStringLiteral("password"), tr("Use at least 8 characters."));
    if (create) {
        m_password = new QLineEdit(this);
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setPlaceholderText(tr("At least 8 characters"));
        m_repeat = new QLineEdit(this);
        m_repeat->setEchoMode(QLineEdit::Password);
        errors().addRow(form(), tr("&Password"), QStringLiteral("password"), m_password, true);
        errors().addRow(form(), tr("&Repeat password"), QStringLiteral("password_repeat"), m_repeat,
                        true);
    } else {
        m_username->setReadOnly(true);
        m_username->setToolTip(tr("A username cannot be changed."));
    }
    m_roles->setObjectName(QStringLiteral("roles"));
    m_roles->setMinimumHeight(150);
    m_roles->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_roles->setTextElideMode(Qt::ElideRight);
    errors().addRow(form(), tr("&Roles"), QStringLiteral("roles"), m_roles);
    m_active->setChecked(true);
    errors().addRow(form(), QString(), QStringLiteral("active"), m_active);
    saveButton()->setText(create ? tr("Create User") : tr("Save"));
    if (!canWrite) {
        for (QLineEdit* e : {m_username, m_fullName, m_email})
            e->setReadOnly(true);
        m_roles->setEnabled(false);
        m_active->setEnabled(false);
        saveButton()->hide();
        cancelButton()->setText(tr("Close"));
    }
    resize(560, sizeHint().height());

    setBusy(true);
    m_client.listRoles(
        this, [this](const QList<Role>& roles) { showRoles(roles); },
        [this](const Rpc::Error& e) { loadFailed(e); });
    if (create)
        m_haveUser = true;
    else
        reload();
}

void UserDialog::reload()
{
    m_haveUser = false;
    setBusy(true);
    m_client.getUser(
        m_user.id, this, [this](const User& u) { showUser(u); },
        [this](const Rpc::Error& e) { loadFailed(e); });
}

void UserDialog::showUser(const User& user)
{
    m_user = user;
    m_username->setText(user.username);
    m_fullName->setText(user.fullName);
    m_email->setText(user.email);
    m_active->setChecked(user.active);
    m_haveUser = true;
    checkRoles();
}

void UserDialog::showRoles(const QList<Role>& roles)
{
    const QStringList before = checkedRoles();
    m_roles->clear();
    for (const Role& r : roles) {
        const QString name = r.builtin ? ServerMessages::roleName(r.name) : r.name;
        const QString description = ServerMessages::roleDescription(r.name, r.description);
        auto* item = new QListWidgetItem(name, m_roles);
        item->setData(Qt::UserRole, r.name);
        item->setToolTip(description);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(before.contains(r.name) ? Qt::Checked : Qt::Unchecked);
        if (!description.isEmpty())
            item->setText(QStringLiteral("%1 — %2").arg(name, description));
    }
    m_haveRoles = true;
    checkRoles();
}

void UserDialog::checkRoles()
{
    if (!isReady())
        return;
    for (int i = 0; i < m_roles->count(); ++i) {
        QListWidgetItem* item = m_roles->item(i);
        if (m_user.id > 0)
            item->setCheckState(m_user.roles.contains(item->data(Qt::UserRole).toString())
                                    ? Qt::Checked
                                    : Qt::Unchecked);
    }
    setBusy(false);
    markClean();
    (m_user.id > 0 ? m_fullName : m_username)->setFocus();
}

QStringList UserDialog::checkedRoles() const
{
    QStringList names;
    for (int i = 0; i < m_roles->count(); ++i) {
        if (m_roles->item(i)->checkState() == Qt::Checked)
            names.append(m_roles->item(i)->data(Qt::UserRole).toString());
    }
    return names;
}

void UserDialog::loadFailed(const Rpc::Error& error)
{
    setBusy(false);
    saveButton()->setEnabled(false);
    errors().show(error);
}

void UserDialog::save()
{
    errors().clear();
    if (m_password && m_password->text() != m_repeat->text()) {
        errors().showField(QStringLiteral("password_repeat"), tr("The passwords do not match."));
        return;
    }
    UserInput in;
    in.id = m_user.id;
    in.version = m_user.version;
    in.username = m_username->text().trimmed();
    in.password = m_password ? m_password->text() : QString();
    in.fullName = m_fullName->text().trimmed();
    in.email = m_email->text().trimmed();
    in.roles = checkedRoles();
    in.active = m_active->isChecked();
    setBusy(true);
    m_client.saveUser(
        in, this,
        [this](const User& user) {
            m_user = user;
            emit saved(user);
            finishSaved();
        },
        [this](const Rpc::Error& e) { showSaveError(e); });
}

} // namespace Erp::Client::Admin
