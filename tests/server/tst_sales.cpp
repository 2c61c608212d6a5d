// Sales orders (sales.order.*, sales.report.metrics) on SQLite and PostgreSQL: the lifecycle
// table (every legal and illegal step), stale versions, totals and rounding, review (credit,
// stock, cost, discount), allocation by warehouse priority with split and backorders that
// allocate themselves when stock arrives, partial and full shipment, cancel, returns (restock and
// scrap), notifications in the outbox, import, metrics, list, permissions, customer merge.
#include "server/modules/sales/jsontext.h"
#include "server/servercore.h"
#include "server/storage/database.h"
#include "tests/support/servertest.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <limits>

using namespace Erp;
using Erp::Test::fieldCodes;
using Erp::Test::ServerTest;
using Session = ServerTest::Session;

namespace {

qint64 idOf(const QJsonValue& v)
{
    return v.toObject().value("id").toInteger();
}

/// A store with two warehouses (SH priority 1, SZ priority 2), a customer and products.
struct Shop
{
    explicit Shop(const QString& tag)
        : t(tag)
        , admin(t.admin())
    {
        sh = idOf(t.call(admin, "inventory.warehouse.create",
                         {{"code", "SH"}, {"name", "上海仓"}, {"priority", 1}}));
        sz = idOf(t.call(admin, "inventory.warehouse.create",
                         {{"code", "SZ"}, {"name", "深圳仓"}, {"priority", 2}}));
        customer = newCustomer("上海明远贸易有限公司", "0", "buyer@mingyuan.example.cn");
        pen = product("PEN-1", "钢笔 Fountain pen", "20.00", "8.00");
        ink = product("INK-1", "墨水 Ink", "5.00", "2.00");
    }

    qint64 newCustomer(const QString& name, const QString& credit, const QString& email)
    {
        return idOf(
            t.call(admin, "crm.customer.create",
                   {{"name", name},
                    {"credit_limit", credit},
                    {"allow_duplicates", true},
                    {"contacts", QJsonArray{QJsonObject{{"name", "王经理"}, {"email", email}}}},
                    {"addresses", QJsonArray{QJsonObject{{"kind", "shipping"},
                                                         {"province", "上海市"},
                                                         {"city", "上海市"},
                                                         {"line1", "浦东新区世纪大道 100 号"}}}}}));
    }

    qint64 product(const QString& sku, const QString& name, const QString& price,
                   const QString& cost)
    {
        return idOf(t.call(admin, "inventory.product.create",
                           {{"sku", sku},
                            {"name", name},
                            {"list_price", price},
                            {"cost", cost},
                            {"tax_rate", "13.00"}}));
    }

    void receive(qint64 productId, qint64 warehouseId, const QString& qty)
    {
        t.call(admin, "inventory.stock.adjust",
               {{"product_id", productId},
                {"warehouse_id", warehouseId},
                {"qty", qty},
                {"kind", "receipt"},
                {"reason", "test receipt"}});
    }

    QJsonObject order(const QJsonArray& lines, qint64 customerId = 0, const QJsonObject& extra = {})
    {
        QJsonObject p = extra;
        p.insert("customer_id", customerId ? customerId : customer);
        p.insert("lines", lines);
        return t.call(admin, "sales.order.create", p).toObject();
    }

    /// Calls sales.order.<action> with the order's id and version.
    QJsonObject act(const QString& action, const QJsonObject& o, QJsonObject params = {},
                    Session* as = nullptr)
    {
        params.insert("id", o.value("id"));
        params.insert("version", o.value("version"));
        return t.call(as ? *as : admin, "sales.order." + action, params).toObject();
    }

    int actCode(const QString& action, const QJsonObject& o, QJsonObject params = {},
                Rpc::Error* e = nullptr, Session* as = nullptr)
    {
        params.insert("id", o.value("id"));
        params.insert("version", o.value("version"));
        return t.callCode(as ? *as : admin, "sales.order." + action, params, e);
    }

