#include "app/pages/inventory/replenishment.h"

#include "app/export/exportrunner.h"
#include "app/export/tableexporter.h"
#include "app/net/apiclient.h"
#include "app/net/errortext.h"
#include "app/net/servermessages.h"
#include "app/pages/inventory/inventoryclient.h"
#include "app/pages/inventory/inventorytext.h"
#include "app/pages/inventory/inventorywidgets.h"
#include "app/widgets/busyindicator.h"
#include "app/widgets/moneyedit.h"
#include "app/widgets/theme.h"
#include "common/ordermath.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Erp::Client::Inventory {

namespace {
using T = InventoryText;
constexpr int ProductIdRole = Qt::UserRole + 1;
constexpr int SupplierIdRole = Qt::UserRole + 2;
constexpr int LineRole = Qt::UserRole + 3; ///< the proposal line as the server sent it

class QtyDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        if (index.column() != Replenishment::QtyCol || !index.parent().isValid())
            return nullptr;
        auto* edit = new QuantityEdit(parent);
        edit->setFrame(false);
        Q_UNUSED(option)
        return edit;
    }
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setHeight(s.height() + 8); // the rows of the lists elsewhere
        return s;
    }
};
} // namespace

Replenishment::Replenishment(InventoryClient& client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_warehouse(new WarehouseBox(client, tr("All warehouses"), this))
    , m_propose(new QPushButton(tr("Propose Again"), this))
    , m_create(new QPushButton(tr("Create Purchase Orders"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_runner(new ExportRunner(client.api(), this))
    , m_busy(new BusyIndicator(this))
    , m_stack(new QStackedWidget(this))
    , m_tree(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_seesCost(client.may(InventoryClient::Perm::cost()))
{
    setObjectName(QStringLiteral("replenishment"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("&Warehouse"), this);
    label->setBuddy(m_warehouse);
    top->addWidget(label);
    top->addWidget(m_warehouse);
    top->addWidget(m_propose);
    top->addStretch(1);
    top->addWidget(m_export);
    top->addWidget(m_create);
    layout->addLayout(top);
    auto* intro = new QLabel(tr("Products whose available and ordered stock fell below the "
                                "reorder point, and backorders, grouped by default supplier. "
                                "Tick what to order and adjust the quantities."),
                             this);
    intro->setWordWrap(true);
    QPalette muted = intro->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedTextColor());
    intro->setPalette(muted);
    layout->addWidget(intro);

    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Supplier / product"), tr("Unit"), tr("Available"), tr("On order"),
                             tr("Backordered"), tr("Reorder point"), tr("Order qty"),
                             tr("Unit cost"), tr("Amount")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setItemDelegate(new QtyDelegate(m_tree));
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_tree->setUniformRowHeights(true);
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ProductCol, QHeaderView::Stretch);
    for (int c = UnitCol; c < ColumnCount; ++c) {
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        m_tree->headerItem()->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    // Without inventory.cost proposals carry no unit cost: no cost, amount or net total.
    m_tree->setColumnHidden(CostCol, !m_seesCost);
    m_tree->setColumnHidden(AmountCol, !m_seesCost);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QPalette emptyPalette = m_empty->palette();
    emptyPalette.setColor(QPalette::WindowText, Theme::mutedTextColor());
    m_empty->setPalette(emptyPalette);
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    auto* bottom = new QHBoxLayout;
    m_message->setObjectName(QStringLiteral("pageMessage"));
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_busy);
    bottom->addWidget(m_summary);
    layout->addLayout(bottom);

    m_create->setEnabled(false);
    m_create->setVisible(client.may(InventoryClient::Perm::orderWrite()));
    connect(m_propose, &QPushButton::clicked, this, &Replenishment::refresh);
    connect(m_create, &QPushButton::clicked, this, &Replenishment::createOrders);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setIcon(Theme::icon(QStringLiteral("document-export"), QStyle::SP_DialogSaveButton));
    m_export->setToolTip(tr("Export the proposal as shown to Excel (XLSX) or CSV (Ctrl+E)"));
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &Replenishment::exportProposal);
    auto* exportKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    exportKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportKey, &QShortcut::activated, this, &Replenishment::exportProposal);
    connect(m_runner, &ExportRunner::message, m_message, &QLabel::setText);
    connect(m_warehouse, &WarehouseBox::warehouseChanged, this, &Replenishment::refresh);
    connect(m_tree, &QTreeWidget::itemChanged, this, &Replenishment::itemChanged);

    // Stock, products and purchase orders change all day: propose again once a burst is over,
    // unless the clerk is working on this proposal (then only say so).
    m_changes.setSingleShot(true);
    m_changes.setInterval(1500);
    connect(&m_changes, &QTimer::timeout, this, [this] {
        if (!m_edited)
            refresh();
        else
            m_message->setText(tr("Stock or orders changed since this proposal. Click Propose "
                                  "Again to see the new one."));
    });
    connect(&client.api(), &ApiClient::eventChanged, this, [this](const QString& entity) {
        if (m_loaded && (entity == QLatin1String("inventory.stock") ||
                         entity == QLatin1String("inventory.product") ||
                         entity == QLatin1String("purchasing.order")))
            m_changes.start();
    });
}

void Replenishment::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_started) {
        m_started = true;
        m_warehouse->load();
        refresh();
    }
}

