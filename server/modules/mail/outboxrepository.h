#pragma once

#include "server/modules/mail/smtpclient.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace Erp::Storage {
class Database;
struct ListQuery;
} // namespace Erp::Storage

namespace Erp::Server::Mail {

struct MailMessage;

/// All SQL of the outbox (table outbox, migration 0007), inside the caller's transaction.
class OutboxRepository final
{
public:
    explicit OutboxRepository(Storage::Database& db)
        : m_db(db)
    {}

    /// A new queued message, due now; returns its id.
    qint64 insert(const QString& to, const MailMessage& message);
    /// Newest first; filter {state, source_type, source_id}, search recipient or subject.
    QJsonObject list(const Storage::ListQuery& query);
    /// One message with its body; empty when there is none.
    QJsonObject get(qint64 id);
    /// Due now again (a queued or failed message); false when the version is stale.
    bool requeue(qint64 id, qint64 version);

    /// Sender: messages left "sending" by a process that died are queued again.
    void requeueInterrupted();
    /// Sender: up to `limit` due messages, marked "sending".
    QList<OutgoingMail> claimDue(int limit);
    void markSent(qint64 id);
    /// Records a failed attempt; returns the attempts so far.
    int markFailed(qint64 id, const QString& error, int maxAttempts,
                   const std::function<int(int attempts)>& retryDelayMinutes);
    /// Demo company: queued messages count as sent.
    void settleQueued();

private:
    Storage::Database& m_db;
};

} // namespace Erp::Server::Mail
