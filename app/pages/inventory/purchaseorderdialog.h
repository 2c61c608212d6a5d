#pragma once

#include "app/widgets/formdialog.h"

#include <QJsonObject>
#include <QStringList>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Erp::Client {
class StatusBadge;
}

namespace Erp::Client::Print {
class PrintMenu;
}

namespace Erp::Client::Inventory {

class InventoryClient;
class ProductPicker;
class WarehouseBox;

/// A purchase order: supplier, receiving warehouse, expected date, lines (product, quantity,
/// unit cost, tax rate) with net, tax and gross computed as you type exactly as the server
/// does (Erp::lineAmounts). The lifecycle buttons (Send, Confirm, Cancel Order, Receive…)
/// follow the order's allowed_actions and the user's permissions. Editable while a draft.
class PurchaseOrderDialog final : public FormDialog
{
    Q_OBJECT
public:
    enum ColumnIndex {
        ProductCol,
        QtyCol,
        CostCol,
        TaxRateCol,
        NetCol,
        TaxCol,
        GrossCol,
        ReceivedCol,
        ColumnCount
    };

    /// `id` 0: a new order.
    PurchaseOrderDialog(InventoryClient& client, qint64 id, QWidget* parent = nullptr);

    const QJsonObject& order() const { return m_order; }
    bool isReady() const { return m_ready; }
    bool isEditable() const { return m_editable; }
    QComboBox* supplierBox() const { return m_supplier; }
    WarehouseBox* warehouseBox() const { return m_warehouse; }
    ProductPicker* productPicker() const { return m_picker; }
    QTableWidget* lines() const { return m_lines; }
    QLabel* totalsLabel() const { return m_totals; }
    QPushButton* actionButton(const QString& action) const;
    /// Print: the purchase order for the supplier (Ctrl+P).
    Print::PrintMenu* printMenu() const { return m_print; }
    /// Adds a line for a product list row (qty 1, its cost and tax rate).
    void addLine(const QJsonObject& product, const QString& qty = QStringLiteral("1"));
    /// The lines as create/update take them.
    QJsonArray lineFields() const;
    /// Net, tax and gross of the form in minor units.
    void totals(qint64& net, qint64& tax, qint64& gross) const;
    /// Runs a lifecycle action (send, confirm, cancel) or opens the receive dialog.
    void runAction(const QString& action);

signals:
    void saved(const QJsonObject& order);
    /// The order was shown (after loading, saving or an action).
    void loaded();
    void receiveDialogOpened(QDialog* dialog);

protected:
    void save() override;
    void reload() override;
    QString conflictText() const override;

private:
    void buildForm();
    void loadSuppliers();
    void showOrder(const QJsonObject& order);
    void setLineRow(int row, const QJsonObject& line);
    void recompute();
    void updateButtons();
    void send(std::function<void(const QJsonObject&)> then);
    /// Shows a failed save; field errors of lines (`lines[2].qty`) tint their cells.
    void saveFailed(const Rpc::Error& error);

    InventoryClient& m_client;
    QJsonObject m_order;
    bool m_ready = false;
    bool m_editable = false;
    bool m_filling = false;
    QLabel* m_stateLine;
    StatusBadge* m_badge;
    QComboBox* m_supplier;
    WarehouseBox* m_warehouse;
    QDateEdit* m_expected;
    QLineEdit* m_notes;
    ProductPicker* m_picker;
    QPushButton* m_addLine;
    QPushButton* m_removeLine;
    QLabel* m_addLabel = nullptr;
    QTableWidget* m_lines;
    QLabel* m_totals;
    QHash<QString, QPushButton*> m_actions;
    Print::PrintMenu* m_print = nullptr;
};

} // namespace Erp::Client::Inventory