QString Replenishment::message() const
{
    return m_message->text();
}

void Replenishment::refresh()
{
    m_started = true;
    m_busy->setRunning(true);
    m_client.proposeReplenishment(
        m_warehouse->warehouseId(), this,
        [this](const QJsonObject& result) {
            m_busy->setRunning(false);
            showProposal(result);
        },
        [this](const Rpc::Error& e) {
            m_busy->setRunning(false);
            m_empty->setText(ErrorText::describe(e));
            m_stack->setCurrentWidget(m_empty);
        });
}

void Replenishment::showProposal(const QJsonObject& result)
{
    m_edited = false;
    m_filling = true;
    m_tree->clear();
    const QJsonArray groups = result.value(QLatin1String("rows")).toArray();
    for (const QJsonValue& g : groups) {
        const QJsonObject group = g.toObject();
        const qint64 supplierId = T::id(group, "supplier_id");
        auto* top = new QTreeWidgetItem(m_tree);
        top->setText(ProductCol,
                     supplierId > 0 ? T::str(group, "supplier_name") : tr("No default supplier"));
        QFont bold = top->font(ProductCol);
        bold.setBold(true);
        top->setFont(ProductCol, bold);
        top->setData(ProductCol, SupplierIdRole, supplierId);
        top->setFlags(
            Qt::ItemIsEnabled |
            (supplierId > 0 ? Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate : Qt::NoItemFlags));
        for (const QJsonValue& v : group.value(QLatin1String("lines")).toArray()) {
            const QJsonObject l = v.toObject();
            auto* item = new QTreeWidgetItem(top);
            item->setText(ProductCol,
                          QStringLiteral("%1 — %2").arg(T::str(l, "sku"), T::str(l, "name")));
            item->setData(ProductCol, ProductIdRole, T::id(l, "product_id"));
            item->setData(ProductCol, SupplierIdRole, supplierId);
            item->setData(ProductCol, LineRole, l);
            item->setText(UnitCol, ServerMessages::unit(T::str(l, "unit")));
            item->setText(AvailableCol, T::qty(T::str(l, "available")));
            item->setText(OnOrderCol, T::qty(T::str(l, "on_order")));
            item->setText(BackorderedCol, T::qty(T::str(l, "backordered")));
            item->setText(ReorderPointCol, T::qty(T::str(l, "reorder_point")));
            item->setText(QtyCol, T::qty(T::str(l, "proposed_qty")));
            if (l.contains(QLatin1String("unit_cost")))
                item->setText(CostCol, T::money(T::str(l, "unit_cost")));
            for (int c = UnitCol; c < ColumnCount; ++c)
                item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
            if (supplierId > 0) {
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                               Qt::ItemIsEditable);
                item->setCheckState(ProductCol, Qt::Checked);
            } else {
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                item->setToolTip(ProductCol, tr("Give the product a default supplier to order "
                                                "it here."));
                item->setForeground(ProductCol, Theme::mutedTextColor());
            }
        }
        if (supplierId > 0)
            top->setCheckState(ProductCol, Qt::Checked);
    }
    m_tree->expandAll();
    m_filling = false;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        for (int j = 0; j < m_tree->topLevelItem(i)->childCount(); ++j)
            itemChanged(m_tree->topLevelItem(i)->child(j), QtyCol);
    m_edited = false;
    m_loaded = true;
    m_empty->setText(tr("Nothing to order: every product is above its reorder point and no "
                        "order waits for stock."));
    m_stack->setCurrentWidget(groups.isEmpty() ? static_cast<QWidget*>(m_empty) : m_tree);
    m_export->setEnabled(!groups.isEmpty());
    updateSummary();
}

void Replenishment::itemChanged(QTreeWidgetItem* item, int column)
{
    if (m_filling)
        return;
    m_edited = true;
    if (!item->parent()) {
        updateSummary(); // a supplier's box (un)ticked its lines
        return;
    }
    if (column == QtyCol) {
        const QString qty = T::parseQty(item->text(QtyCol));
        const QString cost = MoneyEdit::parse(item->text(CostCol));
        const bool wasFilling = m_filling;
        m_filling = true;
        if (qty.isEmpty() || (cost.isEmpty() && m_seesCost)) {
            item->setText(AmountCol, QString());
            item->setForeground(QtyCol, Theme::errorColor());
        } else {
            item->setForeground(QtyCol, QBrush());
            item->setText(QtyCol, T::qty(qty));
            if (cost.isEmpty()) {
                item->setText(AmountCol, QString());
                m_filling = wasFilling;
                updateSummary();
                return;
            }
            const LineAmounts a = lineAmounts(T::thousandths(qty), T::minorUnits(cost), 0, 0);
            item->setText(AmountCol, T::money(T::amount(a.net)));
        }
        m_filling = wasFilling;
    }
    updateSummary();
}

