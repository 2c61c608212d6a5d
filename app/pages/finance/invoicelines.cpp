#include "app/pages/finance/invoicelines.h"

#include "app/models/format.h"
#include "app/pages/finance/financetext.h"
#include "app/widgets/entitypicker.h"
#include "app/widgets/moneyedit.h"
#include "app/widgets/theme.h"
#include "common/money.h"
#include "common/ordermath.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <stdexcept>

namespace Erp::Client::Finance {

namespace {
using M = InvoiceLinesModel;
using T = FinanceText;

std::optional<qint64> scaled(const QString& typed, int scale)
{
    const QString plain = M::plainNumber(typed);
    if (plain.isNull())
        return std::nullopt;
    const auto d = Decimal::parse(plain, scale);
    if (!d)
        return std::nullopt;
    return d->units();
}

QString shownNumber(const QString& wire)
{
    // "2.000" -> "2", "2.500" -> "2.5": what a clerk would type.
    QString n = wire;
    if (n.contains(QLatin1Char('.'))) {
        while (n.endsWith(QLatin1Char('0')))
            n.chop(1);
        if (n.endsWith(QLatin1Char('.')))
            n.chop(1);
    }
    return n;
}

/// The editors: a product picker (or free text) for the description, a choice of VAT rates,
/// right-aligned line edits for the numbers.
class InvoiceLineDelegate final : public QStyledItemDelegate
{
public:
    InvoiceLineDelegate(ApiClient& api, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_api(api)
    {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        Q_UNUSED(option);
        if (index.column() == M::DescriptionCol) {
            auto* picker =
                new EntityPicker(m_api, QStringLiteral("inventory.product.list"), parent);
            picker->setObjectName(QStringLiteral("invoiceProductPicker"));
            picker->setFrame(false);
            picker->setRowText([](const QJsonObject& row) {
                //: A product offered in the invoice lines: SKU — name
                return InvoiceLineEditor::tr("%1 — %2").arg(T::str(row, "sku"),
                                                            T::str(row, "name"));
            });
            picker->setPickedText([](const QJsonObject& row) { return T::str(row, "name"); });
            picker->setRowFilter([](const QJsonObject& row) {
                return row.value(QLatin1String("active")).toBool(true);
            });
            auto* self = const_cast<InvoiceLineDelegate*>(this);
            QObject::connect(picker, &EntityPicker::picked, self, [self, picker] {
                emit self->commitData(picker);
                emit self->closeEditor(picker, QAbstractItemDelegate::EditNextItem);
            });
            return picker;
        }
        if (index.column() == M::TaxRateCol) {
            auto* box = new QComboBox(parent);
            for (const QString& rate : T::taxRates())
                box->addItem(T::taxRate(rate), rate);
            return box;
        }
        auto* edit = new QLineEdit(parent);
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        edit->setFrame(false);
        return edit;
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (auto* box = qobject_cast<QComboBox*>(editor)) {
            box->setCurrentIndex(qMax(0, box->findData(index.data(Qt::EditRole))));
            return;
        }
        if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
            edit->setText(index.data(Qt::EditRole).toString());
            edit->selectAll();
        }
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override
    {
        if (auto* picker = qobject_cast<EntityPicker*>(editor)) {
            if (picker->hasCurrent() &&
                picker->text().trimmed() == T::str(picker->current(), "name").trimmed())
                model->setData(index, picker->current());
            else
                model->setData(index, picker->text());
            return;
        }
        if (auto* box = qobject_cast<QComboBox*>(editor)) {
            model->setData(index, box->currentData());
            return;
        }
        if (auto* edit = qobject_cast<QLineEdit*>(editor))
            model->setData(index, edit->text());
    }

private:
    ApiClient& m_api;
};
/// The table: finishEditing() commits the open cell (before Save).
class InvoiceLinesView final : public QTableView
{
public:
    using QTableView::QTableView;

