#include "app/pages/finance/vouchergrid.h"

#include "app/pages/finance/financeclient.h"
#include "app/pages/finance/financetext.h"
#include "app/widgets/entitypicker.h"
#include "app/widgets/moneyedit.h"
#include "app/widgets/theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

namespace Erp::Client::Finance {

namespace {
using M = VoucherLinesModel;
using T = FinanceText;

const char* const RowProperty = "voucherRow";
const char* const ColumnProperty = "voucherColumn";

QJsonObject leafFilter()
{
    return {{QStringLiteral("leaf"), true}, {QStringLiteral("active"), true}};
}

bool codeMatches(const QJsonObject& account, const QString& text)
{
    return T::str(account, "code").compare(text.trimmed(), Qt::CaseInsensitive) == 0;
}

/// Editors of the cells: an EntityPicker for the account, a MoneyEdit for the amounts ("="
/// fills in the balance), a plain line edit for the summary.
class VoucherDelegate final : public QStyledItemDelegate
{
public:
    VoucherDelegate(ApiClient& api, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_api(api)
    {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex& index) const override
    {
        QWidget* editor = nullptr;
        if (index.column() == M::AccountCol) {
            auto* picker = new EntityPicker(m_api, QStringLiteral("finance.account.list"), parent);
            picker->setObjectName(QStringLiteral("accountPicker"));
            picker->setClearButtonEnabled(false);
            picker->setParams({{QStringLiteral("filter"), leafFilter()}});
            picker->setRowText(&T::accountLabel);
            picker->setPickedText([](const QJsonObject& a) { return T::str(a, "code"); });
            picker->setExactMatch(&codeMatches);
            auto* self = const_cast<VoucherDelegate*>(this);
            QObject::connect(picker, &EntityPicker::picked, self, [self, picker] {
                emit self->commitData(picker);
                emit self->closeEditor(picker, QAbstractItemDelegate::SubmitModelCache);
            });
            QObject::connect(picker, &EntityPicker::noMatch, picker, [picker](const QString& t) {
                QToolTip::showText(picker->mapToGlobal(QPoint(0, picker->height())),
                                   VoucherGrid::tr("No active account matches “%1”.").arg(t),
                                   picker);
            });
            editor = picker;
        } else if (index.column() == M::DebitCol || index.column() == M::CreditCol) {
            auto* money = new MoneyEdit(parent);
            money->setObjectName(index.column() == M::DebitCol ? QStringLiteral("debitEdit")
                                                               : QStringLiteral("creditEdit"));
            money->setAllowNegative(true); // red lines
            editor = money;
        } else {
            auto* edit = new QLineEdit(parent);
            edit->setObjectName(QStringLiteral("summaryEdit"));
            edit->setMaxLength(500);
            editor = edit;
        }
        if (auto* edit = qobject_cast<QLineEdit*>(editor))
            edit->setFrame(false);
        editor->setProperty(RowProperty, index.row());
        editor->setProperty(ColumnProperty, index.column());
        return editor;
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (auto* picker = qobject_cast<EntityPicker*>(editor)) {
            const auto* model = static_cast<const M*>(index.model());
            const M::Line& line = model->lines().at(index.row());
            if (line.accountId > 0)
                picker->setCurrent({{QStringLiteral("id"), line.accountId},
                                    {QStringLiteral("code"), line.accountCode},
                                    {QStringLiteral("name"), line.accountName},
                                    {QStringLiteral("name_en"), line.accountNameEn}});
            else
                picker->setText(line.accountCode);
            picker->selectAll();
        } else if (auto* money = qobject_cast<MoneyEdit*>(editor)) {
            money->setValue(index.data(Qt::EditRole).toString());
            money->selectAll();
        } else if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
            edit->setText(index.data(Qt::EditRole).toString());
            edit->selectAll();
        }
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override
    {
        if (auto* picker = qobject_cast<EntityPicker*>(editor)) {
            if (picker->hasCurrent() &&
                picker->text().trimmed() == T::str(picker->current(), "code").trimmed())
                model->setData(index, picker->current());
            else
                model->setData(index, picker->text());
        } else if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
            model->setData(index, edit->text());
        }
    }

protected:
    bool eventFilter(QObject* object, QEvent* event) override
    {
        if (event->type() != QEvent::KeyPress)
            return QStyledItemDelegate::eventFilter(object, event);
        auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (auto* picker = qobject_cast<EntityPicker*>(object)) {
            const QString text = picker->text().trimmed();
            const bool settled =
                text.isEmpty() ||
                (picker->hasCurrent() && text == T::str(picker->current(), "code").trimmed());
            if (enter && !settled && !picker->isPopupVisible()) {
                picker->resolve(); // picked() commits and moves on
                return true;
            }
        }
        if (auto* money = qobject_cast<MoneyEdit*>(object);
            money && key->text() == QLatin1String("=")) {
            const auto* view = qobject_cast<QTableView*>(parent());
            const auto* model = view ? qobject_cast<const M*>(view->model()) : nullptr;
            if (model) {
                const int row = money->property(RowProperty).toInt();
                const auto side = money->property(ColumnProperty).toInt() == M::DebitCol
                                      ? M::Side::Debit
                                      : M::Side::Credit;
                if (const auto balance = model->balancingAmount(row, side)) {
                    money->setValue(T::wire(*balance));
                    money->selectAll();
                }
            }
            return true; // never typed into the amount
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }

private:
    ApiClient& m_api;
};

/// The table of lines: Enter and Tab move on, Insert / Ctrl+N add a line, Delete removes one.
class LinesView final : public QTableView
{
public:
    std::function<void()> onRemove;

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

