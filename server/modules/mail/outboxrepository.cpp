#include "server/modules/mail/outboxrepository.h"

#include "server/modules/mail/outbox.h"
#include "server/storage/database.h"
#include "server/storage/listquery.h"
#include "server/storage/queryresult.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace Erp::Server::Mail {

using Storage::exec;

namespace {

const QString Columns = QStringLiteral(
    "id, version, to_address, subject, state, attempts, last_error, next_attempt_at, "
    "source_type, source_id, created_at, sent_at");

QJsonObject rowJson(const QSqlQuery& q)
{
    return QJsonObject{
        {QStringLiteral("id"), q.value(0).toLongLong()},
        {QStringLiteral("version"), q.value(1).toLongLong()},
        {QStringLiteral("to_address"), q.value(2).toString()},
        {QStringLiteral("subject"), q.value(3).toString()},
        {QStringLiteral("state"), q.value(4).toString()},
        {QStringLiteral("attempts"), q.value(5).toInt()},
        {QStringLiteral("last_error"), q.value(6).toString()},
        {QStringLiteral("next_attempt_at"), q.value(7).toString()},
        {QStringLiteral("source_type"), q.value(8).toString()},
        {QStringLiteral("source_id"), q.value(9).toLongLong()},
        {QStringLiteral("created_at"), q.value(10).toString()},
        {QStringLiteral("sent_at"), q.value(11).isNull() ? QJsonValue() : q.value(11).toString()},
    };
}

} // namespace

qint64 OutboxRepository::insert(const QString& to, const MailMessage& message)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO outbox (to_address, subject, body, next_attempt_at, source_type, source_id, "
        "created_at) VALUES (:to, :subject, :body, :now, :type, :source, :now) RETURNING id"));
    q.bindValue(QStringLiteral(":to"), to);
    q.bindValue(QStringLiteral(":subject"), message.subject);
    q.bindValue(QStringLiteral(":body"), message.body);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":type"), message.sourceType);
    q.bindValue(QStringLiteral(":source"), message.sourceId);
    exec(q);
    const qint64 id = Storage::oneInteger(q);
    return id;
}

QJsonObject OutboxRepository::list(const Storage::ListQuery& query)
{
    // One fixed statement: a NULL parameter switches its condition off (casts type it on PG).
    static const QString where =
        QStringLiteral(" WHERE (CAST(:state AS TEXT) IS NULL OR state = :state)"
                       " AND (CAST(:type AS TEXT) IS NULL OR source_type = :type)"
                       " AND (CAST(:source AS BIGINT) IS NULL OR source_id = :source)"
                       " AND (CAST(:search AS TEXT) IS NULL OR to_address LIKE :search ESCAPE '\\'"
                       " OR subject LIKE :search ESCAPE '\\')");
    const QJsonObject& f = query.filter;
    auto text = [](const QJsonValue& v) {
        return v.isString() && !v.toString().isEmpty() ? QVariant(v.toString())
                                                       : QVariant(QMetaType(QMetaType::QString));
    };
    auto bind = [&](QSqlQuery& q) {
        q.bindValue(QStringLiteral(":state"), text(f.value(QLatin1String("state"))));
        q.bindValue(QStringLiteral(":type"), text(f.value(QLatin1String("source_type"))));
        const QJsonValue source = f.value(QLatin1String("source_id"));
        q.bindValue(QStringLiteral(":source"), source.isDouble()
                                                   ? QVariant(qint64(source.toDouble()))
                                                   : QVariant(QMetaType(QMetaType::LongLong)));
        q.bindValue(QStringLiteral(":search"),
                    query.search.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                           : QVariant(Storage::containsPattern(query.search)));
    };
    QSqlQuery& count = m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM outbox") + where);
    bind(count);
    exec(count);
    const qint64 total = Storage::oneInteger(count);
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM outbox") + where +
                      QStringLiteral(" ORDER BY id DESC LIMIT :limit OFFSET :offset"));
    bind(q);
    q.bindValue(QStringLiteral(":limit"), query.limit);
    q.bindValue(QStringLiteral(":offset"), query.offset);
    exec(q);
    QJsonArray rows;
    while (q.next())
        rows.append(rowJson(q));
    q.finish();
    return QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("total"), total}};
}

QJsonObject OutboxRepository::get(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + Columns +
                                 QStringLiteral(", body FROM outbox WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    QJsonObject o;
    if (q.next()) {
        o = rowJson(q);
        o.insert(QStringLiteral("body"), q.value(12).toString());
    }
    q.finish();
    return o;
}

bool OutboxRepository::requeue(qint64 id, qint64 version)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("UPDATE outbox SET state = 'queued', next_attempt_at = :now, "
                       "version = version + 1 WHERE id = :id AND version = :version"));
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":version"), version);
    exec(q);
    return q.numRowsAffected() == 1;
}

void OutboxRepository::requeueInterrupted()
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("UPDATE outbox SET state = 'queued' WHERE state = 'sending'"));
    exec(q);
}

QList<OutgoingMail> OutboxRepository::claimDue(int limit)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id, to_address, subject, body FROM outbox WHERE state = 'queued' "
                       "AND next_attempt_at <= :now ORDER BY next_attempt_at, id LIMIT :limit"));
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":limit"), limit);
    exec(q);
    QList<OutgoingMail> due;
    while (q.next())
        due.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString()});
    q.finish();
    for (const OutgoingMail& m : std::as_const(due)) {
        QSqlQuery& claim = m_db.prepared(QStringLiteral(
            "UPDATE outbox SET state = 'sending', version = version + 1 WHERE id = :id"));
        claim.bindValue(QStringLiteral(":id"), m.id);
        exec(claim);
    }
    return due;
}

void OutboxRepository::markSent(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE outbox SET state = 'sent', attempts = attempts + 1, last_error = '', "
        "sent_at = :now, version = version + 1 WHERE id = :id"));
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
}

int OutboxRepository::markFailed(qint64 id, const QString& error, int maxAttempts,
                                 const std::function<int(int)>& retryDelayMinutes)
{
    QSqlQuery& read = m_db.prepared(QStringLiteral("SELECT attempts FROM outbox WHERE id = :id"));
    read.bindValue(QStringLiteral(":id"), id);
    exec(read);
    const int attempts = int(Storage::oneInteger(read)) + 1;
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE outbox SET state = :state, attempts = :attempts, last_error = :error, "
        "next_attempt_at = :next, version = version + 1 WHERE id = :id"));
    q.bindValue(QStringLiteral(":state"),
                attempts >= maxAttempts ? QStringLiteral("failed") : QStringLiteral("queued"));
    q.bindValue(QStringLiteral(":attempts"), attempts);
    q.bindValue(QStringLiteral(":error"), error.left(500));
    q.bindValue(QStringLiteral(":next"), QDateTime::currentDateTimeUtc()
                                             .addSecs(qint64(retryDelayMinutes(attempts)) * 60)
                                             .toString(Qt::ISODateWithMs));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    return attempts;
}

void OutboxRepository::settleQueued()
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE outbox SET state = 'sent', sent_at = created_at WHERE state = 'queued'"));
    exec(q);
}

} // namespace Erp::Server::Mail
