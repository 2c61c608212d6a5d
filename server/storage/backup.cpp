#include "server/storage/backup.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVersionNumber>

#include <algorithm>
#include <fcntl.h>
#include <unistd.h>

namespace Erp::Storage {

namespace {

[[noreturn]] void fail(const QString& message)
{
    StoreError e;
    e.message = message;
    throw e;
}

/// A connection of its own (not a worker's): closed and removed when it goes out of scope.
class ScratchConnection final
{
public:
    ScratchConnection(const DatabaseConfig& config, const QString& databaseName)
    {
        static QAtomicInteger<quint64> counter;
        m_name = QStringLiteral("erp-backup-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db;
        if (config.dialect == Dialect::Sqlite) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            db.setHostName(config.host);
            db.setPort(config.port);
            db.setUserName(config.user);
            db.setPassword(config.password);
        }
        db.setDatabaseName(databaseName);
        if (!db.open()) {
            const QString error = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_name);
            m_name.clear();
            fail(error);
        }
        m_db = db;
    }
    ~ScratchConnection()
    {
        if (m_name.isEmpty())
            return;
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    ScratchConnection(const ScratchConnection&) = delete;
    ScratchConnection& operator=(const ScratchConnection&) = delete;

    /// Runs `sql` with `values` bound in order; the query for reading results.
    QSqlQuery run(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(m_db);
        if (!q.prepare(sql))
            fail(q.lastError().text());
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec())
            fail(q.lastError().text());
        return q;
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

/// pg_dump / pg_restore: from PATH (Debian's wrapper picks the newest installed version), else
/// the newest /usr/lib/postgresql/N/bin.
QString pgTool(const QString& name)
{
    const QString inPath = QStandardPaths::findExecutable(name);
    if (!inPath.isEmpty())
        return inPath;
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString& a, const QString& b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString& v : versions) {
        const QString candidate = lib.filePath(v + QStringLiteral("/bin/") + name);
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    fail(QStringLiteral("%1 was not found (install postgresql-client)").arg(name));
}

/// Runs a PostgreSQL client tool against `config`'s server; the password goes only into the
/// child's environment, never onto its command line.
void runPgTool(const QString& tool, QStringList args, const DatabaseConfig& config)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!config.password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), config.password);
    process.setProcessEnvironment(env);
    args.prepend(QStringLiteral("--no-password"));
    args << QStringLiteral("--host") << config.host << QStringLiteral("--port")
         << QString::number(config.port);
    if (!config.user.isEmpty())
        args << QStringLiteral("--username") << config.user;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(pgTool(tool), args);
    if (!process.waitForStarted(30000))
        fail(QStringLiteral("%1 did not start: %2").arg(tool, process.errorString()));
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        fail(QStringLiteral("%1 failed: %2")
                 .arg(tool, QString::fromLocal8Bit(process.readAll()).trimmed().left(2000)));
}

bool syncFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

QByteArray fileHead(const QString& path, int bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    return f.read(bytes);
}

/// `name` as a double-quoted SQL identifier (CREATE/DROP DATABASE take no bound values).
QString quotedIdentifier(const QString& name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

bool postgresDatabaseExists(const DatabaseConfig& config)
{
    ScratchConnection maintenance(config, QStringLiteral("postgres"));
    QSqlQuery q = maintenance.run(
        QStringLiteral("SELECT 1 FROM pg_catalog.pg_database WHERE datname = ?"), {config.name});
    return q.next();
}

} // namespace

QString Backup::extension(Dialect dialect)
{
    return dialect == Dialect::Sqlite ? QStringLiteral("erp") : QStringLiteral("dump");
}

void Backup::snapshot(const DatabaseConfig& config, const QString& file)
{
    if (QFileInfo::exists(file))
        fail(QStringLiteral("%1 exists already").arg(file));
    if (config.dialect == Dialect::Sqlite) {
        if (!QFileInfo(config.path).isFile())
            fail(QStringLiteral("there is no company file %1").arg(config.path));
        // VACUUM INTO runs outside a transaction: it reads one snapshot of the WAL database
        // while the workers keep writing, and writes a complete, compact database.
        ScratchConnection source(config, config.path);
        source.run(QStringLiteral("VACUUM INTO ?"), {file});
    } else {
        runPgTool(QStringLiteral("pg_dump"),
                  {QStringLiteral("--format=custom"), QStringLiteral("--file"), file,
                   QStringLiteral("--dbname=") + config.name},
                  config);
    }
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!syncFile(file))
        fail(QStringLiteral("cannot write %1 to disk").arg(file));
}

bool Backup::isEmptyStore(const DatabaseConfig& config)
{
    if (config.dialect == Dialect::Sqlite) {
        const QFileInfo info(config.path);
        if (!info.exists() || info.size() == 0)
            return true;
        ScratchConnection db(config, config.path);
        QSqlQuery q = db.run(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        return q.next() && q.value(0).toLongLong() == 0;
    }
    if (!postgresDatabaseExists(config))
        return true;
    ScratchConnection db(config, config.name);
    QSqlQuery q =
        db.run(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname NOT IN "
                              "('pg_catalog', 'information_schema')"));
    return q.next() && q.value(0).toLongLong() == 0;
}