    /// The next cell after `from`: summary -> account -> the amount side in use (debit unless
    /// only a credit is there) -> (Enter after an amount: the next line; Tab: credit) -> the
    /// next line's summary. Past the last line a new line is added, unless it is empty.
    void moveOn(const QModelIndex& from, bool enter)
    {
        auto* lines = static_cast<M*>(model());
        int row = from.row();
        int column = from.column();
        const M::Line line = lines->lines().value(row);
        const auto hasAmount = [](const QString& a) {
            const auto m = T::parse(a);
            return !a.trimmed().isEmpty() && (!m || *m != 0);
        };
        switch (from.column()) {
        case M::DescriptionCol:
            column = M::AccountCol;
            break;
        case M::AccountCol:
            if (line.accountId == 0)
                break; // no account yet: stay
            column = hasAmount(line.credit) && !hasAmount(line.debit) ? M::CreditCol : M::DebitCol;
            break;
        case M::DebitCol:
            if (enter && hasAmount(line.debit)) {
                ++row;
                column = M::DescriptionCol;
            } else {
                column = M::CreditCol;
            }
            break;
        default:
            ++row;
            column = M::DescriptionCol;
            break;
        }
        if (row >= lines->rowCount()) {
            if (lines->lines().value(row - 1).isEmpty())
                return;
            lines->addLine();
        }
        if (column == M::DebitCol || column == M::CreditCol)
            lines->offerBalance(row); // the balance may have moved since the line was added
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
            // An editor's Enter bubbles up here once the delegate took it: it must not reach
            // the dialog.
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
                return;
            }
        }
        QTableView::keyPressEvent(event);
    }
};
} // namespace

VoucherGrid::VoucherGrid(FinanceClient& client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new VoucherLinesModel(this))
    , m_view(new LinesView(this))
    , m_add(new QPushButton(tr("Add Line"), this))
    , m_remove(new QPushButton(tr("Remove Line"), this))
    , m_hint(new QLabel(this))
    , m_errors(new QLabel(this))
{
    setObjectName(QStringLiteral("voucherGrid"));
    auto* view = static_cast<LinesView*>(m_view);
    view->setObjectName(QStringLiteral("voucherLines"));
    view->setModel(m_model);
    view->setItemDelegate(new VoucherDelegate(client.api(), view));
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
    header->setHighlightSections(false);
    header->setSectionResizeMode(M::DescriptionCol, QHeaderView::Stretch);
    header->setSectionResizeMode(M::AccountCol, QHeaderView::Stretch);
    const QFontMetrics fm = view->fontMetrics();
    for (int column : {int(M::DebitCol), int(M::CreditCol)})
        header->resizeSection(column, fm.horizontalAdvance(QStringLiteral("-10,000,000.00")) + 28);
    view->setMinimumHeight(view->verticalHeader()->defaultSectionSize() * 7);
    view->onRemove = [this] { removeCurrentLine(); };

    m_add->setObjectName(QStringLiteral("addLine"));
    m_add->setAutoDefault(false);
    m_add->setToolTip(tr("Add a line (Insert or Ctrl+N)"));
    m_remove->setObjectName(QStringLiteral("removeLine"));
    m_remove->setAutoDefault(false);
    m_remove->setToolTip(tr("Remove the selected line (Delete)"));
    connect(m_add, &QPushButton::clicked, this, &VoucherGrid::addLine);
    connect(m_remove, &QPushButton::clicked, this, &VoucherGrid::removeCurrentLine);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::Key_N)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &VoucherGrid::addLine);
    }

    m_hint->setText(tr("Summary → account (code or name) → debit or credit · Enter or Tab: next "
                       "cell · =: the balancing amount · Insert: new line · Delete: remove line"));
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

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(view, 1);
    layout->addWidget(m_errors);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_add);
    bottom->addWidget(m_remove);
    bottom->addWidget(m_hint, 1);
    layout->addLayout(bottom);

    connect(m_model, &VoucherLinesModel::accountTextEntered, this, &VoucherGrid::resolveAccount);
    connect(m_model, &VoucherLinesModel::edited, this, [this] {
        updateErrorLabel();
        emit edited();
    });
}

