#pragma once

#include "app/pages/customers/customertypes.h"

#include <QHash>
#include <QJsonArray>
#include <QWizard>

namespace Erp::Client::Customers {

class CustomerClient;
class ImportCheckPage;
class ImportFilePage;
class ImportMappingPage;
class ImportRunPage;

/// What the pages of the import wizard share.
struct ImportJob
{
    QString file;
    QStringList header;
    QList<QStringList> records; ///< the file's data records, blank ones left out
    QList<int> sheetRows;       ///< each record's row as a spreadsheet counts it (header = 1)
    QStringList mapping;        ///< per CSV column: the import column, or "" to skip it
    bool updateExisting = false;

    bool checked = false;                         ///< the dry run went through every batch
    QHash<int, QList<ImportFieldError>> problems; ///< record index -> its problems
    bool skipProblems = false;

    int created = 0;
    int updated = 0;
    int importedRows = 0; ///< rows of the batches that were written
    int toImport = 0;
    bool cancelled = false;
    QString failure; ///< why the import stopped early

    /// The records a real import sends (all, or those without problems).
    QList<int> recordsToImport() const;
    /// Flat import rows of the given records under the mapping.
    QJsonArray rowsOf(const QList<int>& records) const;
};

/// Imports customers from a CSV file: pick the file, map its columns to customer columns
/// (guessed from English or Chinese headers), check every row with a dry run (per-row
/// problems, nothing written), then import in batches of 500 with progress and Cancel, and
/// a summary at the end.
class CustomerImportWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, MappingPageId, CheckPageId, RunPageId, SummaryPageId };

    explicit CustomerImportWizard(CustomerClient& client, QWidget* parent = nullptr);
    ~CustomerImportWizard() override;

    CustomerClient& client() const { return m_client; }
    ImportJob& job() { return m_job; }

    /// Reads a UTF-8 CSV file (with or without BOM) into the job; false with `error` set
    /// when it cannot be used.
    bool readFile(const QString& path, QString* error);

    ImportFilePage* filePage() const { return m_filePage; }
    ImportMappingPage* mappingPage() const { return m_mappingPage; }
    ImportCheckPage* checkPage() const { return m_checkPage; }
    ImportRunPage* runPage() const { return m_runPage; }

    /// While importing, Cancel (and Esc) stops after the running batch instead of closing.
    void reject() override;

signals:
    /// The import finished (completely, cancelled or stopped by an error) and wrote rows.
    void imported(int created, int updated);

private:
    CustomerClient& m_client;
    ImportJob m_job;
    ImportFilePage* m_filePage;
    ImportMappingPage* m_mappingPage;
    ImportCheckPage* m_checkPage;
    ImportRunPage* m_runPage;
};

} // namespace Erp::Client::Customers
