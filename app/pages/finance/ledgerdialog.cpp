#include "app/pages/finance/ledgerdialog.h"

#include "app/export/exportrunner.h"
#include "app/export/tableexporter.h"
#include "app/models/format.h"
#include "app/net/errortext.h"
#include "app/pages/finance/accountcache.h"
#include "app/pages/finance/financeclient.h"
#include "app/pages/finance/financetext.h"
#include "app/pages/finance/voucherdialog.h"
#include "app/widgets/busyindicator.h"
#include "app/widgets/theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace Erp::Client::Finance {

namespace {
using T = FinanceText;
} // namespace

LedgerModel::LedgerModel(FinanceClient& client, qint64 accountId, QDate from, QDate to,
                         QObject* parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_accountId(accountId)
    , m_from(from)
    , m_to(to)
{}

void LedgerModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_loaded = false;
    endResetModel();
    ++m_generation;
    m_busy = false;
    request(0);
}

void LedgerModel::fetchAll()
{
    m_fetchAll = true;
    if (m_loaded && m_rows.size() >= m_total) {
        m_fetchAll = false;
        emit allLoaded();
    } else if (m_loaded && !m_busy) {
        request(m_rows.size());
    }
}

void LedgerModel::request(qint64 offset)
{
    m_busy = true;
    const quint64 generation = m_generation;
    const int limit = m_fetchAll ? 1000 : m_pageSize;
    m_client.ledger(
        m_accountId, m_from.isValid() ? m_from.toString(Qt::ISODate) : QString(),
        m_to.isValid() ? m_to.toString(Qt::ISODate) : QString(), offset, limit, this,
        [this, generation, offset](const QJsonObject& result) {
            if (generation != m_generation)
                return;
            m_busy = false;
            const QJsonArray rows = result.value(QLatin1String("rows")).toArray();
            m_summary = result;
            m_summary.remove(QStringLiteral("rows"));
            m_total = result.value(QLatin1String("total")).toInteger();
            if (offset == m_rows.size() && !rows.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
                for (const QJsonValue& v : rows)
                    m_rows.append(v.toObject());
                endInsertRows();
            }
            m_loaded = true;
            emit loaded();
            if (m_fetchAll) {
                if (m_rows.size() < m_total && !rows.isEmpty()) {
                    request(m_rows.size());
                } else {
                    m_fetchAll = false;
                    emit allLoaded();
                }
            }
        },
        [this, generation](const Rpc::Error& e) {
            if (generation != m_generation)
                return;
            m_busy = false;
            m_fetchAll = false;
            emit failed(ErrorText::describe(e));
        });
}

int LedgerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LedgerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject& r = m_rows.at(index.row());
    if (role == RowRole)
        return r;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= DebitCol ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() >= DebitCol &&
        T::minor(T::str(r, index.column() == DebitCol    ? "debit"
                           : index.column() == CreditCol ? "credit"
                                                         : "balance")) < 0)
        return Theme::toneColor(Column::Tone::Problem);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateCol:
        return Format::timestamp(T::str(r, "date"));
    case NumberCol:
        return T::str(r, "number");
    case JournalCol:
        return T::journal(T::str(r, "journal"));
    case DescriptionCol: {
        const QString line = T::str(r, "description");
        return line.isEmpty() ? T::str(r, "entry_description") : line;
    }
    case DebitCol:
        return T::moneyOrBlank(T::str(r, "debit"));
    case CreditCol:
        return T::moneyOrBlank(T::str(r, "credit"));
    case BalanceCol:
        return T::money(T::str(r, "balance"));
    default:
        return {};
    }
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section >= DebitCol ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateCol:
        return tr("Date");
    case NumberCol:
        return tr("Number");
    case JournalCol:
        return tr("Journal");
    case DescriptionCol:
        return tr("Description");
    case DebitCol:
        return tr("Debit");
    case CreditCol:
        return tr("Credit");
    case BalanceCol:
        return tr("Balance");
    default:
        return {};
    }
}

bool LedgerModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_loaded && !m_busy && m_rows.size() < m_total;
}

void LedgerModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        request(m_rows.size());
}

