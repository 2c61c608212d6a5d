#include "server/modules/mail/mailmodule.h"

#include "server/modules/mail/outboxsender.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/calllog.h"
#include "server/rpc/registry.h"
#include "server/storage/database.h"
#include "server/storage/listquery.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace Erp::Server::Mail {

using namespace Rpc;

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

QJsonObject list(CallContext& ctx, const QJsonObject& params)
{
    const auto query = Storage::ListQuery::parse(
        params, {{QStringLiteral("id"), QStringLiteral("id")}}, QStringLiteral("-id"));
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
    QSqlQuery& count = ctx.db.prepared(QStringLiteral("SELECT COUNT(*) FROM outbox") + where);
    bind(count);
    Storage::exec(count);
    const qint64 total = count.next() ? count.value(0).toLongLong() : 0;
    count.finish();
    QSqlQuery& q =
        ctx.db.prepared(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM outbox") +
                        where + QStringLiteral(" ORDER BY id DESC LIMIT :limit OFFSET :offset"));
    bind(q);
    q.bindValue(QStringLiteral(":limit"), query.limit);
    q.bindValue(QStringLiteral(":offset"), query.offset);
    Storage::exec(q);
    QJsonArray rows;
    while (q.next())
        rows.append(rowJson(q));
    q.finish();
    return QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("total"), total}};
}

QJsonObject get(CallContext& ctx, qint64 id)
{
    QSqlQuery& q = ctx.db.prepared(QStringLiteral("SELECT ") + Columns +
                                   QStringLiteral(", body FROM outbox WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    Storage::exec(q);
    if (!q.next())
        throw Error(NotFound, QStringLiteral("no outbox message %1").arg(id));
    QJsonObject o = rowJson(q);
    o.insert(QStringLiteral("body"), q.value(12).toString());
    q.finish();
    return o;
}

QJsonObject retry(CallContext& ctx, qint64 id, qint64 version)
{
    const QJsonObject before = get(ctx, id);
    if (before.value(QLatin1String("version")).toInteger() != version)
        throw Error(VersionConflict, QStringLiteral("the message changed meanwhile; reload it"));
    const QString state = before.value(QLatin1String("state")).toString();
    if (state != QLatin1String("failed") && state != QLatin1String("queued"))
        throw Error(BusinessRule,
                    QStringLiteral("only a queued or failed message can be sent again (this one "
                                   "is %1)")
                        .arg(state),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("illegal_transition")},
                                {QStringLiteral("state"), state}});
    QSqlQuery& q = ctx.db.prepared(
        QStringLiteral("UPDATE outbox SET state = 'queued', next_attempt_at = :now, "
                       "version = version + 1 WHERE id = :id AND version = :version"));
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":version"), version);
    Storage::exec(q);
    if (q.numRowsAffected() != 1)
        throw Error(VersionConflict, QStringLiteral("the message changed meanwhile; reload it"));
    const QJsonObject after = get(ctx, id);
    ctx.recordChange(QStringLiteral("mail.outbox"), id, version + 1, before, after);
    return after;
}

} // namespace

MailModule::MailModule() = default;
MailModule::~MailModule() = default;

void MailModule::registerMethods(MethodRegistry& r)
{
    MethodSpec listSpec(QStringLiteral("mail.outbox.list"));
    listParams(listSpec)
        .describe(QStringLiteral("Queued, sent and failed e-mails, newest first; filter {state: "
                                 "queued|sending|sent|failed, source_type, source_id}; search: "
                                 "recipient or subject."))
        .needs(QStringLiteral("mail.outbox.read"))
        .reads()
        .handle([](CallContext& ctx, const QJsonObject& p) -> QJsonValue { return list(ctx, p); });
    r.add(listSpec);
    r.add(MethodSpec(QStringLiteral("mail.outbox.get"))
              .describe(QStringLiteral("One outbox message with its body."))
              .needs(QStringLiteral("mail.outbox.read"))
              .reads()
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .handle([](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return get(ctx, qint64(p.value(QLatin1String("id")).toDouble()));
              }));
    r.add(MethodSpec(QStringLiteral("mail.outbox.retry"))
              .describe(QStringLiteral("Sends a queued or failed message again now."))
              .needs(QStringLiteral("mail.outbox.retry"))
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .handle([](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return retry(ctx, qint64(p.value(QLatin1String("id")).toDouble()),
                               qint64(p.value(QLatin1String("version")).toDouble()));
              }));
}

void MailModule::loadDemo(CallContext& ctx)
{
    QSqlQuery& q = ctx.db.prepared(QStringLiteral(
        "UPDATE outbox SET state = 'sent', sent_at = created_at WHERE state = 'queued'"));
    Storage::exec(q);
}

void MailModule::start(Storage::Database& db, CallLog& log)
{
    const SmtpConfig config = SmtpConfig::fromEnvironment();
    if (!config.isSet()) {
        log.info(QStringLiteral("mail: ERP_SMTP_URL is not set; e-mails stay in the outbox"));
        return;
    }
    m_sender = std::make_unique<OutboxSender>(db, log, config);
}

void MailModule::stop()
{
    m_sender.reset();
}

} // namespace Erp::Server::Mail
