#include "app/pages/finance/entrylist.h"

#include "app/models/remotetablemodel.h"
#include "app/pages/finance/financeclient.h"
#include "app/pages/finance/financetext.h"
#include "app/pages/finance/voucherdialog.h"
#include "app/widgets/statusbadge.h"
#include "app/widgets/theme.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

namespace Erp::Client::Finance {

namespace {
using T = FinanceText;

enum Col { DateCol, NumberCol, JournalCol, DescriptionCol, TotalCol, StateCol, SourceCol };

QList<Column> entryColumns()
{
    using K = Column::Kind;
    return {
        Column(QStringLiteral("date"), EntryList::tr("Date"), K::Date),
        Column(QStringLiteral("number"), EntryList::tr("Number"))
            .exportAs(Column::Export::Text)
            .withText([](const QJsonObject& r) {
                const QString n = T::str(r, "number");
                return n.isEmpty() ? EntryList::tr("(draft)") : n;
            }),
        Column(QStringLiteral("journal"), EntryList::tr("Journal"))
            .withText([](const QJsonObject& r) { return T::journal(T::str(r, "journal")); }),
        Column(QStringLiteral("description"), EntryList::tr("Description")).notSortable(),
        Column(QStringLiteral("debit_total"), EntryList::tr("Total"), K::Money)
            .sortBy(QStringLiteral("total")),
        Column(QStringLiteral("state"), EntryList::tr("State"))
            .withText([](const QJsonObject& r) { return T::entryState(T::str(r, "state")); })
            .withTone([](const QJsonObject& r) { return T::entryTone(T::str(r, "state")); }),
        Column(QStringLiteral("source_ref"), EntryList::tr("Source"))
            .notSortable()
            .withText([](const QJsonObject& r) {
                QString text = T::source(r);
                if (T::id(r, "reversal_of") > 0)
                    text = EntryList::tr("%1 · reversal").arg(text);
                else if (T::id(r, "reversed_by") > 0)
                    text = EntryList::tr("%1 · reversed").arg(text);
                return text;
            }),
    };
}
} // namespace

EntryList::EntryList(FinanceClient& client, AccountCache& accounts, QWidget* parent)
    : ListPage(parent)
    , m_client(client)
    , m_accounts(accounts)
    , m_journal(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_period(new QComboBox(this))
{
    setObjectName(QStringLiteral("entryList"));
    auto* model = new RemoteTableModel(client.api(), QStringLiteral("finance.entry.list"),
                                       entryColumns(), this);
    model->setEntity(QStringLiteral("finance.entry"));
    model->setSortExpression(QStringLiteral("-date"));
    setModel(model);
    setExportName(tr("Journal entries"));
    setInitialSort(DateCol, Qt::DescendingOrder);
    view()->setItemDelegateForColumn(StateCol, new StatusBadgeDelegate(view()));
    const QFontMetrics fm = view()->fontMetrics();
    const QList<int> widths{fm.horizontalAdvance(QStringLiteral("2026-11-27")),
                            fm.horizontalAdvance(QStringLiteral("记-2026-000000")),
                            fm.horizontalAdvance(QStringLiteral("Purchases")),
                            fm.horizontalAdvance(QStringLiteral("支付办公室租金 2026-03 XXXXXXXX")),
                            fm.horizontalAdvance(QStringLiteral("1,000,000.00")),
                            fm.horizontalAdvance(QStringLiteral("Posted")) + 16};
    for (int i = 0; i < widths.size(); ++i)
        view()->horizontalHeader()->resizeSection(i, widths.at(i) + 28);

    m_journal->addItem(tr("All journals"), QString());
    for (const QString& j : T::journals())
        m_journal->addItem(T::journal(j), j);
    addFilterWidget(tr("Journal"), m_journal);
    m_state->addItem(tr("All"), QString());
    m_state->addItem(T::entryState(QStringLiteral("draft")), QStringLiteral("draft"));
    m_state->addItem(T::entryState(QStringLiteral("posted")), QStringLiteral("posted"));
    addFilterWidget(tr("State"), m_state);
    m_period->addItem(tr("All periods"), QString());
    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    for (int i = 0; i < 24; ++i) {
        const QString p = thisMonth.addMonths(-i).toString(QStringLiteral("yyyy-MM"));
        m_period->addItem(p, p);
    }
    addFilterWidget(tr("Period"), m_period);
    for (QComboBox* box : {m_journal, m_state, m_period})
        connect(box, &QComboBox::currentIndexChanged, this, &EntryList::applyFilter);

    const bool canWrite = client.may(FinanceClient::Perm::entryWrite());
    setEmptyTexts(canWrite ? tr("No journal entries yet — press Ctrl+N to write a voucher.")
                           : tr("No journal entries yet."),
                  tr("No entry matches the search or filters."));
    searchEdit()->setPlaceholderText(tr("Number, description or source… (Ctrl+F)"));
    m_new = addPageAction(Theme::icon(QStringLiteral("document-new"), QStyle::SP_FileIcon),
                          tr("New Voucher…"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_new->setVisible(canWrite);
    m_open = addPageAction(
        Theme::icon(QStringLiteral("document-properties"), QStyle::SP_FileDialogDetailedView),
        tr("Open…"));
    connect(m_new, &QAction::triggered, this, [this] { openEntry(0); });
    connect(m_open, &QAction::triggered, this, [this] {
        if (currentId() > 0)
            openEntry(currentId());
    });
    connect(this, &ListPage::rowActivated, this,
            [this](const QJsonObject& row) { openEntry(T::id(row, "id")); });
    updateActions();
}

void EntryList::applyFilter()
{
    QJsonObject filter;
    if (!m_journal->currentData().toString().isEmpty())
        filter.insert(QStringLiteral("journal"), m_journal->currentData().toString());
    if (!m_state->currentData().toString().isEmpty())
        filter.insert(QStringLiteral("state"), m_state->currentData().toString());
    if (!m_period->currentData().toString().isEmpty())
        filter.insert(QStringLiteral("period"), m_period->currentData().toString());
    if (filter != model()->filter())
        model()->setFilter(filter);
}

bool EntryList::hasActiveFilter() const
{
    return model() && (!model()->search().isEmpty() || !model()->filter().isEmpty());
}

void EntryList::updateActions()
{
    if (m_open)
        m_open->setEnabled(currentId() > 0);
}

QDialog* EntryList::openEntry(qint64 id)
{
    auto* dialog = new VoucherDialog(m_client, m_accounts, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VoucherDialog::saved, this, [this](const QJsonObject& e) {
        if (!T::str(e, "number").isEmpty())
            showMessage(tr("Entry %1 posted.").arg(T::str(e, "number")));
        if (T::id(e, "id") > 0 && !e.value(QLatin1String("discarded")).toBool())
            selectId(T::id(e, "id"));
    });
    connect(dialog, &VoucherDialog::sourceRequested, this, &EntryList::sourceRequested);
    dialog->open();
    emit dialogOpened(dialog);
    return dialog;
}

} // namespace Erp::Client::Finance