    /// Stock level of a product in a warehouse: {on_hand, reserved, available}.
    QJsonObject level(qint64 productId, qint64 warehouseId)
    {
        const QJsonArray rows = t.call(admin, "inventory.stock.levels",
                                       {{"filter", QJsonObject{{"product_id", productId},
                                                               {"warehouse_id", warehouseId}}}})
                                    .toObject()
                                    .value("rows")
                                    .toArray();
        return rows.at(0).toObject();
    }

    QStringList moves(qint64 productId)
    {
        QStringList out;
        const QJsonArray rows =
            t.call(admin, "inventory.stock.moves",
                   {{"filter", QJsonObject{{"product_id", productId}}}, {"sort", "id"}})
                .toObject()
                .value("rows")
                .toArray();
        for (const QJsonValue& r : rows)
            out.append(r.toObject().value("kind").toString() + ":" +
                       r.toObject().value("qty").toString());
        return out;
    }

    /// Subjects of the e-mails queued for an order.
    QStringList outbox(qint64 orderId)
    {
        QSqlQuery q(t.core().database().connection());
        q.prepare("SELECT subject, to_address FROM outbox WHERE source_type = 'sales.order' AND "
                  "source_id = :id ORDER BY id");
        q.bindValue(":id", orderId);
        if (!q.exec())
            qFatal("%s", qPrintable(q.lastError().text()));
        QStringList out;
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    }

    void sql(const QString& statement)
    {
        QSqlQuery q(t.core().database().connection());
        if (!q.exec(statement))
            qFatal("%s", qPrintable(q.lastError().text()));
    }

    /// A clean order (stock on hand) driven to `state` through the methods.
    QJsonObject orderIn(const QString& state)
    {
        const bool reviewed = state == "submitted" || state == "rejected";
        QJsonObject line{{"product_id", pen}, {"qty", "2"}};
        if (reviewed)
            line.insert("discount_pct", "25.00"); // above the 20.00 default: manual approval
        QJsonObject o = order({line});
        if (state == "draft")
            return o;
        if (state == "cancelled")
            return act("cancel", o, {{"reason", "test"}});
        o = act("submit", o);
        if (state == "submitted")
            return o;
        if (state == "rejected")
            return act("reject", o, {{"reason", "too cheap"}});
        if (state == "approved")
            return o;
        o = act("allocate", o);
        if (state == "allocated")
            return o;
        o = act("pick", o);
        if (state == "picking")
            return o;
        o = act("ship", o, {{"carrier", "SF"}, {"tracking", "SF100"}});
        if (state == "shipped")
            return o;
        o = act("deliver", o);
        if (state == "delivered")
            return o;
        return act("complete", o);
    }

    ServerTest t;
    Session admin;
    qint64 sh = 0;
    qint64 sz = 0;
    qint64 customer = 0;
    qint64 pen = 0;
    qint64 ink = 0;
};

QJsonObject line(qint64 product, const QString& qty)
{
    return {{"product_id", product}, {"qty", qty}};
}

QStringList strings(const QJsonValue& array)
{
    QStringList out;
    for (const QJsonValue& v : array.toArray())
        out.append(v.toString());
    return out;
}

QStringList reasonCodes(const QJsonObject& o)
{
    QStringList out;
    for (const QJsonValue& v : o.value("review_reasons").toArray())
        out.append(v.toObject().value("code").toString());
    return out;
}

QJsonObject lineOf(const QJsonObject& o, int i = 0)
{
    return o.value("lines").toArray().at(i).toObject();
}

} // namespace

class TestSales final : public QObject
{
    Q_OBJECT
    std::unique_ptr<Shop> m_lifecycle;

private slots:
    void cleanupTestCase() { m_lifecycle.reset(); }

