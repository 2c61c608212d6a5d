#pragma once

#include <QString>
#include <QThreadStorage>

#include <memory>
#include <optional>

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
};

class ThreadConnection;

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
    const DatabaseConfig& config() const { return m_config; }

    /// The calling thread's connection; throws StoreError if it cannot be opened.
    QSqlDatabase connection();

    /// A prepared statement for `sql` on the calling thread's connection, cached per thread.
    /// Bind values and exec() it; do not keep it across another prepared() of the same text.
    QSqlQuery& prepared(const QString& sql);

    /// Closes the calling thread's connection (it is reopened on the next use).
    void closeThreadConnection();

private:
    ThreadConnection& threadConnection();

    DatabaseConfig m_config;
    QThreadStorage<ThreadConnection*> m_connections;
    const QString m_connectionPrefix;
};

/// One transaction on the calling thread's connection; rolls back unless committed.
/// SQLite write transactions take the write lock up front (BEGIN IMMEDIATE) so that two
/// writers wait for each other instead of failing on a lock upgrade; PostgreSQL writes run
/// SERIALIZABLE and are retried by the dispatcher on a serialization failure.
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
    bool m_open = false;
};

/// Executes a prepared query and throws StoreError on failure.
void exec(QSqlQuery& query);
/// Executes one statement without caching (DDL, pragmas).
void execDirect(Database& db, const QString& sql);

/// Current UTC time as stored: ISO 8601 with milliseconds and "Z".
QString nowText();

} // namespace Erp::Storage
