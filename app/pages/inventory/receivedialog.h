#pragma once

#include "app/widgets/formdialog.h"

#include <QJsonObject>

class QTableWidget;

namespace Erp::Client::Inventory {

class InventoryClient;

/// Goods receipt of a purchase order: per line the ordered, already received and open
/// quantity, and what arrives now (pre-filled with the open quantity; type over it for a
/// partial delivery). Receive posts purchasing.order.receive with the lines above zero.
class ReceiveDialog final : public FormDialog
{
    Q_OBJECT
public:
    enum ColumnIndex { ProductCol, OrderedCol, ReceivedCol, OpenCol, NowCol, ColumnCount };

    ReceiveDialog(InventoryClient& client, const QJsonObject& order, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    /// Types the quantity arriving now for the line in `row` (locale text).
    void setNow(int row, const QString& text);
    /// The lines to send: [{line_id, qty}] with qty > 0.
    QJsonArray receiptLines() const;

signals:
    /// The receipt was posted; `order` is the updated purchase order.
    void received(const QJsonObject& order);

protected:
    void save() override;

private:
    void fillAll(bool open);

    InventoryClient& m_client;
    QJsonObject m_order;
    QTableWidget* m_table;
};

} // namespace Erp::Client::Inventory
