#pragma once

#include "server/module.h"

#include <memory>

namespace Erp::Server::Mail {

class OutboxSender;

/// The outbox (mail.outbox.*): customer notifications queued by business transactions and
/// sent by a background sender through SMTP when ERP_SMTP_URL is set.
class MailModule final : public Module
{
public:
    MailModule();
    ~MailModule() override;
    QString name() const override { return QStringLiteral("mail"); }
    QString description() const override
    {
        return QStringLiteral("The outbox: e-mail the other modules send, with retries");
    }
    /// Last: its demo step settles the mail the other modules' demo data queued.
    QStringList startsAfter() const override
    {
        return {QStringLiteral("crm"),   QStringLiteral("inventory"), QStringLiteral("purchasing"),
                QStringLiteral("sales"), QStringLiteral("finance"),   QStringLiteral("hr")};
    }
    void registerMethods(Rpc::MethodRegistry& registry) override;
    /// The demo company's notifications count as sent: its customers' addresses look real,
    /// and a demo started with ERP_SMTP_URL set must not write to them.
    void loadDemo(Rpc::CallContext& ctx) override;
    void start(Storage::Database& db, Rpc::CallLog& log) override;
    void stop() override;

private:
    std::unique_ptr<OutboxSender> m_sender;
};

} // namespace Erp::Server::Mail
