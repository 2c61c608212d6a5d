#include "server/modules/mail/mailmodule.h"

#include "server/modules/mail/outboxrepository.h"
#include "server/modules/mail/outboxsender.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/calllog.h"
#include "server/rpc/errors.h"
#include "server/rpc/registry.h"
#include "server/storage/database.h"
#include "server/storage/listquery.h"

namespace Erp::Server::Mail {

using namespace Rpc;

namespace {

QJsonObject get(CallContext& ctx, qint64 id)
{
    const QJsonObject o = OutboxRepository(ctx.db).get(id);
    if (o.isEmpty())
        throw notFound(QStringLiteral("mail_message"), id);
    return o;
}

QJsonObject retry(CallContext& ctx, qint64 id, qint64 version)
{
    const QJsonObject before = get(ctx, id);
    const Error stale = versionConflict(QStringLiteral("mail_message"), version + 1);
    if (before.value(QLatin1String("version")).toInteger() != version)
        throw stale;
    const QString state = before.value(QLatin1String("state")).toString();
    if (state != QLatin1String("failed") && state != QLatin1String("queued"))
        throw Error(BusinessRule,
                    QStringLiteral("only a queued or failed message can be sent again (this one "
                                   "is %1)")
                        .arg(state),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("illegal_transition")},
                                {QStringLiteral("state"), state}})
            .withId(QStringLiteral("mail.outbox.not_retryable"),
                    QJsonObject{{QStringLiteral("state"), state}});
    if (!OutboxRepository(ctx.db).requeue(id, version))
        throw stale;
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
        .filters(
            {QStringLiteral("state"), QStringLiteral("source_type"), QStringLiteral("source_id")})
        .describe(QStringLiteral("Queued, sent and failed e-mails, newest first; filter {state: "
                                 "queued|sending|sent|failed, source_type, source_id}; search: "
                                 "recipient or subject."))
        .needs(QStringLiteral("mail.outbox.read"))
        .reads()
        .handle([](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return OutboxRepository(ctx.db).list(Storage::ListQuery::parse(
                p, {{QStringLiteral("id"), QStringLiteral("id")}}, QStringLiteral("-id")));
        });
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
    OutboxRepository(ctx.db).settleQueued();
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
