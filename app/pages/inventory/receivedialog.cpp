#include "app/pages/inventory/receivedialog.h"

#include "app/pages/inventory/inventoryclient.h"
#include "app/pages/inventory/inventorytext.h"
#include "app/pages/inventory/inventorywidgets.h"
#include "app/widgets/formerrors.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Erp::Client::Inventory {

namespace {
using T = InventoryText;
constexpr int LineIdRole = Qt::UserRole + 1;
constexpr int OpenRole = Qt::UserRole + 2;

class NowDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex&) const override
    {
        auto* edit = new QuantityEdit(parent);
        edit->setFrame(false);
        return edit;
    }
};
} // namespace

ReceiveDialog::ReceiveDialog(InventoryClient& client, const QJsonObject& order, QWidget* parent)
    : FormDialog(parent)
    , m_client(client)
    , m_order(order)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("receiveDialog"));
    setWindowTitle(tr("Receive %1").arg(T::str(order, "number")));
    QString where = T::str(order, "warehouse_code");
    auto* intro =
        new QLabel(tr("Goods from <b>%1</b> into warehouse <b>%2</b>. Enter what "
                      "arrived; lines left at 0 stay open.")
                       .arg(T::str(order, "supplier_name").toHtmlEscaped(), where.toHtmlEscaped()),
                   this);
    intro->setWordWrap(true);
    body()->insertWidget(1, intro);
    m_table->setHorizontalHeaderLabels(
        {tr("Product"), tr("Ordered"), tr("Received"), tr("Open"), tr("Receive now")});
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(NowCol, new NowDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                             QAbstractItemView::EditKeyPressed);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(ProductCol, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QFontMetrics fm = m_table->fontMetrics();
    for (int c = OrderedCol; c < ColumnCount; ++c) {
        header->resizeSection(c, fm.horizontalAdvance(QStringLiteral("Receive now")) + 32);
        m_table->model()->setHeaderData(c, Qt::Horizontal, int(Qt::AlignRight | Qt::AlignVCenter),
                                        Qt::TextAlignmentRole);
    }
    const QJsonArray lines = order.value(QLatin1String("lines")).toArray();
    m_table->setRowCount(int(lines.size()));
    for (int r = 0; r < lines.size(); ++r) {
        const QJsonObject l = lines.at(r).toObject();
        const qint64 ordered = T::thousandths(T::str(l, "qty"));
        const qint64 got = T::thousandths(T::str(l, "received_qty"));
        const qint64 open = qMax<qint64>(0, ordered - got);
        auto* product = new QTableWidgetItem(
            QStringLiteral("%1 — %2").arg(T::str(l, "sku"), T::str(l, "name")));
        qint64 lineId = T::id(l, "id");
        if (lineId == 0)
            lineId = T::id(l, "line_id");
        product->setData(LineIdRole, lineId);
        product->setData(OpenRole, open);
        const QStringList texts{T::qty(T::str(l, "qty")), T::qty(T::str(l, "received_qty")),
                                T::qty(T::qtyText(open)), T::qty(T::qtyText(open))};
        m_table->setItem(r, ProductCol, product);
        for (int c = OrderedCol; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(texts.at(c - OrderedCol));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
        for (int c = ProductCol; c < NowCol; ++c)
            m_table->item(r, c)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (open == 0)
            m_table->item(r, NowCol)->setFlags(Qt::ItemIsEnabled);
    }
    body()->insertWidget(2, m_table, 1);
    for (int i = 0; i < body()->count(); ++i) {
        if (QSpacerItem* spacer = body()->itemAt(i)->spacerItem()) {
            body()->removeItem(spacer);
            delete spacer;
            break;
        }
    }
    auto* all = new QPushButton(tr("All Open"), this);
    auto* none = new QPushButton(tr("Clear"), this);
    for (QPushButton* b : {all, none}) {
        b->setAutoDefault(false);
        buttonRow()->insertWidget(1, b);
    }
    connect(all, &QPushButton::clicked, this, [this] { fillAll(true); });
    connect(none, &QPushButton::clicked, this, [this] { fillAll(false); });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == NowCol)
            markDirty();
    });
    saveButton()->setText(tr("Receive"));
    resize(760, 420);
    m_table->setCurrentCell(0, NowCol);
}

void ReceiveDialog::fillAll(bool open)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const qint64 q = open ? m_table->item(r, ProductCol)->data(OpenRole).toLongLong() : 0;
        m_table->item(r, NowCol)->setText(T::qty(T::qtyText(q)));
    }
}

void ReceiveDialog::setNow(int row, const QString& text)
{
    m_table->item(row, NowCol)->setText(text);
}

QJsonArray ReceiveDialog::receiptLines() const
{
    QJsonArray lines;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString text = m_table->item(r, NowCol)->text();
        const QString qty = T::parseQty(text);
        if (qty.isEmpty() && !text.trimmed().isEmpty()) {
            lines.append(QJsonObject{
                {QStringLiteral("line_id"),
                 m_table->item(r, ProductCol)->data(LineIdRole).toLongLong()},
                {QStringLiteral("qty"), text.trimmed()}}); // the server says what is wrong
            continue;
        }
        if (T::thousandths(qty) <= 0)
            continue;
        lines.append(QJsonObject{{QStringLiteral("line_id"),
                                  m_table->item(r, ProductCol)->data(LineIdRole).toLongLong()},
                                 {QStringLiteral("qty"), qty}});
    }
    return lines;
}

void ReceiveDialog::save()
{
    errors().clear();
    const QJsonArray lines = receiptLines();
    if (lines.isEmpty()) {
        errors().showMessage(tr("Enter the quantity that arrived on at least one line."));
        return;
    }
    setBusy(true);
    m_client.receive(
        T::id(m_order, "id"), T::id(m_order, "version"), lines, this,
        [this](const QJsonObject& o) {
            emit received(o);
            finishSaved();
        },
        [this](const Rpc::Error& e) { showSaveError(e); });
}

} // namespace Erp::Client::Inventory
