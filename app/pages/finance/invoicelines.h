#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Erp::Client {
class ApiClient;
}

namespace Erp::Client::Finance {

/// The lines of the invoice form: product or free text, quantity, unit price, discount, VAT
/// rate and whether the price includes VAT as typed, and per line 金额 (net), 税额 (VAT) and
/// 价税合计 (gross) computed with Erp::invoiceLineAmounts — the server's own arithmetic, so the
/// totals shown are the totals the invoice will carry. Lines taken from a sales order change
/// only their quantity.
class InvoiceLinesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Col {
        DescriptionCol,
        QtyCol,
        PriceCol,
        DiscountCol,
        TaxRateCol,
        InclusiveCol,
        NetCol,
        TaxCol,
        GrossCol,
        ColumnCount
    };

    struct Line
    {
        qint64 id = 0;
        qint64 orderLineId = 0;
        qint64 productId = 0;
        QString description;
        QString qty = QStringLiteral("1"); ///< as typed
        QString price;                     ///< as typed
        QString discount;                  ///< as typed, percent
        QString taxRate = QStringLiteral("13.00");
        bool inclusive = false;
        bool isEmpty() const { return description.trimmed().isEmpty() && productId == 0; }
    };
    struct Amounts
    {
        qint64 net = 0;
        qint64 tax = 0;
        qint64 gross = 0;
        bool valid = true; ///< false when a number of the line is not one
    };

    explicit InvoiceLinesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The lines of an invoice as the server sends them.
    void setLines(const QJsonArray& lines);
    QList<Line> lines() const { return m_lines; }
    Line line(int row) const { return m_lines.value(row); }
    void setLine(int row, const Line& line);
    void appendLine();
    void appendLine(const Line& line);
    void removeLine(int row);
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    /// A product was picked for `row`: its name, list price and VAT rate.
    void setProduct(int row, const QJsonObject& product);

    Amounts amounts(int row) const;
    Amounts totals() const;
    /// The non-empty lines as finance.invoice.create / update take them.
    QJsonArray records() const;

    /// "2,5" / "1,234.5" as typed in the locale -> "2.5"; null when it is not a number.
    static QString plainNumber(const QString& text);

signals:
    void edited();

private:
    QList<Line> m_lines;
    bool m_editable = true;
};

/// The line table of the invoice form with Add Line (Insert) and Remove Line (Delete), the
/// product picker in the description cell (typing free text is fine too), the VAT rate as a
/// choice of 13 / 9 / 6 / 0 / 3 / 1 %, and the totals 金额 / 税额 / 价税合计 under it.
class InvoiceLineEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit InvoiceLineEditor(ApiClient& api, QWidget* parent = nullptr);

    InvoiceLinesModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    void setEditable(bool editable);
    void addLine();
    void removeCurrentLine();
    /// Takes over what is typed in an open cell.
    void commitEditing();
    QString netText() const;
    QString taxText() const;
    QString grossText() const;
    /// Shows an error about the lines (the server's, under the table).
    void showError(const QString& text);

signals:
    void edited();

private:
    void updateTotals();

    InvoiceLinesModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_net;
    QLabel* m_tax;
    QLabel* m_gross;
    QLabel* m_error;
};

} // namespace Erp::Client::Finance
