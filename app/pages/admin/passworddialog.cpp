#include "app/pages/admin/passworddialog.h"

#include "app/widgets/formerrors.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Erp::Client::Admin {

PasswordDialog::PasswordDialog(AdminClient& client, const User& user, QWidget* parent)
    : FormDialog(parent)
    , m_client(client)
    , m_user(user)
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
{
    setWindowTitle(tr("Reset Password"));
    auto* intro = new QLabel(
        tr("Choose a new password for %1. Tell it to the user in person; they can change it "
           "after logging in.")
            .arg(user.fullName.isEmpty()
                     ? user.username
                     : QStringLiteral("%1 (%2)").arg(user.fullName, user.username)),
        this);
    intro->setWordWrap(true);
    body()->insertWidget(0, intro);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least 8 characters"));
    m_repeat->setEchoMode(QLineEdit::Password);
    errors().addRow(form(), tr("&New password"), QStringLiteral("password"), m_password, true);
    errors().addRow(form(), tr("&Repeat password"), QStringLiteral("password_repeat"), m_repeat,
                    true);
    errors().setRule(QStringLiteral("password"), tr("Use at least 8 characters."));
    saveButton()->setText(tr("Set Password"));
    resize(420, sizeHint().height());
}

void PasswordDialog::save()
{
    errors().clear();
    if (m_password->text() != m_repeat->text()) {
        errors().showField(QStringLiteral("password_repeat"), tr("The passwords do not match."));
        return;
    }
    setBusy(true);
    m_client.setPassword(
        m_user.id, m_password->text(), this, [this](const User&) { finishSaved(); },
        [this](const Rpc::Error& e) { showSaveError(e); });
}

} // namespace Erp::Client::Admin
