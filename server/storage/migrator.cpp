#include "server/storage/migrator.h"

#include "server/storage/database.h"
#include "server/storage/queryresult.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Erp::Storage {

namespace {

struct MigrationFile
{
    int version = 0;
    QString name;
    QString path;
};

QMap<int, MigrationFile> availableMigrations()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QMap<int, MigrationFile> result;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = pattern.match(file);
        if (!m.hasMatch())
            continue;
        const int version = m.captured(1).toInt();
        if (result.contains(version))
            throw StoreError{QStringLiteral("two migrations share number %1").arg(version)};
        result.insert(version, {version, m.captured(2), dir.filePath(file)});
    }
    return result;
}

QStringList statementsFor(const QString& text, Dialect dialect)
{
    const QString id = dialect == Dialect::Sqlite
                           ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                           : QStringLiteral("BIGSERIAL PRIMARY KEY");
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n"));
    QStringList out;
    for (QString paragraph : text.split(blankLines, Qt::SkipEmptyParts)) {
        paragraph = paragraph.trimmed();
        if (paragraph.startsWith(QLatin1String("-- sqlite"))) {
            if (dialect != Dialect::Sqlite)
                continue;
        } else if (paragraph.startsWith(QLatin1String("-- postgres"))) {
            if (dialect != Dialect::Postgres)
                continue;
        }
        // Drop comment-only lines; what remains is one statement.
        QStringList lines;
        for (const QString& line : paragraph.split(QLatin1Char('\n')))
            if (!line.trimmed().startsWith(QLatin1String("--")))
                lines.append(line);
        QString statement = lines.join(QLatin1Char('\n')).trimmed();
        if (statement.isEmpty())
            continue;
        statement.replace(QLatin1String("${ID}"), id);
        out.append(statement);
    }
    return out;
}

} // namespace

Migrator::Migrator(Database& db)
    : m_db(db)
{}

int Migrator::latestVersion()
{
    const auto all = availableMigrations();
    return all.isEmpty() ? 0 : all.lastKey();
}

int Migrator::currentVersion()
{
    execDirect(m_db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                    "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                    "applied_at TEXT NOT NULL)"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    exec(q);
    return int(oneInteger(q));
}

int Migrator::migrate(int targetVersion)
{
    const auto all = availableMigrations();
    const int current = currentVersion();
    const int latest = all.isEmpty() ? 0 : all.lastKey();
    if (current > latest)
        throw StoreError{
            QStringLiteral("the database schema (version %1) is newer than this program "
                           "(version %2); upgrade the program")
                .arg(current)
                .arg(latest)};
    int applied = 0;
    for (const MigrationFile& m : all) {
        if (m.version <= current)
            continue;
        if (m.version > targetVersion)
            break;
        QFile f(m.path);
        if (!f.open(QIODevice::ReadOnly))
            throw StoreError{QStringLiteral("cannot read migration %1").arg(m.path)};
        const QString text = QString::fromUtf8(f.readAll());
        Transaction tx(m_db, Transaction::ReadWrite);
        for (const QString& statement : statementsFor(text, m_db.dialect())) {
            QSqlQuery q(m_db.connection());
            if (!q.exec(statement))
                throw StoreError{QStringLiteral("migration %1_%2 failed: %3")
                                     .arg(m.version, 4, 10, QLatin1Char('0'))
                                     .arg(m.name, q.lastError().text())};
        }
        QSqlQuery record(m_db.connection());
        record.prepare(QStringLiteral(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :t)"));
        record.bindValue(QStringLiteral(":v"), m.version);
        record.bindValue(QStringLiteral(":n"), m.name);
        record.bindValue(QStringLiteral(":t"), nowText());
        exec(record);
        tx.commit();
        ++applied;
    }
    return applied;
}

} // namespace Erp::Storage
