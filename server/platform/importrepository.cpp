#include "server/platform/importrepository.h"

#include "server/storage/bulkinsert.h"
#include "server/storage/database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Erp::Platform {

using Storage::exec;

namespace {

QString jsonText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QList<StagedRow> readRows(QSqlQuery& q)
{
    QList<StagedRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), jsonObject(q.value(2))});
    q.finish();
    return rows;
}

} // namespace

qint64 ImportRepository::insertJob(const ImportJob& job, const QString& now)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO import_jobs (entity, user_id, options_json, status, rows_staged, problems, "
        "created_at, expires_at) VALUES (:e, :u, :o, :s, 0, 0, :c, :x) RETURNING id"));
    q.bindValue(QStringLiteral(":e"), job.entity);
    q.bindValue(QStringLiteral(":u"), job.userId);
    q.bindValue(QStringLiteral(":o"), jsonText(job.options));
    q.bindValue(QStringLiteral(":s"), job.status);
    q.bindValue(QStringLiteral(":c"), now);
    q.bindValue(QStringLiteral(":x"), job.expiresAt);
    exec(q);
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

std::optional<ImportJob> ImportRepository::job(qint64 id)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id, entity, user_id, options_json, status, rows_staged, problems, "
                       "expires_at, result_json FROM import_jobs WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    std::optional<ImportJob> job;
    if (q.next())
        job = ImportJob{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                        jsonObject(q.value(3)),  q.value(4).toString(), q.value(5).toLongLong(),
                        q.value(6).toLongLong(), q.value(7).toString(), jsonObject(q.value(8))};
    q.finish();
    return job;
}

void ImportRepository::updateJob(const ImportJob& job)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("UPDATE import_jobs SET status = :s, rows_staged = :r, problems = :p, "
                       "expires_at = :x, result_json = :res WHERE id = :id"));
    q.bindValue(QStringLiteral(":s"), job.status);
    q.bindValue(QStringLiteral(":r"), job.rowsStaged);
    q.bindValue(QStringLiteral(":p"), job.problems);
    q.bindValue(QStringLiteral(":x"), job.expiresAt);
    q.bindValue(QStringLiteral(":res"), job.result.isEmpty() ? QVariant() : jsonText(job.result));
    q.bindValue(QStringLiteral(":id"), job.id);
    exec(q);
}

void ImportRepository::purgeExpired(const QString& now)
{
    QSqlQuery& rows = m_db.prepared(
        QStringLiteral("DELETE FROM import_rows WHERE job_id IN (SELECT id FROM import_jobs "
                       "WHERE expires_at < :now)"));
    rows.bindValue(QStringLiteral(":now"), now);
    exec(rows);
    // The job rows stay (status "expired") so that a late call is told why.
    QSqlQuery& jobs = m_db.prepared(QStringLiteral(
        "UPDATE import_jobs SET status = 'expired' WHERE expires_at < :now AND status = "
        "'staging'"));
    jobs.bindValue(QStringLiteral(":now"), now);
    exec(jobs);
}

void ImportRepository::deleteRows(qint64 jobId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("DELETE FROM import_rows WHERE job_id = :j"));
    q.bindValue(QStringLiteral(":j"), jobId);
    exec(q);
}

void ImportRepository::insertRows(qint64 jobId, const QList<StagedRow>& rows)
{
    using C = Storage::BulkInsert::Column;
    Storage::BulkInsert insert(m_db, QStringLiteral("import_rows"),
                               {C{QStringLiteral("job_id"), true},
                                C{QStringLiteral("row_no"), true}, C{QStringLiteral("row_key")},
                                C{QStringLiteral("data_json")}});
    for (const StagedRow& r : rows)
        insert.add({jobId, r.rowNo, r.key, jsonText(r.data)});
    insert.exec();
}

qint64 ImportRepository::lastRowNo(qint64 jobId)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT MAX(row_no) FROM import_rows WHERE job_id = :j"));
    q.bindValue(QStringLiteral(":j"), jobId);
    exec(q);
    const qint64 row = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return row;
}

QHash<QString, qint64> ImportRepository::firstRowsWithKeys(qint64 jobId, const QStringList& keys)
{
    QHash<QString, qint64> out;
    if (keys.isEmpty())
        return out;
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT row_key, MIN(row_no) FROM import_rows WHERE job_id = :j AND "
                       "row_key IN (") +
        m_db.sql().textListSelect(QStringLiteral("keys")) + QStringLiteral(") GROUP BY row_key"));
    q.bindValue(QStringLiteral(":j"), jobId);
    q.bindValue(QStringLiteral(":keys"), Storage::SqlDialect::textList(keys));
    exec(q);
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    q.finish();
    return out;
}

QList<StagedRow> ImportRepository::rowsAfter(qint64 jobId, qint64 afterRowNo, int limit)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT row_no, row_key, data_json FROM import_rows WHERE job_id = :j "
                       "AND row_no > :n ORDER BY row_no LIMIT :l"));
    q.bindValue(QStringLiteral(":j"), jobId);
    q.bindValue(QStringLiteral(":n"), afterRowNo);
    q.bindValue(QStringLiteral(":l"), limit);
    exec(q);
    return readRows(q);
}

QList<StagedRow> ImportRepository::rowsByKeyAfter(qint64 jobId, const QString& afterKey,
                                                  qint64 afterRowNo, int limit)
{
    if (afterKey.isNull()) { // the first page (a null key would compare as SQL NULL)
        QSqlQuery& q = m_db.prepared(QStringLiteral(
            "SELECT row_no, row_key, data_json FROM import_rows WHERE job_id = :job ORDER BY "
            "row_key, row_no LIMIT :page"));
        q.bindValue(QStringLiteral(":job"), jobId);
        q.bindValue(QStringLiteral(":page"), limit);
        exec(q);
        return readRows(q);
    }
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT row_no, row_key, data_json FROM import_rows WHERE job_id = :job AND (row_key > "
        ":after_key OR (row_key = :same_key AND row_no > :after_row)) ORDER BY row_key, row_no "
        "LIMIT :page"));
    q.bindValue(QStringLiteral(":job"), jobId);
    q.bindValue(QStringLiteral(":after_key"), afterKey);
    q.bindValue(QStringLiteral(":same_key"), afterKey);
    q.bindValue(QStringLiteral(":after_row"), afterRowNo);
    q.bindValue(QStringLiteral(":page"), limit);
    exec(q);
    return readRows(q);
}

void ImportRepository::savepoint(const QString& name)
{
    Storage::execDirect(m_db, QStringLiteral("SAVEPOINT ") + name);
}

void ImportRepository::rollbackTo(const QString& name)
{
    Storage::execDirect(m_db, QStringLiteral("ROLLBACK TO SAVEPOINT ") + name);
}

void ImportRepository::release(const QString& name)
{
    Storage::execDirect(m_db, QStringLiteral("RELEASE SAVEPOINT ") + name);
}

void ImportRepository::refreshStatistics(const QStringList& tables, qint64 rowsWritten)
{
    const QString estimate = m_db.sql().plannerRowEstimate();
    for (const QString& table : tables) {
        const QString sql = m_db.sql().refreshStatistics(table);
        if (sql.isEmpty())
            continue;
        QSqlQuery& q = m_db.prepared(estimate);
        q.bindValue(QStringLiteral(":table"), table);
        exec(q);
        const double rows = q.next() ? q.value(0).toDouble() : -1;
        q.finish();
        if (rows < double(rowsWritten))
            Storage::execDirect(m_db, sql);
    }
}

} // namespace Erp::Platform
