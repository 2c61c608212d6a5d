#pragma once

#include "app/pages/customers/customertypes.h"
#include "app/widgets/formdialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace Erp::Client {
class MoneyEdit;
class RecordTable;
} // namespace Erp::Client

namespace Erp::Client::Customers {

class CustomerClient;

/// Creates or edits a customer: master data, terms, contacts and addresses edited in place,
/// notes. Server errors appear under the fields and at the contact or address cell they
/// concern. A create that looks like an existing customer asks first (Open Existing / Create
/// Anyway); a save over a colleague's newer version offers Reload or a comparison.
class CustomerDialog final : public FormDialog
{
    Q_OBJECT
public:
    /// `id` 0: a new customer.
    CustomerDialog(CustomerClient& client, qint64 id, QWidget* parent = nullptr);

    bool isReady() const { return m_ready; }
    const Customer& customer() const { return m_customer; }
    /// The customer as the form holds it now (what Save sends).
    Customer formCustomer() const;
    /// Save & New: saves, then empties the form for the next customer.
    void saveAndNew();

    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* taxIdEdit() const { return m_taxId; }
    QLineEdit* tagsEdit() const { return m_tags; }
    MoneyEdit* creditEdit() const { return m_credit; }
    QComboBox* ownerBox() const { return m_owner; }
    RecordTable* contactsTable() const { return m_contacts; }
    RecordTable* addressesTable() const { return m_addresses; }
    QTabWidget* sections() const { return m_sections; }
    QPushButton* saveAndNewButton() const { return m_saveNew; }

signals:
    void saved(const Erp::Client::Customers::Customer& customer);
    /// The clerk chose to open an existing customer instead of creating a duplicate.
    void openExistingRequested(qint64 id);

protected:
    void save() override;
    void reload() override;
    QString conflictText() const override;
    bool canShowChanges() const override { return m_customer.id > 0; }
    void showChanges() override;

private:
    void buildForm();
    void showCustomer(const Customer& customer);
    void send(bool allowDuplicates);
    void saveFailed(const Rpc::Error& error);
    void askAboutDuplicates(const Rpc::Error& error);
    void done(const Customer& customer);
    void updateTabTitles();
    void loadOwners();
    void setEditable(bool editable);

    CustomerClient& m_client;
    Customer m_customer; ///< as last loaded or saved (the base of an update)
    bool m_ownerEditable;
    bool m_canWrite;
    bool m_ready = false;
    bool m_andNew = false;
    QLabel* m_state;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_taxId;
    QLineEdit* m_industry;
    QLineEdit* m_source;
    QLineEdit* m_tags;
    QComboBox* m_owner;
    MoneyEdit* m_credit;
    QComboBox* m_currency;
    QSpinBox* m_terms;
    QTabWidget* m_sections;
    RecordTable* m_contacts;
    RecordTable* m_addresses;
    QPlainTextEdit* m_notes;
    QPushButton* m_saveNew;
};

} // namespace Erp::Client::Customers
