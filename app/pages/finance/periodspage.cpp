#include "app/pages/finance/periodspage.h"

#include "app/export/exportrunner.h"
#include "app/export/tableexporter.h"
#include "app/models/format.h"
#include "app/models/remotetablemodel.h"
#include "app/net/errortext.h"
#include "app/pages/finance/accountcache.h"
#include "app/pages/finance/financeclient.h"
#include "app/pages/finance/financetext.h"
#include "app/widgets/busyindicator.h"
#include "app/widgets/statusbadge.h"
#include "app/widgets/theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Erp::Client::Finance {

namespace {
using T = FinanceText;
constexpr int RowRole = Qt::UserRole + 1;

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    return item;
}
} // namespace

PeriodsPage::PeriodsPage(FinanceClient& client, AccountCache& accounts, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_accounts(accounts)
    , m_year(new QSpinBox(this))
    , m_table(new QTableWidget(this))
    , m_close(new QPushButton(tr("&Close Period…"), this))
    , m_reopen(new QPushButton(tr("Re&open Period…"), this))
    , m_check(new QPushButton(tr("C&heck the Books"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_message(new QLabel(this))
    , m_result(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_runner(new ExportRunner(client.api(), this))
{
    setObjectName(QStringLiteral("periodsPage"));
    m_year->setRange(1900, 9998);
    m_year->setValue(QDate::currentDate().year());
    m_year->setObjectName(QStringLiteral("fiscalYear"));
    m_close->setObjectName(QStringLiteral("closePeriod"));
    m_close->setToolTip(tr("Nothing can be posted into a closed month — also no stock moves "
                           "dated in it"));
    m_reopen->setObjectName(QStringLiteral("reopenPeriod"));
    m_reopen->setToolTip(tr("Reopening needs its own permission and a reason; both go to the "
                            "audit trail"));
    m_check->setObjectName(QStringLiteral("checkBooks"));
    m_check->setIcon(Theme::icon(QStringLiteral("security-high"), QStyle::SP_DialogYesButton));
    m_check->setToolTip(tr("Recompute every balance from the lines and verify every entry, "
                           "number sequence and the tamper-evident chain"));
    m_export->setIcon(Theme::icon(QStringLiteral("document-export"), QStyle::SP_DialogSaveButton));
    m_close->setVisible(client.may(FinanceClient::Perm::periodClose()));
    m_reopen->setVisible(client.may(FinanceClient::Perm::periodReopen()));
    m_check->setVisible(client.may(FinanceClient::Perm::reportRead()));

    m_table->setObjectName(QStringLiteral("periodTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Period"), tr("State"), tr("Entries"), tr("Total"), tr("Drafts"), tr("Closed")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ClosedCol, QHeaderView::Stretch);
    const QFontMetrics fm = m_table->fontMetrics();
    m_table->horizontalHeader()->resizeSection(
        PeriodCol, fm.horizontalAdvance(QStringLiteral("2026-12")) + 32);
    m_table->horizontalHeader()->resizeSection(StateCol,
                                               fm.horizontalAdvance(QStringLiteral("Closed")) + 40);
    m_table->horizontalHeader()->resizeSection(
        TotalCol, fm.horizontalAdvance(QStringLiteral("100,000,000.00")) + 24);
    m_table->setItemDelegateForColumn(StateCol, new StatusBadgeDelegate(m_table));
    m_message->setObjectName(QStringLiteral("periodMessage"));
    m_message->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("checkResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Fiscal year starting in"), this));
    top->addWidget(m_year);
    top->addWidget(m_busy);
    top->addStretch(1);
    top->addWidget(m_close);
    top->addWidget(m_reopen);
    top->addSpacing(12);
    top->addWidget(m_check);
    top->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_result);

    connect(m_year, &QSpinBox::valueChanged, this, &PeriodsPage::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PeriodsPage::updateButtons);
    connect(m_close, &QPushButton::clicked, this, &PeriodsPage::closeSelected);
    connect(m_reopen, &QPushButton::clicked, this, &PeriodsPage::reopenSelected);
    connect(m_check, &QPushButton::clicked, this, &PeriodsPage::runCheck);
    connect(m_export, &QPushButton::clicked, this, &PeriodsPage::exportPeriods);
    connect(m_runner, &ExportRunner::message, this, [this](const QString& t) { showMessage(t); });
    // Postings come in bursts (every stock move books one): one re-read per burst, and none
    // while the page is not shown (it re-reads when shown again).
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(400);
    connect(debounce, &QTimer::timeout, this, &PeriodsPage::reload);
    connect(&client.api(), &ApiClient::eventChanged, this, [this, debounce](const QString& e) {
        if (!m_started ||
            (e != QLatin1String("finance.period") && e != QLatin1String("finance.entry")))
            return;
        if (isVisible())
            debounce->start();
        else
            m_stale = true;
    });
    updateButtons();
}

void PeriodsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_started || m_stale)
        reload();
}

