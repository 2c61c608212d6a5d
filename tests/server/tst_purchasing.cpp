// Purchasing (purchasing.*) on SQLite and PostgreSQL: the supplier master (validation, codes,
// conflicts, search, archive), purchase orders (totals, every transition legal and illegal,
// partial and full receipts posting receipt moves, over-receipt), replenishment proposals and
// the draft orders made from them, and permissions.
#include "server/modules/inventory/inventorymodule.h"
#include "server/rpc/registry.h"
#include "server/servercore.h"
#include "server/storage/database.h"
#include "tests/support/servertest.h"

#include <QDate>
#include <QJsonArray>
#include <QTest>

#include <tuple>

using namespace Erp;
using Erp::Test::fieldCodes;
using Erp::Test::ServerTest;

namespace {

QJsonObject acmeSupplier()
{
    return {{"name", "Acme Components Ltd"},
            {"contact_name", "Emma Wilson"},
            {"phone", "+44 20 7946 0958"},
            {"email", "Sales@Acme.example.com"},
            {"currency", "usd"},
            {"lead_time_days", 21}};
}

QJsonObject chineseSupplier()
{
    return {{"name", "深圳市华强电子有限公司"},
            {"tax_id", "91440300MA5ABCDE1X"},
            {"contact_name", "王芳"},
            {"phone", "0755-83281234"},
            {"address", "广东省深圳市福田区华强北路1号"},
            {"payment_terms_days", 60}};
}

QJsonObject obj(const QJsonValue& v)
{
    return v.toObject();
}

qint64 idOf(const QJsonValue& v)
{
    return v.toObject().value("id").toInteger();
}

/// Suppliers, warehouses (with a bin each) and products of the order tests.
struct World
{
    qint64 acme = 0; ///< USD, 21 days
    qint64 hq = 0;   ///< CNY, 7 days
    qint64 sh = 0;   ///< priority 1
    qint64 sz = 0;   ///< priority 2
    qint64 shBin = 0;
    qint64 szBin = 0;
    qint64 pen = 0;   ///< cost 2.50, 13 %, reorder at 100 by 500, from hq
    qint64 paper = 0; ///< cost 33.33, 6 %, reorder at 20 by 10, from acme
    qint64 ink = 0;   ///< cost 8.00, no reorder point, from hq
    qint64 glue = 0;  ///< reorder at 5 by 5, no supplier
};

World setup(ServerTest& t, ServerTest::Session& s)
{
    World w;
    w.acme = idOf(t.call(s, "purchasing.supplier.create", acmeSupplier()));
    w.hq = idOf(t.call(s, "purchasing.supplier.create", chineseSupplier()));
    auto warehouse = [&](const char* code, const char* name, int priority, const char* bin,
                         qint64& binId) {
        const QJsonObject wh =
            obj(t.call(s, "inventory.warehouse.create",
                       {{"code", code},
                        {"name", name},
                        {"priority", priority},
                        {"locations", QJsonArray{QJsonObject{{"code", bin}, {"name", bin}}}}}));
        binId = wh.value("locations").toArray().at(0).toObject().value("id").toInteger();
        return wh.value("id").toInteger();
    };
    w.sh = warehouse("SH", "上海仓", 1, "A-01", w.shBin);
    w.sz = warehouse("SZ", "深圳仓", 2, "B-01", w.szBin);
    auto product = [&](const char* sku, const char* name, const char* cost, const char* rate,
                       const char* point, const char* qty, qint64 supplier) {
        QJsonObject p{{"sku", sku},           {"name", name},           {"cost", cost},
                      {"tax_rate", rate},     {"reorder_point", point}, {"reorder_qty", qty},
                      {"list_price", "99.00"}};
        if (supplier > 0)
            p.insert("default_supplier_id", supplier);
        return idOf(t.call(s, "inventory.product.create", p));
    };
    w.pen = product("PEN", "中性笔", "2.50", "13.00", "100", "500", w.hq);
    w.paper = product("PAPER", "A4 Paper", "33.33", "6.00", "20", "10", w.acme);
    w.ink = product("INK", "墨水", "8.00", "13.00", "0", "0", w.hq);
    w.glue = product("GLUE", "Glue", "1.00", "13.00", "5", "5", 0);
    return w;
}

QJsonObject draft(ServerTest& t, ServerTest::Session& s, qint64 supplier, qint64 warehouse,
                  const QJsonArray& lines)
{
    return obj(t.call(s, "purchasing.order.create",
                      {{"supplier_id", supplier}, {"warehouse_id", warehouse}, {"lines", lines}}));
}

QJsonObject line(qint64 product, const char* qty)
{
    return {{"product_id", product}, {"qty", qty}};
}

/// Runs a lifecycle step and returns the order.
QJsonObject step(ServerTest& t, ServerTest::Session& s, const char* action, const QJsonObject& o)
{
    return obj(t.call(s, QStringLiteral("purchasing.order.") + QLatin1String(action),
                      {{"id", o.value("id")}, {"version", o.value("version")}}));
}

QStringList actions(const QJsonObject& o)
{
    QStringList out;
    for (const QJsonValue& v : o.value("allowed_actions").toArray())
        out.append(v.toString());
    return out;
}

QString onHand(ServerTest& t, ServerTest::Session& s, qint64 product, qint64 warehouse)
{
    const QJsonArray rows =
        obj(t.call(s, "inventory.stock.levels",
                   {{"filter", QJsonObject{{"product_id", product}, {"warehouse_id", warehouse}}}}))
            .value("rows")
            .toArray();
    return rows.isEmpty() ? QStringLiteral("none")
                          : rows.at(0).toObject().value("on_hand").toString();
}

/// Checks a -32030 illegal_transition reply.
void expectIllegal(ServerTest& t, ServerTest::Session& s, const char* action, const QJsonObject& o,
                   const char* state)
{
    Rpc::Error e;
    QCOMPARE(t.callCode(s, QStringLiteral("purchasing.order.") + QLatin1String(action),
                        {{"id", o.value("id")}, {"version", o.value("version")}}, &e),
             int(Rpc::BusinessRule));
    const QJsonObject data = e.data.toObject();
    QCOMPARE(data.value("reason").toString(), QStringLiteral("illegal_transition"));
    QCOMPARE(data.value("state").toString(), QString::fromLatin1(state));
    QCOMPARE(data.value("action").toString(), QString::fromLatin1(action));
}

QString year()
{
    return QString::number(QDate::currentDate().year());
}

} // namespace

