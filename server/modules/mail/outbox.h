#pragma once

#include <QString>

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Server::Mail {

/// An e-mail to a customer or colleague.
struct MailMessage
{
    QString to; ///< one address
    QString subject;
    QString body;       ///< plain text, UTF-8
    QString sourceType; ///< what it is about: "sales.order"
    qint64 sourceId = 0;
};

/// A single plausible address (local@domain.tld), at most 254 characters.
bool isMailAddress(const QString& address);

/// Queues a message in the outbox inside the caller's transaction (a rolled-back call sends
/// nothing); the sender delivers it after commit. Returns the outbox id. An empty or malformed
/// address is not queued (returns 0): a notification never fails the business call.
qint64 queueMail(Rpc::CallContext& ctx, const MailMessage& message);

} // namespace Erp::Server::Mail