LedgerDialog::LedgerDialog(FinanceClient& client, AccountCache& accounts,
                           const QJsonObject& account, QDate from, QDate to, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_accounts(accounts)
    , m_account(account)
    , m_model(new LedgerModel(
          client, T::id(account, "id") > 0 ? T::id(account, "id") : T::id(account, "account_id"),
          from, to, this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_runner(new ExportRunner(client.api(), this))
{
    setObjectName(QStringLiteral("ledgerDialog"));
    setWindowTitle(tr("Ledger — %1 (%2 – %3)")
                       .arg(T::accountLabel(account), Format::date(from), Format::date(to)));
    m_view->setObjectName(QStringLiteral("ledgerView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(LedgerModel::DescriptionCol, QHeaderView::Stretch);
    const QFontMetrics fm = m_view->fontMetrics();
    header->resizeSection(LedgerModel::DateCol,
                          fm.horizontalAdvance(QStringLiteral("2026-11-27")) + 24);
    header->resizeSection(LedgerModel::NumberCol,
                          fm.horizontalAdvance(QStringLiteral("记-2026-000000")) + 24);
    for (int c :
         {int(LedgerModel::DebitCol), int(LedgerModel::CreditCol), int(LedgerModel::BalanceCol)})
        header->resizeSection(c, fm.horizontalAdvance(QStringLiteral("10,000,000.00")) + 24);
    m_summary->setObjectName(QStringLiteral("ledgerSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("ledgerMessage"));
    m_message->setWordWrap(true);

    auto* exportButton =
        new QPushButton(Theme::icon(QStringLiteral("document-export"), QStyle::SP_DialogSaveButton),
                        tr("&Export…"), this);
    exportButton->setAutoDefault(false);
    exportButton->setToolTip(tr("Export every line of the ledger to Excel (XLSX) or CSV (Ctrl+E)"));
    auto* close = new QPushButton(tr("Close"), this);
    close->setAutoDefault(false);
    auto* hint = new QLabel(tr("Enter or double-click: open the entry"), this);
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedTextColor());
    hint->setPalette(muted);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_busy);
    buttons->addWidget(hint, 1);
    buttons->addWidget(exportButton);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &LedgerDialog::exportLedger);
    auto* exportKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    connect(exportKey, &QShortcut::activated, this, &LedgerDialog::exportLedger);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { openEntry(index.row()); });
    connect(m_model, &LedgerModel::loaded, this, &LedgerDialog::updateSummary);
    connect(m_model, &LedgerModel::failed, m_message, &QLabel::setText);
    connect(m_runner, &ExportRunner::message, m_message, &QLabel::setText);
    m_busy->setRunning(true);
    resize(980, 560);
    m_model->reload();
}

void LedgerDialog::updateSummary()
{
    m_busy->setRunning(false);
    const QJsonObject s = m_model->summary();
    m_summary->setText(tr("Opening balance %1 · Debits %2 · Credits %3 · Closing balance %4 · "
                          "%5 lines")
                           .arg(T::money(T::str(s, "opening_balance")),
                                T::money(T::str(s, "debit")), T::money(T::str(s, "credit")),
                                T::money(T::str(s, "closing_balance")),
                                Format::integer(m_model->total())));
    if (m_view->currentIndex().row() < 0 && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

QString LedgerDialog::summaryText() const
{
    return m_summary->text();
}

QDialog* LedgerDialog::openEntry(int row)
{
    const qint64 id = T::id(m_model->row(row), "entry_id");
    if (id <= 0)
        return nullptr;
    auto* dialog = new VoucherDialog(m_client, m_accounts, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VoucherDialog::sourceRequested, this, [this](const QString& target) {
        reject();
        emit sourceRequested(target);
    });
    dialog->open();
    emit entryOpened(dialog);
    return dialog;
}

void LedgerDialog::exportLedger()
{
    connect(
        m_model, &LedgerModel::allLoaded, this,
        [this] {
            using K = Column::Kind;
            ExportRequest request;
            request.title = tr("Ledger %1").arg(T::str(m_account, "code"));
            request.columns = {
                Column(QStringLiteral("date"), tr("Date"), K::Date),
                Column(QStringLiteral("number"), tr("Number")),
                Column(QStringLiteral("journal"), tr("Journal")).withText([](const QJsonObject& r) {
                    return T::journal(T::str(r, "journal"));
                }),
                Column(QStringLiteral("description"), tr("Description"))
                    .withText([](const QJsonObject& r) {
                        const QString line = T::str(r, "description");
                        return line.isEmpty() ? T::str(r, "entry_description") : line;
                    }),
                Column(QStringLiteral("debit"), tr("Debit"), K::Money),
                Column(QStringLiteral("credit"), tr("Credit"), K::Money),
                Column(QStringLiteral("balance"), tr("Balance"), K::Money),
            };
            request.rows = m_model->rows();
            m_runner->run(request, tr("Ledger %1").arg(T::str(m_account, "code")),
                          tr("Export Ledger"));
        },
        Qt::SingleShotConnection);
    m_model->fetchAll();
}

} // namespace Erp::Client::Finance