class TestPurchasing final : public QObject
{
    Q_OBJECT
private slots:
    void supplierCreateGeneratesCodeAndDefaults()
    {
        ServerTest t(QStringLiteral("pur_sup_create"));
        ServerTest::Session s = t.userWithRoles("buyer", {"purchasing"});
        const QJsonObject a = obj(t.call(s, "purchasing.supplier.create", chineseSupplier()));
        QCOMPARE(a.value("code").toString(), QStringLiteral("S00001"));
        QCOMPARE(a.value("currency").toString(), QStringLiteral("CNY"));
        QCOMPARE(a.value("payment_terms_days").toInt(), 60);
        QCOMPARE(a.value("lead_time_days").toInt(), 7);
        QCOMPARE(a.value("active").toBool(), true);
        QCOMPARE(a.value("version").toInt(), 1);
        QCOMPARE(s.changes.size(), 1);
        QCOMPARE(s.changes.first().entity, QStringLiteral("purchasing.supplier"));

        const QJsonObject b = obj(t.call(s, "purchasing.supplier.create", acmeSupplier()));
        QCOMPARE(b.value("code").toString(), QStringLiteral("S00002"));
        QCOMPARE(b.value("currency").toString(), QStringLiteral("USD"));
        QCOMPARE(b.value("email").toString(), QStringLiteral("sales@acme.example.com"));
        QJsonObject given = acmeSupplier();
        given.insert("name", "Given Code Co");
        given.insert("code", "sup-7");
        QCOMPARE(obj(t.call(s, "purchasing.supplier.create", given)).value("code").toString(),
                 QStringLiteral("SUP-7"));
        const QJsonObject got =
            obj(t.call(s, "purchasing.supplier.get", {{"id", a.value("id").toInteger()}}));
        QCOMPARE(got, a);
        QCOMPARE(t.callCode(s, "purchasing.supplier.get", {{"id", 999}}), int(Rpc::NotFound));
        // The audit trail has the creation.
        ServerTest::Session admin = t.admin();
        const QJsonObject audit =
            obj(t.call(admin, "admin.audit.list",
                       {{"filter", QJsonObject{{"entity", "purchasing.supplier"}}}}));
        QCOMPARE(audit.value("total").toInt(), 3);
    }

