#include "app/pages/inventory/productlist.h"

#include "app/models/remotetablemodel.h"
#include "app/net/errortext.h"
#include "app/net/servermessages.h"
#include "app/pages/inventory/inventorytext.h"
#include "app/pages/inventory/productdialog.h"
#include "app/widgets/columnchooser.h"
#include "app/widgets/importwizard.h"
#include "app/widgets/statusbadge.h"
#include "app/widgets/theme.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
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

QList<Column> productColumns(bool withCost)
{
    using K = Column::Kind;
    QList<Column> columns{
        Column(QStringLiteral("sku"), ProductList::tr("SKU")).exportAs(Column::Export::Digits),
        Column(QStringLiteral("name"), ProductList::tr("Name")),
        Column(QStringLiteral("category"), ProductList::tr("Category")),
        Column(QStringLiteral("unit"), ProductList::tr("Unit"))
            .notSortable()
            .withText([](const QJsonObject& r) {
                return ServerMessages::unit(r.value(QLatin1String("unit")).toString());
            }),
        Column(QStringLiteral("barcode"), ProductList::tr("Barcode"))
            .notSortable()
            .exportAs(Column::Export::Digits),
        Column(QStringLiteral("list_price"), ProductList::tr("List price"), K::Money),
        Column(QStringLiteral("cost"), ProductList::tr("Cost"), K::Money),
        Column(QStringLiteral("tax_rate"), ProductList::tr("Tax"), K::Money)
            .notSortable()
            .exportAs(Column::Export::Quantity) // percent: "13.00"
            .withText([](const QJsonObject& r) { return T::percent(T::str(r, "tax_rate")); }),
        qtyColumn("reorder_point", ProductList::tr("Reorder point")).notSortable(),
        qtyColumn("reorder_qty", ProductList::tr("Reorder qty")).notSortable(),
        Column(QStringLiteral("active"), ProductList::tr("Status"))
            .notSortable()
            .withText([](const QJsonObject& r) {
                return r.value(QLatin1String("active")).toBool(true) ? ProductList::tr("Active")
                                                                     : ProductList::tr("Archived");
            })
            .withTone([](const QJsonObject& r) {
                return r.value(QLatin1String("active")).toBool(true) ? Column::Tone::Done
                                                                     : Column::Tone::Neutral;
            }),
    };
    // Without inventory.cost the server leaves cost out: no column rather than empty cells.
    if (!withCost)
        columns.removeIf([](const Column& c) { return c.key == QLatin1String("cost"); });
    return columns;
}
} // namespace

