#pragma once

#include "common/filereader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QWizard>

class QAction;

namespace Erp::Client {

class ApiClient;
class ListPage;
class ImportCheckPage;
class ImportFilePage;
class ImportMappingPage;
class ImportRunPage;

/// One column of an importable entity, as platform.import.entities describes it.
struct ImportColumnInfo
{
    QString name;
    QString type;
    QString label;
    QString labelId;
    bool required = false;
    QStringList aliases;

    /// The column's name for the clerk: the Chinese label in a Chinese session, else English.
    QString title() const;
};

struct ImportEntityInfo
{
    QString name;
    QString label;
    QString key;
    QList<ImportColumnInfo> columns;

    static ImportEntityInfo fromJson(const QJsonObject& o);
    const ImportColumnInfo* column(const QString& name) const;
};

/// The one import wizard for every entity the server makes importable (platform.import):
/// pick a CSV or XLSX file (encoding, delimiter and sheet detected and shown) -> map its
/// columns (matched by English or Chinese header, remembered per entity) -> dry run with
/// progress and Cancel, every problem by row and column (can be saved as CSV) -> import, all
/// rows or none -> summary (created / updated / unchanged).
class ImportWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, MappingPageId, CheckPageId, RunPageId };

    /// `entity` as the server names it, e.g. "inventory.product".
    ImportWizard(ApiClient& api, const QString& entity, QWidget* parent = nullptr);
    ~ImportWizard() override;

    ApiClient& api() const { return m_api; }
    QString entityName() const { return m_entityName; }
    /// Empty until platform.import.entities answered.
    const ImportEntityInfo& entity() const { return m_entity; }
    bool entityLoaded() const { return !m_entity.name.isEmpty(); }

    /// The chosen file, opened afresh (the check reads it from the start).
    std::unique_ptr<FileReader> openFile(FileReader::Problem* problem) const;
    QString file() const { return m_file; }
    void setFile(const QString& path) { m_file = path; }
    /// Per column of the file: the entity column it feeds, or "" to skip it.
    QStringList mapping() const { return m_mapping; }
    void setMapping(const QStringList& mapping) { m_mapping = mapping; }

    /// The staged job on the server (0 = none) and whether it was committed.
    qint64 job() const { return m_job; }
    void setJob(qint64 job) { m_job = job; }
    void setCommitted() { m_committed = true; }
    /// Drops an open, uncommitted job on the server (Back, Cancel, close).
    void cancelJob();

    ImportFilePage* filePage() const { return m_filePage; }
    ImportMappingPage* mappingPage() const { return m_mappingPage; }
    ImportCheckPage* checkPage() const { return m_checkPage; }
    ImportRunPage* runPage() const { return m_runPage; }

    /// "Import Products": the window title for `entity`, in the clerk's language.
    static QString entityTitle(const ImportEntityInfo& entity);
    /// A problem of platform.import.append/commit as one sentence for the clerk.
    static QString problemText(const QJsonObject& problem, const ImportEntityInfo& entity);
    /// A FileReader problem as one sentence for the clerk.
    static QString fileProblemText(const FileReader::Problem& problem);

    void reject() override;

signals:
    void entityLoadedChanged();
    /// The import was committed.
    void imported(int created, int updated, int unchanged);

private:
    ApiClient& m_api;
    QString m_entityName;
    ImportEntityInfo m_entity;
    QString m_file;
    QStringList m_mapping;
    qint64 m_job = 0;
    bool m_committed = false;
    ImportFilePage* m_filePage;
    ImportMappingPage* m_mappingPage;
    ImportCheckPage* m_checkPage;
    ImportRunPage* m_runPage;
};

/// The import entry point of a list page: an "Import…" action on its tool bar, shown to users
/// with `permission`, that opens the wizard for `entity` and reloads the list after an import.
QAction* addImportAction(ListPage& list, ApiClient& api, const QString& entity,
                         const QString& permission, const QString& text, const QString& toolTip);

} // namespace Erp::Client
