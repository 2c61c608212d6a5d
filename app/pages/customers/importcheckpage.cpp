#include "app/pages/customers/importcheckpage.h"

#include "app/net/errortext.h"
#include "app/pages/customers/customerclient.h"
#include "app/pages/customers/customerimportwizard.h"
#include "app/pages/customers/customertext.h"
#include "app/pages/customers/importmapping.h"
#include "app/widgets/theme.h"
#include "common/jsonrpc.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Erp::Client::Customers {

namespace {
constexpr int Batch = CustomerClient::ImportBatchRows;
constexpr int MaxProblemRows = 2000; ///< problems listed; the summary counts them all
constexpr int PreviewRows = 100;

QString number(qsizetype n)
{
    return QLocale().toString(n);
}

QTableWidget* makeTable(QWidget* parent, const QStringList& titles)
{
    auto* table = new QTableWidget(0, int(titles.size()), parent);
    table->setHorizontalHeaderLabels(titles);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}
} // namespace

ImportCheckPage::ImportCheckPage(CustomerImportWizard& wizard)
    : m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_tabs(new QTabWidget(this))
    , m_problems(makeTable(this, {tr("Row"), tr("Name"), tr("Field"), tr("Problem")}))
    , m_preview(makeTable(this, {}))
    , m_skip(new QCheckBox(this))
    , m_again(new QPushButton(tr("Check &Again"), this))
{
    setTitle(tr("Check the Rows"));
    setSubTitle(tr("The server checks every row as if importing it, but saves nothing yet. Row "
                   "numbers count the header as row 1, as spreadsheets do."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    auto* layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    m_problems->setObjectName(QStringLiteral("problemsTable"));
    m_problems->verticalHeader()->hide();
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_tabs->addTab(m_problems, tr("Problems"));
    m_tabs->addTab(m_preview, tr("Preview"));
    layout->addWidget(m_tabs, 1);
    auto* bottom = new QHBoxLayout;
    m_skip->setObjectName(QStringLiteral("skipProblems"));
    bottom->addWidget(m_skip, 1);
    bottom->addWidget(m_again);
    layout->addLayout(bottom);
    connect(m_again, &QPushButton::clicked, this, &ImportCheckPage::checkAgain);
    connect(m_skip, &QCheckBox::toggled, this, [this](bool on) {
        m_wizard.job().skipProblems = on;
        emit completeChanged();
    });
}

void ImportCheckPage::initializePage()
{
    start();
}

void ImportCheckPage::cleanupPage()
{
    stop();
}

void ImportCheckPage::stop()
{
    delete m_batch;
}

void ImportCheckPage::checkAgain()
{
    stop();
    QString error;
    if (!m_wizard.readFile(m_wizard.job().file, &error)) {
        m_summary->setText(error);
        m_wizard.job().checked = false;
        emit completeChanged();
        return;
    }
    start();
}

void ImportCheckPage::start()
{
    ImportJob& job = m_wizard.job();
    job.problems.clear();
    job.checked = false;
    job.skipProblems = false;
    m_next = 0;
    m_failure.clear();
    m_problems->setRowCount(0);
    m_skip->setChecked(false);
    m_skip->setVisible(false);
    m_again->setEnabled(false);
    m_progress->setRange(0, int(job.records.size()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    fillPreview();
    sendNext();
}

void ImportCheckPage::sendNext()
{
    const ImportJob& job = m_wizard.job();
    const int total = int(job.records.size());
    if (m_next >= total) {
        finish();
        return;
    }
    const int first = m_next;
    const int count = qMin(Batch, total - first);
    QList<int> records;
    for (int i = first; i < first + count; ++i)
        records.append(i);
    m_summary->setText(tr("Checking rows %1–%2 of %3…")
                           .arg(number(first + 1), number(first + count), number(total)));
    delete m_batch;
    m_batch = new QObject(this);
    m_wizard.client().importRows(
        job.rowsOf(records), true, job.updateExisting, m_batch,
        [this, first, count](const ImportReport& r) { received(first, count, r); },
        [this](const Rpc::Error& e) { failed(e); });
    emit completeChanged();
}

void ImportCheckPage::received(int first, int count, const ImportReport& report)
{
    ImportJob& job = m_wizard.job();
    const int nameColumn = int(job.mapping.indexOf(QStringLiteral("name")));
    for (const ImportReport::RowErrors& e : report.errors) {
        const int record = first + e.row - 1;
        if (record < 0 || record >= job.records.size())
            continue;
        job.problems.insert(record, e.fields);
        for (const ImportFieldError& f : e.fields) {
            if (m_problems->rowCount() >= MaxProblemRows)
                break;
            const int row = m_problems->rowCount();
            m_problems->insertRow(row);
            auto* at = new QTableWidgetItem;
            at->setData(Qt::DisplayRole, job.sheetRows.at(record));
            m_problems->setItem(row, 0, at);
            m_problems->setItem(row, 1,
                                new QTableWidgetItem(job.records.at(record).value(nameColumn)));
            m_problems->setItem(row, 2, new QTableWidgetItem(CustomerText::field(f.field)));
            auto* problem = new QTableWidgetItem(CustomerText::problem(f.field, f.code, f.message));
            problem->setToolTip(problem->text());
            m_problems->setItem(row, 3, problem);
        }
    }
    m_next = first + count;
    m_progress->setValue(m_next);
    sendNext();
}

void ImportCheckPage::failed(const Rpc::Error& error)
{
    m_failure = tr("The check stopped: %1").arg(ErrorText::describe(error));
    finish();
}

void ImportCheckPage::finish()
{
    m_batch = nullptr;
    ImportJob& job = m_wizard.job();
    job.checked = m_failure.isEmpty();
    m_progress->setVisible(false);
    m_again->setEnabled(true);
    const qsizetype total = job.records.size();
    const qsizetype bad = job.problems.size();
    m_tabs->setTabText(0, tr("Problems (%1)").arg(number(bad)));
    m_tabs->setCurrentIndex(bad > 0 ? 0 : 1);
    m_problems->resizeColumnsToContents();
    m_problems->setColumnWidth(1, qMin(m_problems->columnWidth(1), 220));
    m_skip->setText(
        bad == 1 ? tr("&Skip the row with problems and import the others")
                 : tr("&Skip the %1 rows with problems and import the others").arg(number(bad)));
    m_skip->setVisible(bad > 0 && bad < total);
    // Preview cells with a problem turn red.
    QColor tint = Theme::errorColor();
    tint.setAlpha(Theme::isDark() ? 90 : 50);
    for (int row = 0; row < m_preview->rowCount(); ++row) {
        const QList<ImportFieldError> problems = job.problems.value(row);
        for (int col = 0; col < m_preview->columnCount(); ++col) {
            const QString field =
                m_preview->horizontalHeaderItem(col)->data(Qt::UserRole).toString();
            for (const ImportFieldError& f : problems) {
                if (f.field == field || (f.field.isEmpty() && col == 0)) {
                    m_preview->item(row, col)->setBackground(tint);
                    m_preview->item(row, col)->setToolTip(
                        CustomerText::problem(f.field, f.code, f.message));
                }
            }
        }
    }
    if (!m_failure.isEmpty())
        m_summary->setText(m_failure);
    else if (bad == 0)
        m_summary->setText(tr("All %1 rows can be imported. Nothing has been saved yet: click "
                              "Import to save them.")
                               .arg(number(total)));
    else
        m_summary->setText(tr("%1 rows checked: %2 can be imported, %3 have problems (listed "
                              "below). Nothing has been saved. Fix the rows in the file and "
                              "click Check Again, or skip them.")
                               .arg(number(total), number(total - bad), number(bad)));
    emit completeChanged();
}

void ImportCheckPage::fillPreview()
{
    const ImportJob& job = m_wizard.job();
    QList<int> columns;
    for (int i = 0; i < job.mapping.size(); ++i) {
        if (!job.mapping.at(i).isEmpty())
            columns.append(i);
    }
    m_preview->clear();
    m_preview->setColumnCount(int(columns.size()));
    const int rows = int(qMin<qsizetype>(PreviewRows, job.records.size()));
    m_preview->setRowCount(rows);
    for (int c = 0; c < columns.size(); ++c) {
        const QString field = job.mapping.at(columns.at(c));
        auto* header = new QTableWidgetItem(CustomerText::field(field));
        header->setData(Qt::UserRole, field);
        m_preview->setHorizontalHeaderItem(c, header);
        for (int r = 0; r < rows; ++r)
            m_preview->setItem(r, c, new QTableWidgetItem(job.records.at(r).value(columns.at(c))));
    }
    QStringList rowNumbers;
    for (int r = 0; r < rows; ++r)
        rowNumbers.append(QString::number(job.sheetRows.at(r)));
    m_preview->setVerticalHeaderLabels(rowNumbers);
    m_tabs->setTabText(1, tr("Preview (first %1 rows)").arg(number(rows)));
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, qMin(m_preview->columnWidth(c), 200));
}

bool ImportCheckPage::isComplete() const
{
    const ImportJob& job = m_wizard.job();
    return !isRunning() && job.checked && (job.problems.isEmpty() || job.skipProblems) &&
           job.problems.size() < job.records.size();
}

QString ImportCheckPage::summaryText() const
{
    return m_summary->text();
}

} // namespace Erp::Client::Customers
