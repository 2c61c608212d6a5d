#include "app/widgets/recordtable.h"

#include "app/widgets/theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Erp::Client {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr QAbstractItemView::EditTriggers EditTriggers =
    QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
    QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked;
} // namespace

RecordTable::RecordTable(QList<Column> columns, QString rowLabel, QWidget* parent)
    : QWidget(parent)
    , m_columns(std::move(columns))
    , m_rowLabel(std::move(rowLabel))
    , m_table(new QTableWidget(0, int(m_columns.size()), this))
    , m_add(new QPushButton(Theme::icon(QStringLiteral("list-add"), QStyle::SP_FileDialogNewFolder),
                            tr("Add"), this))
    , m_remove(new QPushButton(
          Theme::icon(QStringLiteral("list-remove"), QStyle::SP_DialogDiscardButton), tr("Remove"),
          this))
    , m_errors(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    QStringList titles;
    for (const Column& c : std::as_const(m_columns))
        titles.append(c.title);
    m_table->setHorizontalHeaderLabels(titles);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(EditTriggers);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int i = 0; i < m_columns.size(); ++i) {
        const Column& c = m_columns.at(i);
        if (c.width > 0) {
            m_table->horizontalHeader()->setSectionResizeMode(i, QHeaderView::Interactive);
            m_table->setColumnWidth(i, c.width);
        } else {
            m_table->horizontalHeader()->setSectionResizeMode(i, QHeaderView::Stretch);
        }
    }
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_errors->setObjectName(QStringLiteral("tableErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::PlainText);
    QPalette p = m_errors->palette();
    p.setColor(QPalette::WindowText, Theme::errorColor());
    m_errors->setPalette(p);
    m_errors->setVisible(false);
    layout->addWidget(m_errors);

    connect(m_add, &QPushButton::clicked, this, &RecordTable::addRecord);
    connect(m_remove, &QPushButton::clicked, this, &RecordTable::removeSelected);
    connect(m_table, &QTableWidget::itemChanged, this, &RecordTable::itemChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RecordTable::updateButtons);
    updateButtons();
}

RecordTable::~RecordTable() = default;

int RecordTable::columnOf(const QString& key) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).key == key)
            return i;
    }
    return -1;
}

int RecordTable::rowCount() const
{
    return m_table->rowCount();
}

void RecordTable::setRecords(const QJsonArray& records)
{
    m_updating = true;
    m_table->setRowCount(0);
    for (const QJsonValue& v : records) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        setupRow(row, v.toObject());
    }
    m_updating = false;
    clearErrors();
    updateButtons();
}

void RecordTable::setupRow(int row, const QJsonObject& record)
{
    const bool was = m_updating;
    m_updating = true;
    for (int col = 0; col < m_columns.size(); ++col) {
        const Column& c = m_columns.at(col);
        const QJsonValue value = record.value(c.key);
        auto* item = new QTableWidgetItem;
        switch (c.kind) {
        case Column::Kind::Text:
            item->setText(value.toVariant().toString());
            break;
        case Column::Kind::Check:
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(value.toBool() ? Qt::Checked : Qt::Unchecked);
            break;
        case Column::Kind::Choice: {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            auto* combo = new QComboBox(m_table);
            combo->setFrame(false);
            for (const auto& choice : c.choices)
                combo->addItem(choice.second, choice.first);
            const int index = combo->findData(value.toString());
            combo->setCurrentIndex(index < 0 ? 0 : index);
            combo->setEnabled(!m_readOnly);
            m_table->setCellWidget(row, col, combo);
            connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
                for (int r = 0; r < m_table->rowCount(); ++r) {
                    for (int k = 0; k < m_columns.size(); ++k) {
                        if (m_table->cellWidget(r, k) == combo)
                            choiceChanged(r);
                    }
                }
            });
            break;
        }
        }
        if (col == 0 && record.contains(QLatin1String("id")))
            item->setData(IdRole, record.value(QLatin1String("id")).toInteger());
        if (m_readOnly)
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
        m_table->setItem(row, col, item);
    }
    m_updating = was;
}

QString RecordTable::choiceValue(int row, int column) const
{
    auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, column));
    return combo ? combo->currentData().toString() : QString();
}

bool RecordTable::rowIsEmpty(int row) const
{
    for (int col = 0; col < m_columns.size(); ++col) {
        const Column& c = m_columns.at(col);
        const QString text =
            m_table->item(row, col) ? m_table->item(row, col)->text().trimmed() : QString();
        if (c.kind == Column::Kind::Text && !text.isEmpty() && text != c.defaultValue)
            return false;
    }
    return true;
}

