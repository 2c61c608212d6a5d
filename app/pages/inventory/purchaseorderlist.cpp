#include "app/pages/inventory/purchaseorderlist.h"

#include "app/models/remotetablemodel.h"
#include "app/net/errortext.h"
#include "app/pages/inventory/inventorydocuments.h"
#include "app/pages/inventory/inventorytext.h"
#include "app/pages/inventory/purchaseorderdialog.h"
#include "app/print/printmenu.h"
#include "app/widgets/statusbadge.h"
#include "app/widgets/theme.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace Erp::Client::Inventory {

namespace {
using T = InventoryText;

QList<Column> orderColumns()
{
    using K = Column::Kind;
    return {
        Column(QStringLiteral("number"), PurchaseOrderList::tr("Number")),
        Column(QStringLiteral("supplier_name"), PurchaseOrderList::tr("Supplier")),
        Column(QStringLiteral("warehouse_code"), PurchaseOrderList::tr("Warehouse")).notSortable(),
        Column(QStringLiteral("order_date"), PurchaseOrderList::tr("Ordered"), K::Date),
        Column(QStringLiteral("expected_date"), PurchaseOrderList::tr("Expected"), K::Date),
        Column(QStringLiteral("state"), PurchaseOrderList::tr("State"))
            .withText([](const QJsonObject& r) { return T::orderState(T::str(r, "state")); })
            .withTone([](const QJsonObject& r) { return T::orderTone(T::str(r, "state")); }),
        Column(QStringLiteral("gross"), PurchaseOrderList::tr("Gross"), K::Money),
        Column(QStringLiteral("currency"), PurchaseOrderList::tr("Currency")).notSortable(),
    };
}
} // namespace

