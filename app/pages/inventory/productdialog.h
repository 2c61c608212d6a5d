#pragma once

#include "app/widgets/formdialog.h"

#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Erp::Client {
class MoneyEdit;
}

namespace Erp::Client::Inventory {

class InventoryClient;
class QuantityEdit;

/// Creates or edits a product: identity (SKU, name, category, unit, barcode), prices and tax,
/// replenishment (reorder point and quantity, default supplier). Server field errors appear
/// under the fields; a save over a colleague's newer version offers Reload.
class ProductDialog final : public FormDialog
{
    Q_OBJECT
public:
    /// `id` 0: a new product.
    ProductDialog(InventoryClient& client, qint64 id, QWidget* parent = nullptr);

    bool isReady() const { return m_ready; }
    const QJsonObject& product() const { return m_product; }
    /// The editable fields as create/update take them.
    QJsonObject fields() const;
    /// The unit code of the unit box: a built-in unit by its code, anything typed as is.
    QString unitCode() const;

    QLineEdit* skuEdit() const { return m_sku; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* categoryEdit() const { return m_category; }
    QComboBox* unitBox() const { return m_unit; }
    MoneyEdit* listPriceEdit() const { return m_listPrice; }
    /// Not shown (and never sent) without the permission inventory.cost.
    MoneyEdit* costEdit() const { return m_cost; }
    MoneyEdit* taxRateEdit() const { return m_taxRate; }
    QLabel* stockLabel() const { return m_stock; }
    QuantityEdit* reorderPointEdit() const { return m_reorderPoint; }

signals:
    void saved(const QJsonObject& product);

protected:
    void save() override;
    void reload() override;
    QString conflictText() const override;

private:
    void showProduct(const QJsonObject& product);
    void loadSuppliers();
    void loadStock();

    InventoryClient& m_client;
    QJsonObject m_product;
    bool m_ready = false;
    QLabel* m_state;
    QLineEdit* m_sku;
    QLineEdit* m_name;
    QLineEdit* m_category;
    QComboBox* m_unit;
    QLineEdit* m_barcode;
    MoneyEdit* m_listPrice;
    MoneyEdit* m_cost;
    MoneyEdit* m_taxRate;
    QuantityEdit* m_reorderPoint;
    QuantityEdit* m_reorderQty;
    QComboBox* m_supplier;
    QLineEdit* m_description;
    QLabel* m_stock;
    bool m_seesCost; ///< the session holds inventory.cost
};

} // namespace Erp::Client::Inventory
