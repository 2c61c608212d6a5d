// Purchasing replenishment on SQLite and PostgreSQL: proposals per supplier (reorder points,
// open orders, backorder demand), draft orders made from them, a sales backorder allocated by a
// purchase receipt, the default-supplier check inventory asks purchasing for, the demo company.
#include "server/modules/inventory/inventorymodule.h"
#include "server/servercore.h"
#include "server/storage/database.h"
#include "tests/server/purchasingtest.h"
#include "tests/support/servertest.h"

#include <QDate>
#include <QJsonArray>
#include <QTest>

#include <tuple>

using namespace Erp;
using namespace Erp::Test::Purchasing;
using Erp::Test::fieldCodes;
using Erp::Test::ServerTest;

class TestPurchasingReplenishment final : public QObject
{
    Q_OBJECT
private slots:
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
        // The sales module answers inventory.demand with its backorders; here a subscriber of
        // the test stands in for it.
        ServerTest t(QStringLiteral("pur_backorder"));
        ServerTest::Session s = t.admin();
        const World w = setup(t, s);
        auto* inventory =
            dynamic_cast<Server::Inventory::InventoryModule*>(t.core().module("inventory"));
        QVERIFY(inventory);
        const qint64 ink = w.ink;
        t.core().events().subscribe<Server::Inventory::Events::DemandQuery>(
            QStringLiteral("test.demand"), 0,
            [ink](Rpc::CallContext&, Server::Inventory::Events::DemandQuery& demand) {
                demand.qty[ink] += 7500;
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

    void salesBackorderIsProposedAndReceiptAllocatesIt()
    {
        // End to end with the sales module: an order waits for 4 inks; replenishment proposes
        // them, a draft made from the proposal is sent, confirmed and received, and the receipt
        // allocates the waiting order by itself.
        ServerTest t(QStringLiteral("pur_sales_backorder"));
        ServerTest::Session s = t.admin();
        const World w = setup(t, s);
        t.call(s, "inventory.stock.adjust",
               {{"product_id", w.ink}, {"warehouse_id", w.sh}, {"qty", "1"}, {"reason", "x"}});
        const qint64 customer =
            idOf(t.call(s, "crm.customer.create",
                        {{"name", "上海明远贸易有限公司"},
                         {"addresses", QJsonArray{QJsonObject{{"kind", "shipping"},
                                                              {"city", "上海市"},
                                                              {"line1", "世纪大道 100 号"}}}}}));
        auto act = [&](const char* action, const QJsonObject& o) {
            return obj(t.call(s, QStringLiteral("sales.order.") + QLatin1String(action),
                              {{"id", o.value("id")}, {"version", o.value("version")}}));
        };
        QJsonObject so =
            obj(t.call(s, "sales.order.create",
                       {{"customer_id", customer}, {"lines", QJsonArray{line(w.ink, "5")}}}));
        so = act("allocate", act("approve", act("submit", so)));
        QCOMPARE(so.value("has_backorder").toBool(), true);

        QJsonObject inkLine;
        for (const QJsonValue& r :
             obj(t.call(s, "purchasing.replenishment.propose", {})).value("rows").toArray())
            for (const QJsonValue& l : r.toObject().value("lines").toArray())
                if (l.toObject().value("product_id").toInteger() == w.ink)
                    inkLine = l.toObject();
        QCOMPARE(inkLine.value("available").toString(), QStringLiteral("0.000"));
        QCOMPARE(inkLine.value("backordered").toString(), QStringLiteral("4.000"));
        QCOMPARE(inkLine.value("proposed_qty").toString(), QStringLiteral("4.000"));

        const QJsonArray orders =
            obj(t.call(
                    s, "purchasing.replenishment.create",
                    {{"warehouse_id", w.sz},
                     {"lines", QJsonArray{QJsonObject{{"product_id", w.ink},
                                                      {"qty", inkLine.value("proposed_qty")}}}}}))
                .value("orders")
                .toArray();
        QCOMPARE(orders.size(), 1);
        QJsonObject po = step(t, s, "confirm", step(t, s, "send", orders.at(0).toObject()));
        // On order now: no longer proposed.
        for (const QJsonValue& r :
             obj(t.call(s, "purchasing.replenishment.propose", {})).value("rows").toArray())
            for (const QJsonValue& l : r.toObject().value("lines").toArray())
                QVERIFY(l.toObject().value("product_id").toInteger() != w.ink);
        po = obj(t.call(s, "purchasing.order.receive",
                        {{"id", po.value("id")}, {"version", po.value("version")}}));
        QCOMPARE(po.value("state").toString(), QStringLiteral("received"));
        so = obj(t.call(s, "sales.order.get", {{"id", so.value("id")}}));
        QCOMPARE(so.value("has_backorder").toBool(), false);
        QCOMPARE(so.value("lines").toArray().at(0).toObject().value("allocated_qty").toString(),
                 QStringLiteral("5.000"));
        QCOMPARE(onHand(t, s, w.ink, w.sz), QStringLiteral("4.000"));
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
        // An archived supplier's proposals are reported but not ordered by {all: true}.
        const qint64 archived = rows.first().toObject().value("supplier_id").toInteger();
        const qint64 version = obj(t.call(s, "purchasing.supplier.get", {{"id", archived}}))
                                   .value("version")
                                   .toInteger();
        t.call(s, "purchasing.supplier.archive", {{"id", archived}, {"version", version}});
        const QJsonArray made = obj(t.call(s, "purchasing.replenishment.create", {{"all", true}}))
                                    .value("orders")
                                    .toArray();
        QCOMPARE(made.size(), rows.size() - 2);
        for (const QJsonValue& o : made)
            QVERIFY(o.toObject().value("supplier_id").toInteger() != archived);
    }

    void demoCompany()
    {
        // The real --demo path: inventory's demo products and warehouses, then ours.
        ServerTest t(QStringLiteral("pur_demo_company"), true);
        ServerTest::Session s = t.admin();
        QCOMPARE(obj(t.call(s, "purchasing.supplier.list", {})).value("total").toInt(), 15);
        QCOMPARE(obj(t.call(s, "purchasing.order.list", {})).value("total").toInt(), 30);
        for (const char* state :
             {"draft", "sent", "confirmed", "partially_received", "received", "cancelled"})
            QVERIFY2(
                obj(t.call(s, "purchasing.order.list", {{"filter", QJsonObject{{"state", state}}}}))
                        .value("total")
                        .toInt() >= 3,
                state);
        QVERIFY(obj(t.call(s, "inventory.product.list",
                           {{"filter", QJsonObject{{"default_supplier_id", 1}}}}))
                    .value("total")
                    .toInt() > 0);
        QCOMPARE(obj(t.call(s, "inventory.stock.check", {})).value("differences").toArray().size(),
                 0);
        QVERIFY(!obj(t.call(s, "purchasing.replenishment.propose", {}))
                     .value("rows")
                     .toArray()
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPurchasingReplenishment)
#include "tst_purchasing_replenishment.moc"
