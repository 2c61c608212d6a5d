#include "server/platform/importservice.h"

#include "common/jsonrpc.h"
#include "common/permission.h"
#include "server/platform/fieldaccess.h"
#include "server/platform/importregistry.h"
#include "server/platform/importrepository.h"
#include "server/rpc/callcontext.h"
#include "server/storage/database.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Erp::Platform {

using Rpc::Error;

namespace {

const QString kCheckSavepoint = QStringLiteral("import_check");

QString nowPlus(int seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODateWithMs);
}

QJsonObject problem(qint64 row, const QString& column, const QString& code, const QString& message,
                    const QString& messageId, const QJsonObject& args = {})
{
    return QJsonObject{{QStringLiteral("row"), row},
                       {QStringLiteral("column"), column},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("message_id"), messageId},
                       {QStringLiteral("args"), args}};
}

QString textOf(const QJsonValue& v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'f', 6).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

/// Checks and normalises one cell by its column type; returns false with a problem.
bool normaliseCell(const ImportColumn& column, QString& value, QJsonObject& problemOut, qint64 row)
{
    using Type = ImportColumn::Type;
    static const QRegularExpression control(
        QStringLiteral("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]"));
    if (control.match(value).hasMatch()) {
        problemOut = problem(row, column.name, QStringLiteral("control_chars"),
                             QStringLiteral("contains control characters"),
                             QStringLiteral("platform.import.control_chars"), {});
        return false;
    }
    static const QRegularExpression integer(QStringLiteral("^[-+]?\\d+$"));
    static const QRegularExpression decimal(QStringLiteral("^[-+]?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    switch (column.type) {
    case Type::Text:
        return true;
    case Type::Integer:
        if (integer.match(value).hasMatch())
            return true;
        problemOut = problem(row, column.name, QStringLiteral("invalid"),
                             QStringLiteral("\"%1\" is not a whole number").arg(value),
                             QStringLiteral("platform.import.not_integer"),
                             {{QStringLiteral("value"), value}});
        return false;
    case Type::Decimal: {
        QString plain = value;
        plain.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
        if (plain.startsWith(QChar(0xA5)) || plain.startsWith(QChar(0xFFE5)))
            plain.remove(0, 1);
        if (decimal.match(plain).hasMatch()) {
            value = plain;
            return true;
        }
        problemOut = problem(row, column.name, QStringLiteral("invalid"),
                             QStringLiteral("\"%1\" is not a number").arg(value),
                             QStringLiteral("platform.import.not_number"),
                             {{QStringLiteral("value"), value}});
        return false;
    }
    case Type::Date: {
        for (const QString& format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy/M/d"),
                                      QStringLiteral("yyyy-M-d"), QStringLiteral("yyyy.M.d")}) {
            const QDate d = QDate::fromString(value.left(10).trimmed(), format);
            if (d.isValid()) {
                value = d.toString(Qt::ISODate);
                return true;
            }
        }
        problemOut =
            problem(row, column.name, QStringLiteral("invalid"),
                    QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(value),
                    QStringLiteral("platform.import.not_date"), {{QStringLiteral("value"), value}});
        return false;
    }
    case Type::Boolean: {
        const QString v = value.toLower();
        static const QStringList yes{QStringLiteral("true"), QStringLiteral("1"),
                                     QStringLiteral("yes"), QStringLiteral("y"),
                                     QStringLiteral("是")};
        static const QStringList no{QStringLiteral("false"), QStringLiteral("0"),
                                    QStringLiteral("no"), QStringLiteral("n"),
                                    QStringLiteral("否")};
        if (yes.contains(v) || no.contains(v)) {
            value = yes.contains(v) ? QStringLiteral("true") : QStringLiteral("false");
            return true;
        }
        problemOut = problem(row, column.name, QStringLiteral("invalid"),
                             QStringLiteral("\"%1\" is not yes or no").arg(value),
                             QStringLiteral("platform.import.not_boolean"),
                             {{QStringLiteral("value"), value}});
        return false;
    }
    }
    return true;
}