QJsonArray RecordTable::records() const
{
    QJsonArray out;
    m_recordRows.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (rowIsEmpty(row))
            continue; // a row added and left blank is not a record
        QJsonObject record;
        const QVariant id =
            m_table->item(row, 0) ? m_table->item(row, 0)->data(IdRole) : QVariant();
        if (id.isValid())
            record.insert(QStringLiteral("id"), id.toLongLong());
        for (int col = 0; col < m_columns.size(); ++col) {
            const Column& c = m_columns.at(col);
            const QTableWidgetItem* item = m_table->item(row, col);
            switch (c.kind) {
            case Column::Kind::Text:
                record.insert(c.key, item ? item->text().trimmed() : QString());
                break;
            case Column::Kind::Check:
                record.insert(c.key, item && item->checkState() == Qt::Checked);
                break;
            case Column::Kind::Choice:
                record.insert(c.key, choiceValue(row, col));
                break;
            }
        }
        out.append(record);
        m_recordRows.append(row);
    }
    return out;
}

void RecordTable::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : EditTriggers);
    const bool was = m_updating;
    m_updating = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int col = 0; col < m_columns.size(); ++col) {
            if (QWidget* w = m_table->cellWidget(row, col))
                w->setEnabled(!readOnly);
            QTableWidgetItem* item = m_table->item(row, col);
            if (item && m_columns.at(col).kind == Column::Kind::Check)
                item->setFlags(readOnly ? (item->flags() & ~Qt::ItemIsUserCheckable)
                                        : (item->flags() | Qt::ItemIsUserCheckable));
        }
    }
    m_updating = was;
    updateButtons();
}

void RecordTable::addRecord()
{
    QJsonObject defaults;
    for (const Column& c : std::as_const(m_columns)) {
        if (c.kind == Column::Kind::Choice && !c.choices.isEmpty())
            defaults.insert(c.key, c.choices.first().first);
        if (c.kind == Column::Kind::Text && !c.defaultValue.isEmpty())
            defaults.insert(c.key, c.defaultValue);
    }
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    setupRow(row, defaults);
    // The first row of its group becomes the primary / default one.
    m_updating = true;
    for (int col = 0; col < m_columns.size(); ++col) {
        const Column& c = m_columns.at(col);
        if (c.kind != Column::Kind::Check || !c.exclusive)
            continue;
        const int groupColumn = c.exclusiveWithin.isEmpty() ? -1 : columnOf(c.exclusiveWithin);
        bool taken = false;
        for (int r = 0; r < row; ++r) {
            const bool sameGroup =
                groupColumn < 0 || choiceValue(r, groupColumn) == choiceValue(row, groupColumn);
            taken = taken || (sameGroup && m_table->item(r, col)->checkState() == Qt::Checked);
        }
        m_table->item(row, col)->setCheckState(taken ? Qt::Unchecked : Qt::Checked);
    }
    m_updating = false;
    for (int col = 0; col < m_columns.size(); ++col) {
        if (m_columns.at(col).kind == Column::Kind::Text) {
            m_table->setCurrentCell(row, col);
            m_table->editItem(m_table->item(row, col));
            break;
        }
    }
    updateButtons();
    emit edited();
}

void RecordTable::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows.append(m_table->currentRow());
    if (rows.isEmpty())
        return;
    std::sort(rows.rbegin(), rows.rend());
    for (const int row : std::as_const(rows))
        m_table->removeRow(row);
    clearErrors(); // they pointed at rows that moved
    updateButtons();
    emit edited();
}

void RecordTable::setCell(int row, const QString& key, const QString& value)
{
    const int col = columnOf(key);
    if (row < 0 || row >= m_table->rowCount() || col < 0)
        return;
    if (auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, col))) {
        combo->setCurrentIndex(qMax(0, combo->findData(value)));
        return;
    }
    QTableWidgetItem* item = m_table->item(row, col);
    if (m_columns.at(col).kind == Column::Kind::Check)
        item->setCheckState(value == QLatin1String("true") ? Qt::Checked : Qt::Unchecked);
    else
        item->setText(value);
}

QString RecordTable::cell(int row, const QString& key) const
{
    const int col = columnOf(key);
    if (row < 0 || row >= m_table->rowCount() || col < 0)
        return QString();
    if (m_columns.at(col).kind == Column::Kind::Choice)
        return choiceValue(row, col);
    const QTableWidgetItem* item = m_table->item(row, col);
    if (m_columns.at(col).kind == Column::Kind::Check)
        return item && item->checkState() == Qt::Checked ? QStringLiteral("true")
                                                         : QStringLiteral("false");
    return item ? item->text() : QString();
}

