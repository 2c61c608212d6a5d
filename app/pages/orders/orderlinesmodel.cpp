#include "app/pages/orders/orderlinesmodel.h"

#include "app/models/format.h"
#include "app/net/servermessages.h"
#include "app/pages/orders/ordertext.h"
#include "app/widgets/theme.h"
#include "common/money.h"
#include "common/ordermath.h"

#include <QBrush>
#include <QFont>

#include <stdexcept>

namespace Erp::Client::Orders {

namespace {
constexpr int QtyScale = 3;
constexpr int MoneyScale = 2;
constexpr int RateScale = 2;

QString str(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toDouble(), 'f', -1) : v.toString();
}

/// What the clerk typed, in the wire form when it is a number ("1,234.5" -> "1234.50").
QString wire(const QString& typed, int scale)
{
    const std::optional<qint64> units = OrderText::parse(typed, scale);
    if (!units)
        return typed.trimmed();
    return Decimal(*units, scale).toString();
}

bool isEditableColumn(int column)
{
    return column == OrderLinesModel::ProductCol || column == OrderLinesModel::QtyCol ||
           column == OrderLinesModel::PriceCol || column == OrderLinesModel::DiscountCol ||
           column == OrderLinesModel::TaxCol;
}
} // namespace

bool OrderLinesModel::Line::isEmpty() const
{
    return productId == 0 && sku.trimmed().isEmpty() && qty.trimmed().isEmpty() &&
           price.trimmed().isEmpty() && discount.trimmed().isEmpty();
}

OrderLinesModel::OrderLinesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void OrderLinesModel::setLines(const QList<OrderLine>& lines)
{
    beginResetModel();
    m_lines.clear();
    m_errors.clear();
    for (const OrderLine& l : lines) {
        Line line;
        line.id = l.id;
        line.productId = l.productId;
        line.sku = l.sku;
        line.name = l.name;
        line.unit = l.unit;
        line.qty = l.qty;
        line.price = l.unitPrice;
        line.discount = l.discountPct;
        line.tax = l.taxRate;
        line.allocated = l.allocatedQty;
        line.shipped = l.shippedQty;
        line.backorder = l.backorderQty;
        if (line.backorder.isEmpty() && !l.allocatedQty.isEmpty()) {
            // Not sent: what is neither allocated nor shipped yet is waiting for stock.
            const auto q = OrderText::parse(l.qty, QtyScale);
            const auto a = OrderText::parse(l.allocatedQty, QtyScale);
            const auto s = OrderText::parse(
                l.shippedQty.isEmpty() ? QStringLiteral("0") : l.shippedQty, QtyScale);
            if (q && a && s)
                line.backorder = OrderText::qtyToWire(qMax<qint64>(0, *q - *a - *s));
        }
        m_lines.append(line);
    }
    endResetModel();
    emit totalsChanged();
    emit productsChanged();
}

void OrderLinesModel::setEditable(bool editable)
{
    m_editable = editable;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int OrderLinesModel::addLine()
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_lines.append(Line());
    endInsertRows();
    return row;
}

void OrderLinesModel::removeLine(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    QHash<QPair<int, int>, QString> errors;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        if (it.key().first < row)
            errors.insert(it.key(), it.value());
        else if (it.key().first > row)
            errors.insert({it.key().first - 1, it.key().second}, it.value());
    }
    m_errors = errors;
    endRemoveRows();
    emit totalsChanged();
    emit productsChanged();
    emit edited();
}

void OrderLinesModel::setProduct(int row, const QJsonObject& product)
{
    if (row < 0 || row >= rowCount())
        return;
    Line& line = m_lines[row];
    const qint64 id = product.value(QLatin1String("id")).toInteger();
    const bool changedProduct = id != line.productId;
    line.productId = id;
    line.sku = str(product, "sku");
    line.name = str(product, "name");
    line.unit = str(product, "unit");
    if (changedProduct || line.price.trimmed().isEmpty())
        line.price = str(product, "list_price");
    if (changedProduct || line.tax.trimmed().isEmpty())
        line.tax = str(product, "tax_rate");
    if (line.qty.trimmed().isEmpty())
        line.qty = QStringLiteral("1");
    m_errors.remove({row, ProductCol});
    changed(row, 0, ColumnCount - 1);
    emit productsChanged();
}

void OrderLinesModel::setProductText(int row, const QString& text)
{
    if (row < 0 || row >= rowCount())
        return;
    Line& line = m_lines[row];
    line.productId = 0;
    line.sku = text.trimmed();
    line.name.clear();
    line.unit.clear();
    changed(row, 0, ColumnCount - 1);
    emit productsChanged();
}

void OrderLinesModel::setAvailable(const QHash<qint64, QString>& available)
{
    m_available = available;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, AvailableCol), index(rowCount() - 1, AvailableCol));
}

bool OrderLinesModel::isShort(int row) const
{
    const Line& line = m_lines.at(row);
    if (line.productId == 0 || !m_available.contains(line.productId))
        return false;
    const auto qty = OrderText::parse(line.qty, QtyScale);
    const auto available = OrderText::parse(m_available.value(line.productId), QtyScale);
    return qty && available && *qty > *available;
}

