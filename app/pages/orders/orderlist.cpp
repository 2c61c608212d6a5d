#include "app/pages/orders/orderlist.h"

#include "app/models/remotetablemodel.h"
#include "app/net/errortext.h"
#include "app/pages/orders/orderdialog.h"
#include "app/pages/orders/orderdocuments.h"
#include "app/pages/orders/ordertext.h"
#include "app/print/printmenu.h"
#include "app/widgets/chipbar.h"
#include "app/widgets/columnchooser.h"
#include "app/widgets/importwizard.h"
#include "app/widgets/statusbadge.h"
#include "app/widgets/theme.h"

#include <QAction>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>

namespace Erp::Client::Orders {

namespace {
QString state(const QJsonObject& row)
{
    return row.value(QLatin1String("state")).toString();
}

QList<Column> orderColumns()
{
    using K = Column::Kind;
    return {
        Column(QStringLiteral("number"), OrderList::tr("Number")),
        Column(QStringLiteral("customer_name"), OrderList::tr("Customer")),
        Column(QStringLiteral("order_date"), OrderList::tr("Order date"), K::Date),
        Column(QStringLiteral("requested_date"), OrderList::tr("Requested"), K::Date),
        Column(QStringLiteral("channel"), OrderList::tr("Channel"))
            .notSortable()
            .withText([](const QJsonObject& row) {
                return OrderText::channel(row.value(QLatin1String("channel")).toString());
            }),
        Column(QStringLiteral("external_ref"), OrderList::tr("External ref.")).notSortable(),
        Column(QStringLiteral("state"), OrderList::tr("State"))
            .withText([](const QJsonObject& row) {
                QString text = OrderText::state(state(row));
                if (row.value(QLatin1String("has_backorder")).toBool())
                    //: A state with a backorder, e.g. "Allocated · backorder"
                    text = OrderList::tr("%1 · backorder").arg(text);
                return text;
            })
            .withTone([](const QJsonObject& row) { return OrderText::stateTone(state(row)); }),
        Column(QStringLiteral("gross"), OrderList::tr("Gross"), K::Money)
            .align(Qt::AlignRight | Qt::AlignVCenter)
            .withText([](const QJsonObject& row) {
                return OrderText::money(row.value(QLatin1String("gross")).toString(),
                                        row.value(QLatin1String("currency")).toString());
            }),
    };
}

QString chipText(const QString& key)
{
    if (key == QLatin1String("all"))
        return OrderList::tr("All");
    if (key == QLatin1String("backorders"))
        return OrderList::tr("Backorders");
    return OrderText::state(key);
}
} // namespace

OrderList::OrderList(ApiClient& api, QWidget* parent)
    : ListPage(parent)
    , m_client(api)
{
    setObjectName(QStringLiteral("orderList"));
    const QList<Column> columns = orderColumns();
    auto* model = new RemoteTableModel(api, OrderClient::listMethod(), columns, this);
    model->setEntity(OrderClient::entity());
    model->setSortExpression(QStringLiteral("-order_date"));
    setModel(model);
    setExportName(tr("Sales orders"));
    setInitialSort(OrderDateCol, Qt::DescendingOrder);
    addFilterWidget(QString(), buildChips());

    view()->setItemDelegateForColumn(StateCol, new StatusBadgeDelegate(view()));
    QHeaderView* header = view()->horizontalHeader();
    const QFontMetrics fm = view()->fontMetrics();
    const auto fit = [&](const QString& sample, int column) {
        const int title =
            fm.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString());
        header->resizeSection(column, qMax(fm.horizontalAdvance(sample), title + 14) + 24);
    };
    const QStringList samples{QStringLiteral("SO2026-000000"),
                              QStringLiteral("Brightstar Logistics Pte. Ltd"),
                              QStringLiteral("2026-11-27"),
                              QStringLiteral("2026-11-27"),
                              OrderText::channel(QStringLiteral("walk_in")),
                              QStringLiteral("TM-20261127-0001"),
                              OrderText::state(QStringLiteral("submitted")) +
                                  QStringLiteral(" · backorder"),
                              QStringLiteral("¥1,000,000.00")};
    for (int i = 0; i < samples.size(); ++i)
        fit(samples.at(i), i);
    header->setSectionsMovable(false);
    QStringList keys;
    for (const Column& c : columns)
        keys.append(c.key);
    const Session& s = api.session();
    m_columns = new ColumnChooser(
        view(), keys,
        QStringLiteral("orders/hiddenColumns/%1@%2").arg(s.username, api.serverName()), this);
    m_columns->setAlwaysVisible({QStringLiteral("number")});