void PeriodsPage::reload()
{
    m_started = true;
    m_stale = false;
    m_busy->setRunning(true);
    // The first time the server picks the fiscal year of today (it knows where years start).
    const int year = m_loaded ? m_year->value() : 0;
    m_client.periods(
        year, this,
        [this](const QJsonObject& result) {
            m_busy->setRunning(false);
            fill(result);
        },
        [this](const Rpc::Error& e) {
            m_busy->setRunning(false);
            showMessage(ErrorText::describe(e), true);
        });
}

void PeriodsPage::fill(const QJsonObject& result)
{
    const QString selected = selectedPeriod();
    m_periods = result;
    {
        const QSignalBlocker block(m_year);
        m_year->setValue(int(T::id(result, "fiscal_year")));
    }
    const QJsonArray rows = result.value(QLatin1String("rows")).toArray();
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const QJsonObject p = rows.at(row).toObject();
        const QString state = T::str(p, "state");
        auto* period = cell(T::str(p, "period"));
        period->setData(RowRole, p);
        m_table->setItem(row, PeriodCol, period);
        auto* badge = cell(T::periodState(state));
        badge->setData(RemoteTableModel::ToneRole, int(T::periodTone(state)));
        m_table->setItem(row, StateCol, badge);
        m_table->setItem(row, EntriesCol,
                         cell(Format::integer(T::id(p, "entries")), Qt::AlignRight));
        m_table->setItem(row, TotalCol, cell(T::moneyOrBlank(T::str(p, "total")), Qt::AlignRight));
        const qint64 drafts = T::id(p, "drafts");
        auto* draftCell = cell(drafts > 0 ? Format::integer(drafts) : QString(), Qt::AlignRight);
        if (drafts > 0)
            draftCell->setForeground(Theme::toneColor(Column::Tone::Waiting));
        m_table->setItem(row, DraftsCol, draftCell);
        const QString closedAt = T::str(p, "closed_at");
        m_table->setItem(
            row, ClosedCol,
            cell(state == QLatin1String("closed") && !closedAt.isEmpty()
                     ? tr("%1 by %2").arg(Format::timestamp(closedAt), T::str(p, "closed_by"))
                     : QString()));
    }
    m_loaded = true;
    if (!selected.isEmpty())
        selectPeriod(selected);
    updateButtons();
}

QString PeriodsPage::selectedPeriod() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, PeriodCol) ? m_table->item(row, PeriodCol)->text()
                                                     : QString();
}

int PeriodsPage::rowOf(const QString& period) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, PeriodCol)->text() == period)
            return row;
    return -1;
}

void PeriodsPage::selectPeriod(const QString& period)
{
    const int row = rowOf(period);
    if (row >= 0)
        m_table->selectRow(row);
}

void PeriodsPage::updateButtons()
{
    const int row = m_table->currentRow();
    const QJsonObject p = row >= 0 && m_table->item(row, PeriodCol)
                              ? m_table->item(row, PeriodCol)->data(RowRole).toJsonObject()
                              : QJsonObject();
    const bool closed = T::str(p, "state") == QLatin1String("closed");
    m_close->setEnabled(!p.isEmpty() && !closed);
    m_reopen->setEnabled(!p.isEmpty() && closed);
    m_export->setEnabled(m_loaded);
}

void PeriodsPage::showMessage(const QString& text, bool error)
{
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText,
               error ? Theme::errorColor() : palette().color(QPalette::WindowText));
    m_message->setPalette(p);
    m_message->setText(text);
}

QString PeriodsPage::message() const
{
    return m_message->text();
}

void PeriodsPage::closeSelected()
{
    const QString period = selectedPeriod();
    if (period.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Close Period"),
                    tr("Close %1? Nothing can be posted into it any more — neither vouchers nor "
                       "the automatic postings of stock moves dated in it.")
                        .arg(period),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("Reopening it later needs its own permission and a reason."));
    QPushButton* yes = box.addButton(tr("Close Period"), QMessageBox::AcceptRole);
    box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(yes);
    box.exec();
    if (box.clickedButton() == yes)
        closePeriod(period);
}

