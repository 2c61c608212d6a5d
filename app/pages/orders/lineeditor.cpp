#include "app/pages/orders/lineeditor.h"

#include "app/pages/orders/orderclient.h"
#include "app/pages/orders/ordertext.h"
#include "app/widgets/entitypicker.h"
#include "app/widgets/theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

namespace Erp::Client::Orders {

namespace {
using M = OrderLinesModel;

bool productMatches(const QJsonObject& row, const QString& text)
{
    return row.value(QLatin1String("sku")).toString().compare(text, Qt::CaseInsensitive) == 0 ||
           (!row.value(QLatin1String("barcode")).toString().isEmpty() &&
            row.value(QLatin1String("barcode")).toString() == text);
}

QString productRowText(const QJsonObject& row)
{
    //: A product offered in the line editor: SKU — name · unit · list price
    return LineEditor::tr("%1 — %2 · %3 · %4")
        .arg(row.value(QLatin1String("sku")).toString(),
             row.value(QLatin1String("name")).toString(),
             row.value(QLatin1String("unit")).toString(),
             OrderText::decimal(row.value(QLatin1String("list_price")).toString()));
}

/// Editors of the line cells: an EntityPicker for the product, right-aligned line edits for
/// the numbers. Enter in the product cell first resolves what was typed.
class LineDelegate final : public QStyledItemDelegate
{
public:
    LineDelegate(ApiClient& api, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_api(api)
    {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        if (index.column() != M::ProductCol) {
            auto* edit = new QLineEdit(parent);
            edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            edit->setFrame(false);
            return edit;
        }
        auto* picker = new EntityPicker(m_api, QStringLiteral("inventory.product.list"), parent);
        picker->setObjectName(QStringLiteral("productPicker"));
        picker->setFrame(false);
        picker->setClearButtonEnabled(false);
        picker->setRowText(&productRowText);
        picker->setPickedText(
            [](const QJsonObject& row) { return row.value(QLatin1String("sku")).toString(); });
        picker->setExactMatch(&productMatches);
        picker->setRowFilter(
            [](const QJsonObject& row) { return row.value(QLatin1String("active")).toBool(true); });
        auto* self = const_cast<LineDelegate*>(this);
        QObject::connect(picker, &EntityPicker::picked, self, [self, picker] {
            emit self->commitData(picker);
            emit self->closeEditor(picker, QAbstractItemDelegate::SubmitModelCache);
        });
        QObject::connect(picker, &EntityPicker::noMatch, picker, [picker](const QString& text) {
            QToolTip::showText(picker->mapToGlobal(QPoint(0, picker->height())),
                               LineEditor::tr("No product matches “%1”.").arg(text), picker);
        });
        Q_UNUSED(option);
        return picker;
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* edit = qobject_cast<QLineEdit*>(editor);
        if (!edit)
            return;
        edit->setText(index.data(Qt::EditRole).toString());
        edit->selectAll();
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override
    {
        if (auto* picker = qobject_cast<EntityPicker*>(editor)) {
            if (picker->hasCurrent() &&
                picker->text().trimmed() ==
                    picker->current().value(QLatin1String("sku")).toString().trimmed())
                model->setData(index, picker->current());
            else
                model->setData(index, picker->text());
            return;
        }
        if (auto* edit = qobject_cast<QLineEdit*>(editor))
            model->setData(index, edit->text());
    }

protected:
    bool eventFilter(QObject* object, QEvent* event) override
    {
        auto* picker = qobject_cast<EntityPicker*>(object);
        if (picker && event->type() == QEvent::KeyPress) {
            auto* key = static_cast<QKeyEvent*>(event);
            const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
            const QString text = picker->text().trimmed();
            const bool settled =
                text.isEmpty() ||
                (picker->hasCurrent() &&
                 text == picker->current().value(QLatin1String("sku")).toString().trimmed());
            if (enter && !settled) {
                picker->resolve(); // picked() commits and moves on
                return true;
            }
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }

private:
    ApiClient& m_api;
};

/// The table of lines: Enter moves on, Insert / Ctrl+N add a line, Delete removes one.
class LinesView final : public QTableView
{
public:
    std::function<void()> onAdd;
    std::function<void()> onRemove;

    using QTableView::QTableView;

    /// Commits and closes an open editor.
    void finishEditing()
    {
        if (state() != EditingState)
            return;
        if (QWidget* editor = indexWidget(currentIndex())) {
            emit itemDelegateForIndex(currentIndex())->commitData(editor);
            QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        }
    }

    /// The next cell after `from`: product -> quantity -> (Enter: next line; Tab: price ->
    /// discount -> tax -> next line). A new line is added after the last one.
    void moveOn(const QModelIndex& from, bool enter)
    {
        static const QList<int> tabOrder{M::ProductCol, M::QtyCol, M::PriceCol, M::DiscountCol,
                                         M::TaxCol};
        auto* lines = static_cast<M*>(model());
        int row = from.row();
        int column = M::ProductCol;
        const int at = int(tabOrder.indexOf(from.column()));
        if (from.column() == M::ProductCol && lines->lines().value(row).productId == 0) {
            column = M::ProductCol; // no product yet: stay
        } else if (enter && from.column() != M::ProductCol) {
            ++row;
        } else if (at >= 0 && at + 1 < tabOrder.size()) {
            column = tabOrder.at(at + 1);
        } else {
            ++row;
        }
        if (row >= lines->rowCount()) {
            if (lines->lines().value(row - 1).isEmpty())
                return;
            lines->addLine();
        }
        const QModelIndex next = lines->index(row, column);
        setCurrentIndex(next);
        edit(next);
    }

protected:
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override
    {
        if (hint != QAbstractItemDelegate::SubmitModelCache &&
            hint != QAbstractItemDelegate::EditNextItem) {
            QTableView::closeEditor(editor, hint);
            return;
        }
        const QModelIndex from = currentIndex();
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        moveOn(from, hint == QAbstractItemDelegate::SubmitModelCache);
    }

    void keyPressEvent(QKeyEvent* event) override
    {
        const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
        if (enter && state() == EditingState) {
            // An editor's Enter bubbles up to here once the delegate has taken it: it must
            // not reach the dialog, whose default button would save the order.
            event->accept();
            return;
        }
        if (state() != EditingState) {
            if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::NoModifier) {
                if (onRemove)
                    onRemove();
                return;
            }
            if (enter && currentIndex().isValid()) {
                if (currentIndex().flags() & Qt::ItemIsEditable)
                    edit(currentIndex());
                else
                    moveOn(currentIndex(), true);
                return;
            }
        }
        QTableView::keyPressEvent(event);
    }
};
} // namespace

LineEditor::LineEditor(OrderClient& client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new OrderLinesModel(this))
    , m_view(new LinesView(this))
    , m_add(new QPushButton(tr("Add Line"), this))
    , m_remove(new QPushButton(tr("Remove Line"), this))
    , m_hint(new QLabel(this))
    , m_net(new QLabel(this))
    , m_tax(new QLabel(this))
    , m_gross(new QLabel(this))
    , m_errors(new QLabel(this))
{
    setObjectName(QStringLiteral("lineEditor"));
    auto* view = static_cast<LinesView*>(m_view);
    view->setObjectName(QStringLiteral("linesView"));
    view->setModel(m_model);
    view->setItemDelegate(new LineDelegate(client.api(), view));
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                          QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    view->setTabKeyNavigation(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(M::ProductCol, QHeaderView::Stretch);
    header->setHighlightSections(false);
    const QFontMetrics fm = view->fontMetrics();
    const auto fit = [&](int column, const QString& sample) {
        const int title =
            fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        header->resizeSection(column, qMax(fm.horizontalAdvance(sample), title) + 24);
    };
    fit(M::QtyCol, QStringLiteral("10,000.5"));
    fit(M::UnitCol, QStringLiteral("box"));
    fit(M::PriceCol, QStringLiteral("100,000.00"));
    fit(M::DiscountCol, QStringLiteral("12.5"));
    fit(M::TaxCol, QStringLiteral("13"));
    fit(M::NetCol, QStringLiteral("1,000,000.00"));
    fit(M::GrossCol, QStringLiteral("1,000,000.00"));
    fit(M::AvailableCol, QStringLiteral("10,000"));
    fit(M::AllocatedCol, QStringLiteral("10,000"));
    fit(M::ShippedCol, QStringLiteral("10,000"));
    fit(M::BackorderCol, QStringLiteral("10,000"));
    view->setMinimumHeight(view->verticalHeader()->defaultSectionSize() * 6);
    view->onAdd = [this] { addLine(); };
    view->onRemove = [this] { removeCurrentLine(); };
    setProgressVisible(false);
    view->setColumnHidden(M::AvailableCol, !client.canReadStock());

    m_add->setObjectName(QStringLiteral("addLine"));
    m_add->setAutoDefault(false);
    m_add->setToolTip(tr("Add a line (Insert or Ctrl+N)"));
    m_remove->setObjectName(QStringLiteral("removeLine"));
    m_remove->setAutoDefault(false);
    m_remove->setToolTip(tr("Remove the selected line (Delete)"));
    connect(m_add, &QPushButton::clicked, this, &LineEditor::addLine);
    connect(m_remove, &QPushButton::clicked, this, &LineEditor::removeCurrentLine);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::Key_N)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &LineEditor::addLine);
    }

