#include "app/pages/finance/trialbalance.h"

#include "app/export/exportrunner.h"
#include "app/export/tableexporter.h"
#include "app/net/errortext.h"
#include "app/pages/finance/accountcache.h"
#include "app/pages/finance/financeclient.h"
#include "app/pages/finance/financetext.h"
#include "app/pages/finance/ledgerdialog.h"
#include "app/widgets/busyindicator.h"
#include "app/widgets/statusbadge.h"
#include "app/widgets/theme.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Erp::Client::Finance {

namespace {
using T = FinanceText;
constexpr int RowRole = Qt::UserRole + 1;

const char* const AmountKeys[] = {"opening_debit", "opening_credit", "debit",
                                  "credit",        "closing_debit",  "closing_credit"};

QDate monthOf(const QString& period)
{
    return QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate);
}
} // namespace

TrialBalance::TrialBalance(FinanceClient& client, AccountCache& accounts, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_accounts(accounts)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_badge(new StatusBadge(this))
    , m_message(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_tree(new QTreeWidget(this))
    , m_runner(new ExportRunner(client.api(), this))
{
    setObjectName(QStringLiteral("trialBalance"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
        edit->setDate(QDate::currentDate());
    }
    m_from->setObjectName(QStringLiteral("fromMonth"));
    m_to->setObjectName(QStringLiteral("toMonth"));
    m_refresh->setIcon(Theme::icon(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setIcon(Theme::icon(QStringLiteral("document-export"), QStyle::SP_DialogSaveButton));
    m_export->setToolTip(tr("Export the trial balance as shown to Excel (XLSX) or CSV (Ctrl+E)"));
    m_badge->setObjectName(QStringLiteral("balancedBadge"));
    m_message->setObjectName(QStringLiteral("trialMessage"));
    m_message->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("From"), this));
    top->addWidget(m_from);
    top->addWidget(new QLabel(tr("to"), this));
    top->addWidget(m_to);
    top->addWidget(m_refresh);
    top->addWidget(m_busy);
    top->addSpacing(16);
    top->addWidget(m_badge);
    top->addStretch(1);
    top->addWidget(m_export);

    m_tree->setObjectName(QStringLiteral("trialTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Code"), tr("Account"), tr("Opening debit"), tr("Opening credit"),
                             tr("Period debit"), tr("Period credit"), tr("Closing debit"),
                             tr("Closing credit")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    for (int c = OpeningDebitCol; c < ColumnCount; ++c)
        m_tree->headerItem()->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    const QFontMetrics fm = m_tree->fontMetrics();
    m_tree->header()->resizeSection(CodeCol,
                                    fm.horizontalAdvance(QStringLiteral("222101 XXXX")) + 40);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NameCol, QHeaderView::Stretch);
    for (int c = OpeningDebitCol; c < ColumnCount; ++c)
        m_tree->header()->resizeSection(c,
                                        fm.horizontalAdvance(QStringLiteral("10,000,000.00")) + 24);

    auto* hint =
        new QLabel(tr("Enter or double-click an account: its ledger for these months"), this);
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedTextColor());
    hint->setPalette(muted);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_message);
    layout->addWidget(hint);

    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    connect(debounce, &QTimer::timeout, this, &TrialBalance::reload);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_refresh, &QPushButton::clicked, this, &TrialBalance::reload);
    connect(m_export, &QPushButton::clicked, this, &TrialBalance::exportReport);
    auto* exportKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    exportKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportKey, &QShortcut::activated, this, &TrialBalance::exportReport);
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { openLedger(item); });
    connect(m_runner, &ExportRunner::message, m_message, &QLabel::setText);
    connect(&client.api(), &ApiClient::eventChanged, this, [this, debounce](const QString& e) {
        if (!m_started ||
            (e != QLatin1String("finance.entry") && e != QLatin1String("finance.account")))
            return;
        if (isVisible())
            debounce->start();
        else
            m_stale = true; // read again when shown
    });
    m_export->setEnabled(false);
}

void TrialBalance::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_started || m_stale)
        reload();
}

void TrialBalance::reload()
{
    m_started = true;
    m_stale = false;
    m_busy->setRunning(true);
    const QString from =
        m_rangeSet ? m_from->date().toString(QStringLiteral("yyyy-MM")) : QString();
    const QString to = m_rangeSet ? m_to->date().toString(QStringLiteral("yyyy-MM")) : QString();
    m_client.trialBalance(
        from, to, this,
        [this](const QJsonObject& report) {
            m_busy->setRunning(false);
            m_message->clear();
            fill(report);
        },
        [this](const Rpc::Error& e) {
            m_busy->setRunning(false);
            m_message->setText(ErrorText::describe(e));
        });
}

