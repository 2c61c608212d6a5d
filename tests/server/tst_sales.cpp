// Sales orders (sales.order.*) on SQLite and PostgreSQL: the lifecycle table (every legal and
// illegal step), stale versions, totals and rounding, validation, review (credit, stock, cost,
// discount) with automatic or manual approval, reject, permissions of the built-in roles,
// customer merge. Fulfilment, import, metrics and the list: tst_sales_fulfilment.cpp.
#include "tests/server/salesshop.h"

#include "server/platform/jsontext.h"
#include "server/rpc/dispatcher.h"

#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace SalesTest;
using Erp::Test::fieldCodes;

class TestSales final : public QObject
{
    Q_OBJECT
    std::unique_ptr<Shop> m_lifecycle;

private slots:
    void cleanupTestCase() { m_lifecycle.reset(); }

    void jsonTextWritesExactDecimalsAndEscapes()
    {
        Platform::JsonText j;
        j.beginObject()
            .dec("a", 2500, 3)
            .dec("b", -5, 2)
            .dec("c", 0, 3)
            .dec("d", std::numeric_limits<qint64>::min(), 2)
            .str("e", QStringLiteral("引号 \"x\"\n\\ \t end"))
            .strOrNull("f", QString())
            .beginArray("g")
            .num(nullptr, 7)
            .boolean(nullptr, true)
            .endArray()
            .endObject();
        const QJsonObject o = j.object();
        QCOMPARE(o.value("a").toString(), QStringLiteral("2.500"));
        QCOMPARE(o.value("b").toString(), QStringLiteral("-0.05"));
        QCOMPARE(o.value("c").toString(), QStringLiteral("0.000"));
        QCOMPARE(o.value("d").toString(), QStringLiteral("-92233720368547758.08"));
        QCOMPARE(o.value("e").toString(), QStringLiteral("引号 \"x\"\n\\ \t end"));
        QVERIFY(o.value("f").isNull());
        QCOMPARE(o.value("g").toArray().at(0).toInteger(), qint64(7));
    }

    void createComputesTotalsWithExplicitRounding()
    {
        Shop s(QStringLiteral("sales_totals"));
        // Each line: qty × price × (1 − discount) rounded half up, tax per line rounded.
        const QJsonObject o = s.order({
            QJsonObject{{"product_id", s.pen}, {"qty", "2.5"}, {"unit_price", "19.99"}},
            QJsonObject{{"product_id", s.pen},
                        {"qty", "3"},
                        {"unit_price", "33.33"},
                        {"discount_pct", "10"},
                        {"tax_rate", "6.00"}},
            QJsonObject{{"product_id", s.ink}, {"qty", "0.333"}, {"unit_price", "10"}},
            QJsonObject{{"product_id", s.ink},
                        {"qty", "1.005"},
                        {"unit_price", "0.50"},
                        {"discount_pct", "33.33"},
                        {"tax_rate", "9.00"}},
            QJsonObject{{"product_id", s.ink}, {"qty", "0.007"}, {"unit_price", "0.01"}},
            QJsonObject{{"product_id", s.pen},
                        {"qty", "12.345"},
                        {"unit_price", "999.99"},
                        {"discount_pct", "12.50"}},
        });
        const char* expected[][3] = {
            {"49.98", "6.50", "56.48"}, {"89.99", "5.40", "95.39"},
            {"3.33", "0.43", "3.76"},   {"0.34", "0.03", "0.37"},
            {"0.00", "0.00", "0.00"},   {"10801.77", "1404.23", "12206.00"}};
        for (int i = 0; i < 6; ++i) {
            const QJsonObject l = lineOf(o, i);
            QCOMPARE(l.value("net").toString(), QString::fromLatin1(expected[i][0]));
            QCOMPARE(l.value("tax").toString(), QString::fromLatin1(expected[i][1]));
            QCOMPARE(l.value("gross").toString(), QString::fromLatin1(expected[i][2]));
        }
        QCOMPARE(lineOf(o, 0).value("qty").toString(), QStringLiteral("2.500"));
        QCOMPARE(lineOf(o, 1).value("discount_pct").toString(), QStringLiteral("10.00"));
        QCOMPARE(lineOf(o, 2).value("tax_rate").toString(), QStringLiteral("13.00"));
        QCOMPARE(lineOf(o, 2).value("sku").toString(), QStringLiteral("INK-1"));
        QCOMPARE(lineOf(o, 2).value("unit").toString(), QStringLiteral("pcs"));
        QCOMPARE(o.value("net").toString(), QStringLiteral("10945.41"));
        QCOMPARE(o.value("tax").toString(), QStringLiteral("1416.59"));
        QCOMPARE(o.value("gross").toString(), QStringLiteral("12362.00"));
        QVERIFY(o.value("number").toString().startsWith("SO"));
        QVERIFY(o.value("number").toString().endsWith("-000001"));
        QCOMPARE(o.value("state").toString(), QStringLiteral("draft"));
        QCOMPARE(o.value("customer_name").toString(), QStringLiteral("上海明远贸易有限公司"));
        QCOMPARE(o.value("contact_email").toString(), QStringLiteral("buyer@mingyuan.example.cn"));
        QVERIFY(o.value("shipping_address").toString().contains("世纪大道"));
        QCOMPARE(strings(o.value("allowed_actions")), QStringList({"update", "submit", "cancel"}));
        // get returns the same, with its timeline.
        const QJsonObject got =
            s.t.call(s.admin, "sales.order.get", {{"id", o.value("id")}}).toObject();
        QCOMPARE(got.value("gross").toString(), QStringLiteral("12362.00"));
        QCOMPARE(got.value("timeline").toArray().size(), 1);
        QCOMPARE(got.value("timeline").toArray().at(0).toObject().value("by").toString(),
                 QStringLiteral("admin"));
        // The list price is the default price; the second order gets the next number.
        const QJsonObject second = s.order({line(s.pen, "1")});
        QCOMPARE(lineOf(second).value("unit_price").toString(), QStringLiteral("20.00"));
        QCOMPARE(second.value("gross").toString(), QStringLiteral("22.60"));
        QVERIFY(second.value("number").toString().endsWith("-000002"));
    }

