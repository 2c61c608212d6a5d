#include "server/storage/database.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

namespace Erp::Storage {

namespace {

QAtomicInteger<quint64> g_databaseSerial;

StoreError toStoreError(const QSqlError& error, Dialect dialect)
{
    StoreError e;
    e.message = error.text();
    const QString code = error.nativeErrorCode();
    if (dialect == Dialect::Sqlite) {
        // 5 = SQLITE_BUSY, 6 = SQLITE_LOCKED (extended codes end in the primary code byte).
        const int primary = code.toInt() & 0xff;
        e.transient = primary == 5 || primary == 6;
        e.uniqueViolation = primary == 19 && e.message.contains(QLatin1String("UNIQUE"));
    } else {
        e.transient = code == QLatin1String("40001") || code == QLatin1String("40P01");
        e.uniqueViolation = code == QLatin1String("23505");
        // Class 08 (connection exception), 57P01..03 (server shutting down), or libpq's own
        // "no connection" / "server closed the connection" without a SQLSTATE.
        e.connectionLost = error.type() == QSqlError::ConnectionError ||
                           code.startsWith(QLatin1String("08")) ||
                           code.startsWith(QLatin1String("57P")) ||
                           e.message.contains(QLatin1String("no connection to the server")) ||
                           e.message.contains(QLatin1String("server closed the connection")) ||
                           e.message.contains(QLatin1String("terminating connection"));
    }
    return e;
}

} // namespace

/// The per-thread connection and its statement cache.
class ThreadConnection final
{
public:
    ThreadConnection(const DatabaseConfig& config, const QString& name)
        : m_name(name)
        , m_dialect(config.dialect)
    {
        QSqlDatabase db;
        if (config.dialect == Dialect::Sqlite) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(config.path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(config.host);
            db.setPort(config.port);
            db.setUserName(config.user);
            db.setPassword(config.password);
            db.setDatabaseName(config.name);
        }
        if (!db.open()) {
            StoreError e = toStoreError(db.lastError(), m_dialect);
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            throw e;
        }
        m_db = db;
        if (config.dialect == Dialect::Sqlite) {
            // WAL: readers never block the writer. synchronous=NORMAL in WAL mode keeps every
            // committed transaction across a process crash (kill -9); only an OS crash or power
            // loss may lose the last commits.
            // wal_autocheckpoint: the checkpointer thread keeps the log short; a committing
            // connection checkpoints itself only if the log ever grows past ~200 MB, and a log
            // that grew is cut back to 64 MB once it starts over.
            for (const char* pragma :
                 {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
                  "PRAGMA temp_store=MEMORY", "PRAGMA wal_autocheckpoint=50000",
                  "PRAGMA journal_size_limit=67108864"}) {
                QSqlQuery q(m_db);
                if (!q.exec(QString::fromLatin1(pragma)))
                    throw toStoreError(q.lastError(), m_dialect);
            }
        } else {
            QSqlQuery q(m_db);
            if (!q.exec(QStringLiteral("SET client_min_messages TO WARNING")))
                throw toStoreError(q.lastError(), m_dialect);
        }
    }

    ~ThreadConnection()
    {
        m_statements.clear();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }

    QSqlDatabase& db() { return m_db; }

    QSqlQuery& prepared(const QString& sql)
    {
        auto it = m_statements.find(sql);
        if (it == m_statements.end()) {
            if (!m_db.isOpen()) {
                StoreError e;
                e.message = QStringLiteral("the database connection is closed");
                e.connectionLost = true;
                throw e;
            }
            // Statement texts are fixed in the code, but list methods combine filters and
            // sort keys; a bounded cache keeps a caller from growing memory without end.
            if (m_statements.size() >= MaxCachedStatements)
                m_statements.clear();
            QSqlQuery q(m_db);
            if (!q.prepare(sql))
                throw toStoreError(q.lastError(), m_dialect);
            it = m_statements.insert(sql, q);
        }
        it->finish();
        return *it;
    }

private:
    static constexpr int MaxCachedStatements = 128;

