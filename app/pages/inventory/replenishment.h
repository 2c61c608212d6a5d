#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Erp::Client {
class BusyIndicator;
class ExportRunner;
struct ExportRequest;
} // namespace Erp::Client

namespace Erp::Client::Inventory {

class InventoryClient;
class WarehouseBox;

/// Replenishment (purchasing.replenishment.propose): what to buy, grouped by supplier, for
/// products whose available + on-order quantity fell below the reorder point, plus
/// backorders. Tick lines, change quantities, then "Create Purchase Orders" makes one draft
/// PO per supplier (purchasing.replenishment.create).
class Replenishment final : public QWidget
{
    Q_OBJECT
public:
    enum ColumnIndex {
        ProductCol,
        UnitCol,
        AvailableCol,
        OnOrderCol,
        BackorderedCol,
        ReorderPointCol,
        QtyCol,
        CostCol,
        AmountCol,
        ColumnCount
    };

    explicit Replenishment(InventoryClient& client, QWidget* parent = nullptr);

    void refresh();
    QTreeWidget* tree() const { return m_tree; }
    WarehouseBox* warehouseBox() const { return m_warehouse; }
    QPushButton* createButton() const { return m_create; }
    bool isLoaded() const { return m_loaded; }
    /// The ticked lines: [{product_id, supplier_id, qty}].
    QJsonArray chosenLines() const;
    void createOrders();
    QString message() const;
    /// "Chosen: 3 lines from 2 suppliers · net 1,230.00" (no net without inventory.cost).
    QLabel* summaryLabel() const { return m_summary; }
    /// Export… (Ctrl+E): the proposal as shown — one row per line with its supplier, the
    /// quantities as edited, ticked or not — to XLSX or CSV.
    QPushButton* exportButton() const { return m_export; }
    ExportRequest exportRequest() const;
    void exportProposal();

signals:
    /// Draft purchase orders were created (their numbers).
    void ordersCreated(const QStringList& numbers);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showProposal(const QJsonObject& result);
    void itemChanged(QTreeWidgetItem* item, int column);
    void updateSummary();

    InventoryClient& m_client;
    WarehouseBox* m_warehouse;
    QPushButton* m_propose;
    QPushButton* m_create;
    QPushButton* m_export;
    ExportRunner* m_runner;
    BusyIndicator* m_busy;
    QStackedWidget* m_stack;
    QTreeWidget* m_tree;
    QLabel* m_empty;
    QLabel* m_summary;
    QLabel* m_message;
    bool m_seesCost; ///< the session holds inventory.cost (proposals carry unit_cost)
    bool m_loaded = false;
    bool m_started = false;
    bool m_filling = false;
    bool m_edited = false; ///< the clerk changed ticks or quantities since the proposal
    QTimer m_changes;      ///< coalesces colleagues' changes into one new proposal
};

} // namespace Erp::Client::Inventory
