#include "app/pages/inventory/countdialog.h"

#include "app/models/format.h"
#include "app/net/errortext.h"
#include "app/pages/inventory/inventoryclient.h"
#include "app/pages/inventory/inventorydocuments.h"
#include "app/pages/inventory/inventorytext.h"
#include "app/pages/inventory/inventorywidgets.h"
#include "app/print/printmenu.h"
#include "app/widgets/formerrors.h"
#include "app/widgets/theme.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Erp::Client::Inventory {

namespace {
using T = InventoryText;
constexpr int LineRole = Qt::UserRole + 1;
constexpr int ExpectedRole = Qt::UserRole + 2;

} // namespace

NewCountDialog::NewCountDialog(InventoryClient& client, QWidget* parent)
    : FormDialog(parent)
    , m_client(client)
    , m_warehouse(new WarehouseBox(client, QString(), this))
    , m_category(new QLineEdit(this))
{
    setObjectName(QStringLiteral("newCountDialog"));
    setWindowTitle(tr("New Stock Count"));
    m_category->setPlaceholderText(tr("all categories"));
    errors().addRow(form(), tr("&Warehouse"), QStringLiteral("warehouse_id"), m_warehouse, true);
    errors().addRow(form(), tr("&Category"), QStringLiteral("category"), m_category);
    auto* hint = new QLabel(tr("The count lists every product of the warehouse (or category) "
                               "with the quantity the system expects now."),
                            this);
    hint->setWordWrap(true);
    body()->insertWidget(2, hint);
    saveButton()->setText(tr("Start Count"));
    m_warehouse->load();
    resize(460, 220);
}

void NewCountDialog::save()
{
    errors().clear();
    setBusy(true);
    m_client.createCount(
        m_warehouse->warehouseId(), m_category->text().trimmed(), this,
        [this](const QJsonObject& count) {
            emit created(count);
            finishSaved();
        },
        [this](const Rpc::Error& e) { showSaveError(e); });
}

