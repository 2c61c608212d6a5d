#pragma once

#include "app/pages/inventory/inventoryclient.h"
#include "app/widgets/listpage.h"

class QCheckBox;
class QDialog;
class QLineEdit;

namespace Erp::Client::Inventory {

class WarehouseBox;

/// Stock by warehouse (inventory.stock.levels): on hand, reserved and available per product
/// and warehouse, right-aligned; rows below their reorder point tinted amber. Adjust… and
/// Transfer… for clerks with inventory.stock.adjust. Follows stock and product changes live.
class StockLevels final : public ListPage
{
    Q_OBJECT
public:
    enum ColumnIndex {
        SkuCol,
        NameCol,
        WarehouseCol,
        OnHandCol,
        ReservedCol,
        AvailableCol,
        ReorderPointCol,
        UnitCol,
    };

    explicit StockLevels(InventoryClient& client, QWidget* parent = nullptr);

    WarehouseBox* warehouseBox() const { return m_warehouse; }
    QCheckBox* lowOnly() const { return m_low; }
    QAction* adjustAction() const { return m_adjust; }
    QAction* transferAction() const { return m_transfer; }
    void openAdjust();
    void openTransfer();

signals:
    void dialogOpened(QDialog* dialog);

protected:
    void updateActions() override;
    bool hasActiveFilter() const override;
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();
    void openMoveDialog(bool transfer);

    InventoryClient& m_client;
    WarehouseBox* m_warehouse = nullptr;
    QLineEdit* m_category = nullptr;
    QCheckBox* m_low = nullptr;
    QAction* m_adjust = nullptr;
    QAction* m_transfer = nullptr;
};

} // namespace Erp::Client::Inventory
