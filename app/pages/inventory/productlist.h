#pragma once

#include "app/pages/inventory/inventoryclient.h"
#include "app/widgets/listpage.h"

class QComboBox;
class QDialog;
class QLineEdit;

namespace Erp::Client::Inventory {

/// The product master: search (SKU, name, barcode), filters by category and status, New /
/// Open / Archive; follows colleagues' changes (inventory.product) live.
class ProductList final : public ListPage
{
    Q_OBJECT
public:
    /// The first columns; the rest depend on the session (the cost column only with the
    /// permission inventory.cost): find them by key with columnOf().
    enum ColumnIndex {
        SkuCol,
        NameCol,
    };
    /// The model column of `key` ("cost", "active" …), -1 when the list does not show it.
    int columnOf(const QString& key) const;

    explicit ProductList(InventoryClient& client, QWidget* parent = nullptr);

    /// Opens the product form (a new product when `id` is 0).
    void openProduct(qint64 id);
    void archiveSelected();
    /// Makes the selected archived product active again.
    void restoreSelected();
    QComboBox* statusBox() const { return m_status; }
    QLineEdit* categoryEdit() const { return m_category; }
    QAction* newAction() const { return m_new; }
    QAction* archiveAction() const { return m_archive; }

signals:
    void dialogOpened(QDialog* dialog);

protected:
    void updateActions() override;
    bool hasActiveFilter() const override;

private:
    void applyFilter();

    InventoryClient& m_client;
    QComboBox* m_status = nullptr;
    QLineEdit* m_category = nullptr;
    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
    QAction* m_archive = nullptr;
    QAction* m_restore = nullptr;
};

} // namespace Erp::Client::Inventory
