#pragma once

#include "app/pages/orders/ordertypes.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Erp::Client::Orders {

/// Asks what a shipment carries: the carrier, the tracking number and, per line, the
/// quantity shipped now (everything allocated by default; less makes a partial shipment).
class ShipDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ShipDialog(const Order& order, QWidget* parent = nullptr);

    /// The parameters of sales.order.ship besides id and version: {carrier, tracking,
    /// lines?}; lines are left out when every line ships what is allocated.
    QJsonObject params() const;
    QComboBox* carrierBox() const { return m_carrier; }
    QLineEdit* trackingEdit() const { return m_tracking; }
    QTableWidget* table() const { return m_table; }
    /// Sets the quantity shipped now of table row `row` (tests).
    void setQty(int row, const QString& qty);

private:
    void validate();

    Order m_order;
    QList<qint64> m_defaults; ///< thousandths per row
    QComboBox* m_carrier;
    QLineEdit* m_tracking;
    QTableWidget* m_table;
    QLabel* m_error;
    QPushButton* m_ok;
};

} // namespace Erp::Client::Orders
