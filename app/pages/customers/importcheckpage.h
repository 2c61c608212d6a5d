#pragma once

#include <QPointer>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace Erp::Rpc {
struct Error;
}

namespace Erp::Client::Customers {

class CustomerImportWizard;
struct ImportReport;

/// Step 3: every row is checked by the server (dry run, batches of 500, nothing written):
/// the problems per row (row, field, what is wrong), a preview of the first rows and a
/// summary. Rows with problems are fixed in the file (Check Again) or skipped.
class ImportCheckPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportCheckPage(CustomerImportWizard& wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const { return m_batch != nullptr; }
    void stop();
    /// Reads the file again and checks it again (after fixing it in a spreadsheet).
    void checkAgain();
    QTableWidget* problemsTable() const { return m_problems; }
    QTableWidget* previewTable() const { return m_preview; }
    QCheckBox* skipBox() const { return m_skip; }
    QString summaryText() const;

private:
    void start();
    void sendNext();
    void received(int first, int count, const ImportReport& report);
    void failed(const Rpc::Error& error);
    void finish();
    void fillPreview();

    CustomerImportWizard& m_wizard;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QTabWidget* m_tabs;
    QTableWidget* m_problems;
    QTableWidget* m_preview;
    QCheckBox* m_skip;
    QPushButton* m_again;
    QPointer<QObject> m_batch; ///< the batch in flight; deleting it drops its reply
    int m_next = 0;
    QString m_failure;
};

} // namespace Erp::Client::Customers