    void finishEditing()
    {
        if (state() != EditingState)
            return;
        if (QWidget* editor = indexWidget(currentIndex())) {
            emit itemDelegateForIndex(currentIndex())->commitData(editor);
            QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        }
    }
};
} // namespace

// ---------------------------------------------------------------------------------------------

InvoiceLinesModel::InvoiceLinesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int InvoiceLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int InvoiceLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InvoiceLinesModel::plainNumber(const QString& text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return QString();
    const QLocale locale;
    t.remove(locale.groupSeparator());
    t.replace(locale.decimalPoint(), QStringLiteral("."));
    t.remove(QLatin1Char(' '));
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    static const QRegularExpression number(QStringLiteral("^[0-9]+(\\.[0-9]*)?$"));
    if (!number.match(t).hasMatch())
        return QString();
    if (t.endsWith(QLatin1Char('.')))
        t.chop(1);
    return t;
}

InvoiceLinesModel::Amounts InvoiceLinesModel::amounts(int row) const
{
    Amounts a;
    const Line& l = m_lines.at(row);
    const auto qty = scaled(l.qty, 3);
    const QString price = MoneyEdit::parse(l.price);
    const auto discount =
        l.discount.trimmed().isEmpty() ? std::optional<qint64>(0) : scaled(l.discount, 2);
    const auto rate = Decimal::parse(l.taxRate, 2);
    if (!qty || price.isNull() || price.isEmpty() || !discount || !rate || *discount > 10000) {
        a.valid = false;
        return a;
    }
    try {
        const LineAmounts x =
            invoiceLineAmounts(*qty, T::minor(price), *discount, rate->units(), l.inclusive);
        a.net = x.net;
        a.tax = x.tax;
        a.gross = x.gross;
    } catch (const std::overflow_error&) {
        a.valid = false;
    }
    return a;
}

InvoiceLinesModel::Amounts InvoiceLinesModel::totals() const
{
    Amounts t;
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).isEmpty())
            continue;
        const Amounts a = amounts(row);
        t.valid = t.valid && a.valid;
        t.net += a.net;
        t.tax += a.tax;
        t.gross += a.gross;
    }
    return t;
}

QVariant InvoiceLinesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line& l = m_lines.at(index.row());
    const int col = index.column();
    if (role == Qt::CheckStateRole && col == InclusiveCol)
        return l.inclusive ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole)
        return col == DescriptionCol || col == InclusiveCol
                   ? QVariant()
                   : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole && col == DescriptionCol && l.orderLineId > 0)
        return tr("From the sales order: only the quantity can change.");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (col) {
    case DescriptionCol:
        return l.description;
    case QtyCol:
        return l.qty;
    case PriceCol:
        return edit ? l.price
                    : T::money(MoneyEdit::parse(l.price).isEmpty() ? l.price
                                                                   : MoneyEdit::parse(l.price));
    case DiscountCol:
        return l.discount;
    case TaxRateCol:
        return edit ? l.taxRate : T::taxRate(l.taxRate);
    case InclusiveCol:
        return {};
    case NetCol:
    case TaxCol:
    case GrossCol: {
        if (l.isEmpty())
            return {};
        const Amounts a = amounts(index.row());
        if (!a.valid)
            return QStringLiteral("—");
        return T::money(T::wire(col == NetCol ? a.net : col == TaxCol ? a.tax : a.gross));
    }
    default:
        return {};
    }
}

bool InvoiceLinesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_lines.size() || !m_editable)
        return false;
    Line& l = m_lines[index.row()];
    const int col = index.column();
    if (role == Qt::CheckStateRole && col == InclusiveCol) {
        l.inclusive = value.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole) {
        switch (col) {
        case DescriptionCol:
            if (value.userType() == QMetaType::QJsonObject) {
                setProduct(index.row(), value.toJsonObject());
                return true;
            }
            if (value.toString() != l.description)
                l.productId = 0;
            l.description = value.toString();
            break;
        case QtyCol:
            l.qty = value.toString().trimmed();
            break;
        case PriceCol:
            l.price = value.toString().trimmed();
            break;
        case DiscountCol:
            l.discount = value.toString().trimmed();
            break;
        case TaxRateCol:
            l.taxRate = value.toString();
            break;
        default:
            return false;
        }
    } else {
        return false;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit edited();
    return true;
}

Qt::ItemFlags InvoiceLinesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!index.isValid() || !m_editable)
        return f;
    const Line& l = m_lines.value(index.row());
    const int col = index.column();
    if (col >= NetCol)
        return f;
    if (l.orderLineId > 0 && col != QtyCol)
        return f;
    if (col == InclusiveCol)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

QVariant InvoiceLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return section == DescriptionCol ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                         : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DescriptionCol:
        return tr("Product or description");
    case QtyCol:
        return tr("Qty");
    case PriceCol:
        return tr("Unit price");
    case DiscountCol:
        return tr("Disc. %");
    case TaxRateCol:
        return tr("VAT rate");
    case InclusiveCol:
        return tr("Incl. VAT");
    case NetCol:
        //: 金额: the line amount without VAT
        return tr("Amount");
    case TaxCol:
        //: 税额: the VAT of the line
        return tr("VAT");
    case GrossCol:
        //: 价税合计: amount plus VAT
        return tr("Total");
    default:
        return {};
    }
}

