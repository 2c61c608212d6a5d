#pragma once

#include "server/storage/sqldialect.h"

#include <QMutex>
#include <QString>
#include <QThreadStorage>
#include <QWaitCondition>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

class QSqlDatabase;
class QSqlQuery;

namespace Erp::Storage {

enum class Dialect { Sqlite, Postgres };

/// Where the store lives: "sqlite:/path/company.db" or "postgresql://user[:pw]@host:port/db".
struct DatabaseConfig
{
    Dialect dialect = Dialect::Sqlite;
    QString path; // sqlite
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString user;
    QString password;
    QString name;

    static std::optional<DatabaseConfig> fromUrl(const QString& url, QString* error);
    /// For logs and the status bar: never contains the password.
    QString displayName() const;
};

/// Thrown for any failure of the store; `transient` marks lock/serialization failures that the
/// dispatcher retries.
struct StoreError
{
    QString message;
    bool transient = false;
    bool uniqueViolation = false;
    bool connectionLost = false; ///< the connection is gone: reopen it before retrying
};

class ThreadConnection;

/// A mutex that hands the lock over in arrival order: no waiter is overtaken, so the longest
/// wait is bounded by the queue ahead of it, and an unlock wakes only the next in line.
class FifoMutex final
{
public:
    void lock();
    void unlock();

private:
    QMutex m_mutex;
    std::deque<QWaitCondition*> m_waiters; ///< each waiter's own condition: wake exactly one
    bool m_held = false;
};

/// The shared store handle. Each thread that touches the store gets its own connection,
/// opened on first use and closed when the thread ends (one connection per worker thread).
class Database final
{
public:
    explicit Database(DatabaseConfig config);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Dialect dialect() const { return m_config.dialect; }
    /// The backend's SQL differences (fragments for repositories): see SqlDialect.
    const SqlDialect& sql() const { return m_sql; }
    const DatabaseConfig& config() const { return m_config; }

    /// The calling thread's connection; throws StoreError if it cannot be opened.
    QSqlDatabase connection();

    /// A prepared statement for `sql` on the calling thread's connection, cached per thread.
    /// Bind values and exec() it; do not keep it across another prepared() of the same text.
    QSqlQuery& prepared(const QString& sql);

    /// A prepared statement that is not cached: for SQL assembled per call (list filters and
    /// sort orders), whose variants would otherwise fill the cache.
    QSqlQuery uncached(const QString& sql);

    /// Closes the calling thread's connection (it is reopened on the next use).
    void closeThreadConnection();

    /// SQLite: copies the write-ahead log into the database file from a thread of its own
    /// (PRAGMA wal_checkpoint(PASSIVE) every CheckpointIntervalMs), so that a commit only appends
    /// to the log and no writer pays for a checkpoint while everyone else waits for the write
    /// lock. The connections' own automatic checkpoint stays as a backstop at a high mark.
    /// Called once the schema is in place; stopped by the destructor.
    void startCheckpointer();
    static constexpr int CheckpointIntervalMs = 250;
    static constexpr int RestartFrames = 2000; ///< ~8 MB of log: start it over

private:
    friend class Transaction;
    ThreadConnection& threadConnection();
    void checkpoint();

    DatabaseConfig m_config;
    SqlDialect m_sql;
    /// SQLite has one writer at a time. Writers of this process queue on this mutex instead of
    /// polling SQLite's lock in the busy handler's growing sleeps (which made p99 latencies
    /// spike); other processes on the same file still meet the busy timeout.
    FifoMutex m_sqliteWriteLock;
    QThreadStorage<ThreadConnection*> m_connections;
    const QString m_connectionPrefix;

    std::thread m_checkpointer;
    std::mutex m_checkpointMutex;
    std::condition_variable m_checkpointWake;
    bool m_stopping = false;
};

/// One transaction on the calling thread's connection; rolls back unless committed.
/// SQLite: writes queue on the store's write lock, then take SQLite's with BEGIN IMMEDIATE (so a
/// writer never fails on a lock upgrade); reads run BEGIN (a consistent snapshot in WAL mode).
/// PostgreSQL: writes run READ COMMITTED — rules stay safe through versioned updates
/// ("WHERE version = :v" re-checks the newest row), unique constraints and row locks (SELECT
/// ... FOR UPDATE) where a rule reads before it writes; deadlocks and serialization failures
/// are retried by the dispatcher. A read-only call runs its statements in autocommit, each on
/// its own snapshot, saving two round trips per call.
class Transaction final
{
public:
    enum Mode { ReadOnly, ReadWrite };
    Transaction(Database& db, Mode mode);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    void control(const QString& sql);

    Database& m_db;
    std::unique_lock<FifoMutex> m_writeLock;
    bool m_open = false;
};

/// Executes a prepared query and throws StoreError on failure.
void exec(QSqlQuery& query);
/// Executes one statement without caching (DDL, pragmas).
void execDirect(Database& db, const QString& sql);

/// Current UTC time as stored: ISO 8601 with milliseconds and "Z".
QString nowText();

} // namespace Erp::Storage