void RecordTable::itemChanged(QTableWidgetItem* item)
{
    if (m_updating)
        return;
    const int row = item->row();
    const int col = item->column();
    if (m_cellErrors.remove({row, col}) > 0) {
        setItemError(row, col, QString());
        updateErrorLabel();
    }
    if (m_columns.at(col).kind == Column::Kind::Check && item->checkState() == Qt::Checked)
        enforceExclusive(row, col);
    emit edited();
}

void RecordTable::choiceChanged(int row)
{
    if (m_updating)
        return;
    // A row that moved to another group (e.g. billing -> shipping) must not leave two
    // defaults in its new group.
    for (int col = 0; col < m_columns.size(); ++col) {
        const QTableWidgetItem* item = m_table->item(row, col);
        if (m_columns.at(col).kind == Column::Kind::Check && item &&
            item->checkState() == Qt::Checked)
            enforceExclusive(row, col);
    }
    emit edited();
}

void RecordTable::enforceExclusive(int row, int column)
{
    const Column& c = m_columns.at(column);
    if (!c.exclusive)
        return;
    const int groupColumn = c.exclusiveWithin.isEmpty() ? -1 : columnOf(c.exclusiveWithin);
    const QString group = groupColumn < 0 ? QString() : choiceValue(row, groupColumn);
    m_updating = true;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (r == row || (groupColumn >= 0 && choiceValue(r, groupColumn) != group))
            continue;
        if (QTableWidgetItem* other = m_table->item(r, column))
            other->setCheckState(Qt::Unchecked);
    }
    m_updating = false;
}

void RecordTable::setItemError(int row, int column, const QString& text)
{
    QTableWidgetItem* item = m_table->item(row, column);
    if (!item)
        return;
    const bool was = m_updating;
    m_updating = true;
    if (text.isEmpty()) {
        item->setData(Qt::BackgroundRole, QVariant());
        item->setToolTip(QString());
    } else {
        QColor tint = Theme::errorColor();
        tint.setAlpha(Theme::isDark() ? 90 : 50);
        item->setData(Qt::BackgroundRole, tint);
        item->setToolTip(text);
    }
    m_updating = was;
}

void RecordTable::showCellError(int record, const QString& key, const QString& text)
{
    const int row = record >= 0 && record < m_recordRows.size() ? m_recordRows.at(record) : record;
    int col = columnOf(key);
    if (row < 0 || row >= m_table->rowCount()) {
        showError(text);
        return;
    }
    if (col < 0)
        col = 0; // a field without a column of its own: mark the row's first cell
    m_cellErrors.insert({row, col}, text);
    setItemError(row, col, text);
    m_table->clearSelection(); // the red tint must not hide under the selection
    updateErrorLabel();
}

void RecordTable::showError(const QString& text)
{
    m_tableError = text;
    updateErrorLabel();
}

void RecordTable::clearErrors()
{
    const auto keys = m_cellErrors.keys();
    m_cellErrors.clear();
    for (const auto& key : keys)
        setItemError(key.first, key.second, QString());
    m_tableError.clear();
    updateErrorLabel();
}

bool RecordTable::hasErrors() const
{
    return !m_cellErrors.isEmpty() || !m_tableError.isEmpty();
}

QString RecordTable::cellError(int record, const QString& key) const
{
    const int row = record >= 0 && record < m_recordRows.size() ? m_recordRows.at(record) : record;
    const int col = columnOf(key);
    return m_cellErrors.value({row, col < 0 ? 0 : col});
}

QString RecordTable::errorText() const
{
    return m_errors->isHidden() ? QString() : m_errors->text();
}

void RecordTable::updateErrorLabel()
{
    QStringList lines;
    if (!m_tableError.isEmpty())
        lines.append(m_tableError);
    QList<QPair<int, int>> cells = m_cellErrors.keys();
    std::sort(cells.begin(), cells.end());
    for (const auto& cell : std::as_const(cells))
        //: "Contact 2 · Phone: This value is not valid."
        lines.append(tr("%1 · %2: %3")
                         .arg(m_rowLabel.arg(cell.first + 1), m_columns.at(cell.second).title,
                              m_cellErrors.value(cell)));
    m_errors->setText(lines.join(QLatin1Char('\n')));
    m_errors->setVisible(!lines.isEmpty());
}

void RecordTable::updateButtons()
{
    m_remove->setEnabled(!m_readOnly && m_table->currentRow() >= 0 && m_table->rowCount() > 0);
}

} // namespace Erp::Client
