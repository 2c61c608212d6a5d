#pragma once

#include "app/pages/inventory/inventoryclient.h"
#include "app/pages/modulepage.h"

#include <functional>

class QListWidget;
class QStackedWidget;

namespace Erp::Client::Inventory {

class CountList;
class LowStockList;
class MovesList;
class ProductList;
class PurchaseOrderList;
class Replenishment;
class StockLevels;
class SupplierList;
class WarehouseList;

/// The Inventory tab: products, stock by warehouse, the moves ledger, low stock, stock
/// counts, purchase orders, suppliers, replenishment and the warehouses, chosen in a list on the
/// left. Each part appears only when the user's permissions allow reading it.
class InventoryPage final : public ModulePage
{
    Q_OBJECT
public:
    enum Section {
        Products,
        Stock,
        Moves,
        LowStock,
        Counts,
        PurchaseOrders,
        Suppliers,
        Replenish,
        Warehouses
    };

    explicit InventoryPage(ApiClient& api, QWidget* parent = nullptr);
    ~InventoryPage() override;

    static bool isAvailable(const ApiClient& api);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;
    bool open(const QString& target) override;
    QStringList serverModules() const override
    {
        return {QStringLiteral("inventory"), QStringLiteral("purchasing")};
    }
    /// Purchase orders, suppliers and replenishment belong to purchasing, the rest to inventory.
    void applyDisabledModules(const QSet<QString>& disabled) override;

    /// Shows `section` (when the user may see it); false otherwise.
    bool showSection(Section section);
    QWidget* section(Section section) const;
    QListWidget* navigation() const { return m_nav; }

    ProductList* products() const { return m_products; }
    StockLevels* stock() const { return m_stock; }
    MovesList* moves() const { return m_moves; }
    LowStockList* lowStock() const { return m_low; }
    CountList* counts() const { return m_counts; }
    PurchaseOrderList* purchaseOrders() const { return m_orders; }
    SupplierList* suppliers() const { return m_suppliers; }
    Replenishment* replenishment() const { return m_replenishment; }
    WarehouseList* warehouses() const { return m_warehouses; }

private:
    void addSection(Section section, const QString& title, const QIcon& icon, QWidget* widget,
                    std::function<void()> refresh);

    InventoryClient m_client;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    QList<Section> m_sections;
    QList<std::function<void()>> m_refresh;
    ProductList* m_products = nullptr;
    StockLevels* m_stock = nullptr;
    MovesList* m_moves = nullptr;
    LowStockList* m_low = nullptr;
    CountList* m_counts = nullptr;
    PurchaseOrderList* m_orders = nullptr;
    SupplierList* m_suppliers = nullptr;
    Replenishment* m_replenishment = nullptr;
    WarehouseList* m_warehouses = nullptr;
};

} // namespace Erp::Client::Inventory
