#include "app/pages/finance/statementspage.h"

#include "app/export/exportrunner.h"
#include "app/export/tableexporter.h"
#include "app/net/errortext.h"
#include "app/pages/finance/financeclient.h"
#include "app/pages/finance/financetext.h"
#include "app/widgets/busyindicator.h"
#include "app/widgets/statusbadge.h"
#include "app/widgets/theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Erp::Client::Finance {

namespace {
using T = FinanceText;

QString monthText(const QDate& d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

/// The journal listing shows a month up to this many lines.
constexpr int kJournalLines = 5000;
} // namespace

StatementsPage::StatementsPage(FinanceClient& client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_reportBox(new QComboBox(this))
    , m_month(new QDateEdit(QDate::currentDate(), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_transfer(new QPushButton(tr("&Transfer VAT…"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_badge(new StatusBadge(this))
    , m_busy(new BusyIndicator(this))
    , m_table(new QTableWidget(this))
    , m_message(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_runner(new ExportRunner(client.api(), this))
{
    setObjectName(QStringLiteral("statementsPage"));
    m_reportBox->setObjectName(QStringLiteral("reportBox"));
    m_reportBox->addItem(tr("Balance sheet"), BalanceSheet);
    m_reportBox->addItem(tr("Income statement"), IncomeStatement);
    m_reportBox->addItem(tr("VAT summary"), Vat);
    m_reportBox->addItem(tr("Receivables aging"), ReceivablesAging);
    m_reportBox->addItem(tr("Payables aging"), PayablesAging);
    m_reportBox->addItem(tr("Journal listing"), Journal);
    m_month->setObjectName(QStringLiteral("statementMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setToolTip(tr("The month: the balance sheet at its end, the income statement of "
                           "the month and the year so far, VAT for the twelve months up to it"));
    m_refresh->setIcon(Theme::icon(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload));
    m_transfer->setObjectName(QStringLiteral("transferVat"));
    m_transfer->setToolTip(tr("Book the month-end entry that moves the month's payable VAT to "
                              "unpaid VAT"));
    m_transfer->setVisible(false);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setIcon(Theme::icon(QStringLiteral("document-export"), QStyle::SP_DialogSaveButton));
    m_export->setToolTip(tr("Export the report as shown to Excel (XLSX) or CSV (Ctrl+E)"));
    m_export->setEnabled(false);
    m_badge->setObjectName(QStringLiteral("balancedBadge"));
    m_message->setObjectName(QStringLiteral("statementMessage"));
    m_message->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("statementHint"));
    m_hint->setWordWrap(true);
    QPalette muted = m_hint->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedTextColor());
    m_hint->setPalette(muted);

    auto* top = new QHBoxLayout;
    top->addWidget(m_reportBox);
    top->addWidget(new QLabel(tr("Month"), this));
    top->addWidget(m_month);
    top->addWidget(m_refresh);
    top->addWidget(m_busy);
    top->addSpacing(16);
    top->addWidget(m_badge);
    top->addStretch(1);
    top->addWidget(m_transfer);
    top->addWidget(m_export);

    m_table->setObjectName(QStringLiteral("statementTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_hint);

    // Enter or a double-click on a journal line opens its voucher.
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        const QTableWidgetItem* first = m_table->item(index.row(), 0);
        const qint64 entry = first ? first->data(Qt::UserRole).toLongLong() : 0;
        if (report() == Journal && entry > 0)
            emit entryRequested(entry);
    });

    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    connect(debounce, &QTimer::timeout, this, &StatementsPage::reload);
    connect(m_month, &QDateEdit::dateChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_reportBox, &QComboBox::currentIndexChanged, this, &StatementsPage::reload);
    connect(m_refresh, &QPushButton::clicked, this, &StatementsPage::reload);
    connect(m_transfer, &QPushButton::clicked, this, &StatementsPage::transferVat);
    connect(m_export, &QPushButton::clicked, this, &StatementsPage::exportReport);
    auto* exportKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    exportKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportKey, &QShortcut::activated, this, &StatementsPage::exportReport);
    connect(m_runner, &ExportRunner::message, m_message, &QLabel::setText);
    connect(&client.api(), &ApiClient::eventChanged, this, [this, debounce](const QString& e) {
        if (!m_started || e != QLatin1String("finance.entry"))
            return;
        if (isVisible())
            debounce->start();
        else
            m_stale = true;
    });
}

void StatementsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_started || m_stale)
        reload();
}

StatementsPage::Report StatementsPage::report() const
{
    return Report(m_reportBox->currentData().toInt());
}

void StatementsPage::showReport(Report report)
{
    m_reportBox->setCurrentIndex(m_reportBox->findData(report));
}

void StatementsPage::reload()
{
    m_started = true;
    m_stale = false;
    const Report which = report();
    m_transfer->setVisible(which == Vat && m_client.may(FinanceClient::Perm::entryPost()));
    m_badge->setVisible(which == BalanceSheet);
    QString method;
    QJsonObject params;
    const QDate month = m_month->date();
    if (which == Vat) {
        method = QStringLiteral("finance.report.vat");
        params = {{QStringLiteral("from"), monthText(month.addMonths(-11))},
                  {QStringLiteral("to"), monthText(month)}};
    } else if (which == Journal) {
        const QDate first(month.year(), month.month(), 1);
        method = QStringLiteral("finance.report.journal");
        params = {{QStringLiteral("from"), first.toString(Qt::ISODate)},
                  {QStringLiteral("to"), first.addMonths(1).addDays(-1).toString(Qt::ISODate)},
                  {QStringLiteral("limit"), kJournalLines}};
    } else if (which == ReceivablesAging || which == PayablesAging) {
        // As of the month's end, or today in the month under way.
        const QDate end = qMin(QDate(month.year(), month.month(), 1).addMonths(1).addDays(-1),
                               QDate::currentDate());
        method = QStringLiteral("finance.report.aging");
        params = {{QStringLiteral("kind"), which == ReceivablesAging ? QStringLiteral("receivable")
                                                                     : QStringLiteral("payable")},
                  {QStringLiteral("as_of"), end.toString(Qt::ISODate)}};
    } else {
        method = which == BalanceSheet ? QStringLiteral("finance.report.balance_sheet")
                                       : QStringLiteral("finance.report.income_statement");
        params = {{QStringLiteral("period"), monthText(month)}};
    }
    m_busy->setRunning(true);
    const int request = ++m_request;
    m_client.call(
        method, params, this,
        [this, request, which](const QJsonObject& data) {
            if (request != m_request)
                return;
            m_busy->setRunning(false);
            m_message->setText(m_notice);
            m_notice.clear();
            m_data = data;
            m_data.insert(QStringLiteral("report"), int(which));
            fill(m_data);
        },
        [this, request](const Rpc::Error& e) {
            if (request != m_request)
                return;
            m_busy->setRunning(false);
            m_message->setText(ErrorText::describe(e));
        });
}

void StatementsPage::fill(const QJsonObject& data)
{
    m_table->clearContents();
    const Report which = Report(data.value(QLatin1String("report")).toInt());
    if (which == BalanceSheet || which == IncomeStatement)
        fillStatement(data);
    else
        fillTable(data, tableLayout(which));
    m_export->setEnabled(true);
    m_loaded = true;
}

void StatementsPage::fillStatement(const QJsonObject& data)
{
    const bool balance = Report(data.value(QLatin1String("report")).toInt()) == BalanceSheet;
    const char* first = balance ? "closing" : "month";
    const char* second = balance ? "year_start" : "year";
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Line"),
                                        balance ? tr("Closing balance") : tr("This month"),
                                        balance ? tr("Start of year") : tr("Year to date")});
    const QJsonArray rows = data.value(QLatin1String("rows")).toArray();
    m_table->setRowCount(int(rows.size()));
    const bool chinese = T::chineseUi();
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject r = rows.at(i).toObject();
        const int line = r.value(QLatin1String("row")).toInt();
        const QString name = chinese ? T::str(r, "name") : T::str(r, "name_en");
        auto* item = new QTableWidgetItem(
            QString(4 * r.value(QLatin1String("indent")).toInt(), QLatin1Char(' ')) + name);
        item->setData(Qt::UserRole, r);
        m_table->setItem(i, 0, item);
        auto* number = new QTableWidgetItem(line > 0 ? QString::number(line) : QString());
        number->setTextAlignment(Qt::AlignCenter);
        m_table->setItem(i, 1, number);
        for (int c = 0; c < 2; ++c) {
            auto* amount = new QTableWidgetItem(
                line > 0 ? T::money(T::str(r, c == 0 ? first : second)) : QString());
            amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, 2 + c, amount);
        }
        if (line == 0 || r.value(QLatin1String("total")).toBool()) {
            for (int c = 0; c < 4; ++c) {
                QFont bold = m_table->item(i, c)->font();
                bold.setBold(true);
                m_table->item(i, c)->setFont(bold);
            }
        }
    }
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    const int amountWidth = fontMetrics().horizontalAdvance(QStringLiteral("100,000,000.00")) + 32;
    for (int c = 2; c < 4; ++c) {
        header->setSectionResizeMode(c, QHeaderView::Fixed);
        header->resizeSection(c, amountWidth);
    }
    if (balance) {
        const bool balanced = data.value(QLatin1String("balanced")).toBool();
        m_badge->setStatus(balanced ? tr("Balanced") : tr("Not balanced"),
                           balanced ? Column::Tone::Done : Column::Tone::Problem);
        m_badge->setToolTip(balanced ? tr("Total assets equal liabilities plus equity.")
                                     : tr("Assets differ from liabilities plus equity: run the "
                                          "books' check under Periods."));
        m_message->setText(
            tr("At %1; profit not yet closed into current-year profit is shown "
               "as retained earnings.")
                .arg(QLocale().toString(QDate::fromString(T::str(data, "date"), Qt::ISODate),
                                        QLocale::ShortFormat)));
    } else {
        m_hint->setText(tr("The month %1 and the fiscal year from %2 to its end.")
                            .arg(T::str(data, "period"), T::str(data, "from")));
    }
}

