#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Erp::Client {

class ApiClient;
class BusyIndicator;

/// Asks for username and password and logs in (auth.login). A failure — wrong credentials,
/// a locked account, a lost connection — is explained inside the dialog.
class LoginDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(ApiClient& api, QWidget* parent = nullptr);

    void setUsername(const QString& username);
    void setPassword(const QString& password);
    /// A line under the fields, e.g. "Demo company: user admin, password admin".
    void setHint(const QString& hint);

    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* loginButton() const { return m_login; }
    QString errorText() const;
    QString hintText() const;

private:
    void submit();
    void setBusy(bool busy);
    void showError(const QString& text);

    ApiClient& m_api;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QLabel* m_error;
    QLabel* m_hint;
    BusyIndicator* m_busy;
    QPushButton* m_login;
    QPushButton* m_cancel;
};

} // namespace Erp::Client
