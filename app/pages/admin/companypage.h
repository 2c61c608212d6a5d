#pragma once

#include "app/pages/admin/companyclient.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Erp::Client {
class FormErrors;
}

namespace Erp::Client::Admin {

/// Admin > Company: the company profile every printed document takes its header from. One
/// form: the server's field errors under the fields, Save on the right (Ctrl+S, Enter), the
/// logo chosen from a PNG or JPEG file (up to 512 KB) with a preview.
class CompanyPage final : public QWidget
{
    Q_OBJECT
public:
    explicit CompanyPage(ApiClient& api, QWidget* parent = nullptr);

    void reload();
    void save();
    /// Loads a logo file (checks type and size here first); false with a message on failure.
    bool setLogoFile(const QString& path);

    FormErrors& errors() const { return *m_errors; }
    QPushButton* saveButton() const { return m_save; }
    qint64 version() const { return m_version; }

signals:
    /// The profile was loaded or saved.
    void loaded();
    /// save() was accepted by the server (after loaded()).
    void saved();
    /// save() was refused; the errors are shown under the fields.
    void saveFailed();

private:
    void showProfile(const QJsonObject& profile);
    QJsonObject values() const;
    void chooseLogo();
    void showLogo();
    void setBusy(bool busy);

    CompanyClient m_client;
    bool m_canWrite = false;
    FormErrors* m_errors;
    QLineEdit* m_name;
    QComboBox* m_country;
    QLineEdit* m_taxId;
    QPlainTextEdit* m_address;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_bankName;
    QLineEdit* m_bankAccount;
    QComboBox* m_currency;
    QSpinBox* m_fiscalMonth;
    QSpinBox* m_fiscalDay;
    QComboBox* m_vat;
    QLabel* m_logo;
    QPushButton* m_chooseLogo;
    QPushButton* m_removeLogo;
    QPushButton* m_save;
    QString m_logoData; ///< base64, as the server keeps it
    QString m_savedLogo;
    qint64 m_version = 0;
};

} // namespace Erp::Client::Admin