StatementsPage::TableLayout StatementsPage::tableLayout(Report report) const
{
    if (report == Journal)
        return {{QStringLiteral("date"), QStringLiteral("number"), QStringLiteral("text"),
                 QStringLiteral("account_code"), QStringLiteral("account")},
                {QStringLiteral("debit"), QStringLiteral("credit")},
                {tr("Date"), tr("Voucher"), tr("Description"), tr("Account"), tr("Account name"),
                 tr("Debit"), tr("Credit")}};
    if (report == Vat)
        return {{QStringLiteral("period")},
                {QStringLiteral("output_vat"), QStringLiteral("input_vat"), QStringLiteral("net"),
                 QStringLiteral("transferred"), QStringLiteral("to_transfer"),
                 QStringLiteral("carried_forward"), QStringLiteral("unpaid")},
                {tr("Month"), tr("Output VAT"), tr("Input VAT"), tr("Net"), tr("Transferred"),
                 tr("To transfer"), tr("Carried forward"), tr("Unpaid VAT")}};
    return {{QStringLiteral("partner_code"), QStringLiteral("partner_name")},
            {QStringLiteral("current"), QStringLiteral("d1_30"), QStringLiteral("d31_60"),
             QStringLiteral("d61_90"), QStringLiteral("over_90"), QStringLiteral("unapplied"),
             QStringLiteral("total")},
            {tr("Code"), report == ReceivablesAging ? tr("Customer") : tr("Supplier"),
             tr("Not due"), tr("1–30 days"), tr("31–60 days"), tr("61–90 days"), tr("Over 90 days"),
             tr("Unapplied"), tr("Total")}};
}

