#pragma once

#include "app/pages/inventory/inventoryclient.h"
#include "app/widgets/formdialog.h"
#include "app/widgets/listpage.h"

class QCheckBox;
class QComboBox;
class QDialog;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Erp::Client::Inventory {

/// The supplier master (purchasing.supplier.list): search, Active/All, New / Open.
class SupplierList final : public ListPage
{
    Q_OBJECT
public:
    explicit SupplierList(InventoryClient& client, QWidget* parent = nullptr);
    void openSupplier(qint64 id);
    QAction* newAction() const { return m_new; }

signals:
    void dialogOpened(QDialog* dialog);

protected:
    void updateActions() override;

private:
    InventoryClient& m_client;
    QComboBox* m_status;
    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
};

/// Creates or edits a supplier: code (generated when empty), name, tax id, contact, terms.
class SupplierDialog final : public FormDialog
{
    Q_OBJECT
public:
    SupplierDialog(InventoryClient& client, qint64 id, QWidget* parent = nullptr);
    QLineEdit* nameEdit() const { return m_name; }
    QJsonObject fields() const;

signals:
    void saved(const QJsonObject& supplier);

protected:
    void save() override;
    void reload() override;
    QString conflictText() const override;

private:
    void showSupplier(const QJsonObject& s);

    InventoryClient& m_client;
    QJsonObject m_supplier;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QLineEdit* m_taxId;
    QLineEdit* m_contact;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QPlainTextEdit* m_address;
    QComboBox* m_currency;
    QSpinBox* m_terms;
    QSpinBox* m_leadTime;
    QCheckBox* m_active;
    QPlainTextEdit* m_notes;
};

} // namespace Erp::Client::Inventory
