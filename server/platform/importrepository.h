#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Erp::Storage {
class Database;
}

namespace Erp::Platform {

struct ImportJob
{
    qint64 id = 0;
    QString entity;
    qint64 userId = 0;
    QJsonObject options;
    QString status; ///< staging | committed | cancelled
    qint64 rowsStaged = 0;
    qint64 problems = 0;
    QString expiresAt;
    QJsonObject result;
};

struct StagedRow
{
    qint64 rowNo = 0;
    QString key;
    QJsonObject data;
};

/// All SQL of the import framework: jobs, staged rows and the savepoints a check runs in.
class ImportRepository final
{
public:
    explicit ImportRepository(Storage::Database& db)
        : m_db(db)
    {}

    qint64 insertJob(const ImportJob& job, const QString& now);
    std::optional<ImportJob> job(qint64 id);
    void updateJob(const ImportJob& job);
    /// Jobs past their expiry and their rows (any user's): called at the start of a job.
    void purgeExpired(const QString& now);
    void deleteRows(qint64 jobId);

    /// Stages a batch's rows with one statement.
    void insertRows(qint64 jobId, const QList<StagedRow>& rows);
    qint64 lastRowNo(qint64 jobId);
    /// For each of `keys` that earlier staged rows of the job have: the first such row number
    /// (one lookup for a batch).
    QHash<QString, qint64> firstRowsWithKeys(qint64 jobId, const QStringList& keys);
    /// Up to `limit` rows after `afterRowNo`, in file order.
    QList<StagedRow> rowsAfter(qint64 jobId, qint64 afterRowNo, int limit);
    /// Grouped entities: up to `limit` rows after (key, rowNo), ordered by key then file order;
    /// a null `afterKey` starts at the first row.
    QList<StagedRow> rowsByKeyAfter(qint64 jobId, const QString& afterKey, qint64 afterRowNo,
                                    int limit);

    /// SAVEPOINT name / ROLLBACK TO SAVEPOINT name / RELEASE SAVEPOINT name (both backends).
    void savepoint(const QString& name);
    void rollbackTo(const QString& name);
    void release(const QString& name);

    /// Refreshes the planner statistics of those `tables` that the planner believes to hold
    /// fewer than `rowsWritten` rows, inside the transaction (PostgreSQL ANALYZE, which counts
    /// the transaction's own new rows; nothing on SQLite). A table whose statistics already
    /// describe more rows is left alone: ANALYZE of a big table samples it for a second. The
    /// names are the entity's declared table names, never input.
    void refreshStatistics(const QStringList& tables, qint64 rowsWritten);

private:
    Storage::Database& m_db;
};

} // namespace Erp::Platform
