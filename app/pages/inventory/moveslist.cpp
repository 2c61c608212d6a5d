#include "app/pages/inventory/moveslist.h"

#include "app/models/format.h"
#include "app/models/remotetablemodel.h"
#include "app/net/servermessages.h"
#include "app/pages/inventory/inventorytext.h"
#include "app/pages/inventory/inventorywidgets.h"
#include "app/widgets/theme.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>

namespace Erp::Client::Inventory {

namespace {
using T = InventoryText;

QList<Column> moveColumns()
{
    return {
        Column(QStringLiteral("created_at"), MovesList::tr("When"), Column::Kind::Date),
        Column(QStringLiteral("sku"), MovesList::tr("SKU")).exportAs(Column::Export::Digits),
        Column(QStringLiteral("name"), MovesList::tr("Product")).notSortable(),
        Column(QStringLiteral("warehouse_code"), MovesList::tr("Warehouse")),
        Column(QStringLiteral("kind"), MovesList::tr("Kind")).withText([](const QJsonObject& r) {
            return T::moveKind(T::str(r, "kind"));
        }),
        Column(QStringLiteral("qty"), MovesList::tr("Quantity"), Column::Kind::Money)
            .exportAs(Column::Export::Quantity)
            .withText([](const QJsonObject& r) {
                const QString q = T::str(r, "qty");
                return q.startsWith(QLatin1Char('-')) ? T::qty(q) : QLatin1Char('+') + T::qty(q);
            }),
        Column(QStringLiteral("source_ref"), MovesList::tr("Document"))
            .withText([](const QJsonObject& r) {
                const QString ref = T::str(r, "source_ref");
                const QString type = T::sourceType(T::str(r, "source_type"));
                return ref.isEmpty() ? type : QStringLiteral("%1 %2").arg(type, ref);
            }),
        Column(QStringLiteral("reason"), MovesList::tr("Reason"))
            .notSortable()
            .withText([](const QJsonObject& r) {
                return ServerMessages::text(r.value(QLatin1String("reason_ref")),
                                            T::str(r, "reason"));
            }),
        Column(QStringLiteral("created_by"), MovesList::tr("By"))
            .notSortable()
            .withText([](const QJsonObject& r) {
                const QString name = T::str(r, "created_by_name");
                return name.isEmpty() ? T::str(r, "created_by") : name;
            }),
    };
}

QList<Column> lowColumns()
{
    const auto qty = [](const char* key, const QString& title) {
        const QString k = QLatin1String(key);
        return Column(k, title, Column::Kind::Money)
            .notSortable()
            .exportAs(Column::Export::Quantity)
            .withText([k](const QJsonObject& r) { return T::qty(r.value(k).toString()); });
    };
    return {
        Column(QStringLiteral("sku"), LowStockList::tr("SKU"))
            .notSortable()
            .exportAs(Column::Export::Digits),
        Column(QStringLiteral("name"), LowStockList::tr("Product")).notSortable(),
        qty("available", LowStockList::tr("Available")),
        qty("reorder_point", LowStockList::tr("Reorder point")),
        qty("reorder_qty", LowStockList::tr("Reorder qty")),
        qty("shortage", LowStockList::tr("Shortage")),
        qty("demand", LowStockList::tr("Backordered")),
    };
}
} // namespace

MovesList::MovesList(InventoryClient& client, QWidget* parent)
    : ListPage(parent)
    , m_warehouse(new WarehouseBox(client, tr("All warehouses"), this))
    , m_period(new QComboBox(this))
    , m_kinds(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("movesList"));
    auto* model = new RemoteTableModel(client.api(), QStringLiteral("inventory.stock.moves"),
                                       moveColumns(), this);
    model->setEntity(QStringLiteral("inventory.stock"));
    model->setSortExpression(QStringLiteral("-created_at"));
    setModel(model);
    setExportName(tr("Stock moves"));
    setInitialSort(0, Qt::DescendingOrder);
    QHeaderView* header = view()->horizontalHeader();
    const QFontMetrics fm = view()->fontMetrics();
    const QList<int> widths{fm.horizontalAdvance(QStringLiteral("2026-11-27 08:15 PM")),
                            fm.horizontalAdvance(QStringLiteral("KEYBOARD-K120")),
                            fm.horizontalAdvance(QStringLiteral("不锈钢保温杯 500ml 蓝色")),
                            fm.horizontalAdvance(QStringLiteral("Warehouse")),
                            fm.horizontalAdvance(QStringLiteral("Adjustment")),
                            fm.horizontalAdvance(QStringLiteral("+100,000.5")),
                            fm.horizontalAdvance(QStringLiteral("Sales order SH2026-000000")),
                            fm.horizontalAdvance(QStringLiteral("damaged in storage"))};
    for (int i = 0; i < widths.size(); ++i)
        header->resizeSection(i, widths.at(i) + 18);