void TrialBalance::fill(const QJsonObject& report)
{
    m_report = report;
    if (!m_rangeSet) {
        const QSignalBlocker b1(m_from);
        const QSignalBlocker b2(m_to);
        m_from->setDate(monthOf(T::str(report, "from")));
        m_to->setDate(monthOf(T::str(report, "to")));
        m_rangeSet = true;
    }
    const QString selected =
        m_tree->currentItem() ? m_tree->currentItem()->text(CodeCol) : QString();
    m_tree->clear();
    // Rows come in code order with their level: a row's parent is the last row one level up.
    QList<QTreeWidgetItem*> path;
    QTreeWidgetItem* current = nullptr;
    const auto setAmounts = [](QTreeWidgetItem* item, const QJsonObject& r) {
        for (int i = 0; i < 6; ++i) {
            item->setText(OpeningDebitCol + i, T::moneyOrBlank(T::str(r, AmountKeys[i])));
            item->setTextAlignment(OpeningDebitCol + i, Qt::AlignRight | Qt::AlignVCenter);
        }
    };
    for (const QJsonValue& v : report.value(QLatin1String("rows")).toArray()) {
        const QJsonObject r = v.toObject();
        const int level = qMax(1, int(T::id(r, "level")));
        while (path.size() >= level)
            path.removeLast();
        QTreeWidgetItem* parent = path.isEmpty() ? nullptr : path.last();
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(CodeCol, T::str(r, "code"));
        item->setText(NameCol, T::accountName(r));
        setAmounts(item, r);
        item->setData(CodeCol, RowRole, r);
        if (level == 1) {
            QFont bold = item->font(CodeCol);
            bold.setBold(true);
            for (int c = 0; c < ColumnCount; ++c)
                item->setFont(c, bold);
        }
        while (path.size() < level - 1)
            path.append(item); // a gap in the levels: keep the depth
        path.append(item);
        if (item->text(CodeCol) == selected)
            current = item;
    }
    m_tree->expandAll();
    auto* total = new QTreeWidgetItem(m_tree);
    total->setText(NameCol, tr("Total"));
    setAmounts(total, report.value(QLatin1String("totals")).toObject());
    for (int i = 0; i < 6; ++i)
        if (total->text(OpeningDebitCol + i).isEmpty())
            total->setText(OpeningDebitCol + i, T::money(QStringLiteral("0.00")));
    QFont bold = total->font(NameCol);
    bold.setBold(true);
    for (int c = 0; c < ColumnCount; ++c) {
        total->setFont(c, bold);
        total->setBackground(c, palette().color(QPalette::AlternateBase).darker(106));
    }
    total->setFlags(Qt::ItemIsEnabled);
    if (current)
        m_tree->setCurrentItem(current);

    const bool balanced = isBalanced();
    m_badge->setStatus(balanced ? tr("Balanced") : tr("Not balanced"),
                       balanced ? Column::Tone::Done : Column::Tone::Problem);
    m_badge->setToolTip(balanced ? tr("Opening, period and closing debits equal the credits.")
                                 : tr("Debits and credits differ: run the check under Periods."));
    m_export->setEnabled(true);
    m_loaded = true;
    if (report.value(QLatin1String("rows")).toArray().isEmpty())
        m_message->setText(tr("Nothing was booked in these months."));
}

bool TrialBalance::isBalanced() const
{
    return m_report.value(QLatin1String("balanced")).toBool();
}

QTreeWidgetItem* TrialBalance::itemOfCode(const QString& code) const
{
    const QList<QTreeWidgetItem*> found =
        m_tree->findItems(code, Qt::MatchExactly | Qt::MatchRecursive, CodeCol);
    return found.isEmpty() ? nullptr : found.first();
}

QDialog* TrialBalance::openLedger(QTreeWidgetItem* item)
{
    if (!item)
        return nullptr;
    const QJsonObject row = item->data(CodeCol, RowRole).toJsonObject();
    if (row.isEmpty())
        return nullptr; // the totals
    const QDate from = monthOf(T::str(m_report, "from"));
    const QDate to = monthOf(T::str(m_report, "to"));
    auto* dialog =
        new LedgerDialog(m_client, m_accounts, row, from, to.addMonths(1).addDays(-1), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LedgerDialog::sourceRequested, this, &TrialBalance::sourceRequested);
    dialog->open();
    emit ledgerOpened(dialog);
    return dialog;
}

void TrialBalance::exportReport()
{
    if (!m_loaded)
        return;
    using K = Column::Kind;
    ExportRequest request;
    request.title =
        tr("Trial balance %1 – %2").arg(T::str(m_report, "from"), T::str(m_report, "to"));
    request.columns = {
        Column(QStringLiteral("code"), tr("Code")).exportAs(Column::Export::Digits),
        Column(QStringLiteral("account"), tr("Account")),
        Column(QStringLiteral("opening_debit"), tr("Opening debit"), K::Money),
        Column(QStringLiteral("opening_credit"), tr("Opening credit"), K::Money),
        Column(QStringLiteral("debit"), tr("Period debit"), K::Money),
        Column(QStringLiteral("credit"), tr("Period credit"), K::Money),
        Column(QStringLiteral("closing_debit"), tr("Closing debit"), K::Money),
        Column(QStringLiteral("closing_credit"), tr("Closing credit"), K::Money),
    };
    for (const QJsonValue& v : m_report.value(QLatin1String("rows")).toArray()) {
        QJsonObject r = v.toObject();
        // Indented as on screen, so the levels read in a spreadsheet too.
        r.insert(QStringLiteral("account"),
                 QString(2 * (int(T::id(r, "level")) - 1), QLatin1Char(' ')) + T::accountName(r));
        request.rows.append(r);
    }
    QJsonObject total = m_report.value(QLatin1String("totals")).toObject();
    total.insert(QStringLiteral("account"), tr("Total"));
    request.rows.append(total);
    m_runner->run(request, tr("Trial balance"), tr("Export Trial Balance"));
}

} // namespace Erp::Client::Finance
