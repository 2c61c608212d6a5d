#include "server/modules/mail/outboxsender.h"

#include "server/rpc/calllog.h"
#include "server/storage/database.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <iterator>

namespace Erp::Server::Mail {

using namespace Storage;

int OutboxSender::retryDelayMinutes(int attempts)
{
    static constexpr int delays[] = {1, 5, 15, 60, 240, 720, 1440};
    const int i = std::clamp(attempts, 1, int(std::size(delays))) - 1;
    return delays[i];
}

OutboxSender::OutboxSender(Database& db, Rpc::CallLog& log, SmtpConfig config)
    : m_db(db)
    , m_log(log)
    , m_config(std::move(config))
{
    m_thread = std::thread([this] { run(); });
}

OutboxSender::~OutboxSender()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void OutboxSender::run()
{
    m_log.info(QStringLiteral("mail: sending the outbox through %1").arg(m_config.displayUrl()));
    try {
        Transaction tx(m_db, Transaction::ReadWrite);
        QSqlQuery& q = m_db.prepared(
            QStringLiteral("UPDATE outbox SET state = 'queued' WHERE state = 'sending'"));
        exec(q);
        tx.commit();
    } catch (const StoreError& e) {
        m_log.info(QStringLiteral("mail: cannot reset interrupted sends: %1").arg(e.message));
    }
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_stopping) {
        lock.unlock();
        int sent = 0;
        try {
            sent = sendDue();
        } catch (const StoreError& e) {
            m_log.info(QStringLiteral("mail: outbox unavailable: %1").arg(e.message));
        }
        lock.lock();
        if (sent == 0)
            m_wake.wait_for(lock, std::chrono::seconds(1), [this] { return m_stopping; });
    }
    lock.unlock();
    m_db.closeThreadConnection();
}

int OutboxSender::sendDue()
{
    QList<OutgoingMail> due;
    {
        // Claim a batch in one short write transaction; the sending happens outside of it.
        Transaction tx(m_db, Transaction::ReadWrite);
        QSqlQuery& q = m_db.prepared(QStringLiteral(
            "SELECT id, to_address, subject, body FROM outbox WHERE state = 'queued' "
            "AND next_attempt_at <= :now ORDER BY next_attempt_at, id LIMIT 20"));
        q.bindValue(QStringLiteral(":now"), nowText());
        exec(q);
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
        tx.commit();
    }
    for (const OutgoingMail& m : std::as_const(due)) {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_stopping) {
                // Give the rest back: the next start sends them.
                Transaction tx(m_db, Transaction::ReadWrite);
                QSqlQuery& q = m_db.prepared(
                    QStringLiteral("UPDATE outbox SET state = 'queued' WHERE state = 'sending'"));
                exec(q);
                tx.commit();
                return 0;
            }
        }
        const QString error = sendMail(m_config, m);
        Transaction tx(m_db, Transaction::ReadWrite);
        if (error.isEmpty()) {
            QSqlQuery& q = m_db.prepared(QStringLiteral(
                "UPDATE outbox SET state = 'sent', attempts = attempts + 1, last_error = '', "
                "sent_at = :now, version = version + 1 WHERE id = :id"));
            q.bindValue(QStringLiteral(":now"), nowText());
            q.bindValue(QStringLiteral(":id"), m.id);
            exec(q);
            m_log.info(QStringLiteral("mail: outbox %1 sent").arg(m.id));
        } else {
            QSqlQuery& read =
                m_db.prepared(QStringLiteral("SELECT attempts FROM outbox WHERE id = :id"));
            read.bindValue(QStringLiteral(":id"), m.id);
            exec(read);
            const int attempts = (read.next() ? read.value(0).toInt() : 0) + 1;
            read.finish();
            const bool giveUp = attempts >= MaxAttempts;
            QSqlQuery& q = m_db.prepared(QStringLiteral(
                "UPDATE outbox SET state = :state, attempts = :attempts, last_error = :error, "
                "next_attempt_at = :next, version = version + 1 WHERE id = :id"));
            q.bindValue(QStringLiteral(":state"),
                        giveUp ? QStringLiteral("failed") : QStringLiteral("queued"));
            q.bindValue(QStringLiteral(":attempts"), attempts);
            q.bindValue(QStringLiteral(":error"), error.left(500));
            q.bindValue(QStringLiteral(":next"),
                        QDateTime::currentDateTimeUtc()
                            .addSecs(qint64(retryDelayMinutes(attempts)) * 60)
                            .toString(Qt::ISODateWithMs));
            q.bindValue(QStringLiteral(":id"), m.id);
            exec(q);
            m_log.info(QStringLiteral("mail: outbox %1 attempt %2 failed%3: %4")
                           .arg(m.id)
                           .arg(attempts)
                           .arg(giveUp ? QStringLiteral(", giving up") : QString(), error));
        }
        tx.commit();
    }
    return int(due.size());
}

} // namespace Erp::Server::Mail