    m_hint->setText(tr("SKU, barcode or name + Enter · Tab: every cell · Insert: new line · "
                       "Delete: remove line"));
    QPalette muted = m_hint->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedTextColor());
    m_hint->setPalette(muted);
    m_hint->setWordWrap(true);
    m_errors->setObjectName(QStringLiteral("lineErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::PlainText);
    QPalette red = m_errors->palette();
    red.setColor(QPalette::WindowText, Theme::errorColor());
    m_errors->setPalette(red);
    m_errors->setVisible(false);
    m_net->setObjectName(QStringLiteral("netTotal"));
    m_tax->setObjectName(QStringLiteral("taxTotal"));
    m_gross->setObjectName(QStringLiteral("grossTotal"));
    QFont big = m_gross->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_gross->setFont(big);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(view, 1);
    layout->addWidget(m_errors);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_add);
    bottom->addWidget(m_remove);
    bottom->addWidget(m_hint, 1);
    bottom->addStretch(0); // keeps the totals right when the buttons and the hint are hidden
    bottom->addSpacing(12);
    bottom->addWidget(m_net);
    bottom->addSpacing(12);
    bottom->addWidget(m_tax);
    bottom->addSpacing(12);
    bottom->addWidget(m_gross);
    layout->addLayout(bottom);

    m_availabilityTimer.setSingleShot(true);
    m_availabilityTimer.setInterval(250);
    connect(&m_availabilityTimer, &QTimer::timeout, this, &LineEditor::refreshAvailability);
    connect(m_model, &OrderLinesModel::totalsChanged, this, &LineEditor::updateTotals);
    connect(m_model, &OrderLinesModel::productsChanged, this, [this] {
        if (m_client.canReadStock())
            m_availabilityTimer.start();
    });
    connect(m_model, &OrderLinesModel::productTextEntered, this, &LineEditor::resolveProduct);
    connect(m_model, &OrderLinesModel::edited, this, [this] {
        updateErrorLabel();
        emit edited();
    });
    updateTotals();
}

void LineEditor::setLines(const QList<OrderLine>& lines)
{
    m_model->setLines(lines);
    m_listError.clear();
    updateErrorLabel();
}

void LineEditor::setEditable(bool editable)
{
    m_model->setEditable(editable);
    m_add->setVisible(editable);
    m_remove->setVisible(editable);
    m_hint->setVisible(editable);
}

void LineEditor::setProgressVisible(bool visible)
{
    for (int column : {M::AllocatedCol, M::ShippedCol, M::BackorderCol})
        m_view->setColumnHidden(column, !visible);
}

void LineEditor::setCurrency(const QString& currency)
{
    m_currency = currency;
    updateTotals();
}

void LineEditor::addLine()
{
    if (!m_model->isEditable())
        return;
    auto* view = static_cast<LinesView*>(m_view);
    view->finishEditing();
    // An empty last line is reused rather than piling up empty lines.
    int row = m_model->rowCount() - 1;
    if (row < 0 || !m_model->lines().at(row).isEmpty())
        row = m_model->addLine();
    editProduct(row);
    emit edited();
}

void LineEditor::removeCurrentLine()
{
    if (!m_model->isEditable())
        return;
    auto* view = static_cast<LinesView*>(m_view);
    view->finishEditing();
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    m_model->removeLine(row);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), M::ProductCol));
    updateErrorLabel();
}

