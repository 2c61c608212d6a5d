#pragma once

#include "app/widgets/formdialog.h"

#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Erp::Client::Inventory {

class InventoryClient;
class ProductPicker;
class QuantityEdit;
class WarehouseBox;

/// Posts a manual stock move: an adjustment (a signed quantity into or out of one warehouse,
/// or scrap) or a transfer between two warehouses. A reason is required; the server refuses
/// what would make stock negative (shown above the form).
class StockMoveDialog final : public FormDialog
{
    Q_OBJECT
public:
    enum Mode { Adjust, Transfer };
    StockMoveDialog(InventoryClient& client, Mode mode, QWidget* parent = nullptr);

    /// Pre-fills the product (a list row with id, sku, name) and the (source) warehouse.
    void setStart(const QJsonObject& product, qint64 warehouseId);

    ProductPicker* productPicker() const { return m_product; }
    WarehouseBox* warehouseBox() const { return m_from; }
    WarehouseBox* targetBox() const { return m_to; }
    QuantityEdit* qtyEdit() const { return m_qty; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QComboBox* kindBox() const { return m_kind; }

signals:
    /// The move was posted; `summary` says what happened.
    void posted(const QString& summary);

protected:
    void save() override;

private:
    InventoryClient& m_client;
    Mode m_mode;
    ProductPicker* m_product;
    WarehouseBox* m_from;
    WarehouseBox* m_to = nullptr;
    QComboBox* m_kind = nullptr;
    QuantityEdit* m_qty;
    QLineEdit* m_reason;
};

} // namespace Erp::Client::Inventory