void VoucherGrid::setEditable(bool editable)
{
    m_model->setEditable(editable);
    m_add->setVisible(editable);
    m_remove->setVisible(editable);
    m_hint->setVisible(editable);
}

void VoucherGrid::addLine()
{
    if (!m_model->isEditable())
        return;
    static_cast<LinesView*>(m_view)->finishEditing();
    int row = m_model->rowCount() - 1;
    if (row < 0 || !m_model->lines().at(row).isEmpty())
        row = m_model->addLine();
    editCell(row, M::DescriptionCol);
    emit edited();
}

void VoucherGrid::removeCurrentLine()
{
    if (!m_model->isEditable())
        return;
    static_cast<LinesView*>(m_view)->finishEditing();
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    m_model->removeLine(row);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), M::AccountCol));
    updateErrorLabel();
}

void VoucherGrid::editCell(int row, int column)
{
    const QModelIndex index = m_model->index(row, column);
    m_view->setFocus();
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

void VoucherGrid::commitEditing()
{
    static_cast<LinesView*>(m_view)->finishEditing();
}

void VoucherGrid::resolveAccount(int row, const QString& text)
{
    m_client.call(
        QStringLiteral("finance.account.list"),
        {{QStringLiteral("search"), text},
         {QStringLiteral("limit"), 20},
         {QStringLiteral("filter"), leafFilter()}},
        this,
        [this, row, text](const QJsonObject& result) {
            if (row >= m_model->rowCount() || m_model->lines().at(row).accountId != 0 ||
                m_model->lines().at(row).accountCode != text)
                return; // the clerk moved on and changed it meanwhile
            const QJsonArray rows = result.value(QLatin1String("rows")).toArray();
            QList<QJsonObject> exact;
            for (const QJsonValue& v : rows) {
                if (codeMatches(v.toObject(), text))
                    exact.append(v.toObject());
            }
            if (exact.size() == 1)
                m_model->setAccount(row, exact.first());
            else if (exact.isEmpty() && rows.size() == 1)
                m_model->setAccount(row, rows.first().toObject());
            else if (rows.isEmpty())
                m_model->setRowError(row, M::AccountCol,
                                     tr("No active account matches “%1”.").arg(text));
            else
                m_model->setRowError(row, M::AccountCol,
                                     tr("Several accounts match “%1”: type more, or press Enter in "
                                        "the cell and choose one from the list.")
                                         .arg(text));
            updateErrorLabel();
        },
        [](const Rpc::Error&) {});
}

void VoucherGrid::showCellError(int record, const QString& field, const QString& text)
{
    m_model->setCellError(record, field, text);
    const int row = m_model->rowOfRecord(record);
    if (row >= 0)
        m_view->scrollTo(m_model->index(row, VoucherLinesModel::columnOfField(field)));
    updateErrorLabel();
}

void VoucherGrid::showError(const QString& text)
{
    m_listError = text;
    updateErrorLabel();
}

void VoucherGrid::clearErrors()
{
    m_model->clearErrors();
    m_listError.clear();
    updateErrorLabel();
}

QString VoucherGrid::errorText() const
{
    return m_errors->isHidden() ? QString() : m_errors->text();
}

void VoucherGrid::updateErrorLabel()
{
    QStringList texts;
    if (!m_listError.isEmpty())
        texts.append(m_listError);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < VoucherLinesModel::ColumnCount; ++column) {
            const QString error = m_model->cellError(row, column);
            if (!error.isEmpty())
                //: An error of the voucher lines: "Line 2, Debit: is not an amount."
                texts.append(
                    tr("Line %1, %2: %3")
                        .arg(row + 1)
                        .arg(m_model->headerData(column, Qt::Horizontal).toString(), error));
        }
    }
    m_errors->setText(texts.join(QLatin1Char('\n')));
    m_errors->setVisible(!texts.isEmpty());
}

} // namespace Erp::Client::Finance
