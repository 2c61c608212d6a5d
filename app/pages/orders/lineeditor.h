#pragma once

#include "app/pages/orders/orderlinesmodel.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Erp::Client {
class EntityPicker;
}

namespace Erp::Client::Orders {

class OrderClient;

/// The fast line editor of the order form: the clerk types an SKU, a barcode or part of a name
/// and picks the product (Enter takes the exact or only match), types the quantity and goes
/// on — keyboard only: Enter moves on (after the quantity to the next line's product, Tab
/// walks every cell), Insert or Ctrl+N adds a line, Delete removes one. Totals follow every
/// key exactly; the stock available is shown per line, in red when the quantity exceeds it.
class LineEditor final : public QWidget
{
    Q_OBJECT
public:
    LineEditor(OrderClient& client, QWidget* parent = nullptr);

    OrderLinesModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }

    void setLines(const QList<OrderLine>& lines);
    void setEditable(bool editable);
    /// Shows the allocated / shipped / backorder columns (orders under way).
    void setProgressVisible(bool visible);
    void setCurrency(const QString& currency);

    /// Adds a line and starts typing its product.
    void addLine();
    void removeCurrentLine();
    /// Starts editing the product cell of `row`.
    void editProduct(int row);
    /// Takes over what is typed in an open cell (before Save).
    void commitEditing();

    /// "Net ¥1,234.00" etc. as shown under the table.
    QString netText() const;
    QString taxText() const;
    QString grossText() const;
    /// Asks the server for the stock available of the lines' products now.
    void refreshAvailability();

    /// A server error for `lines[2].qty` (`record` counts the records sent).
    void showCellError(int record, const QString& field, const QString& text);
    /// An error about the lines as a whole (e.g. "lines: required").
    void showError(const QString& text);
    void clearErrors();
    QString errorText() const;

signals:
    void edited();

private:
    void updateTotals();
    void resolveProduct(int row, const QString& text);
    void updateErrorLabel();

    OrderClient& m_client;
    OrderLinesModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_hint;
    QLabel* m_net;
    QLabel* m_tax;
    QLabel* m_gross;
    QLabel* m_errors;
    QString m_listError;
    QString m_currency = QStringLiteral("CNY");
    QTimer m_availabilityTimer;
};

} // namespace Erp::Client::Orders