QList<qint64> OrderLinesModel::productIds() const
{
    QList<qint64> ids;
    for (const Line& line : m_lines) {
        if (line.productId > 0 && !ids.contains(line.productId))
            ids.append(line.productId);
    }
    return ids;
}

std::optional<std::array<qint64, 3>> OrderLinesModel::amounts(int row) const
{
    const Line& line = m_lines.at(row);
    if (line.productId == 0)
        return std::nullopt;
    const auto qty = OrderText::parse(line.qty, QtyScale);
    const auto price = OrderText::parse(line.price, MoneyScale);
    const auto discount = line.discount.trimmed().isEmpty()
                              ? std::optional<qint64>(0)
                              : OrderText::parse(line.discount, RateScale);
    const auto tax = line.tax.trimmed().isEmpty() ? std::optional<qint64>(0)
                                                  : OrderText::parse(line.tax, RateScale);
    if (!qty || !price || !discount || !tax || *qty < 0 || *price < 0 || *discount < 0 ||
        *discount > 10000 || *tax < 0)
        return std::nullopt;
    try {
        const LineAmounts a = lineAmounts(*qty, *price, *discount, *tax);
        return std::array<qint64, 3>{a.net, a.tax, a.gross};
    } catch (const std::overflow_error&) {
        return std::nullopt;
    }
}

OrderLinesModel::Totals OrderLinesModel::totals() const
{
    Totals t;
    for (int row = 0; row < rowCount(); ++row) {
        if (m_lines.at(row).isEmpty())
            continue;
        const auto a = amounts(row);
        if (!a) {
            ++t.invalidLines;
            continue;
        }
        if (__builtin_add_overflow(t.net, (*a)[0], &t.net) ||
            __builtin_add_overflow(t.tax, (*a)[1], &t.tax) ||
            __builtin_add_overflow(t.gross, (*a)[2], &t.gross))
            t.overflow = true;
    }
    return t;
}

QJsonArray OrderLinesModel::records() const
{
    QJsonArray records;
    m_recordRows.clear();
    for (int row = 0; row < rowCount(); ++row) {
        const Line& line = m_lines.at(row);
        if (line.isEmpty())
            continue;
        QJsonObject r{{QStringLiteral("qty"), wire(line.qty, QtyScale)},
                      {QStringLiteral("unit_price"), wire(line.price, MoneyScale)},
                      {QStringLiteral("discount_pct"), line.discount.trimmed().isEmpty()
                                                           ? QStringLiteral("0.00")
                                                           : wire(line.discount, RateScale)},
                      {QStringLiteral("tax_rate"), line.tax.trimmed().isEmpty()
                                                       ? QStringLiteral("0.00")
                                                       : wire(line.tax, RateScale)}};
        if (line.productId > 0)
            r.insert(QStringLiteral("product_id"), line.productId);
        else
            r.insert(QStringLiteral("product_id"), QJsonValue::Null);
        records.append(r);
        m_recordRows.append(row);
    }
    return records;
}

int OrderLinesModel::rowOfRecord(int record) const
{
    return record >= 0 && record < m_recordRows.size() ? m_recordRows.at(record) : -1;
}

int OrderLinesModel::columnOfField(const QString& field)
{
    if (field == QLatin1String("product_id") || field == QLatin1String("product"))
        return ProductCol;
    if (field == QLatin1String("qty"))
        return QtyCol;
    if (field == QLatin1String("unit_price"))
        return PriceCol;
    if (field == QLatin1String("discount_pct"))
        return DiscountCol;
    if (field == QLatin1String("tax_rate"))
        return TaxCol;
    return ProductCol;
}

void OrderLinesModel::setCellError(int record, const QString& field, const QString& text)
{
    const int row = rowOfRecord(record);
    if (row >= 0)
        setRowError(row, columnOfField(field), text);
}

void OrderLinesModel::setRowError(int row, int column, const QString& text)
{
    if (row < 0 || row >= rowCount())
        return;
    m_errors.insert({row, column}, text);
    emit dataChanged(index(row, column), index(row, column));
}

QString OrderLinesModel::cellError(int row, int column) const
{
    return m_errors.value({row, column});
}