    QString m_name;
    Dialect m_dialect;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
};

std::optional<DatabaseConfig> DatabaseConfig::fromUrl(const QString& url, QString* error)
{
    DatabaseConfig c;
    if (url.startsWith(QLatin1String("sqlite:"))) {
        c.dialect = Dialect::Sqlite;
        c.path = url.mid(7);
        if (c.path.startsWith(QLatin1String("//")))
            c.path = c.path.mid(2);
        if (c.path.isEmpty()) {
            if (error)
                *error = QStringLiteral(
                    "sqlite: URL needs a file path, e.g. sqlite:/var/lib/erp/company.db");
            return std::nullopt;
        }
        return c;
    }
    if (url.startsWith(QLatin1String("postgresql://")) ||
        url.startsWith(QLatin1String("postgres://"))) {
        const QUrl u(url);
        if (!u.isValid() || u.path().size() < 2) {
            if (error)
                *error = QStringLiteral(
                    "PostgreSQL URL must look like postgresql://user@host:port/dbname");
            return std::nullopt;
        }
        c.dialect = Dialect::Postgres;
        c.host = u.host().isEmpty() ? QStringLiteral("127.0.0.1") : u.host();
        c.port = u.port(5432);
        c.user = u.userName();
        c.password = u.password();
        if (c.password.isEmpty())
            c.password = qEnvironmentVariable("PGPASSWORD");
        c.name = u.path().mid(1);
        return c;
    }
    if (error)
        *error = QStringLiteral(
            "unknown database URL (use sqlite:/path/file.db or postgresql://user@host:port/db)");
    return std::nullopt;
}

QString DatabaseConfig::displayName() const
{
    if (dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(name);
}

Database::Database(DatabaseConfig config)
    : m_config(std::move(config))
    , m_sql(m_config.dialect)
    , m_connectionPrefix(QStringLiteral("erp-%1-").arg(++g_databaseSerial))
{}

Database::~Database()
{
    if (m_checkpointer.joinable()) {
        {
            std::lock_guard<std::mutex> lock(m_checkpointMutex);
            m_stopping = true;
        }
        m_checkpointWake.notify_all();
        m_checkpointer.join();
    }
    // Connections of other threads are closed when those threads end (QThreadStorage);
    // the owner stops its workers before destroying the store.
    closeThreadConnection();
}

void Database::checkpoint()
{
    // PASSIVE never waits for readers or writers: it copies what it can, and reports how long
    // the log is (frames) and how much of it is in the database file now.
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        throw toStoreError(q.lastError(), m_config.dialect);
    const int logFrames = q.next() ? q.value(1).toInt() : 0;
    q.finish();
    if (logFrames < RestartFrames)
        return;
    // Under constant writing the log never finds a moment to start over on its own. Between
    // two of this process's writers (its write lock), RESTART copies the few frames left and
    // lets the next writer begin the log again from its start.
    std::lock_guard<FifoMutex> writer(m_sqliteWriteLock);
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(RESTART)")))
        throw toStoreError(q.lastError(), m_config.dialect);
    q.finish();
}

void Database::startCheckpointer()
{
    if (m_config.dialect != Dialect::Sqlite || m_checkpointer.joinable())
        return;
    m_checkpointer = std::thread([this] {
        std::unique_lock<std::mutex> lock(m_checkpointMutex);
        while (!m_checkpointWake.wait_for(lock, std::chrono::milliseconds(CheckpointIntervalMs),
                                          [this] { return m_stopping; })) {
            lock.unlock();
            try {
                checkpoint();
            } catch (const StoreError&) {
                // Busy or closing: the next round (or the backstop) does it.
            }
            lock.lock();
        }
        lock.unlock();
        closeThreadConnection();
    });
}

ThreadConnection& Database::threadConnection()
{
    if (!m_connections.hasLocalData()) {
        const QString name =
            m_connectionPrefix +
            QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
        m_connections.setLocalData(new ThreadConnection(m_config, name));
    }
    return *m_connections.localData();
}

QSqlDatabase Database::connection()
{
    return threadConnection().db();
}

QSqlQuery& Database::prepared(const QString& sql)
{
    return threadConnection().prepared(sql);
}

QSqlQuery Database::uncached(const QString& sql)
{
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        StoreError e;
        e.message = QStringLiteral("the database connection is closed");
        e.connectionLost = true;
        throw e;
    }
    QSqlQuery q(db);
    if (!q.prepare(sql))
        throw toStoreError(q.lastError(), m_config.dialect);
    return q;
}

void Database::closeThreadConnection()
{
    if (m_connections.hasLocalData())
        m_connections.setLocalData(nullptr);
}

void exec(QSqlQuery& query)
{
    if (!query.exec()) {
        const Dialect d = query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL
                              ? Dialect::Postgres
                              : Dialect::Sqlite;
        throw toStoreError(query.lastError(), d);
    }
}

void execDirect(Database& db, const QString& sql)
{
    const QSqlDatabase connection = db.connection();
    if (!connection.isOpen()) {
        StoreError e;
        e.message = QStringLiteral("the database connection is closed");
        e.connectionLost = true;
        throw e;
    }
    QSqlQuery q(connection);
    if (!q.exec(sql))
        throw toStoreError(q.lastError(), db.dialect());
}

void FifoMutex::lock()
{
    QMutexLocker locker(&m_mutex);
    if (!m_held && m_waiters.empty()) {
        m_held = true;
        return;
    }
    QWaitCondition turn;
    m_waiters.push_back(&turn);
    while (m_held || m_waiters.front() != &turn)
        turn.wait(&m_mutex);
    m_waiters.pop_front();
    m_held = true;
}

void FifoMutex::unlock()
{
    QMutexLocker locker(&m_mutex);
    m_held = false;
    if (!m_waiters.empty())
        m_waiters.front()->wakeOne();
}

Transaction::Transaction(Database& db, Mode mode)
    : m_db(db)
{
    if (db.dialect() == Dialect::Sqlite) {
        if (mode == ReadWrite)
            m_writeLock = std::unique_lock<FifoMutex>(db.m_sqliteWriteLock);
        control(mode == ReadWrite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
        m_open = true;
    } else if (mode == ReadWrite) {
        control(QStringLiteral("BEGIN"));
        m_open = true;
    }
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    try {
        control(QStringLiteral("ROLLBACK"));
    } catch (const StoreError&) {
        // The connection is broken; closing it lets the next call start from scratch.
        m_db.closeThreadConnection();
    }
}

void Transaction::control(const QString& sql)
{
    // PostgreSQL cannot PREPARE transaction control; SQLite profits from the cached statement.
    if (m_db.dialect() == Dialect::Sqlite) {
        exec(m_db.prepared(sql));
        return;
    }
    execDirect(m_db, sql);
}

void Transaction::commit()
{
    if (!m_open)
        return; // a PostgreSQL read: autocommit
    control(QStringLiteral("COMMIT"));
    m_open = false; // after a failed COMMIT the destructor still rolls back
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace Erp::Storage