CountDialog::CountDialog(InventoryClient& client, const QJsonObject& count, QWidget* parent)
    : FormDialog(parent)
    , m_client(client)
    , m_header(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_differencesOnly(new QCheckBox(tr("Show differences only"), this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_post(new QPushButton(tr("Post Count…"), this))
    , m_cancelCount(new QPushButton(tr("Cancel Count…"), this))
{
    setObjectName(QStringLiteral("countDialog"));
    body()->insertWidget(1, m_header);
    m_table->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Product"), tr("Expected"), tr("Counted"), tr("Difference")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                             QAbstractItemView::EditKeyPressed);
    auto* delegate = new RowTintDelegate(
        [this](const QModelIndex& index) {
            const QTableWidgetItem* diff = m_table->item(index.row(), DifferenceCol);
            if (!diff || diff->text().isEmpty())
                return QColor();
            const qint64 d = diff->data(Qt::UserRole).toLongLong();
            if (d == 0)
                return QColor();
            return Theme::toneColor(d < 0 ? Column::Tone::Problem : Column::Tone::Waiting);
        },
        m_table);
    // The Counted cell's editor: locale input, 3 decimals at most.
    delegate->setEditorFactory([](QWidget* parent, const QModelIndex& index) -> QWidget* {
        if (index.column() != CountedCol)
            return nullptr;
        auto* edit = new QuantityEdit(parent);
        edit->setFrame(false);
        return edit;
    });
    m_table->setItemDelegate(delegate);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(NameCol, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QFontMetrics fm = m_table->fontMetrics();
    header->resizeSection(SkuCol, fm.horizontalAdvance(QStringLiteral("KEYBOARD-K120")) + 24);
    for (int c : {ExpectedCol, CountedCol, DifferenceCol}) {
        header->resizeSection(c, fm.horizontalAdvance(QStringLiteral("1,000,000.5")) + 32);
        m_table->model()->setHeaderData(c, Qt::Horizontal, int(Qt::AlignRight | Qt::AlignVCenter),
                                        Qt::TextAlignmentRole);
    }
    m_table->verticalHeader()->setDefaultSectionSize(fm.height() + 10);
    body()->insertWidget(2, m_table, 1);
    auto* below = new QHBoxLayout;
    below->addWidget(m_summary, 1);
    below->addWidget(m_differencesOnly);
    body()->insertLayout(3, below);
    for (int i = 0; i < body()->count(); ++i) { // the table takes the spare height
        if (QSpacerItem* spacer = body()->itemAt(i)->spacerItem()) {
            body()->removeItem(spacer);
            delete spacer;
            break;
        }
    }
    m_cancelCount->setAutoDefault(false);
    m_post->setAutoDefault(false);
    buttonRow()->insertWidget(1, m_cancelCount);
    buttonRow()->insertWidget(buttonRow()->count() - 1, m_post);
    saveButton()->setText(tr("Save Counts"));
    cancelButton()->setText(tr("Close"));
    m_print = new Print::PrintMenu(this);
    m_print->addDocument(QStringLiteral("count_sheet"), tr("Stock Count Sheet"),
                         [this](Print::PrintMenu::Mode mode) {
                             InventoryDocuments::presentCountSheet(m_client.api(), this, m_count,
                                                                   mode);
                         });
    buttonRow()->insertWidget(0, m_print->button());
    connect(m_post, &QPushButton::clicked, this, &CountDialog::post);
    connect(m_cancelCount, &QPushButton::clicked, this, &CountDialog::cancelCount);
    connect(m_differencesOnly, &QCheckBox::toggled, this, &CountDialog::applyDifferencesOnly);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling || item->column() != CountedCol)
            return;
        updateDifference(item->row());
        updateSummary();
        markDirty();
        // Keyboard flow: the next line's Counted cell becomes current.
        for (int r = item->row() + 1; r < m_table->rowCount(); ++r) {
            if (!m_table->isRowHidden(r)) {
                m_table->setCurrentCell(r, CountedCol);
                break;
            }
        }
    });
    resize(820, 600);
    showCount(count);
}

void CountDialog::showCount(const QJsonObject& count)
{
    m_count = count;
    const QString state = T::str(count, "state");
    const bool open = state == QLatin1String("open");
    setWindowTitle(tr("Stock Count %1").arg(T::str(count, "number")));
    QString where = T::str(count, "warehouse_code");
    if (where.isEmpty())
        where = T::str(count, "warehouse_name");
    if (where.isEmpty())
        where = tr("warehouse #%1").arg(T::id(count, "warehouse_id"));
    QString header = tr("<b>%1</b> · %2 · %3")
                         .arg(T::str(count, "number").toHtmlEscaped(), where.toHtmlEscaped(),
                              T::countState(state));
    if (!T::str(count, "category").isEmpty())
        header += tr(" · category %1").arg(T::str(count, "category").toHtmlEscaped());
    if (open)
        header += QLatin1String("<br>") +
                  tr("Type the counted quantity of each line and press Enter for the next. "
                     "Leave a line empty when it was not counted.");
    m_header->setText(header);
    m_header->setWordWrap(true);

    m_filling = true;
    const QJsonArray lines = count.value(QLatin1String("lines")).toArray();
    m_table->setRowCount(int(lines.size()));
    for (int r = 0; r < lines.size(); ++r) {
        const QJsonObject l = lines.at(r).toObject();
        auto* sku = new QTableWidgetItem(T::str(l, "sku"));
        // The contract says line_id; the server sends the line's id.
        sku->setData(LineRole,
                     l.contains(QLatin1String("line_id")) ? T::id(l, "line_id") : T::id(l, "id"));
        auto* name = new QTableWidgetItem(T::str(l, "name"));
        auto* expected = new QTableWidgetItem(T::qty(T::str(l, "expected_qty")));
        expected->setData(ExpectedRole, T::thousandths(T::str(l, "expected_qty")));
        const QJsonValue counted = l.value(QLatin1String("counted_qty"));
        auto* countedItem =
            new QTableWidgetItem(counted.isString() ? T::qty(counted.toString()) : QString());
        auto* diff = new QTableWidgetItem;
        for (QTableWidgetItem* item : {sku, name, expected, diff})
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        countedItem->setFlags(open ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                                   : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        for (QTableWidgetItem* item : {expected, countedItem, diff})
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, SkuCol, sku);
        m_table->setItem(r, NameCol, name);
        m_table->setItem(r, ExpectedCol, expected);
        m_table->setItem(r, CountedCol, countedItem);
        m_table->setItem(r, DifferenceCol, diff);
        updateDifference(r);
    }
    m_filling = false;
    applyDifferencesOnly();
    updateSummary();
    const bool mayWrite = m_client.may(InventoryClient::Perm::countWrite());
    saveButton()->setVisible(open && mayWrite);
    m_cancelCount->setVisible(open && mayWrite);
    m_post->setVisible(open && m_client.may(InventoryClient::Perm::countPost()));
    errors().clear();
    setBusy(false);
    markClean();
    if (open && m_table->rowCount() > 0) {
        m_table->setCurrentCell(0, CountedCol);
        m_table->setFocus();
    }
}

void CountDialog::updateDifference(int row)
{
    QTableWidgetItem* counted = m_table->item(row, CountedCol);
    QTableWidgetItem* diff = m_table->item(row, DifferenceCol);
    if (!counted || !diff)
        return;
    const QString wire = T::parseQty(counted->text());
    const bool wasFilling = m_filling;
    m_filling = true;
    if (wire.isEmpty()) {
        diff->setText(counted->text().trimmed().isEmpty() ? QString() : tr("invalid"));
        diff->setData(Qt::UserRole, qint64(0));
    } else {
        const qint64 d =
            T::thousandths(wire) - m_table->item(row, ExpectedCol)->data(ExpectedRole).toLongLong();
        const QString text = T::qty(T::qtyText(d));
        diff->setText(d > 0 ? QLatin1Char('+') + text : text);
        diff->setData(Qt::UserRole, d);
        counted->setText(T::qty(wire));
    }
    m_filling = wasFilling;
}

int CountDialog::differenceCount() const
{
    int n = 0;
    for (int r = 0; r < m_table->rowCount(); ++r)
        n += m_table->item(r, DifferenceCol)->data(Qt::UserRole).toLongLong() != 0 ? 1 : 0;
    return n;
}

void CountDialog::updateSummary()
{
    int counted = 0;
    for (int r = 0; r < m_table->rowCount(); ++r)
        counted += T::parseQty(m_table->item(r, CountedCol)->text()).isEmpty() ? 0 : 1;
    m_summary->setText(tr("%1 of %2 lines counted · %3 with a difference")
                           .arg(counted)
                           .arg(m_table->rowCount())
                           .arg(differenceCount()));
    if (m_differencesOnly->isChecked())
        applyDifferencesOnly();
}

void CountDialog::applyDifferencesOnly()
{
    const bool only = m_differencesOnly->isChecked();
    for (int r = 0; r < m_table->rowCount(); ++r)
        m_table->setRowHidden(
            r, only && m_table->item(r, DifferenceCol)->data(Qt::UserRole).toLongLong() == 0);
}

void CountDialog::setCounted(int row, const QString& text)
{
    m_table->item(row, CountedCol)->setText(text);
}

QJsonArray CountDialog::countedLines() const
{
    QJsonArray lines;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString wire = T::parseQty(m_table->item(r, CountedCol)->text());
        lines.append(QJsonObject{
            {QStringLiteral("line_id"), m_table->item(r, SkuCol)->data(LineRole).toLongLong()},
            {QStringLiteral("counted_qty"), wire.isEmpty() ? QJsonValue() : QJsonValue(wire)}});
    }
    return lines;
}