void Backup::restore(const QString& file, const DatabaseConfig& target)
{
    if (!QFileInfo(file).isFile())
        fail(QStringLiteral("there is no backup file %1").arg(file));
    const QByteArray head = fileHead(file, 16);
    const bool sqliteFile = head.startsWith("SQLite format 3");
    const bool pgDump = head.startsWith("PGDMP");
    if (!sqliteFile && !pgDump)
        fail(QStringLiteral("%1 is neither a company file (SQLite) nor a pg_dump archive")
                 .arg(file));
    if (sqliteFile != (target.dialect == Dialect::Sqlite))
        fail(sqliteFile ? QStringLiteral("%1 is a SQLite company file: restore it into a "
                                         "sqlite: database")
                              .arg(file)
                        : QStringLiteral("%1 is a PostgreSQL backup: restore it into a "
                                         "postgresql:// database")
                              .arg(file));
    if (!isEmptyStore(target))
        fail(QStringLiteral("refusing to restore into %1: it is not empty (restore into a new "
                            "database)")
                 .arg(target.displayName()));

    if (target.dialect == Dialect::Sqlite) {
        const QString partial = target.path + QStringLiteral(".partial");
        QFile::remove(partial);
        if (QFileInfo::exists(target.path) && !QFile::remove(target.path)) // empty, see above
            fail(QStringLiteral("cannot replace the empty file %1").arg(target.path));
        if (!QFile::copy(file, partial))
            fail(QStringLiteral("cannot copy %1 to %2").arg(file, partial));
        QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (!syncFile(partial) || !QFile::rename(partial, target.path)) {
            QFile::remove(partial);
            fail(QStringLiteral("cannot write %1").arg(target.path));
        }
        return;
    }
    const bool created = !postgresDatabaseExists(target);
    if (created) {
        ScratchConnection maintenance(target, QStringLiteral("postgres"));
        maintenance.run(QStringLiteral("CREATE DATABASE ") + quotedIdentifier(target.name));
    }
    try {
        runPgTool(QStringLiteral("pg_restore"),
                  {QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
                   QStringLiteral("--exit-on-error"), QStringLiteral("--single-transaction"),
                   QStringLiteral("--dbname=") + target.name, file},
                  target);
    } catch (const StoreError&) {
        if (created)
            dropRestored(target);
        throw;
    }
}

void Backup::dropRestored(const DatabaseConfig& target)
{
    if (target.dialect == Dialect::Sqlite) {
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(target.path + QLatin1String(suffix));
        return;
    }
    ScratchConnection maintenance(target, QStringLiteral("postgres"));
    maintenance.run(QStringLiteral("DROP DATABASE IF EXISTS ") + quotedIdentifier(target.name));
}

BackupDirectory::BackupDirectory(DatabaseConfig config, QString directory, int keep)
    : m_config(std::move(config))
    , m_directory(QDir(directory).absolutePath())
    , m_keep(keep)
{}

QString BackupDirectory::prefix() const
{
    QString base = m_config.dialect == Dialect::Sqlite ? QFileInfo(m_config.path).completeBaseName()
                                                       : m_config.name;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
    base.replace(unsafe, QStringLiteral("_"));
    return base.isEmpty() ? QStringLiteral("company") : base;
}

QList<BackupFile> BackupDirectory::list() const
{
    const QString ext = Backup::extension(m_config.dialect);
    const QRegularExpression pattern(QStringLiteral("^%1-(\\d{8}-\\d{6})Z(?:-(\\d+))?\\.%2$")
                                         .arg(QRegularExpression::escape(prefix()), ext));
    QList<std::pair<int, BackupFile>> found;
    const QDir dir(m_directory);
    for (const QFileInfo& info :
         dir.entryInfoList({prefix() + QStringLiteral("-*.") + ext}, QDir::Files, QDir::Name)) {
        const auto m = pattern.match(info.fileName());
        if (!m.hasMatch())
            continue;
        BackupFile f;
        f.name = info.fileName();
        f.path = info.absoluteFilePath();
        f.size = info.size();
        f.createdAt = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        f.createdAt.setTimeSpec(Qt::UTC);
        found.append({m.captured(2).toInt(), f});
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return a.second.createdAt != b.second.createdAt ? a.second.createdAt > b.second.createdAt
                                                        : a.first > b.first;
    });
    QList<BackupFile> out;
    for (const auto& f : found)
        out.append(f.second);
    return out;
}

QDateTime BackupDirectory::newest() const
{
    const QList<BackupFile> files = list();
    return files.isEmpty() ? QDateTime() : files.first().createdAt;
}

BackupFile BackupDirectory::run()
{
    std::lock_guard lock(m_running);
    QDir dir(m_directory);
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral(".")))
            fail(QStringLiteral("cannot create the backup directory %1").arg(m_directory));
        QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString stamp = prefix() + QLatin1Char('-') +
                          now.toString(QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1Char('Z');
    const QString ext = QLatin1Char('.') + Backup::extension(m_config.dialect);
    QString name = stamp + ext;
    for (int n = 2; dir.exists(name); ++n)
        name = stamp + QLatin1Char('-') + QString::number(n) + ext;
    const QString partial = dir.filePath(QLatin1Char('.') + name + QStringLiteral(".partial"));
    QFile::remove(partial);
    try {
        Backup::snapshot(m_config, partial);
    } catch (const StoreError&) {
        QFile::remove(partial);
        throw;
    }
    if (!QFile::rename(partial, dir.filePath(name))) {
        QFile::remove(partial);
        fail(QStringLiteral("cannot rename %1 to %2").arg(partial, name));
    }
    syncFile(m_directory); // the rename itself reaches the disk
    prune();
    BackupFile f;
    f.name = name;
    f.path = dir.filePath(name);
    f.size = QFileInfo(f.path).size();
    f.createdAt = QDateTime::fromString(now.toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                        QStringLiteral("yyyyMMdd-HHmmss"));
    f.createdAt.setTimeSpec(Qt::UTC);
    return f;
}

void BackupDirectory::prune()
{
    if (m_keep <= 0)
        return;
    const QList<BackupFile> files = list();
    for (qsizetype i = m_keep; i < files.size(); ++i)
        QFile::remove(files.at(i).path);
}

} // namespace Erp::Storage