void LineEditor::editProduct(int row)
{
    const QModelIndex index = m_model->index(row, M::ProductCol);
    m_view->setFocus();
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

void LineEditor::commitEditing()
{
    static_cast<LinesView*>(m_view)->finishEditing();
}

void LineEditor::resolveProduct(int row, const QString& text)
{
    if (!m_client.canReadProducts())
        return;
    m_client.products(
        text, 20, this,
        [this, row, text](const QJsonArray& rows) {
            if (row >= m_model->rowCount() || m_model->lines().at(row).productId != 0 ||
                m_model->lines().at(row).sku != text)
                return; // the clerk moved on and changed it meanwhile
            QList<QJsonObject> exact;
            for (const QJsonValue& v : rows) {
                if (productMatches(v.toObject(), text))
                    exact.append(v.toObject());
            }
            if (exact.size() == 1)
                m_model->setProduct(row, exact.first());
            else if (exact.isEmpty() && rows.size() == 1)
                m_model->setProduct(row, rows.first().toObject());
            else if (rows.isEmpty())
                m_model->setRowError(row, M::ProductCol, tr("No product matches “%1”.").arg(text));
            else
                m_model->setRowError(
                    row, M::ProductCol,
                    tr("Several products match “%1”: type more, or press Enter in the cell and "
                       "choose one from the list.")
                        .arg(text));
            updateErrorLabel();
        },
        [](const Rpc::Error&) {});
}

void LineEditor::refreshAvailability()
{
    const QList<qint64> ids = m_model->productIds();
    if (ids.isEmpty() || !m_client.canReadStock())
        return;
    m_client.available(
        ids, this,
        [this](const QHash<qint64, QString>& available) { m_model->setAvailable(available); },
        [](const Rpc::Error&) {});
}

void LineEditor::updateTotals()
{
    const OrderLinesModel::Totals t = m_model->totals();
    const auto money = [this](qint64 minor) {
        return OrderText::money(OrderText::minorToWire(minor), m_currency);
    };
    m_net->setText(tr("Net %1").arg(money(t.net)));
    m_tax->setText(tr("Tax %1").arg(money(t.tax)));
    m_gross->setText(tr("Gross %1").arg(money(t.gross)));
    m_gross->setToolTip(t.invalidLines > 0
                            ? tr("Lines without a product or with a value that is not a "
                                 "number are not counted (%1).")
                                  .arg(t.invalidLines)
                            : QString());
}

QString LineEditor::netText() const
{
    return m_net->text();
}

QString LineEditor::taxText() const
{
    return m_tax->text();
}

QString LineEditor::grossText() const
{
    return m_gross->text();
}

void LineEditor::showCellError(int record, const QString& field, const QString& text)
{
    m_model->setCellError(record, field, text);
    const int row = m_model->rowOfRecord(record);
    if (row >= 0)
        m_view->scrollTo(m_model->index(row, OrderLinesModel::columnOfField(field)));
    updateErrorLabel();
}

void LineEditor::showError(const QString& text)
{
    m_listError = text;
    updateErrorLabel();
}

void LineEditor::clearErrors()
{
    m_model->clearErrors();
    m_listError.clear();
    updateErrorLabel();
}

QString LineEditor::errorText() const
{
    return m_errors->isHidden() ? QString() : m_errors->text();
}

void LineEditor::updateErrorLabel()
{
    QStringList texts;
    if (!m_listError.isEmpty())
        texts.append(m_listError);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < OrderLinesModel::ColumnCount; ++column) {
            const QString error = m_model->cellError(row, column);
            if (!error.isEmpty())
                //: An error of the line editor: "Line 2, Qty: This field is required."
                texts.append(
                    tr("Line %1, %2: %3")
                        .arg(row + 1)
                        .arg(m_model->headerData(column, Qt::Horizontal).toString(), error));
        }
    }
    m_errors->setText(texts.join(QLatin1Char('\n')));
    m_errors->setVisible(!texts.isEmpty());
}

} // namespace Erp::Client::Orders
