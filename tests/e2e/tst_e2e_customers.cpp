// End to end over TCP: two clerks on a real erp-server process work on the same customer.
// One saves; the other is told (event.changed), and its stale save is refused with -32009
// without changing anything; after reloading, its save goes through.

#include "tests/protocol/responsecheck.h"
#include "tests/support/rpcclient.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdb.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

#include <stdexcept>

using namespace Erp::Test;

class E2eCustomersTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString url;
        try {
            url = databaseUrl(QStringLiteral("e2e_customers"));
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
        QVERIFY2(m_server.start(ServerProcess::Options(url)), qPrintable(m_server.errorString()));
        QVERIFY(m_admin.connectTo(m_server.port()));
        QCOMPARE(errorCode(
                     m_admin.login(QStringLiteral("admin"), ServerProcess::defaultAdminPassword())),
                 0);
        for (const char* name : {"li.na", "zhang.wei"}) {
            const QJsonObject created = m_admin.call(
                "admin.user.create",
                {{"username", name}, {"password", "sales-pw-1"}, {"roles", QJsonArray{"sales"}}});
            QCOMPARE(errorCode(created), 0);
        }
    }

    void cleanupTestCase()
    {
        m_admin.close();
        QVERIFY2(m_server.terminate(), qPrintable(m_server.errorString()));
    }

    void secondClerkIsNotifiedAndSeesTheConflict()
    {
        RpcClient first;
        RpcClient second;
        QVERIFY(first.connectTo(m_server.port()));
        QVERIFY(second.connectTo(m_server.port()));
        QCOMPARE(errorCode(first.login("li.na", "sales-pw-1")), 0);
        QCOMPARE(errorCode(second.login("zhang.wei", "sales-pw-1")), 0);

        const QJsonObject created = resultObject(first.call(
            "crm.customer.create",
            {{"name", "深圳市华为科技有限公司"},
             {"credit_limit", "50000.00"},
             {"contacts", QJsonArray{QJsonObject{{"name", "张伟"}, {"phone", "13800138000"}}}}}));
        const qint64 id = created.value("id").toInteger();
        QVERIFY(id > 0);
        QVERIFY(second.waitForNotification([id](const QJsonObject& n) {
            const QJsonObject p = n.value("params").toObject();
            return p.value("entity").toString() == "customer" && p.value("id").toInteger() == id;
        }));

        // Both open the record at version 1.
        const QJsonObject seen = resultObject(second.call("crm.customer.get", {{"id", id}}));
        QCOMPARE(seen.value("version").toInt(), 1);
        second.clearNotifications();

        // The first clerk saves; the second is told which record changed and who changed it.
        const QJsonObject saved = first.call(
            "crm.customer.update", {{"id", id}, {"version", 1}, {"credit_limit", "80000.00"}});
        QCOMPARE(errorCode(saved), 0);
        QVERIFY(second.waitForNotification([id](const QJsonObject& n) {
            const QJsonObject p = n.value("params").toObject();
            return n.value("method").toString() == "event.changed" &&
                   p.value("entity").toString() == "customer" && p.value("id").toInteger() == id &&
                   p.value("version").toInt() == 2 && p.value("by").toString() == "li.na";
        }));

        // The second clerk's save from the old version is refused and changes nothing.
        const QJsonObject stale = second.call(
            "crm.customer.update", {{"id", id}, {"version", 1}, {"notes", "called today"}});
        QCOMPARE(errorCode(stale), -32009);
        QCOMPARE(stale.value("error")
                     .toObject()
                     .value("data")
                     .toObject()
                     .value("current_version")
                     .toInt(),
                 2);
        const QJsonObject current = resultObject(second.call("crm.customer.get", {{"id", id}}));
        QCOMPARE(current.value("credit_limit").toString(), QStringLiteral("80000.00"));
        QCOMPARE(current.value("notes").toString(), QString());

        // After reloading, the second clerk's change goes through on top of the first one's.
        const QJsonObject retried = resultObject(second.call(
            "crm.customer.update", {{"id", id}, {"version", 2}, {"notes", "called today"}}));
        QCOMPARE(retried.value("version").toInt(), 3);
        QCOMPARE(retried.value("credit_limit").toString(), QStringLiteral("80000.00"));
        QCOMPARE(retried.value("notes").toString(), QStringLiteral("called today"));
    }

    void searchOverTcpFindsChineseSubstrings()
    {
        RpcClient client;
        QVERIFY(client.connectTo(m_server.port()));
        QCOMPARE(errorCode(client.login("li.na", "sales-pw-1")), 0);
        const QJsonObject found =
            resultObject(client.call("crm.customer.list", {{"search", "科技"}}));
        QCOMPARE(found.value("total").toInt(), 1);
        QCOMPARE(found.value("rows").toArray().at(0).toObject().value("name").toString(),
                 QStringLiteral("深圳市华为科技有限公司"));
    }

    void slowCallDoesNotStallOthers()
    {
        // A clerk's large import (a dry run of 5,000 rows, seconds of work) runs on a worker
        // thread; a colleague's calls meanwhile are answered at once.
        RpcClient heavy;
        RpcClient bystander;
        QVERIFY(heavy.connectTo(m_server.port()));
        QVERIFY(bystander.connectTo(m_server.port()));
        QCOMPARE(errorCode(heavy.login("li.na", "sales-pw-1")), 0);
        QCOMPARE(errorCode(bystander.login("zhang.wei", "sales-pw-1")), 0);
        QJsonArray rows;
        for (int i = 0; i < 5000; ++i)
            rows.append(
                QJsonObject{{"name", QStringLiteral("批量客户%1").arg(i)},
                            {"phone", QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0'))},
                            {"city", "杭州市"},
                            {"address", "文三路1号"}});
        QElapsedTimer importTimer;
        importTimer.start();
        heavy.sendRequest("crm.customer.import", {{"rows", rows}, {"dry_run", true}});
        QElapsedTimer pingTimer;
        pingTimer.start();
        const QJsonObject pong = bystander.call("crm.customer.list", {{"limit", 1}}, 10000);
        const qint64 pingMs = pingTimer.elapsed();
        QCOMPARE(errorCode(pong), 0);
        const QJsonValue report = heavy.readReply(120000);
        const qint64 importMs = importTimer.elapsed();
        QCOMPARE(report.toObject().value("result").toObject().value("total").toInt(), 5000);
        qInfo("import dry run %lld ms; a colleague's list meanwhile %lld ms", importMs, pingMs);
        QVERIFY2(pingMs * 3 < importMs, "the colleague waited for the import");
    }

private:
    ServerProcess m_server;
    RpcClient m_admin;
};

QTEST_GUILESS_MAIN(E2eCustomersTest)
#include "tst_e2e_customers.moc"