/// An error of the row handler as problems of the file's rows and columns.
QList<QJsonObject> problemsOf(const Error& e, const ImportEntity& entity,
                              const QList<qint64>& rowNumbers)
{
    QList<QJsonObject> out;
    const QJsonArray fields = e.data.toObject().value(QLatin1String("fields")).toArray();
    for (const QJsonValue& v : fields) {
        const QJsonObject f = v.toObject();
        const int index = f.value(QLatin1String("row")).toInt(0);
        const QString field = f.value(QLatin1String("field")).toString();
        out.append(problem(
            rowNumbers.value(index, rowNumbers.first()), entity.column(field) ? field : QString(),
            f.value(QLatin1String("code")).toString(), f.value(QLatin1String("message")).toString(),
            f.value(QLatin1String("message_id")).toString(),
            f.value(QLatin1String("args")).toObject()));
    }
    if (out.isEmpty())
        out.append(problem(rowNumbers.first(), QString(), QStringLiteral("rejected"), e.message,
                           e.messageId(), e.messageArgs()));
    return out;
}

/// The records of a batch through the entity's bulk path, or one by one through its row
/// handler. No savepoint per record (each would cost two statements and, on PostgreSQL, a
/// subtransaction): the services check before they write, and any problem rolls the whole file
/// back anyway. A record the store itself refuses ends the batch (storeError): on PostgreSQL
/// the transaction is then unusable until the caller rolls back to its savepoint (dry run) or
/// gives up (commit).
QList<ImportResult> runBatch(Rpc::CallContext& ctx, const ImportEntity& entity,
                             const QList<ImportRecord>& records, const QJsonObject& options,
                             ImportPass pass)
{
    if (entity.applyBatch)
        return entity.applyBatch(ctx, records, options, pass);
    QList<ImportResult> out;
    out.reserve(records.size());
    for (const ImportRecord& record : records) {
        ImportResult result;
        const qsizetype changesBefore = ctx.changes.size();
        try {
            result.outcome = entity.apply(ctx, record.rows, options);
        } catch (const Error& e) {
            ctx.changes.resize(changesBefore);
            result.error = e;
        } catch (const Storage::StoreError& e) {
            if (e.transient || e.connectionLost)
                throw;
            ctx.changes.resize(changesBefore);
            result.storeError = e.message;
        }
        out.append(result);
        if (!result.storeError.isEmpty())
            break;
    }
    return out;
}

/// The problems of one record's result (none = written or checked clean).
QList<QJsonObject> problemsOf(const ImportResult& result, const ImportEntity& entity,
                              const QList<qint64>& rowNumbers)
{
    if (result.error)
        return problemsOf(*result.error, entity, rowNumbers);
    if (!result.storeError.isEmpty())
        return {problem(rowNumbers.first(), QString(), QStringLiteral("rejected"),
                        QStringLiteral("The store refused the row: %1").arg(result.storeError),
                        QStringLiteral("platform.import.store_rejected"))};
    return {};
}

QString defaultFileKey(const ImportEntity& entity, const QJsonObject& values)
{
    if (entity.fileKey)
        return entity.fileKey(values);
    return entity.keyColumn.isEmpty()
               ? QString()
               : values.value(entity.keyColumn).toString().trimmed().toUpper();
}

} // namespace

const ImportEntity& ImportService::entityFor(Rpc::CallContext& ctx, const QString& name) const
{
    const ImportEntity* entity = m_registry.find(name);
    if (!entity)
        throw Error(Rpc::NotFound, QStringLiteral("\"%1\" cannot be imported").arg(name))
            .withId(QStringLiteral("platform.import.unknown_entity"),
                    {{QStringLiteral("entity"), name}});
    const QString module = name.section(QLatin1Char('.'), 0, 0);
    if (m_moduleEnabled && !m_moduleEnabled(module))
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("The module %1 is not enabled for this company").arg(module),
                    QJsonObject{{QStringLiteral("module"), module}})
            .withId(QStringLiteral("platform.module.disabled"),
                    {{QStringLiteral("module"), module}});
    if (!permissionGranted(ctx.identity.grants, entity->permission))
        throw Error(Rpc::Forbidden,
                    QStringLiteral("Forbidden: importing %1 needs the permission %2")
                        .arg(name, entity->permission),
                    QJsonObject{{QStringLiteral("permission"), entity->permission}})
            .withId(QStringLiteral("platform.import.forbidden"),
                    {{QStringLiteral("entity"), name},
                     {QStringLiteral("permission"), entity->permission}});
    return *entity;
}

