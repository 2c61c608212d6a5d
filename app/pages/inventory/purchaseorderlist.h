#pragma once

#include "app/pages/inventory/inventoryclient.h"
#include "app/widgets/listpage.h"

class QComboBox;
class QDialog;

namespace Erp::Client::Inventory {

/// Purchase orders (purchasing.order.list): filter by state and supplier, New / Open /
/// Receive…; follows purchasing.order changes live.
class PurchaseOrderList final : public ListPage
{
    Q_OBJECT
public:
    explicit PurchaseOrderList(InventoryClient& client, QWidget* parent = nullptr);

    void openOrder(qint64 id);
    /// Opens the order and its receive dialog.
    void receiveSelected();
    QComboBox* stateBox() const { return m_state; }
    QAction* newAction() const { return m_new; }
    QAction* receiveAction() const { return m_receive; }

signals:
    void dialogOpened(QDialog* dialog);

protected:
    void updateActions() override;
    bool hasActiveFilter() const override;
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();
    void loadSuppliers();

    InventoryClient& m_client;
    QComboBox* m_state;
    QComboBox* m_supplier;
    bool m_suppliersLoaded = false;
    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
    QAction* m_receive = nullptr;
};

} // namespace Erp::Client::Inventory
