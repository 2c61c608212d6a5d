#include "server/modules/mail/outbox.h"

#include "server/modules/mail/outboxrepository.h"
#include "server/rpc/callcontext.h"

#include <QRegularExpression>

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
    const qint64 id = OutboxRepository(ctx.db).insert(to, message);
    ctx.notifyChanged(QStringLiteral("mail.outbox"), id, 1);
    return id;
}

} // namespace Erp::Server::Mail