    void resultsWrittenAsTextWorkInBatches()
    {
        // Order methods hand the dispatcher JSON text; in a batch it becomes part of the array.
        Shop s(QStringLiteral("sales_batch"));
        const QJsonObject o = s.order({line(s.pen, "1")});
        const QByteArray batch =
            "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"sales.order.get\",\"params\":{\"id\":" +
            QByteArray::number(o.value("id").toInteger()) +
            "}},{\"jsonrpc\":\"2.0\",\"id\":\"two\",\"method\":\"sales.order.list\","
            "\"params\":{}}]";
        const auto outcome = s.t.core().dispatcher().handleLine(batch, s.admin.identity);
        const QJsonArray replies = QJsonDocument::fromJson(outcome.reply).array();
        QCOMPARE(replies.size(), 2);
        QCOMPARE(replies.at(0).toObject().value("result").toObject().value("number").toString(),
                 o.value("number").toString());
        QCOMPARE(replies.at(1).toObject().value("id").toString(), QStringLiteral("two"));
        QCOMPARE(replies.at(1).toObject().value("result").toObject().value("total").toInt(), 1);
        // A single call: the reply line is the same JSON-RPC object, id echoed.
        const auto single = s.t.core().dispatcher().handleLine(
            "{\"jsonrpc\":\"2.0\",\"id\":\"x\\\"y\",\"method\":\"sales.order.list\",\"params\":{}}",
            s.admin.identity);
        QVERIFY(single.reply.endsWith('\n'));
        const QJsonObject reply = QJsonDocument::fromJson(single.reply).object();
        QCOMPARE(reply.value("id").toString(), QStringLiteral("x\"y"));
        QCOMPARE(reply.value("jsonrpc").toString(), QStringLiteral("2.0"));
        QCOMPARE(reply.value("result").toObject().value("total").toInt(), 1);
    }

