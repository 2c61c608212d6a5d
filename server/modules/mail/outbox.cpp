#include "server/modules/mail/outbox.h"

#include "server/rpc/callcontext.h"
#include "server/storage/database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace Erp::Server::Mail {

bool isMailAddress(const QString& address)
{
    static const QRegularExpression re(
        QStringLiteral("^[^@\\s<>,;]+@[^@\\s<>,;]+\\.[^@\\s<>,;]+$"));
    return address.size() <= 254 && re.match(address).hasMatch();
}

qint64 queueMail(Rpc::CallContext& ctx, const MailMessage& message)
{
    const QString to = message.to.trimmed();
    if (!isMailAddress(to))
        return 0;
    QSqlQuery& q = ctx.db.prepared(QStringLiteral(
        "INSERT INTO outbox (to_address, subject, body, next_attempt_at, source_type, source_id, "
        "created_at) VALUES (:to, :subject, :body, :now, :type, :source, :now) RETURNING id"));
    const QString now = Storage::nowText();
    q.bindValue(QStringLiteral(":to"), to);
    q.bindValue(QStringLiteral(":subject"), message.subject);
    q.bindValue(QStringLiteral(":body"), message.body);
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":type"), message.sourceType);
    q.bindValue(QStringLiteral(":source"), message.sourceId);
    Storage::exec(q);
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    ctx.notifyChanged(QStringLiteral("mail.outbox"), id, 1);
    return id;
}

} // namespace Erp::Server::Mail