    // Filter chips: one kind at a time, or all.
    auto* chips = new QWidget(this);
    auto* chipLayout = new QHBoxLayout(chips);
    chipLayout->setContentsMargins(0, 0, 0, 0);
    chipLayout->setSpacing(4);
    const QStringList kinds{QString(),
                            QStringLiteral("receipt"),
                            QStringLiteral("shipment"),
                            QStringLiteral("transfer"),
                            QStringLiteral("adjustment"),
                            QStringLiteral("return"),
                            QStringLiteral("scrap")};
    for (int i = 0; i < kinds.size(); ++i) {
        auto* chip = new QToolButton(chips);
        chip->setText(kinds.at(i).isEmpty() ? tr("All kinds") : T::moveKind(kinds.at(i)));
        chip->setCheckable(true);
        chip->setAutoRaise(false);
        chip->setProperty("kind", kinds.at(i));
        chip->setObjectName(QStringLiteral("chip_") +
                            (kinds.at(i).isEmpty() ? QStringLiteral("all") : kinds.at(i)));
        chip->setChecked(i == 0);
        m_kinds->addButton(chip, i);
        chipLayout->addWidget(chip);
    }
    m_kinds->setExclusive(true);
    addFilterWidget(tr("Kind"), chips);
    addFilterWidget(tr("Warehouse"), m_warehouse);
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Today"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 365 days"), 365);
    addFilterWidget(tr("Period"), m_period);
    connect(m_kinds, &QButtonGroup::idClicked, this, &MovesList::applyFilter);
    connect(m_warehouse, &WarehouseBox::warehouseChanged, this, &MovesList::applyFilter);
    connect(m_period, &QComboBox::currentIndexChanged, this, &MovesList::applyFilter);
    setEmptyTexts(tr("No stock moves yet. Receipts, shipments, adjustments and transfers "
                     "appear here."),
                  tr("No move matches the search or filters."));
    searchEdit()->setPlaceholderText(tr("SKU, product, document, reason… (Ctrl+F)"));
}

void MovesList::showEvent(QShowEvent* event)
{
    if (!m_warehouse->isLoaded())
        m_warehouse->load();
    ListPage::showEvent(event);
}

void MovesList::setKind(const QString& kind)
{
    for (QAbstractButton* b : m_kinds->buttons()) {
        if (b->property("kind").toString() == kind)
            b->setChecked(true);
    }
    applyFilter();
}

void MovesList::applyFilter()
{
    QJsonObject filter;
    const QString kind = m_kinds->checkedButton()
                             ? m_kinds->checkedButton()->property("kind").toString()
                             : QString();
    if (!kind.isEmpty())
        filter.insert(QStringLiteral("kind"), kind);
    if (m_warehouse->warehouseId() > 0)
        filter.insert(QStringLiteral("warehouse_id"), m_warehouse->warehouseId());
    const int days = m_period->currentData().toInt();
    if (days > 0)
        filter.insert(QStringLiteral("from"),
                      QDate::currentDate().addDays(1 - days).toString(Qt::ISODate));
    if (filter != model()->filter())
        model()->setFilter(filter);
}

bool MovesList::hasActiveFilter() const
{
    return model() && (!model()->search().isEmpty() || !model()->filter().isEmpty());
}

LowStockList::LowStockList(InventoryClient& client, QWidget* parent)
    : ListPage(parent)
{
    setObjectName(QStringLiteral("lowStockList"));
    auto* model = new RemoteTableModel(client.api(), QStringLiteral("inventory.stock.low"),
                                       lowColumns(), this);
    model->setEntity(QStringLiteral("inventory.stock"));
    setModel(model);
    setExportName(tr("Low stock"));
    setSearchVisible(false);
    view()->setItemDelegate(new RowTintDelegate(
        [](const QModelIndex& index) {
            const QJsonObject row = index.data(RemoteTableModel::RowRole).toJsonObject();
            // Every row is low; the ones with nothing left are red.
            return T::thousandths(T::str(row, "available")) <= 0
                       ? Theme::toneColor(Column::Tone::Problem)
                       : QColor();
        },
        view()));
    const QFontMetrics fm = view()->fontMetrics();
    view()->horizontalHeader()->resizeSection(
        0, fm.horizontalAdvance(QStringLiteral("KEYBOARD-K120")) + 24);
    view()->horizontalHeader()->resizeSection(
        1, fm.horizontalAdvance(QStringLiteral("不锈钢保温杯 500ml 蓝色 XXXXXX")) + 24);
    for (int i = 2; i < 7; ++i)
        view()->horizontalHeader()->resizeSection(
            i, fm.horizontalAdvance(QStringLiteral("Reorder point")) + 30);
    setEmptyTexts(tr("No product is below its reorder point."), QString());
    if (client.may(InventoryClient::Perm::replenishmentRead())) {
        QAction* replenish = addPageAction(
            Theme::icon(QStringLiteral("mail-send"), QStyle::SP_ArrowForward), tr("Replenish…"));
        replenish->setToolTip(tr("Propose purchase orders for what runs low"));
        connect(replenish, &QAction::triggered, this, &LowStockList::replenishRequested);
    }
}

} // namespace Erp::Client::Inventory