void InvoiceLinesModel::setLines(const QJsonArray& lines)
{
    beginResetModel();
    m_lines.clear();
    for (const QJsonValue& v : lines) {
        const QJsonObject o = v.toObject();
        Line l;
        l.id = T::id(o, "id");
        l.orderLineId = T::id(o, "order_line_id");
        l.productId = T::id(o, "product_id");
        l.description = T::str(o, "description");
        l.qty = shownNumber(T::str(o, "qty"));
        l.price = T::str(o, "unit_price");
        const QString discount = shownNumber(T::str(o, "discount_pct"));
        l.discount = discount == QLatin1String("0") ? QString() : discount;
        l.taxRate = T::str(o, "tax_rate");
        l.inclusive = o.value(QLatin1String("price_includes_tax")).toBool();
        m_lines.append(l);
    }
    endResetModel();
}

void InvoiceLinesModel::setLine(int row, const Line& line)
{
    if (row < 0 || row >= m_lines.size())
        return;
    m_lines[row] = line;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit edited();
}

void InvoiceLinesModel::appendLine()
{
    appendLine(Line());
}

void InvoiceLinesModel::appendLine(const Line& line)
{
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size()));
    m_lines.append(line);
    endInsertRows();
    emit edited();
}

void InvoiceLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    emit edited();
}

void InvoiceLinesModel::setEditable(bool editable)
{
    beginResetModel();
    m_editable = editable;
    endResetModel();
}

void InvoiceLinesModel::setProduct(int row, const QJsonObject& product)
{
    if (row < 0 || row >= m_lines.size())
        return;
    Line& l = m_lines[row];
    l.productId = T::id(product, "id");
    l.description = T::str(product, "name");
    const QString price = T::str(product, "list_price");
    if (!price.isEmpty())
        l.price = price;
    const QString rate = T::str(product, "tax_rate");
    if (T::taxRates().contains(rate))
        l.taxRate = rate;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit edited();
}

