#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace Erp::Client {

class ImportWizard;

/// Step 1: the file. Shows what was detected (CSV with its encoding and delimiter, or the
/// XLSX sheet), the header, or why the file cannot be used.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard& wizard);

    /// Reads the file's header and what was detected; the page completes when it is usable.
    void setFile(const QString& path);
    bool isComplete() const override;
    QString statusText() const;
    QStringList header() const { return m_header; }
    void showLoadError(const QString& text);

private:
    void browse();

    ImportWizard& m_wizard;
    QLineEdit* m_path;
    QLabel* m_status;
    QStringList m_header;
    bool m_usable = false;
};

/// Step 2: which column of the file feeds which field. Matched by the header (wire name,
/// English or Chinese label) and remembered per entity for the next file.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// The entity column a header most likely means ("" = none).
    QString guess(const QString& header) const;
    /// Per file column: the chosen entity column ("" = skipped).
    QStringList mapping() const;
    /// Chooses `column` ("" = skip) for the file's column `index`.
    void setColumn(int index, const QString& column);
    QTableWidget* table() const { return m_table; }
    QString statusText() const;

private:
    void updateStatus();
    QString settingsKey(const QString& header) const;

    ImportWizard& m_wizard;
    QTableWidget* m_table;
    QLabel* m_status;
};

} // namespace Erp::Client
