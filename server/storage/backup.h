#pragma once

#include "server/storage/database.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <mutex>

namespace Erp::Storage {

/// One backup file in a backup directory.
struct BackupFile
{
    QString name; ///< file name only, e.g. company-20261207-221500Z.db
    QString path; ///< absolute path
    qint64 size = 0;
    QDateTime createdAt; ///< UTC, from the name
};

/// Consistent copies of a live store, taken while clerks keep working.
/// SQLite: `VACUUM INTO` on a connection of its own: it reads one snapshot of the WAL-mode
/// database (writers go on meanwhile) and writes a compact, self-contained company file.
/// PostgreSQL: `pg_dump --format=custom` (one snapshot of the database) with the store's own
/// connection parameters; the password travels in PGPASSWORD of the child process only.
namespace Backup {

/// Writes a consistent copy of `config`'s store to `file` (which must not exist yet).
/// Throws StoreError with a message for people (the pg_dump error output included).
void snapshot(const DatabaseConfig& config, const QString& file);

/// The extension of a backup of this backend: "erp" (a company file the client opens as it
/// is) or "dump" (pg_dump).
QString extension(Dialect dialect);

/// True when the store `config` names has no tables yet (a missing SQLite file or PostgreSQL
/// database counts as empty).
bool isEmptyStore(const DatabaseConfig& config);

/// Loads the backup `file` into the NEW store `target` (a SQLite file that does not exist or
/// is empty; a PostgreSQL database that does not exist — it is created — or has no tables).
/// Throws StoreError when the target is not empty or the restore fails; a half-written target
/// is removed again. The caller upgrades (migrations) and verifies the result.
void restore(const QString& file, const DatabaseConfig& target);

/// Removes a store that restore() created (after a failed verification).
void dropRestored(const DatabaseConfig& target);

} // namespace Backup

/// A directory of timestamped backups of one store with retention: `keep` newest are kept.
/// Thread-safe; runs one backup at a time.
class BackupDirectory final
{
public:
    BackupDirectory(DatabaseConfig config, QString directory, int keep);

    const QString& directory() const { return m_directory; }
    int keep() const { return m_keep; }

    /// Takes a backup now: written under a temporary name, renamed when complete (a crash
    /// never leaves a half file under a backup's name), then the oldest beyond `keep` are
    /// removed. Throws StoreError.
    BackupFile run();
    /// This store's backups in the directory, newest first.
    QList<BackupFile> list() const;
    /// When the newest backup was taken (invalid when there is none).
    QDateTime newest() const;

private:
    QString prefix() const;
    void prune();

    DatabaseConfig m_config;
    QString m_directory;
    int m_keep;
    std::mutex m_running;
};

} // namespace Erp::Storage
