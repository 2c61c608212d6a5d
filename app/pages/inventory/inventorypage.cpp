#include "app/pages/inventory/inventorypage.h"

#include "app/pages/inventory/countlist.h"
#include "app/pages/inventory/moveslist.h"
#include "app/pages/inventory/productlist.h"
#include "app/pages/inventory/purchaseorderlist.h"
#include "app/pages/inventory/replenishment.h"
#include "app/pages/inventory/stocklevels.h"
#include "app/pages/inventory/supplierlist.h"
#include "app/pages/inventory/warehouselist.h"
#include "app/widgets/theme.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

namespace Erp::Client::Inventory {

using P = InventoryClient::Perm;

InventoryPage::InventoryPage(ApiClient& api, QWidget* parent)
    : ModulePage(parent)
    , m_client(api)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("inventoryPage"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_nav->setObjectName(QStringLiteral("inventoryNavigation"));
    m_nav->setIconSize(QSize(16, 16));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSpacing(1);
    QPalette navPalette = m_nav->palette();
    navPalette.setColor(QPalette::Base, palette().color(QPalette::Window));
    m_nav->setPalette(navPalette);
    layout->addWidget(m_nav);
    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);

    const auto icon = [](const char* name, QStyle::StandardPixmap fallback) {
        return Theme::icon(QLatin1String(name), fallback);
    };
    if (api.hasPermission(P::productRead())) {
        m_products = new ProductList(m_client, m_stack);
        addSection(Products, tr("Products"), icon("package-x-generic", QStyle::SP_FileIcon),
                   m_products, [this] { m_products->refresh(); });
    }
    if (api.hasPermission(P::stockRead())) {
        m_stock = new StockLevels(m_client, m_stack);
        addSection(Stock, tr("Stock by Warehouse"), icon("go-home", QStyle::SP_DirHomeIcon),
                   m_stock, [this] { m_stock->refresh(); });
        m_moves = new MovesList(m_client, m_stack);
        addSection(Moves, tr("Stock Moves"),
                   icon("view-list-details", QStyle::SP_FileDialogListView), m_moves,
                   [this] { m_moves->refresh(); });
        m_low = new LowStockList(m_client, m_stack);
        addSection(LowStock, tr("Low Stock"), icon("dialog-warning", QStyle::SP_MessageBoxWarning),
                   m_low, [this] { m_low->refresh(); });
    }
    if (api.hasPermission(P::countRead())) {
        m_counts = new CountList(m_client, m_stack);
        addSection(Counts, tr("Stock Counts"),
                   icon("edit-paste", QStyle::SP_FileDialogDetailedView), m_counts,
                   [this] { m_counts->refresh(); });
    }
    if (api.hasPermission(P::orderRead())) {
        m_orders = new PurchaseOrderList(m_client, m_stack);
        addSection(PurchaseOrders, tr("Purchase Orders"),
                   icon("document-send", QStyle::SP_FileDialogNewFolder), m_orders,
                   [this] { m_orders->refresh(); });
    }
    if (api.hasPermission(P::supplierRead())) {
        m_suppliers = new SupplierList(m_client, m_stack);
        addSection(Suppliers, tr("Suppliers"),
                   icon("x-office-address-book", QStyle::SP_DirHomeIcon), m_suppliers,
                   [this] { m_suppliers->refresh(); });
    }
    if (api.hasPermission(P::replenishmentRead())) {
        m_replenishment = new Replenishment(m_client, m_stack);
        addSection(Replenish, tr("Replenishment"), icon("view-refresh", QStyle::SP_BrowserReload),
                   m_replenishment, [this] { m_replenishment->refresh(); });
        if (m_orders)
            connect(m_replenishment, &Replenishment::ordersCreated, m_orders,
                    [this] { m_orders->refresh(); });
    }
    if (api.hasPermission(P::warehouseRead())) {
        m_warehouses = new WarehouseList(m_client, m_stack);
        addSection(Warehouses, tr("Warehouses"), icon("network-server", QStyle::SP_DriveNetIcon),
                   m_warehouses, [this] { m_warehouses->refresh(); });
    }
    if (m_low && m_replenishment)
        connect(m_low, &LowStockList::replenishRequested, this, [this] { showSection(Replenish); });

