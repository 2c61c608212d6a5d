// The outbox (mail.outbox.*) on SQLite and PostgreSQL: mail is queued with the business
// transaction, listed for those allowed to see it, sent through a real SMTP server (aiosmtpd),
// retried after a failed attempt, and never sent twice by a manual retry.
#include "server/modules/mail/outbox.h"
#include "server/modules/mail/outboxsender.h"
#include "server/rpc/callcontext.h"
#include "server/servercore.h"
#include "server/storage/database.h"
#include "tests/support/servertest.h"
#include "tests/support/smtpsink.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace Erp;
using Erp::Test::ServerTest;
using Erp::Test::SmtpSink;

namespace {

/// Queues a message in a transaction of its own, committed unless `rollBack`.
qint64 queue(ServerTest& t, const Server::Mail::MailMessage& m, bool rollBack = false)
{
    Storage::Transaction tx(t.core().database(), Storage::Transaction::ReadWrite);
    Rpc::Identity who;
    who.username = QStringLiteral("test");
    Rpc::CallContext ctx(t.core().database(), who, QStringLiteral("test.queue"));
    const qint64 id = Server::Mail::queueMail(ctx, m);
    if (!rollBack)
        tx.commit();
    return id;
}

Server::Mail::MailMessage order(const QString& to)
{
    return {to, QStringLiteral("订单 SO2026-000001 已发货 / Order shipped"),
            QStringLiteral("您好，您的订单已发货。\nYour order is on its way."),
            QStringLiteral("sales.order"), 1};
}

QJsonObject outboxRow(ServerTest& t, ServerTest::Session& s, qint64 id)
{
    return t.call(s, "mail.outbox.get", {{"id", id}}).toObject();
}

/// Points the sender of the next ServerTest at `url` (empty: no sender).
struct SmtpEnvironment
{
    explicit SmtpEnvironment(const QString& url)
    {
        qputenv("ERP_SMTP_URL", url.toUtf8());
        qputenv("ERP_MAIL_FROM", "orders@example.com");
    }
    ~SmtpEnvironment()
    {
        qunsetenv("ERP_SMTP_URL");
        qunsetenv("ERP_MAIL_FROM");
    }
};

} // namespace

class TestMail final : public QObject
{
    Q_OBJECT
private slots:
    void malformedAddressesAreNotQueued()
    {
        ServerTest t(QStringLiteral("mail_malformed"));
        for (const char* to :
             {"", "   ", "no-at-sign", "a@b", "two@@example.com", "a b@example.com"})
            QCOMPARE(queue(t, order(QString::fromLatin1(to))), 0);
        auto admin = t.admin();
        QCOMPARE(t.call(admin, "mail.outbox.list").toObject().value("total").toInt(), 0);
    }

    void queuedWithTheTransactionOnly()
    {
        ServerTest t(QStringLiteral("mail_queue"));
        QCOMPARE_GT(queue(t, order(QStringLiteral("li.lei@example.cn")), true), 0);
        const qint64 id = queue(t, order(QStringLiteral("li.lei@example.cn")));
        auto admin = t.admin();
        const QJsonObject list = t.call(admin, "mail.outbox.list").toObject();
        QCOMPARE(list.value("total").toInt(), 1); // the rolled-back one is gone
        const QJsonObject row = list.value("rows").toArray().at(0).toObject();
        QCOMPARE(row.value("id").toInteger(), id);
        QCOMPARE(row.value("state").toString(), QStringLiteral("queued"));
        QCOMPARE(row.value("to_address").toString(), QStringLiteral("li.lei@example.cn"));
        QVERIFY(!row.contains("body"));
        QVERIFY(outboxRow(t, admin, id).value("body").toString().contains("您好"));

        auto filtered = [&](const QJsonObject& params) {
            return t.call(admin, "mail.outbox.list", params).toObject().value("total").toInt();
        };
        QCOMPARE(filtered({{"filter", QJsonObject{{"state", "sent"}}}}), 0);
        QCOMPARE(
            filtered({{"filter", QJsonObject{{"source_type", "sales.order"}, {"source_id", 1}}}}),
            1);
        QCOMPARE(filtered({{"search", "li.lei"}}), 1);
        QCOMPARE(filtered({{"search", "已发货"}}), 1);
        QCOMPARE(filtered({{"search", "nobody"}}), 0);
    }

    void permissions()
    {
        ServerTest t(QStringLiteral("mail_permissions"));
        const qint64 id = queue(t, order(QStringLiteral("a@example.com")));
        auto manager = t.userWithRoles(QStringLiteral("mgr1"), {QStringLiteral("manager")});
        auto sales = t.userWithRoles(QStringLiteral("sales1"), {QStringLiteral("sales")});
        // Managers read everything (the outbox too) but do not resend; clerks see neither.
        QCOMPARE(t.callCode(manager, "mail.outbox.list"), 0);
        QCOMPARE(t.callCode(manager, "mail.outbox.get", {{"id", id}}), 0);
        QCOMPARE(t.callCode(manager, "mail.outbox.retry", {{"id", id}, {"version", 1}}), -32003);
        QCOMPARE(t.callCode(sales, "mail.outbox.list"), -32003);
        QCOMPARE(t.callCode(sales, "mail.outbox.get", {{"id", id}}), -32003);
    }