ImportJob ImportService::openJob(Rpc::CallContext& ctx, ImportRepository& repo, qint64 jobId) const
{
    const std::optional<ImportJob> job = repo.job(jobId);
    // Another user's job is as unknown as a job that never existed.
    if (!job || job->userId != ctx.identity.userId)
        throw Error(Rpc::NotFound, QStringLiteral("There is no import job %1").arg(jobId))
            .withId(QStringLiteral("platform.import.job_not_found"),
                    {{QStringLiteral("job"), jobId}});
    entityFor(ctx, job->entity);
    QString status = job->status;
    if (status == QLatin1String("staging") && job->expiresAt < nowPlus(0))
        status = QStringLiteral("expired");
    if (status != QLatin1String("staging"))
        throw Error(
            Rpc::BusinessRule,
            QStringLiteral("The import job %1 is %2; start a new one").arg(jobId).arg(status),
            QJsonObject{{QStringLiteral("reason"), QStringLiteral("job_") + status}})
            // One literal id per status (committed, cancelled, expired): the table's scan
            // (tests/server/tst_messages.cpp) finds each.
            .withId(status == QLatin1String("committed")
                        ? QStringLiteral("platform.import.job_committed")
                    : status == QLatin1String("cancelled")
                        ? QStringLiteral("platform.import.job_cancelled")
                        : QStringLiteral("platform.import.job_expired"),
                    {{QStringLiteral("job"), jobId}});
    return *job;
}

QJsonObject ImportService::entities(Rpc::CallContext& ctx) const
{
    static const char* typeNames[] = {"text", "integer", "decimal", "date", "boolean"};
    QJsonArray out;
    for (const ImportEntity* e : m_registry.all()) {
        if (!permissionGranted(ctx.identity.grants, e->permission) ||
            (m_moduleEnabled && !m_moduleEnabled(e->name.section(QLatin1Char('.'), 0, 0))))
            continue;
        QJsonArray columns;
        for (const ImportColumn& c : e->columns)
            if (FieldAccess::canRead(ctx, e->name, c.protectedField()))
                columns.append(QJsonObject{
                    {QStringLiteral("name"), c.name},
                    {QStringLiteral("type"), QLatin1String(typeNames[int(c.type)])},
                    {QStringLiteral("required"), c.required},
                    {QStringLiteral("label"), c.label},
                    {QStringLiteral("label_id"), c.labelId},
                    {QStringLiteral("aliases"), QJsonArray::fromStringList(c.aliases)}});
        out.append(QJsonObject{{QStringLiteral("name"), e->name},
                               {QStringLiteral("label"), e->label},
                               {QStringLiteral("label_id"), e->labelId},
                               {QStringLiteral("key"), e->keyColumn},
                               {QStringLiteral("grouped"), e->groupedByKey},
                               {QStringLiteral("columns"), columns}});
    }
    return QJsonObject{{QStringLiteral("entities"), out},
                       {QStringLiteral("batch_limit"), MaxBatchRows}};
}

QJsonObject ImportService::start(Rpc::CallContext& ctx, const QString& entity,
                                 const QJsonObject& options)
{
    entityFor(ctx, entity);
    const int lifetime = options.value(QLatin1String("expires_in")).toInt(DefaultLifetimeSeconds);
    if (lifetime < 1 || lifetime > DefaultLifetimeSeconds)
        throw Error::validation(
            QStringLiteral("options.expires_in"), QStringLiteral("invalid"),
            QStringLiteral("must be 1 to %1 seconds").arg(DefaultLifetimeSeconds),
            QStringLiteral("platform.import.bad_lifetime"),
            {{QStringLiteral("max"), DefaultLifetimeSeconds}});
    ImportRepository repo(ctx.db);
    const QString now = nowPlus(0);
    repo.purgeExpired(now);
    ImportJob job;
    job.entity = entity;
    job.userId = ctx.identity.userId;
    job.options = options;
    job.status = QStringLiteral("staging");
    job.expiresAt = nowPlus(lifetime);
    job.id = repo.insertJob(job, now);
    return QJsonObject{{QStringLiteral("job"), job.id},
                       {QStringLiteral("entity"), entity},
                       {QStringLiteral("expires_at"), job.expiresAt},
                       {QStringLiteral("batch_limit"), MaxBatchRows}};
}

