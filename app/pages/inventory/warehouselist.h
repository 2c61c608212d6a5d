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

namespace Erp::Client {
class RecordTable;
}

namespace Erp::Client::Inventory {

/// The warehouses (inventory.warehouse.list): by allocation priority, Active/All, New / Open /
/// Archive / Restore. A warehouse holding stock cannot be archived (the server says why).
class WarehouseList final : public ListPage
{
    Q_OBJECT
public:
    explicit WarehouseList(InventoryClient& client, QWidget* parent = nullptr);
    void openWarehouse(qint64 id);
    QAction* newAction() const { return m_new; }
    QAction* archiveAction() const { return m_archive; }

    static QString writePermission() { return QStringLiteral("inventory.warehouse.write"); }

signals:
    void dialogOpened(QDialog* dialog);

protected:
    void updateActions() override;

private:
    void setActive(bool active);

    InventoryClient& m_client;
    QComboBox* m_status;
    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
    QAction* m_archive = nullptr;
    QAction* m_restore = nullptr;
};

/// Creates or edits a warehouse: code, name, address, allocation priority, active, and its
/// bins (locations) edited in place.
class WarehouseDialog final : public FormDialog
{
    Q_OBJECT
public:
    WarehouseDialog(InventoryClient& client, qint64 id, QWidget* parent = nullptr);
    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* nameEdit() const { return m_name; }
    QSpinBox* priorityEdit() const { return m_priority; }
    RecordTable* bins() const { return m_bins; }
    QJsonObject fields() const;

signals:
    void saved(const QJsonObject& warehouse);

protected:
    void save() override;
    void reload() override;
    QString conflictText() const override;

private:
    void showWarehouse(const QJsonObject& w);

    InventoryClient& m_client;
    QJsonObject m_warehouse;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QPlainTextEdit* m_address;
    QSpinBox* m_priority;
    QCheckBox* m_active;
    RecordTable* m_bins;
};

} // namespace Erp::Client::Inventory
