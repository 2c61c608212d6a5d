#pragma once

#include "common/filereader.h"

#include <QJsonArray>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Erp::Client {

class ImportWizard;

/// Step 3: the dry run. Streams the file to the server in batches (platform.import.start and
/// .append): every batch is checked like a real import and nothing is written. Lists every
/// problem by row and column; Cancel stops after the batch on its way; the list can be saved
/// as CSV. Import is possible only when the whole file is clean.
class ImportCheckPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportCheckPage(ImportWizard& wizard);

    static constexpr int BatchRows = 1000;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const { return m_running; }
    void requestCancel();
    QString summaryText() const;
    QTableWidget* problemsTable() const { return m_problems; }
    int problemCount() const { return m_problemCount; }
    qint64 rowsChecked() const { return m_rows; }
    /// Writes the problem list as CSV (UTF-8 with BOM): row, column, problem.
    bool saveProblems(const QString& path) const;

private:
    void sendBatch();
    void addProblems(const QJsonArray& problems);
    void finish(const QString& failure = {});

    ImportWizard& m_wizard;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QTableWidget* m_problems;
    QPushButton* m_cancel;
    QPushButton* m_save;
    std::unique_ptr<FileReader> m_reader;
    qint64 m_headerRow = 1;
    qint64 m_rows = 0;
    int m_problemCount = 0;
    bool m_running = false;
    bool m_cancelRequested = false;
    bool m_done = false;
    bool m_clean = false;
};

/// Step 4: the import itself (platform.import.commit: every row or none) and its summary.
class ImportRunPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const { return m_running; }
    QString summaryText() const;

private:
    ImportWizard& m_wizard;
    QLabel* m_summary;
    QProgressBar* m_progress;
    bool m_running = false;
    bool m_done = false;
};

} // namespace Erp::Client
