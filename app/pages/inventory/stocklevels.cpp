#include "app/pages/inventory/stocklevels.h"

#include "app/models/remotetablemodel.h"
#include "app/net/servermessages.h"
#include "app/pages/inventory/inventorytext.h"
#include "app/pages/inventory/inventorywidgets.h"
#include "app/pages/inventory/stockmovedialog.h"
#include "app/widgets/importwizard.h"
#include "app/widgets/theme.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

namespace Erp::Client::Inventory {

namespace {
using T = InventoryText;

Column qtyColumn(const char* key, const QString& title)
{
    const QString k = QLatin1String(key);
    return Column(k, title, Column::Kind::Money)
        .exportAs(Column::Export::Quantity)
        .withText([k](const QJsonObject& row) { return T::qty(row.value(k).toString()); });
}

QList<Column> levelColumns()
{
    return {
        Column(QStringLiteral("sku"), StockLevels::tr("SKU")).exportAs(Column::Export::Digits),
        Column(QStringLiteral("name"), StockLevels::tr("Product")),
        Column(QStringLiteral("warehouse_code"), StockLevels::tr("Warehouse")),
        qtyColumn("on_hand", StockLevels::tr("On hand")),
        qtyColumn("reserved", StockLevels::tr("Reserved")),
        qtyColumn("available", StockLevels::tr("Available")),
        qtyColumn("reorder_point", StockLevels::tr("Reorder point")).notSortable(),
        Column(QStringLiteral("unit"), StockLevels::tr("Unit"))
            .notSortable()
            .withText([](const QJsonObject& r) {
                return ServerMessages::unit(r.value(QLatin1String("unit")).toString());
            }),
    };
}
} // namespace

StockLevels::StockLevels(InventoryClient& client, QWidget* parent)
    : ListPage(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("stockLevels"));
    auto* model = new RemoteTableModel(client.api(), QStringLiteral("inventory.stock.levels"),
                                       levelColumns(), this);
    model->setEntity(QStringLiteral("inventory.stock"));
    model->setSortExpression(QStringLiteral("sku"));
    setModel(model);
    setExportName(tr("Stock levels"));
    setInitialSort(SkuCol, Qt::AscendingOrder);
    // A colleague's product change (name, reorder point) shows too.
    connect(&client.api(), &ApiClient::eventChanged, this, [this](const QString& entity) {
        if (entity == QLatin1String("inventory.product") && this->model()->isLoaded())
            this->model()->refresh();
    });
    view()->setItemDelegate(new RowTintDelegate(
        [](const QModelIndex& index) {
            const QJsonObject row = index.data(RemoteTableModel::RowRole).toJsonObject();
            return row.value(QLatin1String("low")).toBool()
                       ? Theme::toneColor(Column::Tone::Waiting)
                       : QColor();
        },
        view()));
    QHeaderView* header = view()->horizontalHeader();
    const QFontMetrics fm = view()->fontMetrics();
    const QStringList samples{
        QStringLiteral("KEYBOARD-K120"), QStringLiteral("不锈钢保温杯 500ml 蓝色 XXXXX"),
        QStringLiteral("Warehouse"),     QStringLiteral("1,000,000.5"),
        QStringLiteral("1,000,000.5"),   QStringLiteral("1,000,000.5"),
        QStringLiteral("Reorder point")};
    for (int i = 0; i < samples.size(); ++i)
        header->resizeSection(
            i, qMax(fm.horizontalAdvance(samples.at(i)),
                    fm.horizontalAdvance(model->headerData(i, Qt::Horizontal).toString()) + 14) +
                   16);

    m_warehouse = new WarehouseBox(client, tr("All warehouses"), this);
    m_warehouse->setObjectName(QStringLiteral("stockWarehouse"));
    addFilterWidget(tr("Warehouse"), m_warehouse);
    m_category = new QLineEdit(this);
    m_category->setPlaceholderText(tr("any"));
    m_category->setClearButtonEnabled(true);
    addFilterWidget(tr("Category"), m_category);
    m_low = new QCheckBox(tr("Low stock only"), this);
    m_low->setObjectName(QStringLiteral("lowOnly"));
    addFilterWidget(QString(), m_low);
    connect(m_warehouse, &WarehouseBox::warehouseChanged, this, &StockLevels::applyFilter);
    connect(m_category, &QLineEdit::editingFinished, this, &StockLevels::applyFilter);
    connect(m_low, &QCheckBox::toggled, this, &StockLevels::applyFilter);