    void supplierValidationNamesTheField()
    {
        ServerTest t(QStringLiteral("pur_sup_valid"));
        ServerTest::Session s = t.admin();
        Rpc::Error e;
        const QJsonObject bad{{"name", "  "},         {"code", "bad code!"},
                              {"tax_id", "x"},        {"phone", "12345"},
                              {"email", "a@b"},       {"currency", "¥¥"},
                              {"lead_time_days", -1}, {"payment_terms_days", 400}};
        QCOMPARE(t.callCode(s, "purchasing.supplier.create", bad, &e), int(Rpc::ValidationFailed));
        const QStringList codes = fieldCodes(e);
        for (const char* expected :
             {"name:required", "code:invalid", "tax_id:invalid", "phone:invalid", "email:invalid",
              "currency:invalid", "lead_time_days:invalid", "payment_terms_days:invalid"})
            QVERIFY2(codes.contains(QString::fromLatin1(expected)), qPrintable(codes.join(' ')));
        // Types are checked before the service: -32602.
        QCOMPARE(
            t.callCode(s, "purchasing.supplier.create", {{"name", "X"}, {"lead_time_days", "7"}}),
            int(Rpc::InvalidParams));
        QCOMPARE(
            t.callCode(s, "purchasing.supplier.create", {{"name", "X"}, {"credit_limit", "1"}}),
            int(Rpc::InvalidParams)); // a customer's field is no supplier's

        // Code and tax id are unique.
        const QJsonObject a = obj(t.call(s, "purchasing.supplier.create", chineseSupplier()));
        QJsonObject same = acmeSupplier();
        same.insert("code", a.value("code"));
        same.insert("tax_id", chineseSupplier().value("tax_id"));
        QCOMPARE(t.callCode(s, "purchasing.supplier.create", same, &e), int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"code:duplicate", "tax_id:duplicate"}));
        // The generated series skips a code taken by hand.
        t.call(s, "purchasing.supplier.create", {{"name", "Hand"}, {"code", "S00002"}});
        QCOMPARE(obj(t.call(s, "purchasing.supplier.create", {{"name", "Next"}}))
                     .value("code")
                     .toString(),
                 QStringLiteral("S00003"));
    }

    void supplierUpdateConflictAndArchive()
    {
        ServerTest t(QStringLiteral("pur_sup_update"));
        ServerTest::Session s = t.admin();
        const QJsonObject a = obj(t.call(s, "purchasing.supplier.create", acmeSupplier()));
        const qint64 id = a.value("id").toInteger();
        const QJsonObject b = obj(t.call(
            s, "purchasing.supplier.update",
            {{"id", id}, {"version", 1}, {"lead_time_days", 14}, {"notes", "ships from Leeds"}}));
        QCOMPARE(b.value("version").toInt(), 2);
        QCOMPARE(b.value("lead_time_days").toInt(), 14);
        QCOMPARE(b.value("name").toString(), a.value("name").toString()); // untouched
        Rpc::Error e;
        QCOMPARE(t.callCode(s, "purchasing.supplier.update",
                            {{"id", id}, {"version", 1}, {"name", "Stale"}}, &e),
                 int(Rpc::VersionConflict));
        QCOMPARE(e.data.toObject().value("current_version").toInt(), 2);
        QCOMPARE(t.callCode(s, "purchasing.supplier.update",
                            {{"id", id}, {"version", 2}, {"code", ""}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"code:required"}));

        QCOMPARE(t.callCode(s, "purchasing.supplier.archive", {{"id", id}, {"version", 1}}),
                 int(Rpc::VersionConflict));
        const QJsonObject c =
            obj(t.call(s, "purchasing.supplier.archive", {{"id", id}, {"version", 2}}));
        QCOMPARE(c.value("active").toBool(), false);
        QCOMPARE(t.callCode(s, "purchasing.supplier.archive", {{"id", id}, {"version", 3}}, &e),
                 int(Rpc::BusinessRule));
        const QJsonObject d = obj(t.call(s, "purchasing.supplier.update",
                                         {{"id", id}, {"version", 3}, {"active", true}}));
        QCOMPARE(d.value("active").toBool(), true);
        QCOMPARE(d.value("version").toInt(), 4);
    }

    void supplierListSearchFilterSort()
    {
        ServerTest t(QStringLiteral("pur_sup_list"));
        ServerTest::Session s = t.admin();
        t.call(s, "purchasing.supplier.create", chineseSupplier());
        const QJsonObject acme = obj(t.call(s, "purchasing.supplier.create", acmeSupplier()));
        t.call(
            s, "purchasing.supplier.create",
            {{"name", "北京燕山包装材料厂"}, {"contact_name", "李强"}, {"phone", "13912345678"}});
        t.call(s, "purchasing.supplier.archive",
               {{"id", acme.value("id").toInteger()}, {"version", 1}});
        auto names = [&](const QJsonObject& params) {
            QStringList out;
            for (const QJsonValue& r :
                 obj(t.call(s, "purchasing.supplier.list", params)).value("rows").toArray())
                out.append(r.toObject().value("name").toString());
            return out;
        };
        QCOMPARE(names({{"search", "华强"}}), QStringList({"深圳市华强电子有限公司"}));
        QCOMPARE(names({{"search", "王"}}), QStringList({"深圳市华强电子有限公司"}));
        QCOMPARE(names({{"search", "s00002"}}), QStringList({"Acme Components Ltd"}));
        QCOMPARE(names({{"search", "139 1234"}}), QStringList());
        QCOMPARE(names({{"search", "13912345678"}}), QStringList({"北京燕山包装材料厂"}));
        QCOMPARE(names({{"search", "emma"}}), QStringList({"Acme Components Ltd"}));
        QCOMPARE(names({{"filter", QJsonObject{{"active", false}}}}),
                 QStringList({"Acme Components Ltd"}));
        QCOMPARE(names({{"filter", QJsonObject{{"active", true}}}, {"sort", "-code"}}),
                 QStringList({"北京燕山包装材料厂", "深圳市华强电子有限公司"}));
        QCOMPARE(names({{"sort", "code"}, {"limit", 2}}).size(), 2);
        // Keyset paging: the second page starts after the first.
        const QJsonObject page1 =
            obj(t.call(s, "purchasing.supplier.list", {{"sort", "code"}, {"limit", 2}}));
        QCOMPARE(page1.value("total").toInt(), 3);
        const QJsonObject page2 =
            obj(t.call(s, "purchasing.supplier.list",
                       {{"sort", "code"}, {"limit", 2}, {"after", page1.value("next_after")}}));
        QCOMPARE(page2.value("rows").toArray().size(), 1);
        QCOMPARE(page2.value("rows").toArray().at(0).toObject().value("code").toString(),
                 QStringLiteral("S00003"));
        QCOMPARE(t.callCode(s, "purchasing.supplier.list", {{"sort", "credit_limit"}}),
                 int(Rpc::InvalidParams));
    }

    void orderCreateTotalsAndValidation()
    {
        ServerTest t(QStringLiteral("pur_order_create"));
        ServerTest::Session s = t.userWithRoles("buyer", {"purchasing", "warehouse"});
        ServerTest::Session admin = t.admin();
        const World w = setup(t, admin);
        const QJsonObject po =
            obj(t.call(s, "purchasing.order.create",
                       {{"supplier_id", w.acme},
                        {"warehouse_id", w.sh},
                        {"order_date", "2026-11-02"},
                        {"lines", QJsonArray{line(w.pen, "3"), QJsonObject{{"product_id", w.paper},
                                                                           {"qty", "1.5"},
                                                                           {"unit_cost", "33.33"},
                                                                           {"tax_rate", "6"}}}}}));
        QCOMPARE(po.value("number").toString(), QStringLiteral("PO%1-000001").arg(year()));
        QCOMPARE(po.value("state").toString(), QStringLiteral("draft"));
        QCOMPARE(po.value("currency").toString(), QStringLiteral("USD")); // the supplier's
        QCOMPARE(po.value("expected_date").toString(), QStringLiteral("2026-11-23")); // +21 days
        QCOMPARE(po.value("supplier_name").toString(), QStringLiteral("Acme Components Ltd"));
        QCOMPARE(po.value("warehouse_code").toString(), QStringLiteral("SH"));
        QCOMPARE(actions(po), QStringList({"update", "send", "cancel"}));
        const QJsonArray lines = po.value("lines").toArray();
        QCOMPARE(lines.size(), 2);
        const QJsonObject pen = lines.at(0).toObject();
        QCOMPARE(pen.value("sku").toString(), QStringLiteral("PEN"));
        QCOMPARE(pen.value("qty").toString(), QStringLiteral("3.000"));
        QCOMPARE(pen.value("unit_cost").toString(), QStringLiteral("2.50")); // the product's cost
        QCOMPARE(pen.value("tax_rate").toString(), QStringLiteral("13.00"));
        QCOMPARE(pen.value("net").toString(), QStringLiteral("7.50"));
        QCOMPARE(pen.value("tax").toString(), QStringLiteral("0.98")); // 0.975 half up
        QCOMPARE(pen.value("gross").toString(), QStringLiteral("8.48"));
        QCOMPARE(pen.value("received_qty").toString(), QStringLiteral("0.000"));
        const QJsonObject paper = lines.at(1).toObject();
        QCOMPARE(paper.value("net").toString(), QStringLiteral("50.00")); // 49.995 half up
        QCOMPARE(paper.value("tax").toString(), QStringLiteral("3.00"));
        QCOMPARE(paper.value("gross").toString(), QStringLiteral("53.00"));
        QCOMPARE(po.value("net").toString(), QStringLiteral("57.50"));
        QCOMPARE(po.value("tax").toString(), QStringLiteral("3.98"));
        QCOMPARE(po.value("gross").toString(), QStringLiteral("61.48"));
        QCOMPARE(s.changes.size(), 1);
        QCOMPARE(s.changes.first().entity, QStringLiteral("purchasing.order"));
        QCOMPARE(obj(t.call(s, "purchasing.order.get", {{"id", po.value("id")}})), po);
        QCOMPARE(t.callCode(s, "purchasing.order.get", {{"id", 999}}), int(Rpc::NotFound));
        // The next number follows; an explicit expected date and currency are kept.
        const QJsonObject second = obj(t.call(s, "purchasing.order.create",
                                              {{"supplier_id", w.hq},
                                               {"warehouse_id", w.sz},
                                               {"expected_date", "2099-01-01"},
                                               {"currency", "eur"}}));
        QCOMPARE(second.value("number").toString(), QStringLiteral("PO%1-000002").arg(year()));
        QCOMPARE(second.value("currency").toString(), QStringLiteral("EUR"));
        QCOMPARE(second.value("expected_date").toString(), QStringLiteral("2099-01-01"));
        QCOMPARE(second.value("order_date").toString(), QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(second.value("gross").toString(), QStringLiteral("0.00"));

        Rpc::Error e;
        QCOMPARE(
            t.callCode(
                s, "purchasing.order.create",
                {{"supplier_id", 999},
                 {"warehouse_id", 999},
                 {"order_date", "2026-13-01"},
                 {"lines",
                  QJsonArray{line(999, "1"), line(w.pen, "0"), line(w.pen, "1.2345"),
                             QJsonObject{{"product_id", w.pen}, {"qty", "1"}, {"unit_cost", "-1"}},
                             QJsonObject{{"product_id", w.pen}, {"qty", "1"}, {"tax_rate", "101"}},
                             QJsonObject{{"qty", "1"}},
                             QJsonObject{{"product_id", w.pen}, {"qty", 3}}}}},
                &e),
            int(Rpc::ValidationFailed));
        const QStringList codes = fieldCodes(e);
        for (const char* expected :
             {"supplier_id:unknown", "warehouse_id:unknown", "order_date:invalid",
              "lines[0].product_id:unknown", "lines[1].qty:zero", "lines[2].qty:scale",
              "lines[3].unit_cost:negative", "lines[4].tax_rate:range",
              "lines[5].product_id:required", "lines[6].qty:invalid"})
            QVERIFY2(codes.contains(QString::fromLatin1(expected)), qPrintable(codes.join(' ')));
        QCOMPARE(t.callCode(s, "purchasing.order.create",
                            {{"supplier_id", w.hq},
                             {"warehouse_id", w.sh},
                             {"order_date", "2026-11-02"},
                             {"expected_date", "2026-11-01"}},
                            &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"expected_date:before_order_date"}));
        QCOMPARE(t.callCode(s, "purchasing.order.create", {{"warehouse_id", w.sh}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"supplier_id:required"}));
        // An archived supplier takes no new orders; its drafts can still change.
        t.call(s, "purchasing.supplier.archive", {{"id", w.hq}, {"version", 1}});
        QCOMPARE(t.callCode(s, "purchasing.order.create",
                            {{"supplier_id", w.hq}, {"warehouse_id", w.sh}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"supplier_id:inactive"}));
        const QJsonObject edited =
            obj(t.call(s, "purchasing.order.update",
                       {{"id", second.value("id")}, {"version", 1}, {"notes", "urgent"}}));
        QCOMPARE(edited.value("notes").toString(), QStringLiteral("urgent"));
    }

    void orderTransitionsLegalAndIllegal()
    {
        ServerTest t(QStringLiteral("pur_order_flow"));
        ServerTest::Session s = t.admin();
        const World w = setup(t, s);
        QJsonObject po = draft(t, s, w.hq, w.sh, {line(w.pen, "10")});
        expectIllegal(t, s, "confirm", po, "draft");
        expectIllegal(t, s, "receive", po, "draft");
        QCOMPARE(t.callCode(s, "purchasing.order.send", {{"id", po.value("id")}, {"version", 7}}),
                 int(Rpc::VersionConflict));
        // Update: the lines are replaced and the totals follow.
        po = obj(t.call(s, "purchasing.order.update",
                        {{"id", po.value("id")},
                         {"version", 1},
                         {"lines", QJsonArray{line(w.pen, "20"), line(w.ink, "2")}}}));
        QCOMPARE(po.value("version").toInt(), 2);
        QCOMPARE(po.value("lines").toArray().size(), 2);
        QCOMPARE(po.value("net").toString(), QStringLiteral("66.00")); // 20 × 2.50 + 2 × 8.00
        QCOMPARE(po.value("gross").toString(), QStringLiteral("74.58"));
        QCOMPARE(t.callCode(s, "purchasing.order.update",
                            {{"id", po.value("id")}, {"version", 1}, {"notes", "stale"}}),
                 int(Rpc::VersionConflict));

        po = step(t, s, "send", po);
        QCOMPARE(po.value("state").toString(), QStringLiteral("sent"));
        QVERIFY(po.value("sent_at").isString());
        QCOMPARE(actions(po), QStringList({"confirm", "cancel"}));
        expectIllegal(t, s, "send", po, "sent");
        expectIllegal(t, s, "update", po, "sent");
        expectIllegal(t, s, "receive", po, "sent");
        po = step(t, s, "confirm", po);
        QCOMPARE(po.value("state").toString(), QStringLiteral("confirmed"));
        QVERIFY(po.value("confirmed_at").isString());
        QCOMPARE(actions(po), QStringList({"receive", "cancel"}));
        expectIllegal(t, s, "confirm", po, "confirmed");
        expectIllegal(t, s, "send", po, "confirmed");
        po = step(t, s, "cancel", po);
        QCOMPARE(po.value("state").toString(), QStringLiteral("cancelled"));
        QVERIFY(po.value("cancelled_at").isString());
        QCOMPARE(actions(po), QStringList());
        for (const char* action : {"send", "confirm", "cancel", "receive", "update"})
            expectIllegal(t, s, action, po, "cancelled");

        // A draft without lines cannot be sent; drafts and sent orders can be cancelled.
        QJsonObject empty = draft(t, s, w.hq, w.sh, {});
        Rpc::Error e;
        QCOMPARE(
            t.callCode(s, "purchasing.order.send", {{"id", empty.value("id")}, {"version", 1}}, &e),
            int(Rpc::BusinessRule));
        QCOMPARE(e.data.toObject().value("reason").toString(), QStringLiteral("no_lines"));
        QCOMPARE(step(t, s, "cancel", empty).value("state").toString(),
                 QStringLiteral("cancelled"));
        QJsonObject sent = step(t, s, "send", draft(t, s, w.acme, w.sz, {line(w.paper, "1")}));
        QCOMPARE(step(t, s, "cancel", sent).value("state").toString(), QStringLiteral("cancelled"));

        // Partially received and received orders can no longer be cancelled.
        QJsonObject part =
            step(t, s, "confirm", step(t, s, "send", draft(t, s, w.hq, w.sh, {line(w.pen, "5")})));
        const qint64 lineId =
            part.value("lines").toArray().at(0).toObject().value("id").toInteger();
        part = obj(t.call(s, "purchasing.order.receive",
                          {{"id", part.value("id")},
                           {"version", part.value("version")},
                           {"lines", QJsonArray{QJsonObject{{"line_id", lineId}, {"qty", "1"}}}}}));
        QCOMPARE(part.value("state").toString(), QStringLiteral("partially_received"));
        QCOMPARE(actions(part), QStringList({"receive"}));
        for (const char* action : {"send", "confirm", "cancel", "update"})
            expectIllegal(t, s, action, part, "partially_received");
        part = obj(t.call(s, "purchasing.order.receive",
                          {{"id", part.value("id")}, {"version", part.value("version")}}));
        QCOMPARE(part.value("state").toString(), QStringLiteral("received"));
        for (const char* action : {"send", "confirm", "cancel", "receive", "update"})
            expectIllegal(t, s, action, part, "received");

        // The audit trail holds every step.
        const QJsonObject audit =
            obj(t.call(s, "admin.audit.list",
                       {{"filter", QJsonObject{{"entity", "purchasing.order"},
                                               {"entity_id", po.value("id")}}}}));
        QCOMPARE(audit.value("total").toInt(), 5); // create, update, send, confirm, cancel
    }

    void receivePartialThenFull()
    {
        ServerTest t(QStringLiteral("pur_receive"));
        ServerTest::Session admin = t.admin();
        const World w = setup(t, admin);
        ServerTest::Session buyer = t.userWithRoles("buyer", {"purchasing"});
        ServerTest::Session keeper = t.userWithRoles("keeper", {"warehouse"});
        QJsonObject po = draft(t, buyer, w.hq, w.sh, {line(w.pen, "10"), line(w.ink, "4")});
        po = step(t, buyer, "confirm", step(t, buyer, "send", po));
        const QJsonArray lines = po.value("lines").toArray();
        const qint64 penLine = lines.at(0).toObject().value("id").toInteger();
        const qint64 inkLine = lines.at(1).toObject().value("id").toInteger();
        auto receive = [&](const QJsonObject& params, Rpc::Error* e = nullptr) {
            QJsonObject p = params;
            p.insert("id", po.value("id"));
            if (!p.contains("version"))
                p.insert("version", po.value("version"));
            return t.callCode(keeper, "purchasing.order.receive", p, e);
        };
        auto get = [&]() {
            return obj(t.call(keeper, "purchasing.order.get", {{"id", po.value("id")}}));
        };
        // Sales may not receive.
        ServerTest::Session seller = t.userWithRoles("seller", {"sales"});
        QCOMPARE(t.callCode(seller, "purchasing.order.receive",
                            {{"id", po.value("id")}, {"version", po.value("version")}}),
                 int(Rpc::Forbidden));

        Rpc::Error e;
        QCOMPARE(receive({{"lines", QJsonArray{QJsonObject{{"line_id", penLine}, {"qty", "4"}}}},
                          {"location_id", w.shBin}},
                         &e),
                 0);
        po = get();
        QCOMPARE(po.value("state").toString(), QStringLiteral("partially_received"));
        QCOMPARE(po.value("lines").toArray().at(0).toObject().value("received_qty").toString(),
                 QStringLiteral("4.000"));
        QCOMPARE(po.value("lines").toArray().at(0).toObject().value("open_qty").toString(),
                 QStringLiteral("6.000"));
        QCOMPARE(po.value("received_at"), QJsonValue());
        const QJsonArray receipts = po.value("receipts").toArray();
        QCOMPARE(receipts.size(), 1);
        QCOMPARE(receipts.at(0).toObject().value("number").toString(),
                 QStringLiteral("GR%1-000001").arg(year()));
        QCOMPARE(receipts.at(0).toObject().value("received_by").toString(),
                 QStringLiteral("keeper"));
        QCOMPARE(onHand(t, admin, w.pen, w.sh), QStringLiteral("4.000"));
        QJsonArray moves = obj(t.call(admin, "inventory.stock.moves",
                                      {{"filter", QJsonObject{{"source_type", "purchase_order"},
                                                              {"source_id", po.value("id")}}}}))
                               .value("rows")
                               .toArray();
        QCOMPARE(moves.size(), 1);
        const QJsonObject move = moves.at(0).toObject();
        QCOMPARE(move.value("kind").toString(), QStringLiteral("receipt"));
        QCOMPARE(move.value("qty").toString(), QStringLiteral("4.000"));
        QCOMPARE(move.value("product_id").toInteger(), w.pen);
        QCOMPARE(move.value("location_id").toInteger(), w.shBin);
        QCOMPARE(move.value("source_ref").toString(), po.value("number").toString());

        // Over-receipt is refused and changes nothing.
        QCOMPARE(
            receive({{"lines", QJsonArray{QJsonObject{{"line_id", penLine}, {"qty", "6.001"}}}}},
                    &e),
            int(Rpc::BusinessRule));
        QCOMPARE(e.data.toObject().value("reason").toString(), QStringLiteral("over_receipt"));
        QCOMPARE(e.data.toObject().value("line_id").toInteger(), penLine);
        QCOMPARE(e.data.toObject().value("ordered").toString(), QStringLiteral("10.000"));
        QCOMPARE(e.data.toObject().value("received").toString(), QStringLiteral("4.000"));
        // Two entries of one line count together.
        QCOMPARE(receive({{"lines", QJsonArray{QJsonObject{{"line_id", penLine}, {"qty", "3"}},
                                               QJsonObject{{"line_id", penLine}, {"qty", "3.5"}}}}},
                         &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(get().value("version"), po.value("version"));
        QCOMPARE(onHand(t, admin, w.pen, w.sh), QStringLiteral("4.000"));
        // Unknown lines, locations of another warehouse, bad quantities, stale versions.
        QCOMPARE(receive({{"lines", QJsonArray{QJsonObject{{"line_id", 9999}, {"qty", "1"}},
                                               QJsonObject{{"line_id", inkLine}, {"qty", "-1"}}}},
                          {"location_id", w.szBin}},
                         &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"lines[0].line_id:unknown", "lines[1].qty:negative",
                                             "location_id:unknown"}));
        QCOMPARE(receive({{"version", 1}}), int(Rpc::VersionConflict));

        // The rest: everything still open.
        QCOMPARE(receive({}, &e), 0);
        po = get();
        QCOMPARE(po.value("state").toString(), QStringLiteral("received"));
        QVERIFY(po.value("received_at").isString());
        QCOMPARE(actions(po), QStringList());
        QCOMPARE(po.value("receipts").toArray().size(), 2);
        QCOMPARE(po.value("receipts").toArray().at(1).toObject().value("lines").toArray().size(),
                 2);
        QCOMPARE(onHand(t, admin, w.pen, w.sh), QStringLiteral("10.000"));
        QCOMPARE(onHand(t, admin, w.ink, w.sh), QStringLiteral("4.000"));
        moves = obj(t.call(admin, "inventory.stock.moves",
                           {{"filter", QJsonObject{{"source_type", "purchase_order"},
                                                   {"source_id", po.value("id")}}}}))
                    .value("rows")
                    .toArray();
        QCOMPARE(moves.size(), 3);
        expectIllegal(t, keeper, "receive", po, "received");
        // The stock ledger and the levels agree.
        const QJsonObject check = obj(t.call(admin, "inventory.stock.check", {}));
        QCOMPARE(check.value("differences").toArray().size(), 0);
    }

    void orderListFiltersSearchSort()
    {
        ServerTest t(QStringLiteral("pur_order_list"));
        ServerTest::Session s = t.admin();
        const World w = setup(t, s);
        const QJsonObject a = draft(t, s, w.hq, w.sh, {line(w.pen, "1")}); // 2.83
        const QJsonObject b = step(t, s, "send", draft(t, s, w.acme, w.sz, {line(w.paper, "2")}));
        const QJsonObject c =
            step(t, s, "confirm", step(t, s, "send", draft(t, s, w.hq, w.sz, {line(w.ink, "9")})));
        auto numbers = [&](const QJsonObject& params) {
            QStringList out;
            for (const QJsonValue& r :
                 obj(t.call(s, "purchasing.order.list", params)).value("rows").toArray()) {
                if (!r.toObject().contains("allowed_actions"))
                    out.append(QStringLiteral("(no allowed_actions)"));
                out.append(r.toObject().value("number").toString());
            }
            return out;
        };
        const QString na = a.value("number").toString();
        const QString nb = b.value("number").toString();
        const QString nc = c.value("number").toString();
        QCOMPARE(numbers({{"sort", "number"}}), QStringList({na, nb, nc}));
        QCOMPARE(numbers({{"sort", "-gross"}}), QStringList({nc, nb, na}));
        QCOMPARE(numbers({{"filter", QJsonObject{{"state", "sent"}}}}), QStringList({nb}));
        QCOMPARE(numbers({{"filter", QJsonObject{{"state", QJsonArray{"draft", "confirmed"}}}},
                          {"sort", "number"}}),
                 QStringList({na, nc}));
        QCOMPARE(numbers({{"filter", QJsonObject{{"supplier_id", w.hq}}}, {"sort", "number"}}),
                 QStringList({na, nc}));
        QCOMPARE(numbers({{"filter", QJsonObject{{"warehouse_id", w.sz}}}, {"sort", "number"}}),
                 QStringList({nb, nc}));
        QCOMPARE(numbers({{"search", "华强"}, {"sort", "number"}}), QStringList({na, nc}));
        QCOMPARE(numbers({{"search", "acme"}}), QStringList({nb}));
        QCOMPARE(numbers({{"search", nc.toLower()}}), QStringList({nc}));
        const QJsonObject page1 =
            obj(t.call(s, "purchasing.order.list", {{"sort", "number"}, {"limit", 2}}));
        QCOMPARE(page1.value("total").toInt(), 3);
        QCOMPARE(numbers({{"sort", "number"}, {"limit", 2}, {"after", page1.value("next_after")}}),
                 QStringList({nc}));
        QCOMPARE(
            t.callCode(s, "purchasing.order.list", {{"filter", QJsonObject{{"state", "open"}}}}),
            int(Rpc::InvalidParams));
        QCOMPARE(t.callCode(s, "purchasing.order.list", {{"sort", "notes"}}),
                 int(Rpc::InvalidParams));
    }

    void replenishmentProposesAndCreatesDrafts()
    {
        ServerTest t(QStringLiteral("pur_replenish"));
        ServerTest::Session s = t.admin();
        const World w = setup(t, s);
        ServerTest::Session buyer = t.userWithRoles("buyer", {"purchasing"});
        // Pen: 30 available in SH, 20 in SZ, 40 on order -> 90 < 100: shortfall 10, reorder 500.
        // Paper: 25 on hand (>= 20): nothing. Glue: nothing at all, no supplier. Ink: no point.
        for (const auto& [product, warehouse, qty] :
             {std::tuple{w.pen, w.sh, "30"}, std::tuple{w.pen, w.sz, "20"},
              std::tuple{w.paper, w.sh, "25"}})
            t.call(s, "inventory.stock.adjust",
                   {{"product_id", product},
                    {"warehouse_id", warehouse},
                    {"qty", qty},
                    {"reason", "opening stock"}});
        step(t, s, "send", draft(t, s, w.hq, w.sh, {line(w.pen, "40")}));
        step(t, s, "cancel", draft(t, s, w.hq, w.sh, {line(w.pen, "1000")})); // not on order

        QJsonObject proposal = obj(t.call(buyer, "purchasing.replenishment.propose", {}));
        QJsonArray rows = proposal.value("rows").toArray();
        QCOMPARE(rows.size(), 2);
        QJsonObject hq = rows.at(0).toObject();
        QCOMPARE(hq.value("supplier_id").toInteger(), w.hq);
        QCOMPARE(hq.value("supplier_name").toString(), QStringLiteral("深圳市华强电子有限公司"));
        QCOMPARE(hq.value("lines").toArray().size(), 1);
        QJsonObject pen = hq.value("lines").toArray().at(0).toObject();
        QCOMPARE(pen.value("sku").toString(), QStringLiteral("PEN"));
        QCOMPARE(pen.value("available").toString(), QStringLiteral("50.000"));
        QCOMPARE(pen.value("on_order").toString(), QStringLiteral("40.000"));
        QCOMPARE(pen.value("backordered").toString(), QStringLiteral("0.000"));
        QCOMPARE(pen.value("reorder_point").toString(), QStringLiteral("100.000"));
        QCOMPARE(pen.value("proposed_qty").toString(), QStringLiteral("500.000"));
        QCOMPARE(pen.value("unit_cost").toString(), QStringLiteral("2.50"));
        const QJsonObject none = rows.at(1).toObject();
        QCOMPARE(none.value("supplier_id"), QJsonValue());
        QCOMPARE(none.value("lines").toArray().at(0).toObject().value("sku").toString(),
                 QStringLiteral("GLUE"));
        QCOMPARE(none.value("lines").toArray().at(0).toObject().value("proposed_qty").toString(),
                 QStringLiteral("5.000"));
        // One warehouse: SZ has 20 and nothing on order: 80 short of 100, reorder 500.
        proposal = obj(t.call(buyer, "purchasing.replenishment.propose", {{"warehouse_id", w.sz}}));
        rows = proposal.value("rows").toArray();
        // Paper in SZ: 0 available, short 20 > reorder qty 10: 20 proposed, from Acme, whose
        // name sorts first.
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).toObject().value("supplier_id").toInteger(), w.acme);
        QCOMPARE(rows.at(0)
                     .toObject()
                     .value("lines")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("proposed_qty")
                     .toString(),
                 QStringLiteral("20.000"));
        QCOMPARE(rows.at(1).toObject().value("supplier_id").toInteger(), w.hq);
        pen = rows.at(1).toObject().value("lines").toArray().at(0).toObject();
        QCOMPARE(pen.value("available").toString(), QStringLiteral("20.000"));
        QCOMPARE(pen.value("on_order").toString(), QStringLiteral("0.000"));
        QCOMPARE(pen.value("proposed_qty").toString(), QStringLiteral("500.000"));

        // create {all}: one draft per supplier with a supplier; glue is left out.
        const QJsonObject created = obj(t.call(buyer, "purchasing.replenishment.create",
                                               {{"warehouse_id", w.sh}, {"all", true}}));
        const QJsonArray orders = created.value("orders").toArray();
        QCOMPARE(orders.size(), 1);
        const QJsonObject po = orders.at(0).toObject();
        QCOMPARE(po.value("state").toString(), QStringLiteral("draft"));
        QCOMPARE(po.value("supplier_id").toInteger(), w.hq);
        QCOMPARE(po.value("warehouse_id").toInteger(), w.sh);
        QCOMPARE(po.value("lines").toArray().at(0).toObject().value("qty").toString(),
                 QStringLiteral("500.000"));
        QCOMPARE(po.value("gross").toString(), QStringLiteral("1412.50")); // 1250.00 + 13 %
        // Now on order: the pen is no longer proposed.
        rows = obj(t.call(buyer, "purchasing.replenishment.propose", {})).value("rows").toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value("supplier_id"), QJsonValue());

        // Chosen lines: suppliers given or the products' defaults; one order per supplier.
        const QJsonObject chosen = obj(t.call(
            buyer, "purchasing.replenishment.create",
            {{"warehouse_id", w.sz},
             {"lines",
              QJsonArray{
                  QJsonObject{{"product_id", w.paper}, {"qty", "20"}},
                  QJsonObject{{"product_id", w.glue}, {"supplier_id", w.hq}, {"qty", "5"}},
                  QJsonObject{{"product_id", w.ink}, {"qty", "2"}},
                  QJsonObject{{"product_id", w.glue}, {"supplier_id", w.hq}, {"qty", "1"}}}}}));
        const QJsonArray made = chosen.value("orders").toArray();
        QCOMPARE(made.size(), 2);
        QCOMPARE(made.at(0).toObject().value("supplier_id").toInteger(), w.acme);
        QCOMPARE(made.at(0).toObject().value("currency").toString(), QStringLiteral("USD"));
        const QJsonArray hqLines = made.at(1).toObject().value("lines").toArray();
        QCOMPARE(hqLines.size(), 2);
        QCOMPARE(hqLines.at(0).toObject().value("sku").toString(), QStringLiteral("GLUE"));
        QCOMPARE(hqLines.at(0).toObject().value("qty").toString(), QStringLiteral("6.000"));
        Rpc::Error e;
        QCOMPARE(
            t.callCode(buyer, "purchasing.replenishment.create",
                       {{"warehouse_id", w.sz},
                        {"lines", QJsonArray{QJsonObject{{"product_id", w.glue}, {"qty", "1"}},
                                             QJsonObject{{"product_id", 999}, {"qty", "1"}},
                                             QJsonObject{{"product_id", w.pen}, {"qty", "x"}}}}},
                       &e),
            int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e),
                 QStringList({"lines[0].supplier_id:required", "lines[1].product_id:unknown",
                              "lines[2].qty:invalid"}));
        QCOMPARE(t.callCode(buyer, "purchasing.replenishment.create", {{"warehouse_id", w.sz}}, &e),
                 int(Rpc::ValidationFailed));
    }

    void replenishmentCountsBackorders()
    {
        // The sales module reports backorders through StockService::demand(); here a provider
        // registered by the test stands in for it.
        ServerTest t(QStringLiteral("pur_backorder"));
        ServerTest::Session s = t.admin();
        const World w = setup(t, s);
        auto* inventory =
            dynamic_cast<Server::Inventory::InventoryModule*>(t.core().module("inventory"));
        QVERIFY(inventory);
        const qint64 ink = w.ink;
        inventory->stock().addDemandProvider([ink](Rpc::CallContext&) {
            return QHash<qint64, qint64>{{ink, 7500}};
        });
        t.call(s, "inventory.stock.adjust",
               {{"product_id", w.ink}, {"warehouse_id", w.sh}, {"qty", "2"}, {"reason", "x"}});
        const QJsonArray rows =
            obj(t.call(s, "purchasing.replenishment.propose", {})).value("rows").toArray();
        QJsonObject inkLine;
        for (const QJsonValue& r : rows)
            for (const QJsonValue& l : r.toObject().value("lines").toArray())
                if (l.toObject().value("product_id").toInteger() == w.ink)
                    inkLine = l.toObject();
        // No reorder point, but 7.5 backordered against 2 available: 5.5 to buy.
        QCOMPARE(inkLine.value("backordered").toString(), QStringLiteral("7.500"));
        QCOMPARE(inkLine.value("available").toString(), QStringLiteral("2.000"));
        QCOMPARE(inkLine.value("proposed_qty").toString(), QStringLiteral("5.500"));
    }

    void defaultSupplierIsChecked()
    {
        ServerTest t(QStringLiteral("pur_default_supplier"));
        ServerTest::Session s = t.admin();
        const World w = setup(t, s);
        Rpc::Error e;
        QCOMPARE(t.callCode(s, "inventory.product.create",
                            {{"sku", "X-1"}, {"name", "X"}, {"default_supplier_id", 999}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"default_supplier_id:unknown"}));
        t.call(s, "purchasing.supplier.archive", {{"id", w.acme}, {"version", 1}});
        QCOMPARE(t.callCode(s, "inventory.product.create",
                            {{"sku", "X-2"}, {"name", "X"}, {"default_supplier_id", w.acme}}),
                 int(Rpc::ValidationFailed));
        QCOMPARE(t.callCode(s, "inventory.product.create",
                            {{"sku", "X-3"}, {"name", "X"}, {"default_supplier_id", w.hq}}),
                 0);
    }

    void demoData()
    {
        // A demo company: suppliers always; with products and warehouses (inventory's demo),
        // default suppliers and thirty orders in every state. Run here on a few products.
        ServerTest t(QStringLiteral("pur_demo"));
        ServerTest::Session s = t.admin();
        for (const char* code : {"SH", "BJ"})
            t.call(s, "inventory.warehouse.create", {{"code", code}, {"name", code}});
        for (int i = 1; i <= 20; ++i)
            t.call(s, "inventory.product.create",
                   {{"sku", QStringLiteral("P-%1").arg(i)},
                    {"name", QStringLiteral("产品 %1").arg(i)},
                    {"cost", QStringLiteral("%1.50").arg(i)},
                    {"reorder_point", "50"},
                    {"reorder_qty", "100"}});
        {
            Storage::Database& db = t.core().database();
            Storage::Transaction tx(db, Storage::Transaction::ReadWrite);
            Rpc::Identity system;
            system.username = QStringLiteral("system");
            Rpc::CallContext ctx(db, system, QStringLiteral("system.demo"));
            t.core().module("purchasing")->loadDemo(ctx);
            tx.commit();
        }
        const QJsonObject suppliers = obj(t.call(s, "purchasing.supplier.list", {}));
        QCOMPARE(suppliers.value("total").toInt(), 15);
        QStringList names;
        for (const QJsonValue& r : suppliers.value("rows").toArray())
            names.append(r.toObject().value("name").toString());
        QVERIFY(names.contains(QStringLiteral("深圳市华强电子有限公司")));
        QVERIFY(names.contains(QStringLiteral("Acme Components Ltd")));
        int withSupplier = 0;
        for (const QJsonValue& r :
             obj(t.call(s, "inventory.product.list", {{"limit", 100}})).value("rows").toArray())
            withSupplier += r.toObject().value("default_supplier_id").isDouble() ? 1 : 0;
        QCOMPARE(withSupplier, 18); // every tenth has none
        const QJsonObject all = obj(t.call(s, "purchasing.order.list", {{"limit", 100}}));
        QCOMPARE(all.value("total").toInt(), 30);
        for (const char* state :
             {"draft", "sent", "confirmed", "partially_received", "received", "cancelled"}) {
            const QJsonObject some = obj(
                t.call(s, "purchasing.order.list", {{"filter", QJsonObject{{"state", state}}}}));
            QVERIFY2(some.value("total").toInt() >= 3, state);
        }
        const QJsonObject partial = obj(
            t.call(s, "purchasing.order.get",
                   {{"id", obj(t.call(s, "purchasing.order.list",
                                      {{"filter", QJsonObject{{"state", "partially_received"}}}}))
                               .value("rows")
                               .toArray()
                               .at(0)
                               .toObject()
                               .value("id")}}));
        QCOMPARE(partial.value("receipts").toArray().size(), 1);
        QVERIFY(
            partial.value("lines").toArray().at(0).toObject().value("received_qty").toString() !=
            QLatin1String("0.000"));
        QCOMPARE(obj(t.call(s, "inventory.stock.check", {})).value("differences").toArray().size(),
                 0);
        // The proposals of the demo have suppliers, and a group without one.
        const QJsonArray rows =
            obj(t.call(s, "purchasing.replenishment.propose", {})).value("rows").toArray();
        QVERIFY(rows.size() >= 2);
        QCOMPARE(rows.last().toObject().value("supplier_id"), QJsonValue());
    }

    void permissions()
    {
        ServerTest t(QStringLiteral("pur_perm"));
        ServerTest::Session sales = t.userWithRoles("seller", {"sales"});
        ServerTest::Session warehouse = t.userWithRoles("keeper", {"warehouse"});
        Rpc::Error e;
        QCOMPARE(t.callCode(sales, "purchasing.supplier.list", {}, &e), int(Rpc::Forbidden));
        QCOMPARE(t.callCode(sales, "purchasing.supplier.create", {{"name", "X"}}),
                 int(Rpc::Forbidden));
        QCOMPARE(t.callCode(warehouse, "purchasing.supplier.create", {{"name", "X"}}),
                 int(Rpc::Forbidden));
        // The warehouse reads and receives purchase orders but does not buy.
        QCOMPARE(t.callCode(warehouse, "purchasing.order.list", {}), 0);
        QCOMPARE(t.callCode(warehouse, "purchasing.order.create", {}), int(Rpc::Forbidden));
        QCOMPARE(t.callCode(warehouse, "purchasing.order.send", {{"id", 1}, {"version", 1}}),
                 int(Rpc::Forbidden));
        QCOMPARE(t.callCode(warehouse, "purchasing.order.receive", {{"id", 1}, {"version", 1}}),
                 int(Rpc::NotFound)); // allowed, and there is no such order
        QCOMPARE(t.callCode(warehouse, "purchasing.replenishment.propose", {}),
                 int(Rpc::Forbidden));
        QCOMPARE(t.callCode(warehouse, "purchasing.replenishment.create", {{"all", true}}),
                 int(Rpc::Forbidden));
        ServerTest::Session accountant = t.userWithRoles("counter", {"accountant"});
        QCOMPARE(t.callCode(accountant, "purchasing.order.list", {}), 0);
        QCOMPARE(t.callCode(accountant, "purchasing.supplier.list", {}), int(Rpc::Forbidden));
        ServerTest::Session buyer = t.userWithRoles("buyer", {"purchasing"});
        QCOMPARE(t.callCode(buyer, "purchasing.replenishment.propose", {}), 0);
        // Every purchasing method names one of the documented permissions.
        const QStringList documented{"purchasing.supplier.read", "purchasing.supplier.write",
                                     "purchasing.order.read",    "purchasing.order.write",
                                     "purchasing.order.receive", "purchasing.replenishment.read"};
        int methods = 0;
        for (const Rpc::MethodSpec* m : t.core().registry().methods()) {
            if (!m->name.startsWith(QLatin1String("purchasing.")))
                continue;
            ++methods;
            QVERIFY2(documented.contains(m->permission), qPrintable(m->name));
            QCOMPARE(t.callCode(sales, m->name, {}), int(Rpc::Forbidden));
        }
        QVERIFY(methods >= 5);
    }
};

QTEST_GUILESS_MAIN(TestPurchasing)
#include "tst_purchasing.moc"
