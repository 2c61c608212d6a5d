#pragma once

#include "app/pages/orders/ordertypes.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Erp::Client::Orders {

/// Records a return (RMA): per shipped line the quantity coming back and whether it goes
/// back to stock or is scrapped, plus the reason.
class ReturnDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ReturnDialog(const Order& order, QWidget* parent = nullptr);

    /// {lines: [{line_id, qty, disposition}], reason} for sales.order.return.
    QJsonObject params() const;
    QTableWidget* table() const { return m_table; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    /// The problems shown under the table (empty while nothing is wrong or nothing was typed).
    QString errorText() const;
    /// Sets quantity and disposition ("restock" | "scrap") of table row `row` (tests).
    void setLine(int row, const QString& qty, const QString& disposition);

private:
    void edited();
    void validate();

    QList<qint64> m_lineIds;
    QList<qint64> m_max; ///< shipped minus returned, thousandths
    QTableWidget* m_table;
    QPlainTextEdit* m_reason;
    QLabel* m_error;
    QPushButton* m_ok;
    bool m_edited = false;
};

} // namespace Erp::Client::Orders