    void sendsThroughSmtp()
    {
        SmtpSink sink;
        QVERIFY(sink.start());
        SmtpEnvironment env(sink.url());
        ServerTest t(QStringLiteral("mail_send"));
        const qint64 id = queue(t, order(QStringLiteral("customer@example.cn")));
        QTRY_COMPARE_WITH_TIMEOUT(sink.messages().size(), 1, 20000);
        const QByteArray message = sink.messages().at(0);
        QVERIFY(message.contains("From: orders@example.com"));
        QVERIFY(message.contains("To: customer@example.cn"));
        QVERIFY(message.contains("Subject: =?UTF-8?B?"));
        QVERIFY(Erp::Test::mailBody(message).contains(QStringLiteral("您的订单已发货")));

        auto admin = t.admin();
        QTRY_COMPARE_WITH_TIMEOUT(outboxRow(t, admin, id).value("state").toString(),
                                  QStringLiteral("sent"), 10000);
        const QJsonObject row = outboxRow(t, admin, id);
        QCOMPARE(row.value("attempts").toInt(), 1);
        QVERIFY(!row.value("sent_at").toString().isEmpty());
        // Sent is final: a retry would send it twice.
        Rpc::Error error;
        QCOMPARE(t.callCode(admin, "mail.outbox.retry",
                            {{"id", id}, {"version", row.value("version")}}, &error),
                 -32030);
        QTest::qWait(1500);
        QCOMPARE(sink.messages().size(), 1);
    }

    void failedSendIsRetried()
    {
        const quint16 port = SmtpSink::freePort(); // nobody listens yet
        SmtpEnvironment env(QStringLiteral("smtp://127.0.0.1:%1").arg(port));
        ServerTest t(QStringLiteral("mail_retry"));
        const qint64 id = queue(t, order(QStringLiteral("customer@example.cn")));
        auto admin = t.admin();
        QTRY_COMPARE_WITH_TIMEOUT(outboxRow(t, admin, id).value("attempts").toInt(), 1, 20000);
        QJsonObject row = outboxRow(t, admin, id);
        QCOMPARE(row.value("state").toString(), QStringLiteral("queued"));
        QVERIFY(!row.value("last_error").toString().isEmpty());
        const QDateTime next =
            QDateTime::fromString(row.value("next_attempt_at").toString(), Qt::ISODateWithMs);
        QVERIFY(next > QDateTime::currentDateTimeUtc().addSecs(30)); // waits about a minute

        SmtpSink sink;
        QVERIFY(sink.start(port));
        QTest::qWait(1500);
        QCOMPARE(sink.messages().size(), 0); // not before its time
        QCOMPARE(t.callCode(admin, "mail.outbox.retry", {{"id", id}, {"version", 0}}), -32009);
        t.call(admin, "mail.outbox.retry", {{"id", id}, {"version", row.value("version")}});
        QTRY_COMPARE_WITH_TIMEOUT(sink.messages().size(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(outboxRow(t, admin, id).value("state").toString(),
                                  QStringLiteral("sent"), 10000);
        row = outboxRow(t, admin, id);
        QCOMPARE(row.value("attempts").toInt(), 2);
        QCOMPARE(row.value("last_error").toString(), QString());
    }

    void demoCompanyWritesToNobody()
    {
        // The demo's approvals and shipments queued mail to realistic addresses; with a
        // sender configured none of it may leave.
        SmtpSink sink;
        QVERIFY(sink.start());
        SmtpEnvironment env(sink.url());
        ServerTest t(QStringLiteral("mail_demo"), true);
        auto admin = t.admin();
        const QJsonObject all = t.call(admin, "mail.outbox.list").toObject();
        QVERIFY(all.value("total").toInt() > 0);
        QCOMPARE(t.call(admin, "mail.outbox.list", {{"filter", QJsonObject{{"state", "queued"}}}})
                     .toObject()
                     .value("total")
                     .toInt(),
                 0);
        QTest::qWait(2500); // the sender runs every second
        QCOMPARE(sink.messages().size(), 0);
    }

    void retrySchedule()
    {
        using Server::Mail::OutboxSender;
        QCOMPARE(OutboxSender::retryDelayMinutes(1), 1);
        QCOMPARE(OutboxSender::retryDelayMinutes(2), 5);
        QCOMPARE(OutboxSender::retryDelayMinutes(3), 15);
        QCOMPARE(OutboxSender::retryDelayMinutes(7), 1440);
        QCOMPARE(OutboxSender::retryDelayMinutes(50), 1440);
    }
};

QTEST_GUILESS_MAIN(TestMail)
#include "tst_mail.moc"
