#include "app/changepassworddialog.h"

#include "app/net/apiclient.h"
#include "app/widgets/formerrors.h"

#include <QFormLayout>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>

namespace Erp::Client {

ChangePasswordDialog::ChangePasswordDialog(ApiClient& api, QWidget* parent)
    : FormDialog(parent)
    , m_api(api)
    , m_old(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
{
    setWindowTitle(tr("Change My Password"));
    for (QLineEdit* e : {m_old, m_new, m_repeat})
        e->setEchoMode(QLineEdit::Password);
    m_new->setPlaceholderText(tr("At least 8 characters"));
    errors().addRow(form(), tr("&Current password"), QStringLiteral("old_password"), m_old, true);
    errors().addRow(form(), tr("&New password"), QStringLiteral("new_password"), m_new, true);
    errors().addRow(form(), tr("&Repeat new password"), QStringLiteral("repeat"), m_repeat, true);
    errors().setRule(QStringLiteral("new_password"), tr("Use at least 8 characters."));
    saveButton()->setText(tr("Change Password"));
    resize(420, sizeHint().height());
}

void ChangePasswordDialog::save()
{
    errors().clear();
    if (m_new->text() != m_repeat->text()) {
        errors().showField(QStringLiteral("repeat"), tr("The passwords do not match."));
        return;
    }
    setBusy(true);
    m_api.call(
        QStringLiteral("auth.change_password"),
        {{QStringLiteral("old_password"), m_old->text()},
         {QStringLiteral("new_password"), m_new->text()}},
        this, [this](const QJsonValue&) { finishSaved(); },
        [this](const Rpc::Error& e) {
            if (e.code == Rpc::NotAuthenticated) {
                setBusy(false);
                errors().showField(QStringLiteral("old_password"),
                                   tr("The current password is not correct."));
                return;
            }
            showSaveError(e);
        });
}

} // namespace Erp::Client