void OrderLinesModel::clearErrors()
{
    if (m_errors.isEmpty())
        return;
    m_errors.clear();
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int OrderLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int OrderLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrderLinesModel::display(int row, int column) const
{
    const Line& line = m_lines.at(row);
    switch (column) {
    case ProductCol:
        if (line.productId == 0 || line.name.isEmpty())
            return line.sku;
        return QStringLiteral("%1 — %2").arg(line.sku, line.name);
    case QtyCol: {
        const auto q = OrderText::parse(line.qty, QtyScale);
        return q ? OrderText::decimal(OrderText::qtyToWire(*q), true) : line.qty;
    }
    case UnitCol:
        return ServerMessages::unit(line.unit);
    case PriceCol: {
        const auto p = OrderText::parse(line.price, MoneyScale);
        return p ? OrderText::decimal(OrderText::minorToWire(*p)) : line.price;
    }
    case DiscountCol:
    case TaxCol: {
        const QString& text = column == DiscountCol ? line.discount : line.tax;
        const auto r = OrderText::parse(text, RateScale);
        return r ? OrderText::decimal(Decimal(*r, RateScale).toString(), true) : text;
    }
    case NetCol:
    case GrossCol: {
        const auto a = amounts(row);
        if (!a)
            return QString();
        return OrderText::decimal(OrderText::minorToWire((*a)[column == NetCol ? 0 : 2]));
    }
    case AvailableCol:
        if (line.productId == 0 || !m_available.contains(line.productId))
            return QString();
        return OrderText::decimal(m_available.value(line.productId), true);
    case AllocatedCol:
        return OrderText::decimal(line.allocated, true);
    case ShippedCol:
        return OrderText::decimal(line.shipped, true);
    case BackorderCol: {
        const auto b = OrderText::parse(line.backorder, QtyScale);
        return b && *b == 0 ? QString() : OrderText::decimal(line.backorder, true);
    }
    default:
        return QString();
    }
}

QVariant OrderLinesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const int column = index.column();
    const Line& line = m_lines.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::EditRole:
        if (column == ProductCol)
            return line.sku;
        return display(row, column);
    case ProductRole:
        return line.productId;
    case Qt::TextAlignmentRole:
        if (column == ProductCol || column == UnitCol)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == AvailableCol && isShort(row))
            return QBrush(Theme::toneColor(Column::Tone::Problem));
        if (column == BackorderCol && !display(row, column).isEmpty())
            return QBrush(Theme::toneColor(Column::Tone::Waiting));
        if (m_errors.contains({row, column}))
            return QBrush(Theme::errorColor());
        if (column == ProductCol && line.productId == 0 && !line.sku.isEmpty())
            return QBrush(Theme::mutedTextColor()); // still being looked up
        return QVariant();
    case Qt::BackgroundRole:
        if (m_errors.contains({row, column})) {
            QColor tint = Theme::errorColor();
            tint.setAlpha(40);
            return QBrush(tint);
        }
        return QVariant();
    case Qt::FontRole:
        if (column == GrossCol || (column == AvailableCol && isShort(row))) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QVariant();
    case Qt::ToolTipRole: {
        if (m_errors.contains({row, column}))
            return m_errors.value({row, column});
        if (column == AvailableCol && isShort(row))
            return tr("Only %1 %2 available: the order will wait for stock (backorder).")
                .arg(display(row, column), line.unit);
        if (column == ProductCol && line.productId > 0)
            return display(row, column);
        return QVariant();
    }
    default:
        return {};
    }
}

bool OrderLinesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_editable)
        return false;
    const int row = index.row();
    const int column = index.column();
    Line& line = m_lines[row];
    if (column == ProductCol) {
        if (value.userType() == QMetaType::QJsonObject) {
            setProduct(row, value.toJsonObject());
        } else {
            const QString text = value.toString().trimmed();
            if (line.productId > 0 && text.compare(line.sku, Qt::CaseInsensitive) == 0)
                return true; // unchanged
            setProductText(row, text);
            if (!text.isEmpty())
                emit productTextEntered(row, text);
        }
        emit edited();
        return true;
    }
    QString* target = nullptr;
    if (column == QtyCol)
        target = &line.qty;
    else if (column == PriceCol)
        target = &line.price;
    else if (column == DiscountCol)
        target = &line.discount;
    else if (column == TaxCol)
        target = &line.tax;
    if (!target)
        return false;
    const int scale = column == QtyCol ? QtyScale : 2;
    const QString typed = value.toString().trimmed();
    const QString next = typed.isEmpty() ? QString() : wire(typed, scale);
    if (next == *target)
        return true;
    *target = next;
    const bool valid = typed.isEmpty() || OrderText::parse(typed, scale).has_value();
    if (valid)
        m_errors.remove({row, column});
    else
        m_errors.insert({row, column}, tr("Not a number with at most %1 decimals.").arg(scale));
    changed(row, 0, ColumnCount - 1);
    emit edited();
    return true;
}

void OrderLinesModel::changed(int row, int firstColumn, int lastColumn)
{
    emit dataChanged(index(row, firstColumn), index(row, lastColumn));
    emit totalsChanged();
}

QVariant OrderLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return section == ProductCol || section == UnitCol
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProductCol:
        return tr("Product (SKU, barcode or name)");
    case QtyCol:
        return tr("Qty");
    case UnitCol:
        return tr("Unit");
    case PriceCol:
        return tr("Unit price");
    case DiscountCol:
        return tr("Disc. %");
    case TaxCol:
        return tr("Tax %");
    case NetCol:
        return tr("Net");
    case GrossCol:
        return tr("Gross");
    case AvailableCol:
        return tr("Available");
    case AllocatedCol:
        return tr("Allocated");
    case ShippedCol:
        return tr("Shipped");
    case BackorderCol:
        return tr("Backorder");
    default:
        return {};
    }
}

Qt::ItemFlags OrderLinesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable && isEditableColumn(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace Erp::Client::Orders