ProductList::ProductList(InventoryClient& client, QWidget* parent)
    : ListPage(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("productList"));
    auto* model =
        new RemoteTableModel(client.api(), QStringLiteral("inventory.product.list"),
                             productColumns(client.may(InventoryClient::Perm::cost())), this);
    model->setEntity(QStringLiteral("inventory.product"));
    model->setSortExpression(QStringLiteral("sku"));
    setModel(model);
    setExportName(tr("Products"));
    setInitialSort(SkuCol, Qt::AscendingOrder);
    view()->setItemDelegateForColumn(columnOf(QStringLiteral("active")),
                                     new StatusBadgeDelegate(view()));
    QHeaderView* header = view()->horizontalHeader();
    const QFontMetrics fm = view()->fontMetrics();
    const QHash<QString, QString> samples{
        {QStringLiteral("sku"), QStringLiteral("KEYBOARD-K120")},
        {QStringLiteral("name"), QStringLiteral("Arabica coffee beans Ethiopia 1kg")},
        {QStringLiteral("category"), QStringLiteral("Kitchenware")},
        {QStringLiteral("unit"), QStringLiteral("box")},
        {QStringLiteral("barcode"), QStringLiteral("6901234567890")},
        {QStringLiteral("list_price"), QStringLiteral("100,000.00")},
        {QStringLiteral("cost"), QStringLiteral("100,000.00")},
        {QStringLiteral("tax_rate"), QStringLiteral("13%")},
        {QStringLiteral("reorder_point"), QStringLiteral("Reorder point")},
        {QStringLiteral("reorder_qty"), QStringLiteral("Reorder qty")}};
    for (int i = 0; i < model->columnCount(); ++i) {
        const QString key = model->columns().at(i).key;
        if (!samples.contains(key))
            continue;
        header->resizeSection(
            i, qMax(fm.horizontalAdvance(samples.value(key)),
                    fm.horizontalAdvance(model->headerData(i, Qt::Horizontal).toString()) + 14) +
                   16);
    }

    QStringList keys;
    for (int i = 0; i < model->columnCount(); ++i)
        keys.append(model->columns().at(i).key);
    const Session& s = client.api().session();
    auto* chooser = new ColumnChooser(view(), keys,
                                      QStringLiteral("inventory/products/hiddenColumns/%1@%2")
                                          .arg(s.username, client.api().serverName()),
                                      this);
    chooser->setAlwaysVisible({QStringLiteral("sku"), QStringLiteral("name")});
    chooser->setHiddenByDefault({QStringLiteral("barcode"), QStringLiteral("reorder_qty")});

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("productStatus"));
    m_status->addItem(tr("Active"), QStringLiteral("active"));
    m_status->addItem(tr("Archived"), QStringLiteral("archived"));
    m_status->addItem(tr("All"), QStringLiteral("all"));
    addFilterWidget(tr("Status"), m_status);
    m_category = new QLineEdit(this);
    m_category->setObjectName(QStringLiteral("productCategory"));
    m_category->setPlaceholderText(tr("any"));
    m_category->setClearButtonEnabled(true);
    m_category->setToolTip(tr("Press Enter to apply"));
    addFilterWidget(tr("Category"), m_category);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ProductList::applyFilter);
    connect(m_category, &QLineEdit::editingFinished, this, &ProductList::applyFilter);
    model->setFilter(QJsonObject{{QStringLiteral("active"), true}});

    const bool canWrite = client.may(InventoryClient::Perm::productWrite());
    setEmptyTexts(canWrite ? tr("No products yet — press Ctrl+N to add the first one.")
                           : tr("No products yet."),
                  tr("No product matches the search or filters."));
    searchEdit()->setPlaceholderText(tr("SKU, name, barcode… (Ctrl+F)"));

    m_new = addPageAction(Theme::icon(QStringLiteral("document-new"), QStyle::SP_FileIcon),
                          tr("New Product…"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_open = addPageAction(
        Theme::icon(QStringLiteral("document-properties"), QStyle::SP_FileDialogDetailedView),
        tr("Open…"));
    m_archive = addPageAction(Theme::icon(QStringLiteral("archive-insert"), QStyle::SP_TrashIcon),
                              tr("Archive"));
    m_restore =
        addPageAction(Theme::icon(QStringLiteral("archive-extract"), QStyle::SP_DialogResetButton),
                      tr("Restore"));
    m_new->setVisible(canWrite);
    addImportAction(*this, client.api(), QStringLiteral("inventory.product"),
                    InventoryClient::Perm::productWrite(), tr("Import…"),
                    tr("Import products from a CSV or Excel file"));
    m_archive->setVisible(canWrite);
    m_restore->setVisible(canWrite);
    connect(m_restore, &QAction::triggered, this, &ProductList::restoreSelected);
    connect(m_new, &QAction::triggered, this, [this] { openProduct(0); });
    connect(m_open, &QAction::triggered, this, [this] {
        if (currentId() > 0)
            openProduct(currentId());
    });
    connect(m_archive, &QAction::triggered, this, &ProductList::archiveSelected);
    connect(this, &ListPage::rowActivated, this,
            [this](const QJsonObject& row) { openProduct(T::id(row, "id")); });
    updateActions();
}

void ProductList::applyFilter()
{
    QJsonObject filter;
    const QString status = m_status->currentData().toString();
    if (status != QLatin1String("all"))
        filter.insert(QStringLiteral("active"), status == QLatin1String("active"));
    if (!m_category->text().trimmed().isEmpty())
        filter.insert(QStringLiteral("category"), m_category->text().trimmed());
    if (filter != model()->filter())
        model()->setFilter(filter);
}

bool ProductList::hasActiveFilter() const
{
    return (model() && !model()->search().isEmpty()) ||
           (m_category && !m_category->text().trimmed().isEmpty()) ||
           (m_status && m_status->currentIndex() != 0);
}

void ProductList::updateActions()
{
    if (!m_new)
        return;
    const QJsonObject row = currentRow();
    m_open->setEnabled(!row.isEmpty());
    m_archive->setEnabled(!row.isEmpty() && row.value(QLatin1String("active")).toBool(true));
    m_restore->setEnabled(!row.isEmpty() && !row.value(QLatin1String("active")).toBool(true));
}

int ProductList::columnOf(const QString& key) const
{
    for (int i = 0; model() && i < model()->columnCount(); ++i)
        if (model()->columns().at(i).key == key)
            return i;
    return -1;
}

void ProductList::openProduct(qint64 id)
{
    auto* dialog = new ProductDialog(m_client, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProductDialog::saved, this, [this](const QJsonObject& p) {
        showMessage(tr("Product %1 saved.").arg(T::str(p, "sku")));
        selectId(T::id(p, "id"));
    });
    dialog->open();
    emit dialogOpened(dialog);
}

void ProductList::archiveSelected()
{
    const QJsonObject row = currentRow();
    if (row.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Archive Product"),
                              tr("Archive %1 — %2? It stays in the history and can no longer be "
                                 "ordered.")
                                  .arg(T::str(row, "sku"), T::str(row, "name"))) !=
        QMessageBox::Yes)
        return;
    m_client.archiveProduct(
        T::id(row, "id"), T::id(row, "version"), this,
        [this](const QJsonObject& p) {
            showMessage(tr("Product %1 archived.").arg(T::str(p, "sku")));
            model()->refresh();
        },
        [this](const Rpc::Error& e) {
            QMessageBox::warning(this, tr("Archive Product"), ErrorText::describe(e));
        });
}

void ProductList::restoreSelected()
{
    const QJsonObject row = currentRow();
    if (row.isEmpty())
        return;
    m_client.saveProduct(
        T::id(row, "id"), T::id(row, "version"), {{QStringLiteral("active"), true}}, this,
        [this](const QJsonObject& p) {
            showMessage(tr("Product %1 is active again.").arg(T::str(p, "sku")));
            model()->refresh();
        },
        [this](const Rpc::Error& e) {
            QMessageBox::warning(this, tr("Restore Product"), ErrorText::describe(e));
        });
}

} // namespace Erp::Client::Inventory
