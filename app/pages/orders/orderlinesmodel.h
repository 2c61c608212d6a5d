#pragma once

#include "app/pages/orders/ordertypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <array>
#include <optional>

namespace Erp::Client::Orders {

/// The lines of the order form: product, quantity, unit price, discount and tax rate as the
/// clerk typed them, the line amounts computed exactly with Erp::lineAmounts (the server's own
/// arithmetic), the stock available per product, and the server's errors per cell.
class OrderLinesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Col {
        ProductCol,
        QtyCol,
        UnitCol,
        PriceCol,
        DiscountCol,
        TaxCol,
        NetCol,
        GrossCol,
        AvailableCol,
        AllocatedCol,
        ShippedCol,
        BackorderCol,
        ColumnCount
    };
    enum Role { ProductRole = Qt::UserRole + 1, ShortRole };

    struct Line
    {
        qint64 id = 0;
        qint64 productId = 0;
        QString sku; ///< or the text typed while the product is looked up
        QString name;
        QString unit;
        QString qty; ///< as typed
        QString price;
        QString discount;
        QString tax;
        QString allocated;
        QString shipped;
        QString backorder;
        bool isEmpty() const;
    };
    struct Totals
    {
        qint64 net = 0;
        qint64 tax = 0;
        qint64 gross = 0;
        int invalidLines = 0; ///< lines left out (no product yet, or a value not a number)
        bool overflow = false;
    };

    explicit OrderLinesModel(QObject* parent = nullptr);

    void setLines(const QList<OrderLine>& lines);
    const QList<Line>& lines() const { return m_lines; }
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    /// Appends an empty line; returns its row.
    int addLine();
    void removeLine(int row);
    /// Sets the product of `row`: unit, price (the list price) and tax rate follow it; the
    /// quantity becomes 1 when none was typed yet.
    void setProduct(int row, const QJsonObject& product);
    /// Remembers what was typed in the product cell while it is being looked up.
    void setProductText(int row, const QString& text);
    /// product id -> available quantity ("12.000"); unknown products show nothing.
    void setAvailable(const QHash<qint64, QString>& available);
    QString available(qint64 productId) const { return m_available.value(productId); }
    /// True when the line's quantity exceeds what is available.
    bool isShort(int row) const;
    QList<qint64> productIds() const;

    /// The line's amounts in minor units; empty optional when incomplete or not a number.
    std::optional<std::array<qint64, 3>> amounts(int row) const;
    Totals totals() const;

    /// `lines` as create/update take them; the rows sent are remembered so that the server's
    /// "lines[2].qty" finds its cell.
    QJsonArray records() const;
    /// `record` counts the records() sent; `field` is the protocol name ("qty", "unit_price").
    void setCellError(int record, const QString& field, const QString& text);
    void setRowError(int row, int column, const QString& text);
    QString cellError(int row, int column) const;
    void clearErrors();
    bool hasErrors() const { return !m_errors.isEmpty(); }
    /// The table row of a record sent by the last records() call (-1 when unknown).
    int rowOfRecord(int record) const;
    static int columnOfField(const QString& field);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void totalsChanged();
    /// A product was set or removed: the availability should be asked again.
    void productsChanged();
    /// The clerk typed `text` in the product cell of `row` without picking a product.
    void productTextEntered(int row, const QString& text);
    /// Any change by the user.
    void edited();

private:
    void changed(int row, int firstColumn, int lastColumn);
    QString display(int row, int column) const;

    QList<Line> m_lines;
    QHash<qint64, QString> m_available;
    QHash<QPair<int, int>, QString> m_errors;
    mutable QList<int> m_recordRows;
    bool m_editable = true;
};

} // namespace Erp::Client::Orders