QJsonObject ImportService::append(Rpc::CallContext& ctx, qint64 jobId, const QJsonArray& rows)
{
    if (rows.size() > MaxBatchRows)
        throw Error(Rpc::InvalidParams,
                    QStringLiteral("Invalid params: at most %1 rows per batch").arg(MaxBatchRows))
            .withId(QStringLiteral("platform.import.batch_too_large"),
                    {{QStringLiteral("max"), MaxBatchRows}});
    ImportRepository repo(ctx.db);
    ImportJob job = openJob(ctx, repo, jobId);
    const ImportEntity& entity = *m_registry.find(job.entity);

    struct Pending
    {
        StagedRow staged;
        bool checkable = true; ///< no problem yet: worth trying through the service
    };
    QList<Pending> pending;
    QList<QJsonObject> problems;
    QSet<qint64> problemRows;
    QHash<QString, qsizetype> columnAt;
    for (qsizetype i = 0; i < entity.columns.size(); ++i)
        columnAt.insert(entity.columns.at(i).name, i);
    qint64 lastRow = job.rowsStaged > 0 ? repo.lastRowNo(job.id) : 0;
    int blank = 0;
    for (const QJsonValue& v : rows) {
        const QJsonObject in = v.toObject();
        const QJsonObject valuesIn = in.value(QLatin1String("values")).toObject();
        const qint64 rowNo = in.contains(QLatin1String("row"))
                                 ? qint64(in.value(QLatin1String("row")).toDouble())
                                 : lastRow + 1;
        if (!v.isObject() || rowNo <= lastRow)
            throw Error(Rpc::InvalidParams,
                        QStringLiteral("Invalid params: rows are {row, values} objects with "
                                       "increasing row numbers (row %1 after %2)")
                            .arg(rowNo)
                            .arg(lastRow))
                .withId(QStringLiteral("platform.import.bad_rows"),
                        {{QStringLiteral("row"), rowNo}, {QStringLiteral("last"), lastRow}});
        lastRow = rowNo;
        // The row's cells by column; `reusable` while the row as sent is exactly the staged
        // row (entity columns only, non-empty trimmed texts that need no normalising), which
        // then needs no copy.
        QStringList cells(entity.columns.size());
        bool reusable = true;
        bool empty = true;
        for (auto it = valuesIn.begin(); it != valuesIn.end(); ++it) {
            const qsizetype at = columnAt.value(it.key(), -1);
            if (at < 0) {
                reusable = false;
                continue;
            }
            cells[at] = textOf(it.value());
            if (cells.at(at).isEmpty()) {
                reusable = false;
                continue;
            }
            empty = false;
            reusable = reusable && it.value().isString() && it.value().toString() == cells.at(at);
        }
        if (empty) {
            ++blank; // spreadsheets leave rows of empty cells behind
            continue;
        }
        // A protected column (a product's cost) needs its permission, as in a form.
        for (qsizetype i = 0; i < entity.columns.size(); ++i)
            if (!cells.at(i).isEmpty())
                FieldAccess::checkWrite(ctx, entity.name, entity.columns.at(i).protectedField());
        // The staged row holds the non-empty cells, normalised (an absent column reads as "").
        Pending p{{rowNo, QString(), QJsonObject()}, true};
        for (qsizetype i = 0; i < entity.columns.size(); ++i) {
            const ImportColumn& c = entity.columns.at(i);
            QString text = cells.at(i);
            if (text.isEmpty()) {
                if (c.required) {
                    problems.append(problem(rowNo, c.name, QStringLiteral("required"),
                                            QStringLiteral("%1 is required").arg(c.label),
                                            QStringLiteral("platform.import.required"),
                                            {{QStringLiteral("column"), c.name}}));
                    p.checkable = false;
                }
                continue;
            }
            QJsonObject bad;
            if (!normaliseCell(c, text, bad, rowNo)) {
                // The row still goes through the service without the cell, so that its other
                // problems are listed too (a job with problems never commits).
                problems.append(bad);
                cells[i].clear();
                reusable = false;
                continue;
            }
            if (text != cells.at(i)) {
                cells[i] = text;
                reusable = false;
            }
        }
        if (reusable) {
            p.staged.data = valuesIn;
        } else {
            for (qsizetype i = 0; i < entity.columns.size(); ++i)
                if (!cells.at(i).isEmpty())
                    p.staged.data.insert(entity.columns.at(i).name, cells.at(i));
        }
        p.staged.key = defaultFileKey(entity, p.staged.data);
        pending.append(p);
    }

    // Keys repeated in the file: within this batch, and against the rows staged before it
    // (one lookup for the whole batch).
    if (!entity.groupedByKey) {
        QStringList keys;
        for (const Pending& p : std::as_const(pending))
            if (!p.staged.key.isEmpty())
                keys.append(p.staged.key);
        QHash<QString, qint64> earlierRows =
            job.rowsStaged > 0 ? repo.firstRowsWithKeys(job.id, keys) : QHash<QString, qint64>();
        for (Pending& p : pending) {
            if (p.staged.key.isEmpty())
                continue;
            const qint64 earlier = earlierRows.value(p.staged.key);
            if (earlier != 0) {
                problems.append(
                    problem(p.staged.rowNo, entity.keyColumn, QStringLiteral("duplicate"),
                            QStringLiteral("repeats row %1 of the file").arg(earlier),
                            QStringLiteral("platform.import.duplicate_key"),
                            {{QStringLiteral("row"), earlier},
                             {QStringLiteral("value"), p.staged.data.value(entity.keyColumn)}}));
                p.checkable = false;
            } else {
                earlierRows.insert(p.staged.key, p.staged.rowNo);
            }
        }
    }

    // The records in the order they are applied (grouped entities: by key, then file order).
    QList<qsizetype> order;
    for (qsizetype i = 0; i < pending.size(); ++i)
        order.append(i);
    if (entity.groupedByKey)
        std::stable_sort(order.begin(), order.end(), [&pending](qsizetype a, qsizetype b) {
            return pending.at(a).staged.key < pending.at(b).staged.key;
        });
    QList<ImportRecord> records;
    for (qsizetype i = 0; i < order.size();) {
        qsizetype end = i + 1;
        if (entity.groupedByKey)
            while (end < order.size() &&
                   pending.at(order.at(end)).staged.key == pending.at(order.at(i)).staged.key)
                ++end;
        ImportRecord record;
        bool checkable = true;
        for (qsizetype k = i; k < end; ++k) {
            const Pending& p = pending.at(order.at(k));
            record.rows.append(p.staged.data);
            record.rowNumbers.append(p.staged.rowNo);
            checkable = checkable && p.checkable;
        }
        i = end;
        if (checkable)
            records.append(record);
    }

    // The dry run: the checkable records go through the entity's service (its bulk path or
    // its row handler) inside a savepoint that is rolled back, so the checks are exactly those
    // of a real import.
    repo.savepoint(kCheckSavepoint);
    const qsizetype changesBefore = ctx.changes.size();
    try {
        for (qsizetype from = 0; from < records.size();) {
            const QList<ImportResult> results =
                runBatch(ctx, entity, from == 0 ? records : records.mid(from), job.options,
                         ImportPass::Check);
            for (qsizetype i = 0; i < results.size(); ++i) {
                for (const QJsonObject& f :
                     problemsOf(results.at(i), entity, records.at(from + i).rowNumbers)) {
                    const bool known = std::any_of(problems.begin(), problems.end(), [&f](auto& x) {
                        return x.value(QLatin1String("row")) == f.value(QLatin1String("row")) &&
                               x.value(QLatin1String("column")) == f.value(QLatin1String("column"));
                    });
                    if (!known)
                        problems.append(f);
                }
            }
            if (results.isEmpty())
                break;
            from += results.size();
            // The store refused a record: start the trial over, the records after it are
            // checked on their own.
            if (!results.last().storeError.isEmpty())
                repo.rollbackTo(kCheckSavepoint);
        }
    } catch (...) {
        repo.rollbackTo(kCheckSavepoint);
        repo.release(kCheckSavepoint);
        ctx.changes.resize(changesBefore);
        throw;
    }
    repo.rollbackTo(kCheckSavepoint);
    repo.release(kCheckSavepoint);
    ctx.changes.resize(changesBefore);

    std::stable_sort(problems.begin(), problems.end(),
                     [](const QJsonObject& a, const QJsonObject& b) {
                         return a.value(QLatin1String("row")).toDouble() <
                                b.value(QLatin1String("row")).toDouble();
                     });
    for (const QJsonObject& p : std::as_const(problems))
        problemRows.insert(qint64(p.value(QLatin1String("row")).toDouble()));
    QList<StagedRow> staged;
    staged.reserve(pending.size());
    for (const Pending& p : std::as_const(pending))
        staged.append(p.staged);
    repo.insertRows(job.id, staged);
    job.rowsStaged += pending.size();
    job.problems += problemRows.size();
    job.expiresAt =
        nowPlus(job.options.value(QLatin1String("expires_in")).toInt(DefaultLifetimeSeconds));
    repo.updateJob(job);

    QJsonArray reported;
    for (qsizetype i = 0; i < problems.size() && i < MaxProblemsReported; ++i)
        reported.append(problems.at(i));
    return QJsonObject{{QStringLiteral("job"), job.id},
                       {QStringLiteral("rows"), int(pending.size())},
                       {QStringLiteral("staged"), job.rowsStaged},
                       {QStringLiteral("skipped_blank"), blank},
                       {QStringLiteral("problem_rows"), int(problemRows.size())},
                       {QStringLiteral("problem_count"), int(problems.size())},
                       {QStringLiteral("problems"), reported},
                       {QStringLiteral("total_problem_rows"), job.problems}};
}