    int width = 0;
    for (int i = 0; i < m_nav->count(); ++i)
        width = qMax(width, m_nav->fontMetrics().horizontalAdvance(m_nav->item(i)->text()));
    m_nav->setFixedWidth(width + 56);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(0);
}

InventoryPage::~InventoryPage() = default;

void InventoryPage::addSection(Section section, const QString& title, const QIcon& icon,
                               QWidget* widget, std::function<void()> refresh)
{
    auto* item = new QListWidgetItem(icon, title, m_nav);
    item->setSizeHint(QSize(0, m_nav->fontMetrics().height() + 14));
    m_stack->addWidget(widget);
    m_sections.append(section);
    m_refresh.append(std::move(refresh));
}

void InventoryPage::applyDisabledModules(const QSet<QString>& disabled)
{
    int firstShown = -1;
    for (int i = 0; i < m_sections.size(); ++i) {
        const Section s = m_sections.at(i);
        const bool purchasing = s == PurchaseOrders || s == Suppliers || s == Replenish;
        const bool hidden = disabled.contains(purchasing ? QStringLiteral("purchasing")
                                                         : QStringLiteral("inventory"));
        m_nav->item(i)->setHidden(hidden);
        if (!hidden && firstShown < 0)
            firstShown = i;
    }
    const int current = m_nav->currentRow();
    if (firstShown >= 0 && (current < 0 || m_nav->item(current)->isHidden()))
        m_nav->setCurrentRow(firstShown);
}

bool InventoryPage::isAvailable(const ApiClient& api)
{
    for (const QString& p : {P::productRead(), P::stockRead(), P::countRead(), P::orderRead(),
                             P::supplierRead(), P::replenishmentRead(), P::warehouseRead()}) {
        if (api.hasPermission(p))
            return true;
    }
    return false;
}

QString InventoryPage::title() const
{
    return tr("Inventory");
}

QIcon InventoryPage::icon() const
{
    return Theme::icon(QStringLiteral("package-x-generic"), QStyle::SP_DriveHDIcon);
}

void InventoryPage::refresh()
{
    const int index = m_stack->currentIndex();
    if (index >= 0 && index < m_refresh.size())
        m_refresh.at(index)();
}

bool InventoryPage::open(const QString& target)
{
    static const QHash<QString, Section> sections{
        {QStringLiteral("inventory/products"), Products},
        {QStringLiteral("inventory/stock"), Stock},
        {QStringLiteral("inventory/moves"), Moves},
        {QStringLiteral("inventory/low"), LowStock},
        {QStringLiteral("inventory/counts"), Counts},
        {QStringLiteral("inventory/purchase-orders"), PurchaseOrders},
        {QStringLiteral("inventory/suppliers"), Suppliers},
        {QStringLiteral("inventory/replenishment"), Replenish},
        {QStringLiteral("inventory/warehouses"), Warehouses},
    };
    if (target == QLatin1String("inventory"))
        return true;
    // A document opened from elsewhere (a journal entry's source).
    const qint64 id = target.section(QLatin1Char('/'), 2).toLongLong();
    if (target.startsWith(QLatin1String("inventory/purchase-order/")) && id > 0 && m_orders) {
        showSection(PurchaseOrders);
        m_orders->openOrder(id);
        return true;
    }
    if (target.startsWith(QLatin1String("inventory/count/")) && id > 0 && m_counts) {
        showSection(Counts);
        m_counts->openCount(id);
        return true;
    }
    const auto it = sections.constFind(target);
    return it != sections.constEnd() && showSection(*it);
}

bool InventoryPage::showSection(Section section)
{
    const int index = int(m_sections.indexOf(section));
    if (index < 0)
        return false;
    m_nav->setCurrentRow(index);
    return true;
}

QWidget* InventoryPage::section(Section section) const
{
    const int index = int(m_sections.indexOf(section));
    return index < 0 ? nullptr : m_stack->widget(index);
}

} // namespace Erp::Client::Inventory
