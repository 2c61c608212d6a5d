#include "app/pages/customers/customerimportwizard.h"

#include "app/pages/customers/importcheckpage.h"
#include "app/pages/customers/importmapping.h"
#include "app/pages/customers/importpages.h"
#include "app/pages/customers/importrunpages.h"
#include "common/csv.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace Erp::Client::Customers {

namespace {
constexpr qint64 MaxFileBytes = 200 * 1024 * 1024;
} // namespace

QList<int> ImportJob::recordsToImport() const
{
    QList<int> out;
    out.reserve(records.size());
    for (int i = 0; i < records.size(); ++i) {
        if (!skipProblems || !problems.contains(i))
            out.append(i);
    }
    return out;
}

QJsonArray ImportJob::rowsOf(const QList<int>& indexes) const
{
    QList<QStringList> values;
    values.reserve(indexes.size());
    for (const int r : indexes)
        values.append(records.at(r));
    return ImportMapping::rows(values, mapping);
}

CustomerImportWizard::CustomerImportWizard(CustomerClient& client, QWidget* parent)
    : QWizard(parent)
    , m_client(client)
    , m_filePage(new ImportFilePage(*this))
    , m_mappingPage(new ImportMappingPage(*this))
    , m_checkPage(new ImportCheckPage(*this))
    , m_runPage(new ImportRunPage(*this))
{
    setObjectName(QStringLiteral("customerImportWizard"));
    setWindowTitle(tr("Import Customers"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::HaveHelpButton, false);
    // Our own texts: Qt's translations of its buttons are not installed.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(CheckPageId, m_checkPage);
    setPage(RunPageId, m_runPage);
    setPage(SummaryPageId, new ImportSummaryPage(*this));
    connect(m_runPage, &ImportRunPage::finished, this, [this] {
        if (m_job.created + m_job.updated > 0)
            emit imported(m_job.created, m_job.updated);
    });
    resize(860, 600);
}

CustomerImportWizard::~CustomerImportWizard() = default;

bool CustomerImportWizard::readFile(const QString& path, QString* error)
{
    QFile file(path);
    if (QFileInfo(path).size() > MaxFileBytes) {
        *error = tr("The file is larger than 200 MB. Split it into smaller files.");
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The file cannot be opened: %1").arg(file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder utf8(QStringDecoder::Utf8);
    (void)QString(utf8(bytes));
    if (utf8.hasError()) {
        *error = tr("The file is not UTF-8 text. In Excel, save it as “CSV UTF-8 (Comma "
                    "delimited)”; in WPS or LibreOffice choose the UTF-8 character set.");
        return false;
    }
    const Csv::Table table = Csv::parse(bytes);
    if (!table.error.isEmpty()) {
        *error = tr("The file is not valid CSV: %1").arg(table.error);
        return false;
    }
    ImportJob job;
    job.file = path;
    job.header = table.header;
    for (int i = 0; i < table.rows.size(); ++i) {
        const QStringList& values = table.rows.at(i);
        if (std::all_of(values.begin(), values.end(),
                        [](const QString& v) { return v.trimmed().isEmpty(); }))
            continue; // spreadsheets leave rows of empty cells behind
        job.records.append(values);
        job.sheetRows.append(i + 2);
    }
    if (job.header.isEmpty() || job.records.isEmpty()) {
        *error = tr("The file has no customer rows: it needs a header row and at least one "
                    "row below it.");
        return false;
    }
    // A file read again (Check Again) keeps the clerk's mapping when the header is the same.
    job.mapping = m_job.header == job.header && m_job.mapping.size() == job.header.size()
                      ? m_job.mapping
                      : ImportMapping::guessAll(job.header);
    job.updateExisting = m_job.updateExisting;
    m_job = std::move(job);
    return true;
}

void CustomerImportWizard::reject()
{
    if (m_runPage->isRunning()) {
        m_runPage->requestCancel();
        return;
    }
    if (m_checkPage->isRunning())
        m_checkPage->stop();
    QWizard::reject();
}

} // namespace Erp::Client::Customers