QJsonObject ImportService::commit(Rpc::CallContext& ctx, qint64 jobId)
{
    ImportRepository repo(ctx.db);
    ImportJob job = openJob(ctx, repo, jobId);
    const ImportEntity& entity = *m_registry.find(job.entity);
    if (job.problems > 0)
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("%1 rows of the file have problems; nothing was imported")
                        .arg(job.problems),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("has_problems")}})
            .withId(QStringLiteral("platform.import.has_problems"),
                    {{QStringLiteral("rows"), job.problems}});
    if (job.rowsStaged == 0)
        throw Error(Rpc::BusinessRule, QStringLiteral("The file has no rows to import"),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("empty")}})
            .withId(QStringLiteral("platform.import.no_rows"));

    // Staged rows are read and applied a batch at a time: the memory is bounded by the batch,
    // and the entity's bulk path sees enough records at once to look them up together.
    constexpr int Page = MaxBatchRows;
    int counts[3] = {0, 0, 0};
    QJsonArray problems;
    int problemCount = 0;
    bool stopped = false; // the store refused a row: the transaction cannot go on
    bool statisticsFresh = entity.tables.isEmpty() || job.rowsStaged <= Page;
    QList<ImportRecord> records;
    const auto applyRecords = [&]() {
        if (records.isEmpty() || stopped)
            return;
        const QList<ImportResult> results =
            runBatch(ctx, entity, records, job.options, ImportPass::Write);
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QList<QJsonObject> found =
                problemsOf(results.at(i), entity, records.at(i).rowNumbers);
            if (found.isEmpty())
                ++counts[int(results.at(i).outcome)];
            for (const QJsonObject& f : found) {
                ++problemCount;
                if (problems.size() < MaxProblemsReported)
                    problems.append(f);
            }
        }
        stopped = results.size() < records.size() ||
                  (!results.isEmpty() && !results.last().storeError.isEmpty());
        records.clear();
        // Per-record events would flood every client: one summary event follows the commit.
        ctx.changes.clear();
        if (!statisticsFresh && !stopped && problemCount == 0) {
            repo.refreshStatistics(entity.tables, counts[int(ImportOutcome::Created)]);
            statisticsFresh = true;
        }
    };
    const auto add = [&records](const QList<StagedRow>& group) {
        ImportRecord record;
        for (const StagedRow& r : group) {
            record.rows.append(r.data);
            record.rowNumbers.append(r.rowNo);
        }
        records.append(record);
    };
    if (entity.groupedByKey) {
        QList<StagedRow> group;
        QString key;
        qint64 rowNo = 0;
        for (;;) {
            const QList<StagedRow> page = repo.rowsByKeyAfter(job.id, key, rowNo, Page);
            for (const StagedRow& r : page) {
                if (!group.isEmpty() && group.first().key != r.key) {
                    add(group);
                    group.clear();
                }
                group.append(r);
            }
            applyRecords();
            if (page.size() < Page || stopped)
                break;
            key = page.last().key;
            rowNo = page.last().rowNo;
        }
        if (!group.isEmpty() && !stopped) {
            add(group);
            applyRecords();
        }
    } else {
        qint64 rowNo = 0;
        for (;;) {
            const QList<StagedRow> page = repo.rowsAfter(job.id, rowNo, Page);
            for (const StagedRow& r : page)
                add({r});
            applyRecords();
            if (page.size() < Page || stopped)
                break;
            rowNo = page.last().rowNo;
        }
    }
    if (problemCount > 0)
        throw Error(
            Rpc::ValidationFailed,
            QStringLiteral("%1 problems in the file; nothing was imported").arg(problemCount),
            QJsonObject{{QStringLiteral("fields"), QJsonArray()},
                        {QStringLiteral("rows"), problems},
                        {QStringLiteral("problem_count"), problemCount}})
            .withId(QStringLiteral("platform.import.failed"),
                    {{QStringLiteral("count"), problemCount}});

    const QJsonObject result{{QStringLiteral("job"), job.id},
                             {QStringLiteral("entity"), job.entity},
                             {QStringLiteral("total"), job.rowsStaged},
                             {QStringLiteral("created"), counts[int(ImportOutcome::Created)]},
                             {QStringLiteral("updated"), counts[int(ImportOutcome::Updated)]},
                             {QStringLiteral("unchanged"), counts[int(ImportOutcome::Unchanged)]}};
    job.status = QStringLiteral("committed");
    job.result = result;
    repo.updateJob(job);
    repo.deleteRows(job.id);
    if (counts[int(ImportOutcome::Created)] + counts[int(ImportOutcome::Updated)] > 0)
        ctx.notifyChanged(entity.eventEntity.isEmpty() ? entity.name : entity.eventEntity, 0, 0);
    return result;
}

QJsonObject ImportService::cancel(Rpc::CallContext& ctx, qint64 jobId)
{
    ImportRepository repo(ctx.db);
    ImportJob job = openJob(ctx, repo, jobId);
    job.status = QStringLiteral("cancelled");
    repo.updateJob(job);
    repo.deleteRows(job.id);
    return QJsonObject{{QStringLiteral("job"), job.id}, {QStringLiteral("status"), job.status}};
}

QJsonObject ImportService::runInline(Rpc::CallContext& ctx, const QString& entity,
                                     const QJsonArray& rows, const QJsonObject& options,
                                     bool dryRun)
{
    const qint64 job = start(ctx, entity, options).value(QLatin1String("job")).toInteger();
    QJsonObject report = append(ctx, job, rows);
    if (dryRun || report.value(QLatin1String("problem_rows")).toInt() > 0) {
        if (dryRun)
            ctx.rollbackOnly = true; // the staged rows go too
        report.insert(QStringLiteral("dry_run"), dryRun);
        return report;
    }
    QJsonObject result = commit(ctx, job);
    result.insert(QStringLiteral("skipped_blank"), report.value(QLatin1String("skipped_blank")));
    return result;
}

} // namespace Erp::Platform
