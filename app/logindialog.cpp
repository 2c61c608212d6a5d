#include "app/logindialog.h"

#include "app/net/apiclient.h"
#include "app/net/errortext.h"
#include "app/widgets/busyindicator.h"
#include "app/widgets/theme.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Erp::Client {

LoginDialog::LoginDialog(ApiClient& api, QWidget* parent)
    : QDialog(parent)
    , m_api(api)
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_login(new QPushButton(tr("Log In"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("ERP — Log In"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/erp.svg")));
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/erp.svg")).pixmap(40, 40));
    header->addWidget(logo);
    auto* where = new QLabel(this);
    where->setWordWrap(true);
    where->setText(api.isLocal()
                       ? tr("<b>Log in</b><br>Company file: %1")
                             .arg(QFileInfo(api.serverName()).fileName().toHtmlEscaped())
                       : tr("<b>Log in</b><br>Server: %1").arg(api.serverName().toHtmlEscaped()));
    where->setToolTip(api.serverName());
    header->addWidget(where, 1);
    layout->addLayout(header);

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    m_username->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Username"), m_username);
    form->addRow(tr("&Password"), m_password);
    layout->addLayout(form);

    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, Theme::errorColor());
    m_error->setPalette(errorPalette);
    m_error->setVisible(false);
    layout->addWidget(m_error);
    m_hint->setObjectName(QStringLiteral("loginHint"));
    m_hint->setWordWrap(true);
    QPalette hintPalette = m_hint->palette();
    hintPalette.setColor(QPalette::WindowText, Theme::mutedTextColor());
    m_hint->setPalette(hintPalette);
    m_hint->setVisible(false);
    layout->addWidget(m_hint);
    layout->addStretch(1);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_busy);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_login);
    layout->addLayout(buttons);
    m_login->setDefault(true);
    m_cancel->setAutoDefault(false);
    connect(m_login, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_username, &QLineEdit::textEdited, m_error, &QLabel::hide);
    connect(m_password, &QLineEdit::textEdited, m_error, &QLabel::hide);
    connect(&api, &ApiClient::connectionLost, this, [this](const QString& reason) {
        setBusy(false);
        showError(reason);
    });
    setMinimumWidth(400);
}

void LoginDialog::setUsername(const QString& username)
{
    m_username->setText(username);
    (username.isEmpty() ? m_username : m_password)->setFocus();
}

void LoginDialog::setPassword(const QString& password)
{
    m_password->setText(password);
    if (!password.isEmpty())
        m_login->setFocus();
}

void LoginDialog::setHint(const QString& hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString LoginDialog::hintText() const
{
    return m_hint->isHidden() ? QString() : m_hint->text();
}

void LoginDialog::submit()
{
    const QString username = m_username->text().trimmed();
    if (username.isEmpty()) {
        showError(tr("Enter your username."));
        m_username->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    setBusy(true);
    m_error->hide();
    m_api.login(
        username, m_password->text(), this,
        [this] {
            setBusy(false);
            accept();
        },
        [this](const Rpc::Error& error) {
            setBusy(false);
            showError(ErrorText::login(error));
            m_password->selectAll();
            m_password->setFocus();
        });
}

void LoginDialog::setBusy(bool busy)
{
    m_busy->setRunning(busy);
    m_login->setEnabled(!busy);
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
}

void LoginDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(true);
}

} // namespace Erp::Client
