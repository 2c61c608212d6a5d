// Purchasing (purchasing.*) on SQLite and PostgreSQL: the supplier master (validation, codes,
// conflicts, search, archive), purchase orders (totals, every transition legal and illegal,
// partial and full receipts posting receipt moves, over-receipt, lists) and permissions.
#include "server/modules/inventory/inventorymodule.h"
#include "server/rpc/dispatcher.h"
#include "server/rpc/registry.h"
#include "server/servercore.h"
#include "server/storage/database.h"
#include "tests/server/purchasingtest.h"
#include "tests/support/servertest.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QThread>

using namespace Erp;
using namespace Erp::Test::Purchasing;
using Erp::Test::fieldCodes;
using Erp::Test::ServerTest;

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
        // Arrivals are announced (sales allocates waiting backorders from them).
        QList<qint64> arrivals;
        auto* inventory =
            dynamic_cast<Server::Inventory::InventoryModule*>(t.core().module("inventory"));
        QVERIFY(inventory);
        t.core().events().subscribe<Server::Inventory::Events::StockMoved>(
            QStringLiteral("test.arrivals"), 0,
            [&arrivals](Rpc::CallContext&, const Server::Inventory::Events::StockMoved& moved) {
                arrivals.append(moved.arrivedProducts());
            });
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
        QCOMPARE(arrivals, QList<qint64>({w.pen}));
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

    void concurrentReceiptsNeverOverReceive()
    {
        // Clerks at several docks take in the same order at the same instant: each reads the
        // order, receives 3 of 10 and starts over on -32009. Exactly three receipts get in; the
        // fourth would exceed the order and is refused.
        ServerTest t(QStringLiteral("pur_race"));
        ServerTest::Session s = t.admin();
        const World w = setup(t, s);
        QJsonObject po = draft(t, s, w.hq, w.sh, {line(w.pen, "10")});
        po = step(t, s, "confirm", step(t, s, "send", po));
        const qint64 id = po.value("id").toInteger();
        const qint64 lineId = po.value("lines").toArray().at(0).toObject().value("id").toInteger();
        const Rpc::Identity identity = s.identity;
        t.core().database().closeThreadConnection();
        constexpr int Clerks = 6;
        QAtomicInt received = 0;
        QAtomicInt refused = 0;
        QAtomicInt unexpected = 0;
        QList<QThread*> threads;
        for (int i = 0; i < Clerks; ++i) {
            threads.append(QThread::create([&, i] {
                auto call = [&](const QString& method, const QJsonObject& params) {
                    const QJsonObject request = Rpc::makeRequest(i, method, params);
                    const auto outcome = t.core().dispatcher().handleLine(
                        QJsonDocument(request).toJson(QJsonDocument::Compact), identity);
                    return QJsonDocument::fromJson(outcome.reply).object();
                };
                for (int attempt = 0; attempt < 50; ++attempt) {
                    const QJsonObject order =
                        call("purchasing.order.get", {{"id", id}}).value("result").toObject();
                    const QJsonObject reply = call(
                        "purchasing.order.receive",
                        {{"id", id},
                         {"version", order.value("version")},
                         {"lines", QJsonArray{QJsonObject{{"line_id", lineId}, {"qty", "3"}}}}});
                    const int code = reply.value("error").toObject().value("code").toInt();
                    if (code == 0) {
                        ++received;
                        continue;
                    }
                    if (code == Rpc::VersionConflict)
                        continue;
                    if (code == Rpc::BusinessRule) {
                        ++refused;
                        return;
                    }
                    ++unexpected;
                    return;
                }
                ++unexpected;
            }));
        }
        for (QThread* thread : threads)
            thread->start();
        for (QThread* thread : threads) {
            thread->wait();
            delete thread;
        }
        QCOMPARE(unexpected.loadRelaxed(), 0);
        QCOMPARE(received.loadRelaxed(), 3);
        QCOMPARE(refused.loadRelaxed(), Clerks);
        po = obj(t.call(s, "purchasing.order.get", {{"id", id}}));
        QCOMPARE(po.value("lines").toArray().at(0).toObject().value("received_qty").toString(),
                 QStringLiteral("9.000"));
        QCOMPARE(po.value("receipts").toArray().size(), 3);
        QCOMPARE(onHand(t, s, w.pen, w.sh), QStringLiteral("9.000"));
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
