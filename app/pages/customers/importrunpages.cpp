#include "app/pages/customers/importrunpages.h"

#include "app/net/errortext.h"
#include "app/pages/customers/customerclient.h"
#include "app/pages/customers/customerimportwizard.h"
#include "app/pages/customers/customertext.h"
#include "common/jsonrpc.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace Erp::Client::Customers {

namespace {
constexpr int Batch = CustomerClient::ImportBatchRows;

QString number(qsizetype n)
{
    return QLocale().toString(n);
}
} // namespace

ImportRunPage::ImportRunPage(CustomerImportWizard& wizard)
    : m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel Import"), this))
{
    setTitle(tr("Importing"));
    setCommitPage(true); // what was imported stays imported: no way back from here
    setButtonText(QWizard::CommitButton, tr("&Next >"));
    setSubTitle(tr("Customers are saved in batches of %1 rows. Each batch is saved completely "
                   "or not at all. Cancel stops before the next batch: the batches already "
                   "imported stay in the customer list.")
                    .arg(Batch));
    auto* layout = new QVBoxLayout(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_cancel);
    layout->addLayout(row);
    layout->addStretch(1);
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::requestCancel);
}

void ImportRunPage::initializePage()
{
    ImportJob& job = m_wizard.job();
    m_rows = job.recordsToImport();
    job.created = job.updated = job.importedRows = 0;
    job.cancelled = false;
    job.failure.clear();
    job.toImport = int(m_rows.size());
    m_next = 0;
    m_done = false;
    m_cancelRequested = false;
    m_running = true;
    m_cancel->setEnabled(true);
    m_progress->setRange(0, int(m_rows.size()));
    m_progress->setValue(0);
    sendNext();
}

void ImportRunPage::sendNext()
{
    ImportJob& job = m_wizard.job();
    if (m_cancelRequested) {
        job.cancelled = m_next < m_rows.size();
        finish();
        return;
    }
    if (m_next >= m_rows.size()) {
        finish();
        return;
    }
    const int count = int(qMin<qsizetype>(Batch, m_rows.size() - m_next));
    const QList<int> records = m_rows.mid(m_next, count);
    m_status->setText(tr("Importing rows %1–%2 of %3…")
                          .arg(number(m_next + 1), number(m_next + count), number(m_rows.size())));
    m_wizard.client().importRows(
        job.rowsOf(records), false, job.updateExisting, this,
        [this, count](const ImportReport& r) {
            ImportJob& j = m_wizard.job();
            j.created += r.created;
            j.updated += r.updated;
            j.importedRows += count;
            m_next += count;
            m_progress->setValue(m_next);
            sendNext();
        },
        [this, records](const Rpc::Error& e) {
            ImportJob& j = m_wizard.job();
            QString detail = ErrorText::describe(e);
            const QList<ImportReport::RowErrors> rows = ImportReport::rowErrorsFromJson(
                e.data.toObject().value(QLatin1String("rows")).toArray());
            if (!rows.isEmpty() && !rows.first().fields.isEmpty()) {
                const auto& first = rows.first();
                const int record = records.value(first.row - 1, records.first());
                const ImportFieldError& f = first.fields.first();
                detail = tr("Row %1: %2")
                             .arg(j.sheetRows.at(record))
                             .arg(CustomerText::fieldProblem(f.field, f.code, f.message));
            }
            j.failure = tr("Rows %1–%2 were not imported (nothing of that batch was saved). %3")
                            .arg(j.sheetRows.at(records.first()))
                            .arg(j.sheetRows.at(records.last()))
                            .arg(detail);
            finish();
        });
}

void ImportRunPage::requestCancel()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    m_cancel->setEnabled(false);
    m_status->setText(tr("Stopping after the batch being saved…"));
}

void ImportRunPage::finish()
{
    const ImportJob& job = m_wizard.job();
    m_running = false;
    m_done = true;
    m_cancel->setEnabled(false);
    if (!job.failure.isEmpty())
        m_status->setText(job.failure);
    else if (job.cancelled)
        m_status->setText(tr("Cancelled. %1 of %2 rows were imported.")
                              .arg(number(job.importedRows), number(job.toImport)));
    else
        m_status->setText(tr("Done. %1 rows were imported.").arg(number(job.importedRows)));
    emit finished();
    emit completeChanged();
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

QString ImportRunPage::statusText() const
{
    return m_status->text();
}

ImportSummaryPage::ImportSummaryPage(CustomerImportWizard& wizard)
    : m_wizard(wizard)
    , m_text(new QLabel(this))
{
    setTitle(tr("Import Finished"));
    setFinalPage(true);
    auto* layout = new QVBoxLayout(this);
    m_text->setObjectName(QStringLiteral("importSummary"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    layout->addWidget(m_text);
    layout->addStretch(1);
}

void ImportSummaryPage::initializePage()
{
    const ImportJob& job = m_wizard.job();
    QStringList lines;
    lines << tr("New customers: %1").arg(number(job.created))
          << tr("Updated customers: %1").arg(number(job.updated));
    const qsizetype skipped = job.records.size() - job.toImport;
    if (skipped > 0)
        lines << tr("Rows skipped because of problems: %1").arg(number(skipped));
    if (job.cancelled)
        lines << tr("You cancelled the import: %1 rows were not imported.")
                     .arg(number(job.toImport - job.importedRows));
    if (!job.failure.isEmpty())
        lines << job.failure
              << tr("Rows after that batch were not sent either. Fix the file and import the "
                    "remaining rows again; rows already imported are then reported as "
                    "existing codes unless “Update existing customers” is checked.");
    lines << QString() << tr("The customer list shows the imported customers.");
    m_text->setText(lines.join(QLatin1Char('\n')));
}

QString ImportSummaryPage::summaryText() const
{
    return m_text->text();
}

} // namespace Erp::Client::Customers
