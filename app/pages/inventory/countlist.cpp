#include "app/pages/inventory/countlist.h"

#include "app/models/remotetablemodel.h"
#include "app/net/errortext.h"
#include "app/pages/inventory/countdialog.h"
#include "app/pages/inventory/inventorydocuments.h"
#include "app/pages/inventory/inventorytext.h"
#include "app/print/printmenu.h"
#include "app/widgets/statusbadge.h"
#include "app/widgets/theme.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QTableView>

namespace Erp::Client::Inventory {

namespace {
using T = InventoryText;

QList<Column> countColumns()
{
    return {
        Column(QStringLiteral("number"), CountList::tr("Number")),
        Column(QStringLiteral("warehouse_code"), CountList::tr("Warehouse")).notSortable(),
        Column(QStringLiteral("category"), CountList::tr("Category"))
            .notSortable()
            .withText([](const QJsonObject& r) {
                const QString c = T::str(r, "category");
                return c.isEmpty() ? CountList::tr("all") : c;
            }),
        Column(QStringLiteral("state"), CountList::tr("State"))
            .notSortable()
            .withText([](const QJsonObject& r) { return T::countState(T::str(r, "state")); })
            .withTone([](const QJsonObject& r) { return T::countTone(T::str(r, "state")); }),
        Column(QStringLiteral("created_at"), CountList::tr("Started"), Column::Kind::Date),
        Column(QStringLiteral("counted_count"), CountList::tr("Counted"))
            .notSortable()
            .withText([](const QJsonObject& r) {
                return CountList::tr("%1 of %2")
                    .arg(r.value(QLatin1String("counted_count")).toInteger())
                    .arg(r.value(QLatin1String("line_count")).toInteger());
            }),
    };
}
} // namespace

CountList::CountList(InventoryClient& client, QWidget* parent)
    : ListPage(parent)
    , m_client(client)
    , m_state(new QComboBox(this))
{
    setObjectName(QStringLiteral("countList"));
    auto* model = new RemoteTableModel(client.api(), QStringLiteral("inventory.count.list"),
                                       countColumns(), this);
    model->setEntity(QStringLiteral("inventory.count"));
    model->setSortExpression(QStringLiteral("-created_at"));
    setModel(model);
    setExportName(tr("Stock counts"));
    setInitialSort(4, Qt::DescendingOrder);
    view()->setItemDelegateForColumn(3, new StatusBadgeDelegate(view()));
    const QFontMetrics fm = view()->fontMetrics();
    const QList<int> widths{fm.horizontalAdvance(QStringLiteral("SC2026-000000")),
                            fm.horizontalAdvance(QStringLiteral("Warehouse")),
                            fm.horizontalAdvance(QStringLiteral("Kitchenware")),
                            fm.horizontalAdvance(QStringLiteral("Cancelled")) + 16,
                            fm.horizontalAdvance(QStringLiteral("2026-11-27 08:15 PM"))};
    for (int i = 0; i < widths.size(); ++i)
        view()->horizontalHeader()->resizeSection(i, widths.at(i) + 32);
    m_state->addItem(tr("All"), QString());
    m_state->addItem(T::countState(QStringLiteral("open")), QStringLiteral("open"));
    m_state->addItem(T::countState(QStringLiteral("posted")), QStringLiteral("posted"));
    m_state->addItem(T::countState(QStringLiteral("cancelled")), QStringLiteral("cancelled"));
    addFilterWidget(tr("State"), m_state);
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const QString s = m_state->currentData().toString();
        this->model()->setFilter(s.isEmpty() ? QJsonObject()
                                             : QJsonObject{{QStringLiteral("state"), s}});
    });
    setSearchVisible(false);
    const bool canWrite = client.may(InventoryClient::Perm::countWrite());
    setEmptyTexts(canWrite ? tr("No stock counts yet — click New Count… to count a warehouse.")
                           : tr("No stock counts yet."),
                  tr("No count in this state."));
    m_new = addPageAction(Theme::icon(QStringLiteral("document-new"), QStyle::SP_FileIcon),
                          tr("New Count…"));
    m_new->setVisible(canWrite);
    m_open = addPageAction(
        Theme::icon(QStringLiteral("document-properties"), QStyle::SP_FileDialogDetailedView),
        tr("Open…"));
    Print::addListPrintActions(
        *this, tr("the selected count's sheet"), true,
        [this](qint64 id, Print::DocumentOutput::Mode mode) {
            m_client.getCount(
                id, this,
                [this, mode](const QJsonObject& count) {
                    InventoryDocuments::presentCountSheet(m_client.api(), this, count, mode);
                },
                [this](const Rpc::Error& e) { showMessage(ErrorText::describe(e)); });
        });
    connect(m_new, &QAction::triggered, this, &CountList::newCount);
    connect(m_open, &QAction::triggered, this, [this] {
        if (currentId() > 0)
            openCount(currentId());
    });
    connect(this, &ListPage::rowActivated, this,
            [this](const QJsonObject& row) { openCount(T::id(row, "id")); });
    updateActions();
}

bool CountList::hasActiveFilter() const
{
    return m_state && m_state->currentIndex() > 0;
}

void CountList::updateActions()
{
    if (m_open)
        m_open->setEnabled(currentId() > 0);
}

void CountList::newCount()
{
    auto* dialog = new NewCountDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewCountDialog::created, this, [this](const QJsonObject& count) {
        model()->refresh();
        selectId(T::id(count, "id"));
        QMetaObject::invokeMethod(
            this, [this, count] { showCountDialog(count); }, Qt::QueuedConnection);
    });
    dialog->open();
    emit dialogOpened(dialog);
}

void CountList::openCount(qint64 id)
{
    m_client.getCount(
        id, this, [this](const QJsonObject& count) { showCountDialog(count); },
        [this](const Rpc::Error& e) {
            QMessageBox::warning(this, tr("Stock Count"), ErrorText::describe(e));
        });
}

void CountList::showCountDialog(const QJsonObject& count)
{
    auto* dialog = new CountDialog(m_client, count, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CountDialog::changed, this, [this](const QJsonObject& c) {
        const QString state = T::str(c, "state");
        if (state == QLatin1String("posted"))
            showMessage(tr("Count %1 posted.").arg(T::str(c, "number")));
        else if (state == QLatin1String("cancelled"))
            showMessage(tr("Count %1 cancelled.").arg(T::str(c, "number")));
    });
    dialog->open();
    emit dialogOpened(dialog);
}

} // namespace Erp::Client::Inventory