    void createValidatesFields()
    {
        Shop s(QStringLiteral("sales_valid"));
        Rpc::Error e;
        QCOMPARE(s.t.callCode(
                     s.admin, "sales.order.create",
                     {{"customer_id", s.customer},
                      {"order_date", "2026-02-30"},
                      {"channel", "fax"},
                      {"lines", QJsonArray{QJsonObject{{"product_id", s.pen}, {"qty", "1.0005"}},
                                           QJsonObject{{"product_id", s.pen}, {"qty", "0"}},
                                           QJsonObject{{"product_id", s.pen}, {"qty", "-1"}},
                                           QJsonObject{{"product_id", 9999}, {"qty", "1"}},
                                           QJsonObject{{"product_id", s.pen},
                                                       {"qty", "1"},
                                                       {"unit_price", "1.234"},
                                                       {"discount_pct", "101"}}}}},
                     &e),
                 int(Rpc::ValidationFailed));
        const QStringList codes = fieldCodes(e);
        for (const char* expected :
             {"order_date:invalid", "channel:invalid", "lines[0].qty:scale", "lines[1].qty:zero",
              "lines[2].qty:negative", "lines[3].product_id:unknown", "lines[4].unit_price:scale",
              "lines[4].discount_pct:range"})
            QVERIFY2(codes.contains(QString::fromLatin1(expected)), qPrintable(codes.join(' ')));
        QCOMPARE(s.t.callCode(s.admin, "sales.order.create",
                              {{"customer_id", 9999}, {"lines", QJsonArray{line(s.pen, "1")}}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"customer_id:unknown"}));
        QCOMPARE(s.t.callCode(s.admin, "sales.order.create",
                              {{"customer_id", s.customer}, {"lines", QJsonArray()}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"lines:required"}));
        // external_ref is unique per channel.
        s.order({line(s.pen, "1")}, 0, {{"channel", "web"}, {"external_ref", "T-1"}});
        QCOMPARE(s.t.callCode(s.admin, "sales.order.create",
                              {{"customer_id", s.customer},
                               {"channel", "web"},
                               {"external_ref", "T-1"},
                               {"lines", QJsonArray{line(s.pen, "1")}}},
                              &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"external_ref:duplicate"}));
        QCOMPARE(s.t.callCode(s.admin, "sales.order.create",
                              {{"customer_id", s.customer},
                               {"channel", "email"},
                               {"external_ref", "T-1"},
                               {"lines", QJsonArray{line(s.pen, "1")}}}),
                 0);
    }

    void lifecycleTable_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("expected"); // resulting state; empty = illegal
        const QStringList states{"draft",   "submitted", "approved",  "rejected",  "allocated",
                                 "picking", "shipped",   "delivered", "completed", "cancelled"};
        const QHash<QString, QString> legal{
            {"draft/update", "draft"},           {"submitted/update", "draft"},
            {"approved/update", "draft"},        {"rejected/update", "draft"},
            {"draft/submit", "approved"}, // clean: approved automatically
            {"submitted/approve", "approved"},   {"submitted/reject", "rejected"},
            {"approved/allocate", "allocated"},  {"allocated/pick", "picking"},
            {"picking/ship", "shipped"},         {"shipped/deliver", "delivered"},
            {"delivered/complete", "completed"}, {"draft/cancel", "cancelled"},
            {"submitted/cancel", "cancelled"},   {"approved/cancel", "cancelled"},
            {"rejected/cancel", "cancelled"},    {"allocated/cancel", "cancelled"},
            {"picking/cancel", "cancelled"},     {"shipped/return", "shipped"},
            {"delivered/return", "delivered"},   {"completed/return", "completed"}};
        const QStringList actions{"update", "submit",  "approve",  "reject", "allocate", "pick",
                                  "ship",   "deliver", "complete", "cancel", "return"};
        for (const QString& state : states)
            for (const QString& action : actions)
                QTest::newRow(qPrintable(state + "/" + action))
                    << state << action << legal.value(state + "/" + action);
    }

    void lifecycleTable()
    {
        QFETCH(QString, state);
        QFETCH(QString, action);
        QFETCH(QString, expected);
        // One store for all rows: each row drives its own order.
        if (!m_lifecycle) {
            m_lifecycle = std::make_unique<Shop>(QStringLiteral("sales_lifecycle"));
            m_lifecycle->receive(m_lifecycle->pen, m_lifecycle->sh, "100000");
        }
        Shop& s = *m_lifecycle;
        const QJsonObject o = s.orderIn(state);
        QCOMPARE(o.value("state").toString(), state);
        QJsonObject params;
        if (action == "reject" || action == "cancel")
            params.insert("reason", "test");
        if (action == "update")
            params.insert("notes", "changed");
        if (action == "return")
            params.insert("lines", QJsonArray{QJsonObject{{"line_id", idOf(lineOf(o))},
                                                          {"qty", "1"},
                                                          {"disposition", "restock"}}});
        const bool allowed = strings(o.value("allowed_actions")).contains(action);
        QCOMPARE(allowed, !expected.isEmpty());
        Rpc::Error e;
        const int code = s.actCode(action, o, params, &e);
        if (expected.isEmpty()) {
            QCOMPARE(code, int(Rpc::BusinessRule));
            QCOMPARE(e.data.toObject().value("reason").toString(),
                     QStringLiteral("illegal_transition"));
            QCOMPARE(e.data.toObject().value("state").toString(), state);
            QCOMPARE(e.data.toObject().value("action").toString(), action);
            return;
        }
        QVERIFY2(code == 0, qPrintable(e.message));
        const QJsonObject after = e.data.toObject();
        QCOMPARE(after.value("state").toString(), expected);
        QCOMPARE(after.value("version").toInteger(), o.value("version").toInteger() + 1);
        const QJsonObject last = after.value("timeline").toArray().last().toObject();
        QCOMPARE(last.value("to_state").toString(), expected);
        QCOMPARE(last.value("by").toString(), QStringLiteral("admin"));
        // Pushed and audited.
        bool pushed = false;
        for (const Rpc::ChangeEvent& c : s.admin.changes)
            pushed = pushed || (c.entity == "sales.order" && c.id == o.value("id").toInteger());
        QVERIFY(pushed);
    }

    void staleVersionsAreRefused()
    {
        Shop s(QStringLiteral("sales_stale"));
        QJsonObject o = s.order({line(s.pen, "1")});
        QJsonObject stale = o;
        o = s.act("update", o, {{"notes", "first"}});
        Rpc::Error e;
        for (const char* action : {"submit", "update", "cancel"}) {
            QCOMPARE(s.actCode(action, stale, {}, &e), int(Rpc::VersionConflict));
            QCOMPARE(e.data.toObject().value("current_version").toInteger(),
                     o.value("version").toInteger());
        }
        QCOMPARE(s.t.callCode(s.admin, "sales.order.submit", {{"id", 9999}, {"version", 1}}),
                 int(Rpc::NotFound));
    }

    void updateAfterSubmitIsAnAmendment()
    {
        Shop s(QStringLiteral("sales_amend"));
        s.receive(s.pen, s.sh, "10");
        QJsonObject o = s.order({line(s.pen, "1")});
        o = s.act("update", o, {{"lines", QJsonArray{line(s.pen, "2"), line(s.ink, "1")}}});
        QCOMPARE(o.value("amendments").toInt(), 0); // editing a draft is no amendment
        QCOMPARE(o.value("gross").toString(), QStringLiteral("50.85"));
        QCOMPARE(o.value("lines").toArray().size(), 2);
        s.receive(s.ink, s.sh, "10");
        o = s.act("submit", o);
        QCOMPARE(o.value("state").toString(), QStringLiteral("approved"));
        o = s.act("update", o,
                  {{"lines", QJsonArray{line(s.pen, "3")}}, {"requested_date", "2099-01-01"}});
        QCOMPARE(o.value("state").toString(), QStringLiteral("draft"));
        QCOMPARE(o.value("amendments").toInt(), 1);
        QCOMPARE(o.value("gross").toString(), QStringLiteral("67.80"));
        QCOMPARE(o.value("requested_date").toString(), QStringLiteral("2099-01-01"));
    }

    void cleanOrderIsApprovedAutomaticallyAndMailed()
    {
        Shop s(QStringLiteral("sales_auto"));
        s.receive(s.pen, s.sh, "10");
        QJsonObject o = s.order({line(s.pen, "2")});
        o = s.act("submit", o);
        QCOMPARE(o.value("state").toString(), QStringLiteral("approved"));
        QVERIFY(o.value("review_reasons").toArray().isEmpty());
        const QJsonArray timeline = o.value("timeline").toArray();
        QCOMPARE(timeline.size(), 3);
        QCOMPARE(timeline.at(1).toObject().value("action").toString(), QStringLiteral("submit"));
        QCOMPARE(timeline.at(2).toObject().value("action").toString(), QStringLiteral("approve"));
        QCOMPARE(timeline.at(2).toObject().value("note").toString(),
                 QStringLiteral("approved automatically"));
        QVERIFY(!o.value("submitted_at").toString().isEmpty());
        QVERIFY(!o.value("approved_at").toString().isEmpty());
        const QStringList mails = s.outbox(idOf(o));
        QCOMPARE(mails.size(), 1);
        QVERIFY(mails.first().startsWith("Order " + o.value("number").toString()));
    }

    void reviewReasonsNeedManualApproval()
    {
        Shop s(QStringLiteral("sales_review"));
        s.receive(s.pen, s.sh, "5");
        const qint64 careful = s.newCustomer("谨慎客户", "100.00", "careful@example.cn");
        // Over the credit limit (100.00), more than in stock, below cost, discount above 20 %.
        QJsonObject o =
            s.order({QJsonObject{{"product_id", s.pen}, {"qty", "6"}},
                     QJsonObject{{"product_id", s.ink}, {"qty", "1"}, {"unit_price", "1.00"}},
                     QJsonObject{{"product_id", s.pen}, {"qty", "1"}, {"discount_pct", "25"}}},
                    careful);
        o = s.act("submit", o);
        QCOMPARE(o.value("state").toString(), QStringLiteral("submitted"));
        const QStringList codes = reasonCodes(o);
        for (const char* code : {"credit_limit", "insufficient_stock", "below_cost", "discount"})
            QVERIFY2(codes.contains(QString::fromLatin1(code)), qPrintable(codes.join(' ')));
        QCOMPARE(strings(o.value("allowed_actions")),
                 QStringList({"update", "approve", "reject", "cancel"}));
        QVERIFY(s.outbox(idOf(o)).isEmpty());

        // The sales clerk may not approve; the manager may.
        s.t.call(s.admin, "admin.role.create",
                 {{"name", "clerk"},
                  {"permissions", QJsonArray{"crm.*", "sales.order.read", "sales.order.write"}}});
        Session clerk = s.t.userWithRoles("clerk1", {"clerk"});
        Session manager = s.t.userWithRoles("boss", {"manager"});
        Rpc::Error e;
        QCOMPARE(s.actCode("approve", o, {}, &e, &clerk), int(Rpc::Forbidden));
        QCOMPARE(s.actCode("reject", o, {{"reason", "no"}}, &e, &clerk), int(Rpc::Forbidden));
        o = s.act("approve", o, {{"note", "known customer"}}, &manager);
        QCOMPARE(o.value("state").toString(), QStringLiteral("approved"));
        QCOMPARE(o.value("timeline").toArray().last().toObject().value("by").toString(),
                 QStringLiteral("boss"));
        QCOMPARE(s.outbox(idOf(o)).size(), 1);

        // A discount within the setting is fine; the setting is read from the store.
        QJsonObject d =
            s.order({QJsonObject{{"product_id", s.ink}, {"qty", "1"}, {"discount_pct", "15"}}});
        s.receive(s.ink, s.sh, "10");
        QCOMPARE(s.act("submit", d).value("state").toString(), QStringLiteral("approved"));
        s.sql("INSERT INTO settings (key, value) VALUES ('sales.max_discount_pct', '10.00')");
        d = s.order({QJsonObject{{"product_id", s.ink}, {"qty", "1"}, {"discount_pct", "15"}}});
        d = s.act("submit", d);
        QCOMPARE(reasonCodes(d), QStringList({"discount"}));
    }

    void rejectNeedsAReasonAndCanBeAmended()
    {
        Shop s(QStringLiteral("sales_reject"));
        QJsonObject o = s.order({line(s.pen, "1")}); // nothing in stock: reviewed
        o = s.act("submit", o);
        QCOMPARE(reasonCodes(o), QStringList({"insufficient_stock"}));
        Rpc::Error e;
        QCOMPARE(s.actCode("reject", o, {{"reason", "  "}}, &e), int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"reason:required"}));
        o = s.act("reject", o, {{"reason", "价格太低"}});
        QCOMPARE(o.value("state").toString(), QStringLiteral("rejected"));
        QCOMPARE(o.value("reject_reason").toString(), QStringLiteral("价格太低"));
        QCOMPARE(o.value("timeline").toArray().last().toObject().value("note").toString(),
                 QStringLiteral("价格太低"));
        QCOMPARE(strings(o.value("allowed_actions")), QStringList({"update", "cancel"}));
        o = s.act("update", o, {{"notes", "new price"}});
        QCOMPARE(o.value("state").toString(), QStringLiteral("draft"));
        QCOMPARE(o.value("amendments").toInt(), 1);
    }

    void permissions()
    {
        Shop s(QStringLiteral("sales_perm"));
        s.receive(s.pen, s.sh, "10");
        Session warehouse = s.t.userWithRoles("lager", {"warehouse"});
        Session sales = s.t.userWithRoles("seller", {"sales"});
        QJsonObject o = s.order({line(s.pen, "1")});
        QCOMPARE(
            s.t.callCode(warehouse, "sales.order.create",
                         {{"customer_id", s.customer}, {"lines", QJsonArray{line(s.pen, "1")}}}),
            int(Rpc::Forbidden));
        QCOMPARE(s.actCode("submit", o, {}, nullptr, &warehouse), int(Rpc::Forbidden));
        o = s.act("submit", o, {}, &sales);
        QCOMPARE(s.t.callCode(warehouse, "sales.order.get", {{"id", o.value("id")}}), 0);
        // The built-in sales role (migration 0008) does not approve its own orders.
        QJsonObject waiting =
            s.order({QJsonObject{{"product_id", s.pen}, {"qty", "1"}, {"discount_pct", "30"}}});
        waiting = s.act("submit", waiting, {}, &sales);
        QCOMPARE(waiting.value("state").toString(), QStringLiteral("submitted"));
        QCOMPARE(s.actCode("approve", waiting, {}, nullptr, &sales), int(Rpc::Forbidden));
        QCOMPARE(s.actCode("reject", waiting, {{"reason", "x"}}, nullptr, &sales),
                 int(Rpc::Forbidden));
        QCOMPARE(s.actCode("allocate", o, {}, nullptr, &sales), 0); // sales.* allocates
        o = s.t.call(s.admin, "sales.order.get", {{"id", o.value("id")}}).toObject();
        QCOMPARE(s.actCode("pick", o, {}, nullptr, &warehouse), 0);
        o = s.t.call(s.admin, "sales.order.get", {{"id", o.value("id")}}).toObject();
        o = s.act("ship", o, {}, &warehouse);
        o = s.act("deliver", o, {}, &warehouse); // warehouse delivers (0008)
        QCOMPARE(s.actCode("return", o,
                           {{"lines", QJsonArray{QJsonObject{{"line_id", idOf(lineOf(o))},
                                                             {"qty", "1"},
                                                             {"disposition", "restock"}}}}},
                           nullptr, &warehouse),
                 0); // and takes returns
        QCOMPARE(s.actCode("cancel", waiting, {}, nullptr, &warehouse), int(Rpc::Forbidden));
        Session nobody = s.t.userWithRoles("hr1", {"hr"});
        QCOMPARE(s.t.callCode(nobody, "sales.order.list"), int(Rpc::Forbidden));
        QCOMPARE(s.t.callCode(nobody, "sales.report.metrics"), int(Rpc::Forbidden));
        QCOMPARE(s.t.callCode(nobody, "sales.order.import", {{"format", "csv"}, {"data", ""}}),
                 int(Rpc::Forbidden));
    }

    void customerMergeMovesOrders()
    {
        Shop s(QStringLiteral("sales_merge"));
        const qint64 duplicate = s.newCustomer("上海明远贸易", "0", "other@mingyuan.example.cn");
        const QJsonObject o = s.order({line(s.pen, "1")}, duplicate);
        s.t.call(s.admin, "crm.customer.merge",
                 {{"survivor_id", s.customer}, {"duplicate_id", duplicate}});
        const QJsonObject moved =
            s.t.call(s.admin, "sales.order.get", {{"id", o.value("id")}}).toObject();
        QCOMPARE(moved.value("customer_id").toInteger(), s.customer);
        QCOMPARE(moved.value("customer_name").toString(), QStringLiteral("上海明远贸易有限公司"));
        QCOMPARE(moved.value("version").toInteger(), o.value("version").toInteger() + 1);
    }
};

QTEST_GUILESS_MAIN(TestSales)
#include "tst_sales.moc"