void PeriodsPage::reopenSelected()
{
    const QString period = selectedPeriod();
    if (period.isEmpty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Reopen Period"),
        tr("Why does %1 have to be reopened? (kept in the audit trail)").arg(period),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        showMessage(tr("A reason is needed to reopen a period."), true);
        return;
    }
    reopenPeriod(period, reason.trimmed());
}

void PeriodsPage::closePeriod(const QString& period)
{
    m_busy->setRunning(true);
    m_client.closePeriod(
        period, this,
        [this, period](const QJsonObject&) {
            m_busy->setRunning(false);
            showMessage(tr("%1 is closed.").arg(period));
            reload();
        },
        [this](const Rpc::Error& e) {
            m_busy->setRunning(false);
            showMessage(ErrorText::describe(e), true);
        });
}

void PeriodsPage::reopenPeriod(const QString& period, const QString& reason)
{
    m_busy->setRunning(true);
    m_client.reopenPeriod(
        period, reason, this,
        [this, period](const QJsonObject&) {
            m_busy->setRunning(false);
            showMessage(tr("%1 is open again.").arg(period));
            reload();
        },
        [this](const Rpc::Error& e) {
            m_busy->setRunning(false);
            showMessage(ErrorText::describe(e), true);
        });
}

void PeriodsPage::runCheck()
{
    m_busy->setRunning(true);
    m_check->setEnabled(false);
    m_accounts.ensureLoaded();
    m_client.check(
        this,
        [this](const QJsonObject& result) {
            m_busy->setRunning(false);
            m_check->setEnabled(true);
            const QJsonArray problems = result.value(QLatin1String("problems")).toArray();
            QString html;
            if (result.value(QLatin1String("ok")).toBool()) {
                html = QStringLiteral("<span style=\"color:%1\"><b>%2</b></span> %3")
                           .arg(Theme::toneColor(Column::Tone::Done).name(),
                                tr("The books are in order.").toHtmlEscaped(),
                                tr("%1 entries and %2 lines checked; debits %3 = credits %4.")
                                    .arg(Format::integer(T::id(result, "entries_checked")),
                                         Format::integer(T::id(result, "lines_checked")),
                                         T::money(T::str(result, "debit")),
                                         T::money(T::str(result, "credit")))
                                    .toHtmlEscaped());
            } else {
                html = QStringLiteral("<span style=\"color:%1\"><b>%2</b></span><ul>")
                           .arg(Theme::toneColor(Column::Tone::Problem).name(),
                                tr("The check found %1 problems:")
                                    .arg(problems.size())
                                    .toHtmlEscaped());
                const auto account = [this](qint64 id) { return m_accounts.label(id); };
                for (const QJsonValue& v : problems)
                    html += QStringLiteral("<li>%1</li>")
                                .arg(T::problem(v.toObject(), account).toHtmlEscaped());
                html += QStringLiteral("</ul>");
            }
            m_result->setText(html);
            m_result->show();
        },
        [this](const Rpc::Error& e) {
            m_busy->setRunning(false);
            m_check->setEnabled(true);
            showMessage(ErrorText::describe(e), true);
        });
}

void PeriodsPage::exportPeriods()
{
    using K = Column::Kind;
    ExportRequest request;
    request.title = tr("Periods %1").arg(T::id(m_periods, "fiscal_year"));
    request.columns = {
        Column(QStringLiteral("period"), tr("Period")).exportAs(Column::Export::Text),
        Column(QStringLiteral("state"), tr("State")).withText([](const QJsonObject& r) {
            return T::periodState(T::str(r, "state"));
        }),
        Column(QStringLiteral("entries"), tr("Entries"), K::Int),
        Column(QStringLiteral("total"), tr("Total"), K::Money),
        Column(QStringLiteral("drafts"), tr("Drafts"), K::Int),
        Column(QStringLiteral("closed_at"), tr("Closed at"), K::Date),
        Column(QStringLiteral("closed_by"), tr("Closed by")),
    };
    for (const QJsonValue& v : m_periods.value(QLatin1String("rows")).toArray())
        request.rows.append(v.toObject());
    m_runner->run(request, tr("Periods"), tr("Export Periods"));
}

} // namespace Erp::Client::Finance