void CountDialog::sendCounts(std::function<void()> then)
{
    errors().clear();
    setBusy(true);
    m_client.setCounted(
        T::id(m_count, "id"), T::id(m_count, "version"), countedLines(), this,
        [this, then](const QJsonObject& count) {
            showCount(count);
            emit changed(count);
            if (then)
                then();
        },
        [this](const Rpc::Error& e) { showSaveError(e); });
}

void CountDialog::save()
{
    sendCounts({});
}

void CountDialog::post()
{
    const int differences = differenceCount();
    QMessageBox box(
        QMessageBox::Question, tr("Post Stock Count"),
        differences == 0   ? tr("Post the count? No quantity differs from the expected one.")
        : differences == 1 ? tr("Post the count? 1 line differs: the difference becomes a stock "
                                "adjustment.")
                           : tr("Post the count? %1 lines differ: each difference becomes a "
                                "stock adjustment.")
                                 .arg(differences),
        QMessageBox::NoButton, this);
    box.setInformativeText(tr("Lines left empty are not changed. A posted count cannot be "
                              "changed any more."));
    QPushButton* yes = box.addButton(tr("Post"), QMessageBox::AcceptRole);
    box.addButton(tr("Back"), QMessageBox::RejectRole);
    box.setDefaultButton(yes);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    sendCounts([this] { finish(QStringLiteral("post")); });
}

void CountDialog::cancelCount()
{
    if (QMessageBox::question(this, tr("Cancel Stock Count"),
                              tr("Cancel this count? Nothing is adjusted.")) != QMessageBox::Yes)
        return;
    finish(QStringLiteral("cancel"));
}

void CountDialog::finish(const QString& verb)
{
    setBusy(true);
    m_client.finishCount(
        verb, T::id(m_count, "id"), T::id(m_count, "version"), this,
        [this](const QJsonObject& count) {
            emit changed(count);
            showCount(count.contains(QLatin1String("lines")) ? count : m_count);
            finishSaved();
        },
        [this](const Rpc::Error& e) { showSaveError(e); });
}

void CountDialog::reload()
{
    setBusy(true);
    m_client.getCount(
        T::id(m_count, "id"), this, [this](const QJsonObject& c) { showCount(c); },
        [this](const Rpc::Error& e) {
            setBusy(false);
            errors().show(e);
        });
}

QString CountDialog::conflictText() const
{
    return tr("Someone else changed this count while you were entering quantities.");
}

} // namespace Erp::Client::Inventory
