#include "server/modules/mail/outboxsender.h"

#include "server/modules/mail/outboxrepository.h"
#include "server/rpc/calllog.h"
#include "server/storage/database.h"

#include <QList>

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
        OutboxRepository(m_db).requeueInterrupted();
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
        due = OutboxRepository(m_db).claimDue(20);
        tx.commit();
    }
    for (const OutgoingMail& m : std::as_const(due)) {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_stopping) {
                // Give the rest back: the next start sends them.
                Transaction tx(m_db, Transaction::ReadWrite);
                OutboxRepository(m_db).requeueInterrupted();
                tx.commit();
                return 0;
            }
        }
        const QString error = sendMail(m_config, m);
        Transaction tx(m_db, Transaction::ReadWrite);
        OutboxRepository repo(m_db);
        if (error.isEmpty()) {
            repo.markSent(m.id);
            m_log.info(QStringLiteral("mail: outbox %1 sent").arg(m.id));
        } else {
            const int attempts = repo.markFailed(m.id, error, MaxAttempts, &retryDelayMinutes);
            m_log.info(QStringLiteral("mail: outbox %1 attempt %2 failed%3: %4")
                           .arg(m.id)
                           .arg(attempts)
                           .arg(attempts >= MaxAttempts ? QStringLiteral(", giving up") : QString(),
                                error));
        }
        tx.commit();
    }
    return int(due.size());
}

} // namespace Erp::Server::Mail
