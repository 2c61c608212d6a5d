#pragma once

#include "app/pages/admin/adminclient.h"

#include <QJsonObject>
#include <QWizardPage>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Erp::Client {
class ApiClient;
class FormErrors;
} // namespace Erp::Client

namespace Erp::Client::Admin {
class CompanyPage;
}

namespace Erp::Client::Setup {

/// A wizard page that saves on Next: validatePage() starts commit() and refuses to move on;
/// when the server accepted, the page moves on by itself. A failure keeps the page (and what
/// was typed) with the server's reasons under the fields.
class SavingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SavingPage(QWidget* parent = nullptr);
    bool validatePage() final;
    bool isBusy() const { return m_busy; }

signals:
    /// commit() finished; `ok` false when the page stays.
    void committed(bool ok);

protected:
    /// Saves what the page holds; calls `done(true)` to move on, `done(false)` to stay.
    virtual void commit(std::function<void(bool ok)> done) = 0;

private:
    bool m_busy = false;
    bool m_passed = false;
};

/// The company profile (Admin ▸ Company's own form) and, when the finance module is on and
/// the books are empty, the chart of accounts.
class CompanySetupPage final : public SavingPage
{
    Q_OBJECT
public:
    explicit CompanySetupPage(ApiClient& api, QWidget* parent = nullptr);
    Admin::CompanyPage* form() const { return m_form; }
    /// Null while the finance module is off or the user may not change its settings.
    QComboBox* chartBox() const { return m_chartVisible ? m_chart : nullptr; }
    bool isComplete() const override { return m_loaded; }

protected:
    void commit(std::function<void(bool)> done) override;

private:
    ApiClient& m_api;
    Admin::CompanyPage* m_form;
    QComboBox* m_chart;
    QLabel* m_chartLabel;
    QJsonObject m_finance;
    bool m_chartVisible = false;
    bool m_loaded = false;
    std::function<void(bool)> m_done;
};

/// The first warehouse(s): code, name, address and bins typed here and created with
/// inventory.warehouse.create on Next or "Add Another"; at least one warehouse to go on.
class WarehouseSetupPage final : public SavingPage
{
    Q_OBJECT
public:
    explicit WarehouseSetupPage(ApiClient& api, QWidget* parent = nullptr);
    void initializePage() override;

    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* binsEdit() const { return m_bins; }
    QPushButton* addButton() const { return m_add; }
    QListWidget* createdList() const { return m_list; }
    FormErrors& errors() const { return *m_errors; }
    int warehouseCount() const;

protected:
    void commit(std::function<void(bool)> done) override;

private:
    void create(std::function<void(bool)> done);
    void load();
    bool typed() const;

    ApiClient& m_api;
    FormErrors* m_errors;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QLineEdit* m_address;
    QLineEdit* m_bins;
    QPushButton* m_add;
    QListWidget* m_list;
    bool m_loaded = false;
};

/// The first colleagues (optional): each added with the Users dialog of Admin ▸ Users
/// (username, name, password, roles); the roles and what they may do are listed.
class UsersSetupPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit UsersSetupPage(ApiClient& api, QWidget* parent = nullptr);
    void initializePage() override;
    QPushButton* addButton() const { return m_add; }
    QListWidget* usersList() const { return m_list; }

signals:
    /// The user dialog was opened (tests drive it).
    void dialogOpened(QDialog* dialog);

private:
    void load();
    void addUser();

    Admin::AdminClient m_client;
    QLabel* m_roles;
    QListWidget* m_list;
    QPushButton* m_add;
    bool m_loaded = false;
};

/// Customers, products and opening stock from an Excel or CSV file with the import wizard,
/// each optional; what was imported is shown beside its button.
class ImportSetupPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportSetupPage(ApiClient& api, QWidget* parent = nullptr);
    QPushButton* button(const QString& entity) const;

signals:
    /// An import wizard was opened (tests drive it).
    void wizardOpened(QWizard* wizard);

private:
    void addEntity(const QString& entity, const QString& permission, const QString& text,
                   const QString& description);

    ApiClient& m_api;
    QList<QPushButton*> m_buttons;
};

/// The last page: what was set up and where the day goes on (the dashboard's checklist).
class DoneSetupPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit DoneSetupPage(QWidget* parent = nullptr);
    void initializePage() override;

private:
    QLabel* m_text;
};

} // namespace Erp::Client::Setup
