#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Erp::Client::Customers {

class CustomerImportWizard;

/// Step 4: the import itself, batches of 500 rows, each written completely or not at all,
/// with progress and Cancel (which stops before the next batch).
class ImportRunPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(CustomerImportWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const { return m_running; }
    void requestCancel();
    QPushButton* cancelButton() const { return m_cancel; }
    QString statusText() const;

signals:
    void finished();

private:
    void sendNext();
    void finish();

    CustomerImportWizard& m_wizard;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QList<int> m_rows;
    int m_next = 0;
    bool m_running = false;
    bool m_cancelRequested = false;
    bool m_done = false;
};

/// Step 5: what was imported, skipped or left out.
class ImportSummaryPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportSummaryPage(CustomerImportWizard& wizard);
    void initializePage() override;
    QString summaryText() const;

private:
    CustomerImportWizard& m_wizard;
    QLabel* m_text;
};

} // namespace Erp::Client::Customers
