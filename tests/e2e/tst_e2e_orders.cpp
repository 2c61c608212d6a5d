// End to end over TCP on a real erp-server process (SQLite and PostgreSQL): twenty clerks
// allocate the last units at the same instant and the store never oversells; the backorders
// allocate themselves when a purchase order is received; the customer is told by e-mail,
// delivered by the server's outbox to a real SMTP server.
#include "tests/support/rpcclient.h"
#include "tests/support/serverprocess.h"
#include "tests/support/smtpsink.h"
#include "tests/support/testdb.h"

#include <QJsonArray>
#include <QTest>

#include <memory>
#include <stdexcept>
#include <vector>

using namespace Erp::Test;

namespace {

constexpr int Clerks = 20;
constexpr int LastUnits = 5;

qint64 idOf(const QJsonObject& o)
{
    return o.value(QLatin1String("id")).toInteger();
}

} // namespace

class E2eOrdersTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_sink.start());
        qputenv("ERP_SMTP_URL", m_sink.url().toUtf8());
        qputenv("ERP_MAIL_FROM", "orders@example.com");
        QString url;
        try {
            url = databaseUrl(QStringLiteral("e2e_orders"));
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
        QVERIFY2(m_server.start(ServerProcess::Options(url)), qPrintable(m_server.errorString()));
        qunsetenv("ERP_SMTP_URL");
        QVERIFY(m_admin.connectTo(m_server.port()));
        QCOMPARE(errorCode(
                     m_admin.login(QStringLiteral("admin"), ServerProcess::defaultAdminPassword())),
                 0);
        m_warehouse = idOf(ok("inventory.warehouse.create",
                              {{"code", "MAIN"}, {"name", "上海总仓 Main warehouse"}}));
        m_product = idOf(ok("inventory.product.create", {{"sku", "LAST-1"},
                                                         {"name", "限量版台灯 Limited lamp"},
                                                         {"unit", "pcs"},
                                                         {"list_price", "199.00"},
                                                         {"cost", "80.00"}}));
        ok("inventory.stock.adjust", {{"product_id", m_product},
                                      {"warehouse_id", m_warehouse},
                                      {"qty", QString::number(LastUnits)},
                                      {"kind", "receipt"},
                                      {"reason", "opening stock"}});
        m_customer = idOf(ok(
            "crm.customer.create",
            {{"name", "杭州西湖文具有限公司"},
             {"contacts",
              QJsonArray{QJsonObject{{"name", "王芳"}, {"email", "wang.fang@xihu.example.cn"}}}}}));
        ok("admin.user.create",
           {{"username", "clerk"}, {"password", "clerk-pw-1"}, {"roles", QJsonArray{"sales"}}});
    }

    void cleanupTestCase()
    {
        m_admin.close();
        QVERIFY2(m_server.terminate(), qPrintable(m_server.errorString()));
    }

    void twentyClerksNeverOversellTheLastUnits()
    {
        std::vector<std::unique_ptr<RpcClient>> clerks;
        QList<QJsonObject> orders;
        for (int i = 0; i < Clerks; ++i) {
            auto c = std::make_unique<RpcClient>();
            QVERIFY(c->connectTo(m_server.port()));
            QCOMPARE(errorCode(c->login("clerk", "clerk-pw-1")), 0);
            // Each order is clean on its own (5 available >= 1), so it is approved at once.
            const QJsonObject created = resultObject(c->call(
                "sales.order.create",
                {{"customer_id", m_customer},
                 {"channel", "phone"},
                 {"lines", QJsonArray{QJsonObject{{"product_id", m_product}, {"qty", "1"}}}}}));
            const QJsonObject submitted = resultObject(
                c->call("sales.order.submit",
                        {{"id", idOf(created)}, {"version", created.value("version")}}));
            QCOMPARE(submitted.value("state").toString(), QStringLiteral("approved"));
            orders.append(submitted);
            clerks.push_back(std::move(c));
        }
        // All twenty allocations leave before any answer is read.
        QList<qint64> requestIds;
        for (int i = 0; i < Clerks; ++i)
            requestIds.append(clerks[size_t(i)]->sendRequest(
                "sales.order.allocate",
                {{"id", idOf(orders[i])}, {"version", orders[i].value("version")}}));
        int complete = 0;
        qint64 allocatedUnits = 0;
        m_backordered.clear();
        for (int i = 0; i < Clerks; ++i) {
            const QJsonValue reply = clerks[size_t(i)]->readReply();
            const QJsonObject order = resultObject(reply.toObject());
            QVERIFY2(
                !order.isEmpty(),
                reply.toObject().value("error").toObject().value("message").toString().toUtf8());
            QCOMPARE(order.value("state").toString(), QStringLiteral("allocated"));
            const QJsonObject line = order.value("lines").toArray().at(0).toObject();
            const qint64 allocated =
                line.value("allocated_qty").toString().remove('.').toLongLong();
            allocatedUnits += allocated;
            if (order.value("has_backorder").toBool())
                m_backordered.append(idOf(order));
            else
                ++complete;
        }
        QCOMPARE(allocatedUnits, qint64(LastUnits) * 1000);
        QCOMPARE(complete, LastUnits);
        QCOMPARE(m_backordered.size(), Clerks - LastUnits);

        const QJsonObject level = stockOf(m_product);
        QCOMPARE(level.value("on_hand").toString(), QStringLiteral("5.000"));
        QCOMPARE(level.value("reserved").toString(), QStringLiteral("5.000"));
        QCOMPARE(level.value("available").toString(), QStringLiteral("0.000"));
        QCOMPARE(ok("inventory.stock.check", {}).value("differences").toArray().size(), 0);
    }

    void backordersAllocateWhenThePurchaseArrives()
    {
        QVERIFY(!m_backordered.isEmpty());
        const qint64 supplier =
            idOf(ok("purchasing.supplier.create", {{"name", "宁波灯具厂 Ningbo Lamps"}}));
        QJsonObject po =
            ok("purchasing.order.create",
               {{"supplier_id", supplier},
                {"warehouse_id", m_warehouse},
                {"lines", QJsonArray{QJsonObject{
                              {"product_id", m_product}, {"qty", "15"}, {"unit_cost", "80.00"}}}}});
        for (const char* step : {"purchasing.order.send", "purchasing.order.confirm"})
            po = ok(step, {{"id", idOf(po)}, {"version", po.value("version")}});
        const qint64 line = idOf(po.value("lines").toArray().at(0).toObject());
        po = ok("purchasing.order.receive",
                {{"id", idOf(po)},
                 {"version", po.value("version")},
                 {"lines", QJsonArray{QJsonObject{{"line_id", line}, {"qty", "15"}}}}});
        QCOMPARE(po.value("state").toString(), QStringLiteral("received"));

        for (qint64 id : std::as_const(m_backordered)) {
            const QJsonObject order = ok("sales.order.get", {{"id", id}});
            QVERIFY2(!order.value("has_backorder").toBool(), qPrintable(QString::number(id)));
            QCOMPARE(order.value("lines").toArray().at(0).toObject().value("allocated_qty"),
                     QJsonValue(QStringLiteral("1.000")));
        }
        const QJsonObject level = stockOf(m_product);
        QCOMPARE(level.value("on_hand").toString(), QStringLiteral("20.000"));
        QCOMPARE(level.value("reserved").toString(), QStringLiteral("20.000"));
        QCOMPARE(ok("inventory.stock.check", {}).value("differences").toArray().size(), 0);
    }

    void customerIsToldByMail()
    {
        // Every approval so far queued a mail to the customer's contact; the server sent them.
        QTRY_VERIFY_WITH_TIMEOUT(m_sink.messages().size() >= Clerks, 30000);
        const QByteArray first = m_sink.messages().at(0);
        QVERIFY(first.contains("To: wang.fang@xihu.example.cn"));
        QVERIFY(mailBody(first).contains(QStringLiteral("SO")));

        // Shipping one order tells the customer the carrier and tracking number.
        const qint64 id = m_backordered.first();
        QJsonObject order = ok("sales.order.get", {{"id", id}});
        order = ok("sales.order.pick", {{"id", id}, {"version", order.value("version")}});
        order = ok("sales.order.ship", {{"id", id},
                                        {"version", order.value("version")},
                                        {"carrier", "顺丰速运 SF Express"},
                                        {"tracking", "SF1234567890"}});
        QCOMPARE(order.value("state").toString(), QStringLiteral("shipped"));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QByteArray& m : m_sink.messages()) {
                    if (mailBody(m).contains(QStringLiteral("SF1234567890")))
                        return true;
                }
                return false;
            }(),
            30000);
        // The outbox records the sends (just after the SMTP server took them).
        QTRY_VERIFY_WITH_TIMEOUT(
            ok("mail.outbox.list", {{"filter", QJsonObject{{"state", "sent"}}}})
                    .value("total")
                    .toInt() >= Clerks + 1,
            10000);
    }

private:
    QJsonObject ok(const char* method, const QJsonObject& params)
    {
        const QJsonObject response = m_admin.call(QString::fromLatin1(method), params);
        if (errorCode(response) != 0)
            qWarning("%s failed: %s", method, compact(response).constData());
        return resultObject(response);
    }

    QJsonObject stockOf(qint64 product)
    {
        const QJsonObject levels =
            ok("inventory.stock.levels", {{"product_ids", QJsonArray{product}}});
        return levels.value("rows").toArray().at(0).toObject();
    }

    ServerProcess m_server;
    SmtpSink m_sink;
    RpcClient m_admin;
    qint64 m_warehouse = 0;
    qint64 m_product = 0;
    qint64 m_customer = 0;
    QList<qint64> m_backordered;
};

QTEST_GUILESS_MAIN(E2eOrdersTest)
#include "tst_e2e_orders.moc"