QJsonArray InvoiceLinesModel::records() const
{
    QJsonArray out;
    for (const Line& l : m_lines) {
        if (l.isEmpty())
            continue;
        const QString qty = plainNumber(l.qty);
        if (l.orderLineId > 0) {
            out.append(QJsonObject{{QStringLiteral("order_line_id"), l.orderLineId},
                                   {QStringLiteral("qty"), qty.isNull() ? l.qty : qty}});
            continue;
        }
        const QString price = MoneyEdit::parse(l.price);
        QJsonObject o{{QStringLiteral("description"), l.description.trimmed()},
                      {QStringLiteral("qty"), qty.isNull() ? l.qty : qty},
                      {QStringLiteral("unit_price"), price.isNull() ? l.price : price},
                      {QStringLiteral("tax_rate"), l.taxRate},
                      {QStringLiteral("price_includes_tax"), l.inclusive}};
        if (!l.discount.trimmed().isEmpty()) {
            const QString d = plainNumber(l.discount);
            o.insert(QStringLiteral("discount_pct"), d.isNull() ? l.discount : d);
        }
        if (l.productId > 0)
            o.insert(QStringLiteral("product_id"), l.productId);
        out.append(o);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------

InvoiceLineEditor::InvoiceLineEditor(ApiClient& api, QWidget* parent)
    : QWidget(parent)
    , m_model(new InvoiceLinesModel(this))
    , m_view(new InvoiceLinesView(this))
    , m_add(new QPushButton(tr("Add Line"), this))
    , m_remove(new QPushButton(tr("Remove Line"), this))
    , m_net(new QLabel(this))
    , m_tax(new QLabel(this))
    , m_gross(new QLabel(this))
    , m_error(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view->setObjectName(QStringLiteral("invoiceLines"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new InvoiceLineDelegate(api, m_view));
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(InvoiceLinesModel::DescriptionCol, QHeaderView::Stretch);
    const QFontMetrics fm = m_view->fontMetrics();
    const auto fit = [&](int col, const QString& sample) {
        const int title = fm.horizontalAdvance(
            m_model->headerData(col, Qt::Horizontal, Qt::DisplayRole).toString());
        header->resizeSection(col, qMax(fm.horizontalAdvance(sample), title) + 24);
    };
    fit(InvoiceLinesModel::QtyCol, QStringLiteral("10,000.000"));
    fit(InvoiceLinesModel::PriceCol, QStringLiteral("100,000.00"));
    fit(InvoiceLinesModel::DiscountCol, QStringLiteral("10.00"));
    fit(InvoiceLinesModel::TaxRateCol, QStringLiteral("13 % ▾"));
    fit(InvoiceLinesModel::InclusiveCol, QStringLiteral("[x]"));
    fit(InvoiceLinesModel::NetCol, QStringLiteral("1,000,000.00"));
    fit(InvoiceLinesModel::TaxCol, QStringLiteral("100,000.00"));
    fit(InvoiceLinesModel::GrossCol, QStringLiteral("1,000,000.00"));
    header->resizeSection(InvoiceLinesModel::DescriptionCol,
                          fm.horizontalAdvance(QLatin1Char('M')) * 20);
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 6);
    layout->addWidget(m_view, 1);

    auto* row = new QHBoxLayout;
    m_add->setObjectName(QStringLiteral("addInvoiceLine"));
    m_add->setToolTip(tr("Add a line (Insert)"));
    m_remove->setToolTip(tr("Remove the current line (Delete)"));
    row->addWidget(m_add);
    row->addWidget(m_remove);
    row->addStretch(1);
    for (QLabel* l : {m_net, m_tax, m_gross}) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row->addSpacing(12);
        row->addWidget(l);
    }
    m_net->setObjectName(QStringLiteral("invoiceNet"));
    m_tax->setObjectName(QStringLiteral("invoiceTax"));
    m_gross->setObjectName(QStringLiteral("invoiceGross"));
    QFont bold = m_gross->font();
    bold.setBold(true);
    m_gross->setFont(bold);
    layout->addLayout(row);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::errorColor().name()));
    m_error->hide();
    layout->addWidget(m_error);

    auto* insert = new QShortcut(QKeySequence(Qt::Key_Insert), m_view);
    insert->setContext(Qt::WidgetWithChildrenShortcut);
    connect(insert, &QShortcut::activated, this, &InvoiceLineEditor::addLine);
    auto* del = new QShortcut(QKeySequence::Delete, m_view);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &InvoiceLineEditor::removeCurrentLine);
    connect(m_add, &QPushButton::clicked, this, &InvoiceLineEditor::addLine);
    connect(m_remove, &QPushButton::clicked, this, &InvoiceLineEditor::removeCurrentLine);
    connect(m_model, &InvoiceLinesModel::edited, this, [this] {
        updateTotals();
        emit edited();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &InvoiceLineEditor::updateTotals);
    updateTotals();
}

void InvoiceLineEditor::setEditable(bool editable)
{
    m_model->setEditable(editable);
    m_add->setVisible(editable);
    m_remove->setVisible(editable);
    m_view->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers
                                     : QAbstractItemView::NoEditTriggers);
}

void InvoiceLineEditor::addLine()
{
    if (!m_model->isEditable())
        return;
    InvoiceLinesModel::Line l;
    // A new line takes the VAT rate and the tax-inclusive choice of the line above.
    if (m_model->rowCount() > 0) {
        const InvoiceLinesModel::Line above = m_model->line(m_model->rowCount() - 1);
        l.taxRate = above.taxRate;
        l.inclusive = above.inclusive;
    }
    m_model->appendLine(l);
    const QModelIndex index = m_model->index(m_model->rowCount() - 1, 0);
    m_view->setCurrentIndex(index);
    if (m_view->isVisible())
        m_view->edit(index);
}

void InvoiceLineEditor::removeCurrentLine()
{
    if (!m_model->isEditable())
        return;
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        m_model->removeLine(index.row());
}

void InvoiceLineEditor::commitEditing()
{
    static_cast<InvoiceLinesView*>(m_view)->finishEditing();
}

QString InvoiceLineEditor::netText() const
{
    return m_net->text();
}

QString InvoiceLineEditor::taxText() const
{
    return m_tax->text();
}

QString InvoiceLineEditor::grossText() const
{
    return m_gross->text();
}

void InvoiceLineEditor::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void InvoiceLineEditor::updateTotals()
{
    const InvoiceLinesModel::Amounts t = m_model->totals();
    m_net->setText(tr("Amount %1").arg(T::money(T::wire(t.net))));
    m_tax->setText(tr("VAT %1").arg(T::money(T::wire(t.tax))));
    m_gross->setText(tr("Total %1").arg(T::money(T::wire(t.gross))));
}

} // namespace Erp::Client::Finance
