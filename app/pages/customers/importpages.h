#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Erp::Client::Customers {

class CustomerImportWizard;

/// Step 1: the CSV file, read and checked locally, and whether rows with a known code update
/// that customer.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(CustomerImportWizard& wizard);

    /// Reads `path` at once (also what Browse… does).
    void setFile(const QString& path);
    QLineEdit* pathEdit() const { return m_path; }
    QCheckBox* updateExistingBox() const { return m_update; }
    QString statusText() const;

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void read();

    CustomerImportWizard& m_wizard;
    QLineEdit* m_path;
    QLabel* m_status;
    QCheckBox* m_update;
    QString m_readPath; ///< the file the job holds
};

/// Step 2: which customer column each CSV column fills (guessed from the headers).
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(CustomerImportWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QTableWidget* table() const { return m_table; }
    /// Maps CSV column `column` to import column `field` ("" = skip).
    void setMapping(int column, const QString& field);
    QString problemText() const;

private:
    QStringList currentMapping() const;
    void updateProblem();

    CustomerImportWizard& m_wizard;
    QTableWidget* m_table;
    QLabel* m_problem;
};

} // namespace Erp::Client::Customers