PurchaseOrderList::PurchaseOrderList(InventoryClient& client, QWidget* parent)
    : ListPage(parent)
    , m_client(client)
    , m_state(new QComboBox(this))
    , m_supplier(new QComboBox(this))
{
    setObjectName(QStringLiteral("purchaseOrderList"));
    auto* model = new RemoteTableModel(client.api(), QStringLiteral("purchasing.order.list"),
                                       orderColumns(), this);
    model->setEntity(QStringLiteral("purchasing.order"));
    model->setSortExpression(QStringLiteral("-order_date"));
    setModel(model);
    setExportName(tr("Purchase orders"));
    setInitialSort(3, Qt::DescendingOrder);
    view()->setItemDelegateForColumn(5, new StatusBadgeDelegate(view()));
    const QFontMetrics fm = view()->fontMetrics();
    const QList<int> widths{fm.horizontalAdvance(QStringLiteral("PO2026-000000")),
                            fm.horizontalAdvance(QStringLiteral("宁波华美塑料制品有限公司 XX")),
                            fm.horizontalAdvance(QStringLiteral("Warehouse")),
                            fm.horizontalAdvance(QStringLiteral("2026-11-27")),
                            fm.horizontalAdvance(QStringLiteral("2026-11-27")),
                            fm.horizontalAdvance(QStringLiteral("Partially received")) + 16,
                            fm.horizontalAdvance(QStringLiteral("1,000,000.00"))};
    for (int i = 0; i < widths.size(); ++i)
        view()->horizontalHeader()->resizeSection(i, widths.at(i) + 32);

    m_state->addItem(tr("All"), QString());
    m_state->addItem(tr("Open"), QStringLiteral("open"));
    for (const char* s :
         {"draft", "sent", "confirmed", "partially_received", "received", "cancelled"})
        m_state->addItem(T::orderState(QLatin1String(s)), QLatin1String(s));
    addFilterWidget(tr("State"), m_state);
    m_supplier->addItem(tr("All suppliers"), qint64(0));
    m_supplier->setMinimumContentsLength(20);
    addFilterWidget(tr("Supplier"), m_supplier);
    connect(m_state, &QComboBox::currentIndexChanged, this, &PurchaseOrderList::applyFilter);
    connect(m_supplier, &QComboBox::currentIndexChanged, this, &PurchaseOrderList::applyFilter);
    applyFilter();

    const bool canWrite = client.may(InventoryClient::Perm::orderWrite());
    setEmptyTexts(canWrite ? tr("No purchase orders yet — press Ctrl+N to order from a "
                                "supplier, or use Replenishment.")
                           : tr("No purchase orders yet."),
                  tr("No purchase order matches the search or filters."));
    searchEdit()->setPlaceholderText(tr("Number or supplier… (Ctrl+F)"));
    m_new = addPageAction(Theme::icon(QStringLiteral("document-new"), QStyle::SP_FileIcon),
                          tr("New Purchase Order…"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_new->setVisible(canWrite);
    m_open = addPageAction(
        Theme::icon(QStringLiteral("document-properties"), QStyle::SP_FileDialogDetailedView),
        tr("Open…"));
    m_receive =
        addPageAction(Theme::icon(QStringLiteral("go-down"), QStyle::SP_ArrowDown), tr("Receive…"));
    m_receive->setVisible(client.may(InventoryClient::Perm::orderReceive()));
    connect(m_new, &QAction::triggered, this, [this] { openOrder(0); });
    connect(m_open, &QAction::triggered, this, [this] {
        if (currentId() > 0)
            openOrder(currentId());
    });
    connect(m_receive, &QAction::triggered, this, &PurchaseOrderList::receiveSelected);
    Print::addListPrintActions(
        *this, tr("the selected purchase order"), true,
        [this](qint64 id, Print::DocumentOutput::Mode mode) {
            m_client.getOrder(
                id, this,
                [this, mode](const QJsonObject& po) {
                    InventoryDocuments::presentPurchaseOrder(m_client.api(), this, po, mode);
                },
                [this](const Rpc::Error& e) { showMessage(ErrorText::describe(e)); });
        });
    connect(this, &ListPage::rowActivated, this,
            [this](const QJsonObject& row) { openOrder(T::id(row, "id")); });
    updateActions();
}

void PurchaseOrderList::showEvent(QShowEvent* event)
{
    if (!m_suppliersLoaded && m_client.may(InventoryClient::Perm::supplierRead()))
        loadSuppliers();
    ListPage::showEvent(event);
}

void PurchaseOrderList::loadSuppliers()
{
    m_suppliersLoaded = true;
    m_client.suppliers(
        QString(), this,
        [this](const QJsonObject& result) {
            const QSignalBlocker block(m_supplier);
            for (const QJsonValue& v : result.value(QLatin1String("rows")).toArray())
                m_supplier->addItem(T::str(v.toObject(), "name"), T::id(v.toObject(), "id"));
        },
        [](const Rpc::Error&) {});
}

void PurchaseOrderList::applyFilter()
{
    QJsonObject filter;
    const QString state = m_state->currentData().toString();
    if (state == QLatin1String("open"))
        filter.insert(QStringLiteral("state"),
                      QJsonArray{QStringLiteral("draft"), QStringLiteral("sent"),
                                 QStringLiteral("confirmed"),
                                 QStringLiteral("partially_received")});
    else if (!state.isEmpty())
        filter.insert(QStringLiteral("state"), state);
    if (m_supplier->currentData().toLongLong() > 0)
        filter.insert(QStringLiteral("supplier_id"), m_supplier->currentData().toLongLong());
    if (filter != model()->filter())
        model()->setFilter(filter);
}

bool PurchaseOrderList::hasActiveFilter() const
{
    return model() && (!model()->search().isEmpty() || m_supplier->currentIndex() > 0 ||
                       m_state->currentIndex() > 0);
}

void PurchaseOrderList::updateActions()
{
    if (!m_open)
        return;
    const QJsonObject row = currentRow();
    const QString state = T::str(row, "state");
    m_open->setEnabled(!row.isEmpty());
    m_receive->setEnabled(state == QLatin1String("confirmed") ||
                          state == QLatin1String("partially_received"));
}

void PurchaseOrderList::openOrder(qint64 id)
{
    auto* dialog = new PurchaseOrderDialog(m_client, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PurchaseOrderDialog::saved, this, [this](const QJsonObject& o) {
        showMessage(tr("Purchase order %1 saved (%2).")
                        .arg(T::str(o, "number"), T::orderState(T::str(o, "state"))));
        selectId(T::id(o, "id"));
    });
    dialog->open();
    emit dialogOpened(dialog);
}

void PurchaseOrderList::receiveSelected()
{
    const qint64 id = currentId();
    if (id <= 0)
        return;
    auto* dialog = new PurchaseOrderDialog(m_client, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PurchaseOrderDialog::saved, this, [this](const QJsonObject& o) {
        showMessage(tr("Purchase order %1: %2.")
                        .arg(T::str(o, "number"), T::orderState(T::str(o, "state"))));
    });
    // Once loaded, go straight to the receipt.
    connect(
        dialog, &PurchaseOrderDialog::loaded, dialog,
        [dialog] {
            if (QPushButton* receive = dialog->actionButton(QStringLiteral("receive"));
                receive && !receive->isHidden())
                dialog->runAction(QStringLiteral("receive"));
        },
        Qt::SingleShotConnection);
    dialog->open();
    emit dialogOpened(dialog);
}

} // namespace Erp::Client::Inventory