    void jsonTextWritesExactDecimalsAndEscapes()
    {
        Server::Sales::JsonText j;
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

    void allocationSplitsAcrossWarehousesByPriority()
    {
        Shop s(QStringLiteral("sales_split"));
        s.receive(s.pen, s.sz, "10");
        s.receive(s.pen, s.sh, "3");
        QJsonObject o = s.act("submit", s.order({line(s.pen, "5")}));
        o = s.act("allocate", o);
        QCOMPARE(o.value("state").toString(), QStringLiteral("allocated"));
        QCOMPARE(o.value("has_backorder").toBool(), false);
        const QJsonArray allocations = o.value("allocations").toArray();
        QCOMPARE(allocations.size(), 2);
        QCOMPARE(allocations.at(0).toObject().value("warehouse_code").toString(),
                 QStringLiteral("SH"));
        QCOMPARE(allocations.at(0).toObject().value("qty").toString(), QStringLiteral("3.000"));
        QCOMPARE(allocations.at(1).toObject().value("warehouse_code").toString(),
                 QStringLiteral("SZ"));
        QCOMPARE(allocations.at(1).toObject().value("qty").toString(), QStringLiteral("2.000"));
        QCOMPARE(lineOf(o).value("allocated_qty").toString(), QStringLiteral("5.000"));
        QCOMPARE(lineOf(o).value("allocations").toArray().size(), 2);
        QCOMPARE(s.level(s.pen, s.sh).value("reserved").toString(), QStringLiteral("3.000"));
        QCOMPARE(s.level(s.pen, s.sz).value("reserved").toString(), QStringLiteral("2.000"));

        // Restricted to one warehouse: only what SZ has.
        QJsonObject only = s.act("submit", s.order({line(s.pen, "9")}));
        QCOMPARE(only.value("state").toString(), QStringLiteral("submitted")); // 8 available
        only = s.act("approve", only);
        only = s.act("allocate", only, {{"warehouse_id", s.sz}});
        QCOMPARE(lineOf(only).value("allocated_qty").toString(), QStringLiteral("8.000"));
        QCOMPARE(lineOf(only).value("backorder_qty").toString(), QStringLiteral("1.000"));
        QCOMPARE(only.value("has_backorder").toBool(), true);
    }

    void backordersAllocateThemselvesWhenStockArrives()
    {
        Shop s(QStringLiteral("sales_backorder"));
        s.receive(s.pen, s.sh, "3");
        QJsonObject older = s.act("approve", s.act("submit", s.order({line(s.pen, "5")})));
        older = s.act("allocate", older);
        QCOMPARE(older.value("has_backorder").toBool(), true);
        QCOMPARE(lineOf(older).value("backorder_qty").toString(), QStringLiteral("2.000"));
        QVERIFY(older.value("timeline")
                    .toArray()
                    .last()
                    .toObject()
                    .value("note")
                    .toString()
                    .contains("PEN-1 2.000"));
        QJsonObject younger = s.act("approve", s.act("submit", s.order({line(s.pen, "2")})));
        younger = s.act("allocate", younger);
        QCOMPARE(lineOf(younger).value("allocated_qty").toString(), QStringLiteral("0.000"));
        const QJsonObject waiting = s.t.call(s.admin, "sales.order.list",
                                             {{"filter", QJsonObject{{"has_backorder", true}}}})
                                        .toObject();
        QCOMPARE(waiting.value("total").toInt(), 2);
        // Replenishment sees the backordered quantity (the demand provider).
        const QJsonArray proposals = s.t.call(s.admin, "purchasing.replenishment.propose")
                                         .toObject()
                                         .value("rows")
                                         .toArray();
        QString backordered;
        for (const QJsonValue& group : proposals)
            for (const QJsonValue& l : group.toObject().value("lines").toArray())
                if (l.toObject().value("product_id").toInteger() == s.pen)
                    backordered = l.toObject().value("backordered").toString();
        QCOMPARE(backordered, QStringLiteral("4.000"));

        // 3 arrive (in the other warehouse): the older order takes its 2 first, the younger 1.
        s.receive(s.pen, s.sz, "3");
        older = s.t.call(s.admin, "sales.order.get", {{"id", older.value("id")}}).toObject();
        younger = s.t.call(s.admin, "sales.order.get", {{"id", younger.value("id")}}).toObject();
        QCOMPARE(lineOf(older).value("allocated_qty").toString(), QStringLiteral("5.000"));
        QCOMPARE(older.value("has_backorder").toBool(), false);
        QCOMPARE(older.value("timeline").toArray().last().toObject().value("action").toString(),
                 QStringLiteral("allocate_backorder"));
        QCOMPARE(lineOf(younger).value("allocated_qty").toString(), QStringLiteral("1.000"));
        QCOMPARE(younger.value("has_backorder").toBool(), true);
        QCOMPARE(s.level(s.pen, s.sz).value("reserved").toString(), QStringLiteral("3.000"));

        // Cancelling the older order frees its 5; the younger takes the 1 it still misses.
        s.act("cancel", older, {{"reason", "customer"}});
        younger = s.t.call(s.admin, "sales.order.get", {{"id", younger.value("id")}}).toObject();
        QCOMPARE(lineOf(younger).value("allocated_qty").toString(), QStringLiteral("2.000"));
        QCOMPARE(younger.value("has_backorder").toBool(), false);
    }

    void partialShipmentThenFull()
    {
        Shop s(QStringLiteral("sales_ship"));
        s.receive(s.pen, s.sh, "10");
        s.receive(s.ink, s.sh, "10");
        QJsonObject o = s.act("submit", s.order({line(s.pen, "4"), line(s.ink, "2")}));
        o = s.act("pick", s.act("allocate", o));
        const qint64 penLine = idOf(lineOf(o, 0));
        const qint64 inkLine = idOf(lineOf(o, 1));
        Rpc::Error e;
        QCOMPARE(s.actCode("ship", o,
                           {{"lines", QJsonArray{QJsonObject{{"line_id", penLine}, {"qty", "5"}}}}},
                           &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"lines[0].qty:exceeds_allocated"}));
        o = s.act("ship", o,
                  {{"carrier", "顺丰速运"},
                   {"tracking", "SF1234567890"},
                   {"lines", QJsonArray{QJsonObject{{"line_id", penLine}, {"qty", "1.5"}}}}});
        QCOMPARE(o.value("state").toString(), QStringLiteral("picking"));
        QCOMPARE(lineOf(o, 0).value("shipped_qty").toString(), QStringLiteral("1.500"));
        QCOMPARE(o.value("shipments").toArray().size(), 1);
        const QJsonObject first = o.value("shipments").toArray().at(0).toObject();
        QVERIFY(first.value("number").toString().startsWith("SH"));
        QCOMPARE(first.value("carrier").toString(), QStringLiteral("顺丰速运"));
        QCOMPARE(strings(o.value("allowed_actions")), QStringList({"ship"})); // no cancel now
        QCOMPARE(s.actCode("cancel", o, {}, &e), int(Rpc::BusinessRule));
        QCOMPARE(s.level(s.pen, s.sh).value("on_hand").toString(), QStringLiteral("8.500"));
        QCOMPARE(s.level(s.pen, s.sh).value("reserved").toString(), QStringLiteral("2.500"));

        o = s.act("ship", o, {{"carrier", "SF"}, {"tracking", "SF2"}}); // the rest
        QCOMPARE(o.value("state").toString(), QStringLiteral("shipped"));
        QCOMPARE(lineOf(o, 0).value("shipped_qty").toString(), QStringLiteral("4.000"));
        QCOMPARE(lineOf(o, 1).value("shipped_qty").toString(), QStringLiteral("2.000"));
        QCOMPARE(o.value("shipments").toArray().size(), 2);
        QVERIFY(!o.value("shipped_at").toString().isEmpty());
        QCOMPARE(s.level(s.pen, s.sh).value("on_hand").toString(), QStringLiteral("6.000"));
        QCOMPARE(s.level(s.pen, s.sh).value("reserved").toString(), QStringLiteral("0.000"));
        QCOMPARE(s.moves(s.pen),
                 QStringList({"receipt:10.000", "shipment:-1.500", "shipment:-2.500"}));
        Q_UNUSED(inkLine);

        o = s.act("deliver", o);
        const QStringList mails = s.outbox(idOf(o));
        QCOMPARE(mails.size(), 4); // approved, two shipments, delivered
        QVERIFY(mails.at(1).contains("shipped"));
        QVERIFY(mails.at(3).contains("delivered"));
        QSqlQuery q(s.t.core().database().connection());
        q.prepare("SELECT body FROM outbox WHERE source_id = :id ORDER BY id");
        q.bindValue(":id", idOf(o));
        QVERIFY(q.exec() && q.next() && q.next());
        QVERIFY(q.value(0).toString().contains("SF1234567890"));
        QVERIFY(q.value(0).toString().contains("顺丰速运"));
    }