    setEmptyTexts(tr("No stock recorded yet. Stock arrives with purchase receipts, "
                     "adjustments and stock counts."),
                  tr("No stock matches the search or filters."));
    searchEdit()->setPlaceholderText(tr("SKU or product name… (Ctrl+F)"));

    m_adjust = addPageAction(Theme::icon(QStringLiteral("document-edit"), QStyle::SP_FileIcon),
                             tr("Adjust…"));
    m_adjust->setToolTip(tr("Correct the quantity of the selected product in a warehouse"));
    m_transfer = addPageAction(Theme::icon(QStringLiteral("go-next"), QStyle::SP_ArrowRight),
                               tr("Transfer…"));
    m_transfer->setToolTip(tr("Move stock of the selected product to another warehouse"));
    const bool canAdjust = client.may(InventoryClient::Perm::stockAdjust());
    m_adjust->setVisible(canAdjust);
    m_transfer->setVisible(canAdjust);
    addImportAction(*this, client.api(), QStringLiteral("inventory.warehouse"),
                    QStringLiteral("inventory.warehouse.write"), tr("Import Warehouses…"),
                    tr("Import warehouses from a CSV or Excel file"));
    addImportAction(*this, client.api(), QStringLiteral("inventory.opening_stock"),
                    InventoryClient::Perm::stockAdjust(), tr("Import Opening Stock…"),
                    tr("Import the opening balance of each product per warehouse (once per "
                       "product and warehouse)"));
    connect(m_adjust, &QAction::triggered, this, &StockLevels::openAdjust);
    if (canAdjust) // Enter or a double-click on a row: adjust that product in that warehouse
        connect(this, &ListPage::rowActivated, this, &StockLevels::openAdjust);
    connect(m_transfer, &QAction::triggered, this, &StockLevels::openTransfer);
    updateActions();
}

void StockLevels::showEvent(QShowEvent* event)
{
    if (!m_warehouse->isLoaded())
        m_warehouse->load();
    ListPage::showEvent(event);
}

void StockLevels::applyFilter()
{
    QJsonObject filter;
    if (m_warehouse->warehouseId() > 0)
        filter.insert(QStringLiteral("warehouse_id"), m_warehouse->warehouseId());
    if (!m_category->text().trimmed().isEmpty())
        filter.insert(QStringLiteral("category"), m_category->text().trimmed());
    if (m_low->isChecked())
        filter.insert(QStringLiteral("low"), true);
    if (filter != model()->filter())
        model()->setFilter(filter);
}

bool StockLevels::hasActiveFilter() const
{
    return (model() && (!model()->search().isEmpty() || !model()->filter().isEmpty()));
}

void StockLevels::updateActions()
{
    if (!m_adjust)
        return;
    m_transfer->setEnabled(!currentRow().isEmpty());
}

void StockLevels::openAdjust()
{
    openMoveDialog(false);
}

void StockLevels::openTransfer()
{
    openMoveDialog(true);
}

void StockLevels::openMoveDialog(bool transfer)
{
    auto* dialog = new StockMoveDialog(
        m_client, transfer ? StockMoveDialog::Transfer : StockMoveDialog::Adjust, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QJsonObject row = currentRow();
    if (!row.isEmpty())
        dialog->setStart(QJsonObject{{QStringLiteral("id"), row.value(QLatin1String("product_id"))},
                                     {QStringLiteral("sku"), row.value(QLatin1String("sku"))},
                                     {QStringLiteral("name"), row.value(QLatin1String("name"))},
                                     {QStringLiteral("unit"), row.value(QLatin1String("unit"))}},
                         T::id(row, "warehouse_id"));
    else if (m_warehouse->warehouseId() > 0)
        dialog->setStart({}, m_warehouse->warehouseId());
    connect(dialog, &StockMoveDialog::posted, this,
            [this](const QString& text) { showMessage(text); });
    dialog->open();
    emit dialogOpened(dialog);
}

} // namespace Erp::Client::Inventory