QJsonArray Replenishment::chosenLines() const
{
    QJsonArray lines;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = m_tree->topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j) {
            QTreeWidgetItem* item = top->child(j);
            const qint64 supplier = item->data(ProductCol, SupplierIdRole).toLongLong();
            if (supplier <= 0 || item->checkState(ProductCol) != Qt::Checked)
                continue;
            const QString qty = T::parseQty(item->text(QtyCol));
            if (T::thousandths(qty) <= 0)
                continue;
            lines.append(QJsonObject{
                {QStringLiteral("product_id"), item->data(ProductCol, ProductIdRole).toLongLong()},
                {QStringLiteral("supplier_id"), supplier},
                {QStringLiteral("qty"), qty}});
        }
    }
    return lines;
}

void Replenishment::updateSummary()
{
    const QJsonArray lines = chosenLines();
    QSet<qint64> suppliers;
    qint64 total = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = m_tree->topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j) {
            QTreeWidgetItem* item = top->child(j);
            if (item->checkState(ProductCol) == Qt::Checked &&
                item->data(ProductCol, SupplierIdRole).toLongLong() > 0)
                total += T::minorUnits(MoneyEdit::parse(item->text(AmountCol)));
        }
    }
    for (const QJsonValue& v : lines)
        suppliers.insert(T::id(v.toObject(), "supplier_id"));
    m_summary->setText(
        m_seesCost
            ? tr("Chosen: %1 lines from %2 suppliers · net %3")
                  .arg(lines.size())
                  .arg(suppliers.size())
                  .arg(T::money(T::amount(total)))
            : tr("Chosen: %1 lines from %2 suppliers").arg(lines.size()).arg(suppliers.size()));
    m_create->setEnabled(!lines.isEmpty());
}

void Replenishment::createOrders()
{
    const QJsonArray lines = chosenLines();
    if (lines.isEmpty())
        return;
    m_create->setEnabled(false);
    m_busy->setRunning(true);
    m_client.createReplenishment(
        m_warehouse->warehouseId(), lines, this,
        [this](const QJsonObject& result) {
            m_busy->setRunning(false);
            QStringList numbers;
            for (const QJsonValue& v : result.value(QLatin1String("orders")).toArray())
                numbers.append(T::str(v.toObject(), "number"));
            m_message->setText(numbers.isEmpty()
                                   ? tr("Purchase orders created.")
                                   : tr("Draft purchase orders created: %1. Review and send "
                                        "them under Purchase Orders.")
                                         .arg(numbers.join(QLatin1String(", "))));
            emit ordersCreated(numbers);
            refresh();
        },
        [this](const Rpc::Error& e) {
            m_busy->setRunning(false);
            updateSummary();
            QMessageBox::warning(this, tr("Create Purchase Orders"), ErrorText::describe(e));
        });
}

ExportRequest Replenishment::exportRequest() const
{
    using K = Column::Kind;
    using E = Column::Export;
    const auto qty = [](const char* key, const QString& title) {
        return Column(QLatin1String(key), title, K::Money).exportAs(E::Quantity);
    };
    ExportRequest request;
    request.title = tr("Replenishment");
    request.columns = {
        Column(QStringLiteral("supplier_name"), tr("Supplier")),
        Column(QStringLiteral("sku"), tr("SKU")).exportAs(E::Digits),
        Column(QStringLiteral("name"), tr("Product")),
        Column(QStringLiteral("unit"), tr("Unit")),
        qty("available", tr("Available")),
        qty("on_order", tr("On order")),
        qty("backordered", tr("Backordered")),
        qty("reorder_point", tr("Reorder point")),
        qty("order_qty", tr("Order qty")),
        Column(QStringLiteral("unit_cost"), tr("Unit cost"), K::Money),
        Column(QStringLiteral("amount"), tr("Amount"), K::Money),
        Column(QStringLiteral("chosen"), tr("Chosen"), K::Bool),
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* top = m_tree->topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j) {
            const QTreeWidgetItem* item = top->child(j);
            QJsonObject row = item->data(ProductCol, LineRole).toJsonObject();
            const bool orderable = item->data(ProductCol, SupplierIdRole).toLongLong() > 0;
            row.insert(QStringLiteral("supplier_name"), top->text(ProductCol));
            // What the clerk sees: the quantity as edited and its amount.
            row.insert(QStringLiteral("order_qty"), T::parseQty(item->text(QtyCol)));
            row.insert(QStringLiteral("amount"), MoneyEdit::parse(item->text(AmountCol)));
            row.insert(QStringLiteral("chosen"),
                       orderable && item->checkState(ProductCol) == Qt::Checked);
            request.rows.append(row);
        }
    }
    return request;
}

void Replenishment::exportProposal()
{
    if (!m_loaded || !m_export->isEnabled())
        return;
    m_runner->run(exportRequest(), tr("Replenishment"), tr("Export Replenishment"));
}

} // namespace Erp::Client::Inventory