    void cancelReleasesReservations()
    {
        Shop s(QStringLiteral("sales_cancel"));
        s.receive(s.pen, s.sh, "10");
        QJsonObject o = s.act("allocate", s.act("submit", s.order({line(s.pen, "4")})));
        QCOMPARE(s.level(s.pen, s.sh).value("reserved").toString(), QStringLiteral("4.000"));
        QCOMPARE(s.level(s.pen, s.sh).value("available").toString(), QStringLiteral("6.000"));
        o = s.act("cancel", o, {{"reason", "客户取消"}});
        QCOMPARE(o.value("state").toString(), QStringLiteral("cancelled"));
        QCOMPARE(o.value("cancel_reason").toString(), QStringLiteral("客户取消"));
        QCOMPARE(s.level(s.pen, s.sh).value("reserved").toString(), QStringLiteral("0.000"));
        QCOMPARE(s.level(s.pen, s.sh).value("available").toString(), QStringLiteral("10.000"));
        QVERIFY(o.value("allowed_actions").toArray().isEmpty());
        const QJsonObject check = s.t.call(s.admin, "inventory.stock.check").toObject();
        QVERIFY(check.value("differences").toArray().isEmpty());
    }

    void returnsRestockAndScrap()
    {
        Shop s(QStringLiteral("sales_return"));
        s.receive(s.pen, s.sh, "10");
        QJsonObject o = s.act("submit", s.order({line(s.pen, "5")}));
        o = s.act("deliver", s.act("ship", s.act("pick", s.act("allocate", o))));
        const qint64 lineId = idOf(lineOf(o));
        Rpc::Error e;
        QCOMPARE(s.actCode("return", o,
                           {{"lines",
                             QJsonArray{QJsonObject{
                                 {"line_id", lineId}, {"qty", "6"}, {"disposition", "restock"}}}}},
                           &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"lines[0].qty:exceeds_shipped"}));
        o = s.act(
            "return", o,
            {{"reason", "破损"},
             {"lines",
              QJsonArray{
                  QJsonObject{{"line_id", lineId}, {"qty", "2"}, {"disposition", "restock"}},
                  QJsonObject{{"line_id", lineId}, {"qty", "1"}, {"disposition", "scrap"}}}}});
        QCOMPARE(o.value("state").toString(), QStringLiteral("delivered"));
        QCOMPARE(lineOf(o).value("returned_qty").toString(), QStringLiteral("3.000"));
        QCOMPARE(o.value("has_return").toBool(), true);
        const QJsonArray returns = o.value("returns").toArray();
        QCOMPARE(returns.size(), 1);
        QVERIFY(returns.at(0).toObject().value("number").toString().startsWith("RMA"));
        QCOMPARE(returns.at(0).toObject().value("lines").toArray().size(), 2);
        QCOMPARE(s.moves(s.pen), QStringList({"receipt:10.000", "shipment:-5.000", "return:2.000",
                                              "return:1.000", "scrap:-1.000"}));
        QCOMPARE(s.level(s.pen, s.sh).value("on_hand").toString(), QStringLiteral("7.000"));
        // What is left to return: 2.
        QCOMPARE(s.actCode(
                     "return", o,
                     {{"lines", QJsonArray{QJsonObject{
                                    {"line_id", lineId}, {"qty", "3"}, {"disposition", "scrap"}}}}},
                     &e),
                 int(Rpc::ValidationFailed));
        o = s.act("complete", o);
        o = s.act("return", o,
                  {{"lines", QJsonArray{QJsonObject{
                                 {"line_id", lineId}, {"qty", "2"}, {"disposition", "restock"}}}}});
        QCOMPARE(o.value("state").toString(), QStringLiteral("completed"));
        QCOMPARE(o.value("returns").toArray().size(), 2);
    }

    void importIsIdempotentAndAllOrNothing()
    {
        Shop s(QStringLiteral("sales_import"));
        const QString code = s.t.call(s.admin, "crm.customer.get", {{"id", s.customer}})
                                 .toObject()
                                 .value("code")
                                 .toString();
        const QString csv = "external_ref,channel,customer_code,order_date,requested_date,sku,qty,"
                            "unit_price,discount_pct,notes\n"
                            "WEB-1001,web," +
                            code +
                            ",2026-11-20,2026-11-25,PEN-1,2,,,\n"
                            "WEB-1001,web," +
                            code +
                            ",2026-11-20,2026-11-25,ink-1,1.5,4.50,10,gift wrap\n"
                            "WEB-1002,web," +
                            code + ",2026-11-21,,PEN-1,1,,,\n";
        QJsonObject report = s.t.call(s.admin, "sales.order.import",
                                      {{"format", "csv"}, {"data", csv}, {"dry_run", true}})
                                 .toObject();
        QCOMPARE(report.value("created").toInt(), 2);
        QCOMPARE(s.t.call(s.admin, "sales.order.list").toObject().value("total").toInt(), 0);
        report =
            s.t.call(s.admin, "sales.order.import", {{"format", "csv"}, {"data", csv}}).toObject();
        QCOMPARE(report.value("created").toInt(), 2);
        QCOMPARE(report.value("skipped").toInt(), 0);
        QVERIFY(report.value("errors").toArray().isEmpty());
        const QJsonObject list =
            s.t.call(s.admin, "sales.order.list",
                     {{"filter", QJsonObject{{"channel", "web"}}}, {"sort", "number"}})
                .toObject();
        QCOMPARE(list.value("total").toInt(), 2);
        const QJsonObject first =
            s.t.call(s.admin, "sales.order.get",
                     {{"id", list.value("rows").toArray().at(0).toObject().value("id")}})
                .toObject();
        QCOMPARE(first.value("external_ref").toString(), QStringLiteral("WEB-1001"));
        QCOMPARE(first.value("order_date").toString(), QStringLiteral("2026-11-20"));
        QCOMPARE(first.value("lines").toArray().size(), 2);
        QCOMPARE(lineOf(first, 1).value("unit_price").toString(), QStringLiteral("4.50"));
        QCOMPARE(lineOf(first, 1).value("net").toString(), QStringLiteral("6.08")); // 1.5×4.5×0.9
        // The same file again: nothing new.
        report =
            s.t.call(s.admin, "sales.order.import", {{"format", "csv"}, {"data", csv}}).toObject();
        QCOMPARE(report.value("created").toInt(), 0);
        QCOMPARE(report.value("skipped").toInt(), 2);
        QCOMPARE(s.t.call(s.admin, "sales.order.list").toObject().value("total").toInt(), 2);

        // JSON rows with errors: nothing is imported, every problem is reported by row.
        const QJsonArray rows{
            QJsonObject{{"external_ref", "M-1"},
                        {"channel", "web"},
                        {"customer_code", code},
                        {"sku", "PEN-1"},
                        {"qty", "1"}},
            QJsonObject{{"external_ref", "M-2"},
                        {"channel", "web"},
                        {"customer_code", code},
                        {"sku", "NOPE"},
                        {"qty", "1"}},
            QJsonObject{{"external_ref", "M-3"},
                        {"channel", "web"},
                        {"customer_code", "C999999"},
                        {"sku", "PEN-1"},
                        {"qty", "1.0001"}},
            QJsonObject{
                {"channel", "web"}, {"customer_code", code}, {"sku", "PEN-1"}, {"qty", "1"}}};
        Rpc::Error e;
        QCOMPARE(
            s.t.callCode(s.admin, "sales.order.import", {{"format", "json"}, {"data", rows}}, &e),
            int(Rpc::ValidationFailed));
        QStringList problems;
        for (const QJsonValue& v : e.data.toObject().value("errors").toArray())
            problems.append(QString::number(v.toObject().value("row").toInt()) + ":" +
                            v.toObject().value("field").toString() + ":" +
                            v.toObject().value("code").toString());
        for (const char* expected :
             {"2:sku:unknown", "3:customer_code:unknown", "4:external_ref:required"})
            QVERIFY2(problems.contains(QString::fromLatin1(expected)),
                     qPrintable(problems.join(' ')));
        QCOMPARE(s.t.call(s.admin, "sales.order.list").toObject().value("total").toInt(), 2);
        // A bad quantity is reported at its row and column.
        QCOMPARE(s.t.callCode(s.admin, "sales.order.import",
                              {{"format", "json"},
                               {"data", QJsonArray{QJsonObject{{"external_ref", "Q-1"},
                                                               {"customer_code", code},
                                                               {"sku", "PEN-1"},
                                                               {"qty", "1.0001"}}}}},
                              &e),
                 int(Rpc::ValidationFailed));
        const QJsonObject qtyError = e.data.toObject().value("errors").toArray().at(0).toObject();
        QCOMPARE(qtyError.value("row").toInt(), 1);
        QCOMPARE(qtyError.value("field").toString(), QStringLiteral("qty"));
        QCOMPARE(qtyError.value("code").toString(), QStringLiteral("scale"));
    }

    void metricsComeFromTimestamps()
    {
        Shop s(QStringLiteral("sales_metrics"));
        s.receive(s.pen, s.sh, "100");
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i) {
            QJsonObject o =
                s.order({line(s.pen, "1")}, 0,
                        {{"requested_date", "2026-11-05"}, {"order_date", "2026-11-02"}});
            o = s.act("ship", s.act("pick", s.act("allocate", s.act("submit", o))));
            ids.append(idOf(o));
        }
        s.order({line(s.pen, "1")}, 0, {{"order_date", "2026-11-03"}}); // a draft
        // Submitted Monday 08:00; shipped after 10, 20, 30 and 40 hours; the last one late.
        const char* shipped[] = {"2026-11-02T18:00:00.000Z", "2026-11-03T04:00:00.000Z",
                                 "2026-11-03T14:00:00.000Z", "2026-11-10T00:00:00.000Z"};
        for (int i = 0; i < 4; ++i)
            s.sql(
                QStringLiteral("UPDATE sales_orders SET submitted_at = '2026-11-02T08:00:00.000Z', "
                               "shipped_at = '%1' WHERE id = %2")
                    .arg(QLatin1String(shipped[i]))
                    .arg(ids.at(i)));
        s.sql(
            QStringLiteral("UPDATE sales_orders SET amendments = 1 WHERE id = %1").arg(ids.at(0)));
        const QJsonObject m = s.t.call(s.admin, "sales.report.metrics",
                                       {{"from", "2026-11-01"}, {"to", "2026-11-30"}})
                                  .toObject();
        QCOMPARE(m.value("by_state").toObject().value("shipped").toInt(), 4);
        QCOMPARE(m.value("by_state").toObject().value("draft").toInt(), 1);
        QCOMPARE(m.value("orders").toInt(), 5);
        // (10 + 20 + 30 + 184) / 4 = 61 hours.
        QCOMPARE(m.value("processing_hours").toString(), QStringLiteral("61.00"));
        QCOMPARE(m.value("on_time_rate").toString(), QStringLiteral("75.00"));
        QCOMPARE(m.value("accuracy_rate").toString(), QStringLiteral("75.00"));
        const QJsonArray trend = m.value("trend").toArray();
        QCOMPARE(trend.size(), 2);
        QCOMPARE(trend.at(0).toObject().value("week").toString(), QStringLiteral("2026-11-02"));
        QCOMPARE(trend.at(0).toObject().value("orders").toInt(), 5);
        QCOMPARE(trend.at(0).toObject().value("processing_hours").toString(),
                 QStringLiteral("20.00"));
        QCOMPARE(trend.at(1).toObject().value("week").toString(), QStringLiteral("2026-11-09"));
        QCOMPARE(trend.at(1).toObject().value("on_time_rate").toString(), QStringLiteral("0.00"));
        // Outside the range: nothing.
        const QJsonObject none =
            s.t.call(s.admin, "sales.report.metrics", {{"to", "2026-10-31"}}).toObject();
        QCOMPARE(none.value("orders").toInt(), 0);
        QVERIFY(none.value("processing_hours").isNull());
    }

    void listFiltersSearchesSortsAndPages()
    {
        Shop s(QStringLiteral("sales_list"));
        s.receive(s.pen, s.sh, "100");
        const qint64 other = s.newCustomer("Acme Trading Ltd", "0", "emma@acme.example.com");
        for (int i = 0; i < 6; ++i) {
            QJsonObject o = s.order({line(s.pen, QString::number(i + 1))}, i % 2 ? other : 0,
                                    {{"order_date", QStringLiteral("2026-10-%1").arg(10 + i)},
                                     {"external_ref", QStringLiteral("EXT-%1").arg(i)},
                                     {"channel", "web"}});
            if (i >= 3)
                s.act("submit", o);
        }
        auto total = [&](const QJsonObject& p) {
            return s.t.call(s.admin, "sales.order.list", p).toObject().value("total").toInt();
        };
        QCOMPARE(total({}), 6);
        QCOMPARE(total({{"filter", QJsonObject{{"state", "draft"}}}}), 3);
        QCOMPARE(total({{"filter", QJsonObject{{"state", QJsonArray{"draft", "approved"}}}}}), 6);
        QCOMPARE(total({{"filter", QJsonObject{{"customer_id", other}}}}), 3);
        QCOMPARE(total({{"filter", QJsonObject{{"from", "2026-10-12"}, {"to", "2026-10-13"}}}}), 2);
        QCOMPARE(total({{"search", "acme"}}), 3);
        QCOMPARE(total({{"search", "ext-4"}}), 1);
        QCOMPARE(total({{"search", "so"}}), 6);
        QCOMPARE(
            s.t.callCode(s.admin, "sales.order.list", {{"filter", QJsonObject{{"state", "lost"}}}}),
            int(Rpc::InvalidParams));
        QCOMPARE(s.t.callCode(s.admin, "sales.order.list", {{"sort", "secret"}}),
                 int(Rpc::InvalidParams));
        // Newest first by default; keyset paging walks all rows once.
        QJsonObject page = s.t.call(s.admin, "sales.order.list", {{"limit", 4}}).toObject();
        QCOMPARE(page.value("rows").toArray().at(0).toObject().value("order_date").toString(),
                 QStringLiteral("2026-10-15"));
        const QJsonArray after = page.value("next_after").toArray();
        page = s.t.call(s.admin, "sales.order.list", {{"limit", 4}, {"after", after}}).toObject();
        QCOMPARE(page.value("rows").toArray().size(), 2);
        QCOMPARE(page.value("rows").toArray().at(1).toObject().value("order_date").toString(),
                 QStringLiteral("2026-10-10"));
        // Several states: merged per state, still in date order and pageable.
        const QJsonObject both{{"state", QJsonArray{"draft", "approved"}}};
        QJsonObject mixed =
            s.t.call(s.admin, "sales.order.list", {{"filter", both}, {"limit", 4}}).toObject();
        QStringList dates;
        for (const QJsonValue& r : mixed.value("rows").toArray())
            dates.append(r.toObject().value("order_date").toString());
        QCOMPARE(dates, QStringList({"2026-10-15", "2026-10-14", "2026-10-13", "2026-10-12"}));
        mixed = s.t.call(s.admin, "sales.order.list",
                         {{"filter", both}, {"limit", 4}, {"after", mixed.value("next_after")}})
                    .toObject();
        QCOMPARE(mixed.value("rows").toArray().size(), 2);
        QCOMPARE(mixed.value("rows").toArray().at(1).toObject().value("order_date").toString(),
                 QStringLiteral("2026-10-10"));
        mixed = s.t.call(s.admin, "sales.order.list",
                         {{"filter", both}, {"offset", 3}, {"limit", 2}, {"sort", "order_date"}})
                    .toObject();
        QCOMPARE(mixed.value("rows").toArray().at(0).toObject().value("order_date").toString(),
                 QStringLiteral("2026-10-13"));
        for (const char* sort :
             {"number", "-gross", "requested_date", "state", "customer_name", "updated_at"})
            QCOMPARE(total({{"sort", sort}}), 6);
        const QJsonArray byGross = s.t.call(s.admin, "sales.order.list", {{"sort", "-gross"}})
                                       .toObject()
                                       .value("rows")
                                       .toArray();
        QCOMPARE(byGross.at(0).toObject().value("gross").toString(), QStringLiteral("135.60"));
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
