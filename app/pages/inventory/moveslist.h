#pragma once

#include "app/pages/inventory/inventoryclient.h"
#include "app/widgets/listpage.h"

class QButtonGroup;
class QComboBox;

namespace Erp::Client::Inventory {

class WarehouseBox;

/// The stock ledger (inventory.stock.moves), newest first: filter chips for the kind of move,
/// the warehouse and a period; quantities signed (+ in, − out) and right-aligned.
class MovesList final : public ListPage
{
    Q_OBJECT
public:
    explicit MovesList(InventoryClient& client, QWidget* parent = nullptr);

    /// Selects the kind chip ("" = all kinds).
    void setKind(const QString& kind);
    QButtonGroup* kindChips() const { return m_kinds; }

protected:
    bool hasActiveFilter() const override;
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();

    WarehouseBox* m_warehouse;
    QComboBox* m_period;
    QButtonGroup* m_kinds;
};

/// Products whose available stock fell below their reorder point (inventory.stock.low).
class LowStockList final : public ListPage
{
    Q_OBJECT
public:
    explicit LowStockList(InventoryClient& client, QWidget* parent = nullptr);

signals:
    /// "Replenish…": the clerk wants purchase proposals.
    void replenishRequested();
};

} // namespace Erp::Client::Inventory