QList<QJsonObject> StatementsPage::tableRows(const QJsonObject& data, const TableLayout& layout)
{
    QList<QJsonObject> rows;
    const bool journal = Report(data.value(QLatin1String("report")).toInt()) == Journal;
    const bool chinese = T::chineseUi();
    for (const QJsonValue& v : data.value(QLatin1String("rows")).toArray()) {
        QJsonObject r = v.toObject();
        if (journal) {
            // The line's own text, else its entry's; the account in the clerk's language.
            const QString text = T::str(r, "description");
            r.insert(QStringLiteral("text"),
                     text.isEmpty() ? T::str(r, "entry_description") : text);
            const QString english = T::str(r, "account_name_en");
            r.insert(QStringLiteral("account"),
                     chinese || english.isEmpty() ? T::str(r, "account_name") : english);
        }
        rows.append(r);
    }
    QJsonObject totals = data.value(QLatin1String("totals")).toObject();
    totals.insert(layout.textKeys.last(), tr("Total"));
    rows.append(totals);
    return rows;
}

void StatementsPage::fillTable(const QJsonObject& data, const TableLayout& layout)
{
    m_table->setColumnCount(int(layout.titles.size()));
    m_table->setHorizontalHeaderLabels(layout.titles);
    const QList<QJsonObject> rows = tableRows(data, layout);
    const int texts = int(layout.textKeys.size());
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject& r = rows.at(i);
        for (int c = 0; c < texts; ++c)
            m_table->setItem(i, c, new QTableWidgetItem(T::str(r, qPrintable(layout.textKeys[c]))));
        m_table->item(i, 0)->setData(Qt::UserRole, r.value(QLatin1String("entry_id")).toInteger());
        for (int c = 0; c < layout.moneyKeys.size(); ++c) {
            const QString& key = layout.moneyKeys.at(c);
            auto* item = new QTableWidgetItem(r.contains(key) ? T::money(r.value(key).toString())
                                                              : QString());
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, texts + c, item);
        }
    }
    for (int c = 0; c < m_table->columnCount(); ++c) { // the totals
        QFont bold = m_table->item(m_table->rowCount() - 1, c)->font();
        bold.setBold(true);
        m_table->item(m_table->rowCount() - 1, c)->setFont(bold);
    }
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    const Report which = Report(data.value(QLatin1String("report")).toInt());
    if (which == Journal) {
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setSectionResizeMode(2, QHeaderView::Stretch);
        const qint64 total = data.value(QLatin1String("total")).toInteger();
        const qint64 shown = data.value(QLatin1String("rows")).toArray().size();
        m_hint->setText(
            total > shown
                ? tr("The first %1 of the month's %2 posted lines, in date order; the totals "
                     "are the whole month's. Enter or a double-click opens a line's voucher.")
                      .arg(QLocale().toString(shown), QLocale().toString(total))
                : tr("Every posted line of the month in date order. Enter or a double-click "
                     "opens a line's voucher."));
    } else if (which == Vat)
        m_hint->setText(tr("From the ledger's VAT accounts. Net = output less input VAT; what a "
                           "month does not transfer because input VAT was larger is carried "
                           "forward."));
    else
        m_hint->setText(
            tr("Open invoices by days past their due date as of %1; unapplied: "
               "payments not yet matched to an invoice.")
                .arg(QLocale().toString(QDate::fromString(T::str(data, "as_of"), Qt::ISODate),
                                        QLocale::ShortFormat)));
}