    const bool canWrite = m_client.may(OrderClient::writePermission());
    setEmptyTexts(canWrite ? tr("No orders yet — press Ctrl+N to enter one.")
                           : tr("No orders yet."),
                  tr("No order matches the search or the chosen state. Clear the search box or "
                     "click All."));
    searchEdit()->setPlaceholderText(tr("Number, customer, external ref… (Ctrl+F)"));
    searchEdit()->setToolTip(
        tr("Finds any part of an order number, a customer's name or an external reference."));
    searchEdit()->setMinimumWidth(280);

    m_new = addPageAction(Theme::icon(QStringLiteral("document-new"), QStyle::SP_FileIcon),
                          tr("New Order…"));
    m_new->setObjectName(QStringLiteral("newOrder"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_new->setToolTip(tr("Enter a new order (Ctrl+N)"));
    m_new->setVisible(canWrite);
    addImportAction(*this, m_client.api(), QStringLiteral("sales.order"),
                    OrderClient::writePermission(), tr("Import Open Orders…"),
                    tr("Import open sales orders (one row per line, grouped by external "
                       "reference) from a CSV or Excel file"));
    m_open = addPageAction(
        Theme::icon(QStringLiteral("document-properties"), QStyle::SP_FileDialogDetailedView),
        tr("Open…"));
    m_open->setToolTip(tr("Open the selected order (Enter)"));
    Print::addListPrintActions(
        *this, tr("the selected order's quotation or confirmation"), true,
        [this](qint64 id, Print::DocumentOutput::Mode mode) {
            m_client.get(
                id, this,
                [this, mode](const Order& order) {
                    OrderDocuments::present(m_client.api(), this, order,
                                            QStringLiteral("confirmation"), mode);
                },
                [this](const Rpc::Error& e) { showMessage(ErrorText::describe(e)); });
        });
    connect(m_new, &QAction::triggered, this, [this] { openOrder(0); });
    connect(m_open, &QAction::triggered, this, [this] {
        if (currentId() > 0)
            openOrder(currentId());
    });
    connect(this, &ListPage::rowActivated, this, [this](const QJsonObject& row) {
        openOrder(row.value(QLatin1String("id")).toInteger());
    });
    updateActions();
}

OrderList::~OrderList() = default;

QStringList OrderList::chipKeys()
{
    QStringList keys{QStringLiteral("all")};
    keys += OrderText::states();
    keys.append(QStringLiteral("backorders"));
    return keys;
}

QWidget* OrderList::buildChips()
{
    auto* bar = new ChipBar(chipKeys(), &chipText, this);
    m_chips = bar->group();
    connect(bar, &ChipBar::chosen, this, [this] { model()->setFilter(filter()); });
    return bar;
}

void OrderList::setChip(const QString& key)
{
    const int id = int(chipKeys().indexOf(key));
    if (QAbstractButton* b = m_chips->button(id)) {
        b->setChecked(true);
        model()->setFilter(filter());
    }
}

QString OrderList::chip() const
{
    QAbstractButton* b = m_chips->checkedButton();
    return b ? b->property("chipKey").toString() : QStringLiteral("all");
}

QJsonObject OrderList::filter() const
{
    const QString key = chip();
    if (key == QLatin1String("all"))
        return {};
    if (key == QLatin1String("backorders"))
        return {{QStringLiteral("has_backorder"), true}};
    return {{QStringLiteral("state"), key}};
}

bool OrderList::hasActiveFilter() const
{
    return (model() && !model()->search().isEmpty()) || (m_chips && chip() != QLatin1String("all"));
}

void OrderList::updateActions()
{
    if (!m_open)
        return; // called by ListPage::setModel() before the actions exist
    m_open->setEnabled(currentId() > 0);
}

void OrderList::openOrder(qint64 id)
{
    auto* dialog = new OrderDialog(m_client, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrderDialog::saved, this, [this](const Order& order) {
        showMessage(tr("Order %1 saved (%2).").arg(order.number, OrderText::state(order.state)));
        selectId(order.id);
    });
    connect(dialog, &OrderDialog::navigate, this, &OrderList::navigate);
    dialog->open();
    emit dialogOpened(dialog);
}

} // namespace Erp::Client::Orders