void StatementsPage::transferVat()
{
    const QString month = monthText(m_month->date());
    QMessageBox box(QMessageBox::Question, tr("Transfer VAT"),
                    tr("Book the month-end VAT transfer of %1?").arg(month), QMessageBox::NoButton,
                    this);
    box.setInformativeText(tr("The month's payable VAT (output less input VAT and any credit "
                              "carried forward) moves to unpaid VAT in an entry dated the "
                              "month's last day. A month already transferred gets nothing."));
    QPushButton* yes = box.addButton(tr("Transfer"), QMessageBox::AcceptRole);
    box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(yes);
    box.exec();
    if (box.clickedButton() == yes)
        transferVatNow();
}

void StatementsPage::transferVatNow()
{
    const QString month = monthText(m_month->date());
    m_transfer->setEnabled(false);
    m_client.call(
        QStringLiteral("finance.vat.transfer"), {{QStringLiteral("period"), month}}, this,
        [this, month](const QJsonObject& r) {
            m_transfer->setEnabled(true);
            m_notice = r.value(QLatin1String("entry_id")).isNull()
                           ? tr("Nothing to transfer for %1; carried forward: %2.")
                                 .arg(month, T::money(T::str(r, "carried_forward")))
                           : tr("%1 of VAT for %2 moved to unpaid VAT.")
                                 .arg(T::money(T::str(r, "transferred")), month);
            reload();
        },
        [this](const Rpc::Error& e) {
            m_transfer->setEnabled(true);
            m_message->setText(ErrorText::describe(e));
        });
}

void StatementsPage::exportReport()
{
    if (!m_loaded)
        return;
    using K = Column::Kind;
    ExportRequest request;
    const Report which = Report(m_data.value(QLatin1String("report")).toInt());
    if (which != BalanceSheet && which != IncomeStatement) {
        const TableLayout layout = tableLayout(which);
        request.title =
            which == Vat || which == Journal
                ? (which == Vat ? tr("VAT %1 – %2") : tr("Journal listing %1 – %2"))
                      .arg(T::str(m_data, "from"), T::str(m_data, "to"))
                : QStringLiteral("%1 %2").arg(m_reportBox->currentText(), T::str(m_data, "as_of"));
        const int texts = int(layout.textKeys.size());
        for (int c = 0; c < layout.titles.size(); ++c)
            request.columns.append(
                c < texts ? Column(layout.textKeys.at(c), layout.titles.at(c))
                          : Column(layout.moneyKeys.at(c - texts), layout.titles.at(c), K::Money));
        request.rows = tableRows(m_data, layout);
    } else {
        const bool balance = which == BalanceSheet;
        request.title = (balance ? tr("Balance sheet %1") : tr("Income statement %1"))
                            .arg(T::str(m_data, "period"));
        request.columns = {
            Column(QStringLiteral("item"), tr("Item")),
            Column(QStringLiteral("line"), tr("Line"), K::Int),
            Column(QLatin1String(balance ? "closing" : "month"),
                   m_table->horizontalHeaderItem(2)->text(), K::Money),
            Column(QLatin1String(balance ? "year_start" : "year"),
                   m_table->horizontalHeaderItem(3)->text(), K::Money),
        };
        for (int i = 0; i < m_table->rowCount(); ++i) {
            QJsonObject r = m_table->item(i, 0)->data(Qt::UserRole).toJsonObject();
            r.insert(QStringLiteral("item"), m_table->item(i, 0)->text());
            if (r.value(QLatin1String("row")).toInt() > 0)
                r.insert(QStringLiteral("line"), r.value(QLatin1String("row")));
            request.rows.append(r);
        }
    }
    m_runner->run(request, m_reportBox->currentText(), tr("Export Report"));
}

} // namespace Erp::Client::Finance
