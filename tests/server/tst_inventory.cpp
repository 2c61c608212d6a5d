// The inventory module (inventory.*) on SQLite and PostgreSQL: products, warehouses, stock
// moves and levels through the methods, transfers, low stock, permissions, the demo company.
#include "server/rpc/registry.h"
#include "server/storage/migrator.h"
#include "tests/server/inventorytest.h"
#include "tests/support/testdb.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Erp;
using namespace Erp::Test::Inventory;
using Erp::Server::Inventory::StockMove;
using Erp::Server::Inventory::StockService;
using Erp::Server::Inventory::StockSource;
using Erp::Test::fieldCodes;
using Erp::Test::ServerTest;

class TestInventory final : public QObject
{
    Q_OBJECT
private slots:
    void productValidation()
    {
        ServerTest t(QStringLiteral("inv_prod_valid"));
        ServerTest::Session s = t.admin();
        Rpc::Error e;
        QCOMPARE(t.callCode(s, "inventory.product.create",
                            {{"sku", "  "},
                             {"unit", "Kilo Gram"},
                             {"list_price", "12.345"},
                             {"cost", "-1"},
                             {"tax_rate", "150"},
                             {"reorder_point", "1.2345"},
                             {"barcode", "12 34"},
                             {"default_supplier_id", 5}},
                            &e),
                 int(Rpc::ValidationFailed));
        const QStringList codes = fieldCodes(e);
        for (const char* expected :
             {"list_price:scale", "cost:negative", "tax_rate:range", "reorder_point:scale"})
            QVERIFY2(codes.contains(QString::fromLatin1(expected)), qPrintable(codes.join(' ')));
        QCOMPARE(t.callCode(s, "inventory.product.create",
                            {{"sku", "  "},
                             {"unit", "Kilo Gram"},
                             {"barcode", "12 34"},
                             {"default_supplier_id", 5}},
                            &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"sku:required", "name:required", "unit:invalid",
                                             "barcode:invalid", "default_supplier_id:unknown"}));
        // Money is a decimal string, never a number.
        QCOMPARE(t.callCode(s, "inventory.product.create",
                            {{"sku", "X"}, {"name", "X"}, {"list_price", 12}}),
                 int(Rpc::InvalidParams));
        const QJsonObject p = product(t, s, "ab-100",
                                      {{"name", "中性笔 0.5mm 黑色"},
                                       {"unit", "BOX"},
                                       {"list_price", "12.5"},
                                       {"cost", "7.80"},
                                       {"reorder_point", "10"},
                                       {"reorder_qty", "2.5"}});
        QCOMPARE(p.value("sku").toString(), QStringLiteral("AB-100"));
        QCOMPARE(p.value("unit").toString(), QStringLiteral("box"));
        QCOMPARE(p.value("list_price").toString(), QStringLiteral("12.50"));
        QCOMPARE(p.value("cost").toString(), QStringLiteral("7.80"));
        QCOMPARE(p.value("tax_rate").toString(), QStringLiteral("13.00"));
        QCOMPARE(p.value("reorder_point").toString(), QStringLiteral("10.000"));
        QCOMPARE(p.value("reorder_qty").toString(), QStringLiteral("2.500"));
        QCOMPARE(p.value("active").toBool(), true);
        QCOMPARE(p.value("version").toInt(), 1);
        QCOMPARE(s.changes.size(), 1);
        QCOMPARE(s.changes.first().entity, QStringLiteral("inventory.product"));
    }

    void productUniquenessAndSupplierHook()
    {
        ServerTest t(QStringLiteral("inv_prod_unique"));
        ServerTest::Session s = t.admin();
        product(t, s, "Pen-1", {{"barcode", "6901234567892"}});
        product(t, s, "Pen-2"); // empty barcodes do not collide
        product(t, s, "Pen-3");
        Rpc::Error e;
        QCOMPARE(t.callCode(s, "inventory.product.create",
                            {{"sku", "pen-1"}, {"name", "Again"}, {"barcode", "6901234567892"}},
                            &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"sku:duplicate", "barcode:duplicate"}));
        const QJsonObject p3 = t.call(s, "inventory.product.get", {{"id", 3}}).toObject();
        QCOMPARE(t.callCode(s, "inventory.product.update",
                            {{"id", 3}, {"version", 1}, {"sku", "PEN-2"}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"sku:duplicate"}));
        QCOMPARE(t.callCode(s, "inventory.product.get", {{"id", 99}}), int(Rpc::NotFound));
        QCOMPARE(p3.value("sku").toString(), QStringLiteral("PEN-3"));
    }

    void productConflictsArchiveSearch()
    {
        ServerTest t(QStringLiteral("inv_prod_update"));
        ServerTest::Session a = t.admin();
        ServerTest::Session b = t.admin();
        const QJsonObject p = product(t, a, "A4-500",
                                      {{"name", "得力 A4 复印纸 500张"},
                                       {"category", "办公用品"},
                                       {"barcode", "6921734900012"}});
        product(t, a, "USB-C-1M", {{"name", "USB-C cable 1 m"}, {"category", "electronics"}});
        product(t, a, "TAPE-48", {{"name", "封箱胶带 48mm"}, {"category", "包装材料"}});
        const QJsonObject v2 = t.call(a, "inventory.product.update",
                                      {{"id", idOf(p)}, {"version", 1}, {"list_price", "25.00"}})
                                   .toObject();
        QCOMPARE(v2.value("version").toInt(), 2);
        QCOMPARE(v2.value("name").toString(), QStringLiteral("得力 A4 复印纸 500张"));
        Rpc::Error e;
        QCOMPARE(t.callCode(b, "inventory.product.update",
                            {{"id", idOf(p)}, {"version", 1}, {"cost", "1.00"}}, &e),
                 int(Rpc::VersionConflict));
        QCOMPARE(e.data.toObject().value("current_version").toInt(), 2);
        const auto skus = [&](const QJsonObject& params) {
            QStringList out;
            for (const QJsonValue& r :
                 t.call(a, "inventory.product.list", params).toObject().value("rows").toArray())
                out.append(r.toObject().value("sku").toString());
            return out;
        };
        QCOMPARE(skus({{"search", "复印纸"}}), QStringList({"A4-500"}));
        QCOMPARE(skus({{"search", "纸"}}), QStringList({"A4-500"})); // short terms scan
        QCOMPARE(skus({{"search", "usb-c"}}), QStringList({"USB-C-1M"}));
        QCOMPARE(skus({{"search", "690012"}}), QStringList());            // not a substring
        QCOMPARE(skus({{"search", "4900012"}}), QStringList({"A4-500"})); // barcode
        QCOMPARE(skus({{"filter", QJsonObject{{"category", "包装材料"}}}}),
                 QStringList({"TAPE-48"}));
        QCOMPARE(skus({{"sort", "-sku"}}), QStringList({"USB-C-1M", "TAPE-48", "A4-500"}));
        QCOMPARE(t.callCode(a, "inventory.product.list", {{"sort", "password"}}),
                 int(Rpc::InvalidParams));
        const QJsonObject archived =
            t.call(a, "inventory.product.archive", {{"id", idOf(p)}, {"version", 2}}).toObject();
        QCOMPARE(archived.value("active").toBool(), false);
        QCOMPARE(t.callCode(a, "inventory.product.archive", {{"id", idOf(p)}, {"version", 3}}),
                 int(Rpc::BusinessRule));
        QCOMPARE(skus({{"filter", QJsonObject{{"active", true}}}}),
                 QStringList({"TAPE-48", "USB-C-1M"}));
        QCOMPARE(skus({{"filter", QJsonObject{{"active", false}}}}), QStringList({"A4-500"}));
        // Audited.
        const QJsonObject trail =
            t.call(
                 a, "admin.audit.list",
                 {{"filter", QJsonObject{{"entity", "inventory.product"}, {"entity_id", idOf(p)}}}})
                .toObject();
        QCOMPARE(trail.value("total").toInt(), 3);
    }

    void warehousesAndLocations()
    {
        ServerTest t(QStringLiteral("inv_wh"));
        ServerTest::Session s = t.admin();
        const QJsonObject sh = warehouse(t, s, "sh", 1,
                                         {QJsonObject{{"code", "A-01"}, {"name", "A区01架"}},
                                          QJsonObject{{"code", "B-01"}, {"name", "B区01架"}}});
        QCOMPARE(sh.value("code").toString(), QStringLiteral("SH"));
        QCOMPARE(sh.value("locations").toArray().size(), 2);
        QCOMPARE(s.changes.first().entity, QStringLiteral("inventory.warehouse"));
        Rpc::Error e;
        QCOMPARE(t.callCode(s, "inventory.warehouse.create",
                            {{"code", "SH"},
                             {"name", ""},
                             {"locations",
                              QJsonArray{QJsonObject{{"code", "X"}}, QJsonObject{{"code", "x"}}}}},
                            &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e),
                 QStringList({"code:duplicate", "name:required", "locations[1].code:duplicate"}));
        warehouse(t, s, "SZ", 2);
        // Locations: rename one, drop one (deactivated), add one.
        const qint64 a01 = sh.value("locations").toArray().at(0).toObject().value("id").toInteger();
        const QJsonObject v2 =
            t.call(s, "inventory.warehouse.update",
                   {{"id", idOf(sh)},
                    {"version", 1},
                    {"name", "上海总仓"},
                    {"locations",
                     QJsonArray{QJsonObject{{"id", a01}, {"code", "A-01"}, {"name", "A区一号架"}},
                                QJsonObject{{"code", "C-01"}}}}})
                .toObject();
        QCOMPARE(v2.value("name").toString(), QStringLiteral("上海总仓"));
        const QJsonArray locations = v2.value("locations").toArray();
        QCOMPARE(locations.size(), 3);
        QStringList active;
        for (const QJsonValue& l : locations)
            if (l.toObject().value("active").toBool())
                active.append(l.toObject().value("code").toString());
        QCOMPARE(active, QStringList({"A-01", "C-01"}));
        QCOMPARE(t.callCode(s, "inventory.warehouse.update",
                            {{"id", idOf(sh)}, {"version", 1}, {"name", "stale"}}),
                 int(Rpc::VersionConflict));
        const QJsonObject list = t.call(s, "inventory.warehouse.list").toObject();
        QCOMPARE(list.value("total").toInt(), 2);
        QCOMPARE(list.value("rows").toArray().at(0).toObject().value("code").toString(),
                 QStringLiteral("SH"));
        // A warehouse holding stock stays active; an empty one may be deactivated.
        const QJsonObject p = product(t, s, "P1");
        QCOMPARE(adjust(t, s, idOf(p), idOf(sh), "5", "receipt"), 0);
        QCOMPARE(t.callCode(s, "inventory.warehouse.update",
                            {{"id", idOf(sh)}, {"version", 2}, {"active", false}}, &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.data.toObject().value("reason").toString(),
                 QStringLiteral("warehouse_has_stock"));
        QCOMPARE(t.callCode(s, "inventory.warehouse.update",
                            {{"id", 2}, {"version", 1}, {"active", false}}),
                 0);
        // Moves into an inactive warehouse are refused.
        QCOMPARE(adjust(t, s, idOf(p), 2, "5", "receipt", &e), int(Rpc::BusinessRule));
        QCOMPARE(e.data.toObject().value("reason").toString(),
                 QStringLiteral("warehouse_inactive"));
    }

    void movesAndLevels()
    {
        ServerTest t(QStringLiteral("inv_moves"));
        ServerTest::Session s = t.admin();
        const qint64 sh = idOf(warehouse(t, s, "SH", 1, {QJsonObject{{"code", "A-01"}}}));
        const qint64 sz = idOf(warehouse(t, s, "SZ", 2));
        const qint64 rice = idOf(product(t, s, "RICE-5KG",
                                         {{"name", "东北大米"},
                                          {"unit", "kg"},
                                          {"category", "食品"},
                                          {"reorder_point", "100"}}));
        const qint64 pen = idOf(product(t, s, "PEN", {{"category", "办公用品"}}));
        QCOMPARE(adjust(t, s, rice, sh, "250.5", "receipt"), 0);
        QCOMPARE(s.changes.size(), 1);
        QCOMPARE(s.changes.first().entity, QStringLiteral("inventory.stock"));
        QCOMPARE(s.changes.first().id, rice);
        QCOMPARE(adjust(t, s, rice, sh, "-0.5"), 0);
        Rpc::Error e;
        QCOMPARE(adjust(t, s, rice, sh, "-250.001", "adjustment", &e), int(Rpc::BusinessRule));
        QCOMPARE(e.data.toObject().value("reason").toString(),
                 QStringLiteral("insufficient_stock"));
        QCOMPARE(e.data.toObject().value("available").toString(), QStringLiteral("250.000"));
        QCOMPARE(adjust(t, s, rice, sz, "-1", "adjustment", &e), int(Rpc::BusinessRule));
        QCOMPARE(adjust(t, s, rice, sh, "-1", "receipt", &e), int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"qty:negative"}));
        QCOMPARE(adjust(t, s, rice, sh, "1", "scrap", &e), int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"qty:positive"}));
        QCOMPARE(adjust(t, s, rice, sh, "0.0001", "adjustment", &e), int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"qty:scale"}));
        QCOMPARE(adjust(t, s, rice, sh, "0", "adjustment", &e), int(Rpc::ValidationFailed));
        QCOMPARE(adjust(t, s, rice, sh, "1", "shipment", &e), int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"kind:invalid"}));
        QCOMPARE(
            t.callCode(s, "inventory.stock.adjust",
                       {{"product_id", rice}, {"warehouse_id", sh}, {"qty", "1"}, {"reason", "  "}},
                       &e),
            int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"reason:required"}));
        QCOMPARE(adjust(t, s, rice, sh, "-10", "scrap"), 0);
        QCOMPARE(adjust(t, s, 999, sh, "1", "receipt"), int(Rpc::NotFound));
        // A location of another warehouse is refused.
        QCOMPARE(t.callCode(s, "inventory.stock.adjust",
                            {{"product_id", rice},
                             {"warehouse_id", sz},
                             {"location_id", 1},
                             {"qty", "1"},
                             {"reason", "x"}},
                            &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"location_id:unknown"}));
        QCOMPARE(t.callCode(s, "inventory.stock.adjust",
                            {{"product_id", rice},
                             {"warehouse_id", sh},
                             {"location_id", 1},
                             {"qty", "10"},
                             {"kind", "receipt"},
                             {"reason", "shelf A"}}),
                 0);

        const QJsonObject row = level(t, s, rice, sh);
        QCOMPARE(row.value("sku").toString(), QStringLiteral("RICE-5KG"));
        QCOMPARE(row.value("unit").toString(), QStringLiteral("kg"));
        QCOMPARE(row.value("warehouse_code").toString(), QStringLiteral("SH"));
        QCOMPARE(row.value("on_hand").toString(), QStringLiteral("250.000"));
        QCOMPARE(row.value("reserved").toString(), QStringLiteral("0.000"));
        QCOMPARE(row.value("available").toString(), QStringLiteral("250.000"));
        QCOMPARE(row.value("reorder_point").toString(), QStringLiteral("100.000"));
        QCOMPARE(row.value("low").toBool(), false);
        // Every active product in every active warehouse: 2 × 2 rows.
        QCOMPARE(t.call(s, "inventory.stock.levels").toObject().value("total").toInt(), 4);
        const QJsonObject listed = t.call(s, "inventory.product.list", {{"search", "rice-5kg"}})
                                       .toObject()
                                       .value("rows")
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QCOMPARE(listed.value("on_hand").toString(), QStringLiteral("250.000"));
        QCOMPARE(listed.value("available").toString(), QStringLiteral("250.000"));
        QCOMPARE(
            t.call(s, "inventory.stock.levels", {{"filter", QJsonObject{{"category", "食品"}}}})
                .toObject()
                .value("total")
                .toInt(),
            2);
        QCOMPARE(t.call(s, "inventory.stock.levels", {{"search", "大米"}, {"sort", "-on_hand"}})
                     .toObject()
                     .value("rows")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("on_hand")
                     .toString(),
                 QStringLiteral("250.000"));

        // Per-product totals for the order line editor, in the order asked.
        const QJsonArray totals =
            t.call(s, "inventory.stock.levels", {{"product_ids", QJsonArray{pen, rice, 12345}}})
                .toObject()
                .value("rows")
                .toArray();
        QCOMPARE(totals.size(), 3);
        QCOMPARE(totals.at(0).toObject().value("available").toString(), QStringLiteral("0.000"));
        const QJsonObject riceTotal = totals.at(1).toObject();
        QCOMPARE(riceTotal.value("product_id").toInteger(), rice);
        QCOMPARE(riceTotal.value("on_hand").toString(), QStringLiteral("250.000"));
        QCOMPARE(riceTotal.value("warehouses").toArray().size(), 1);
        QCOMPARE(riceTotal.value("warehouses")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("warehouse_code")
                     .toString(),
                 QStringLiteral("SH"));
        QCOMPARE(t.callCode(s, "inventory.stock.levels", {{"product_ids", QJsonArray{"x"}}}),
                 int(Rpc::InvalidParams));

        // The ledger: newest first, filters and search.
        const QJsonObject moves = t.call(s, "inventory.stock.moves").toObject();
        QCOMPARE(moves.value("total").toInt(), 4);
        const QJsonObject newest = moves.value("rows").toArray().at(0).toObject();
        QCOMPARE(newest.value("kind").toString(), QStringLiteral("receipt"));
        QCOMPARE(newest.value("qty").toString(), QStringLiteral("10.000"));
        QCOMPARE(newest.value("location_code").toString(), QStringLiteral("A-01"));
        QCOMPARE(newest.value("created_by_name").toString(), QStringLiteral("admin"));
        QCOMPARE(newest.value("source_type").toString(), QStringLiteral("manual"));
        QCOMPARE(t.call(s, "inventory.stock.moves", {{"filter", QJsonObject{{"kind", "scrap"}}}})
                     .toObject()
                     .value("rows")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("qty")
                     .toString(),
                 QStringLiteral("-10.000"));
        QCOMPARE(t.call(s, "inventory.stock.moves", {{"search", "rice"}})
                     .toObject()
                     .value("total")
                     .toInt(),
                 4);
        QCOMPARE(t.call(s, "inventory.stock.moves",
                        {{"filter", QJsonObject{{"from", "2000-01-01"}, {"to", "2000-12-31"}}}})
                     .toObject()
                     .value("total")
                     .toInt(),
                 0);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(t.call(s, "inventory.stock.moves",
                        {{"filter", QJsonObject{{"from", "2000-01-01"}, {"to", today}}}})
                     .toObject()
                     .value("total")
                     .toInt(),
                 4);
        // Keyset paging over the ledger.
        const QJsonObject page1 = t.call(s, "inventory.stock.moves", {{"limit", 3}}).toObject();
        const QJsonObject page2 =
            t.call(s, "inventory.stock.moves", {{"limit", 3}, {"after", page1.value("next_after")}})
                .toObject();
        QCOMPARE(page2.value("rows").toArray().size(), 1);
        QCOMPARE(page2.value("rows").toArray().at(0).toObject().value("qty").toString(),
                 QStringLiteral("250.500"));
        QVERIFY(check(t, s).value("differences").toArray().isEmpty());
    }

    void transfersAndLowStock()
    {
        ServerTest t(QStringLiteral("inv_transfer"));
        ServerTest::Session s = t.admin();
        const qint64 sh = idOf(warehouse(t, s, "SH", 1));
        const qint64 sz = idOf(warehouse(t, s, "SZ", 2));
        const qint64 p = idOf(product(
            t, s, "BOX-L", {{"unit", "box"}, {"reorder_point", "20"}, {"reorder_qty", "100"}}));
        product(t, s, "NO-REORDER");
        QCOMPARE(adjust(t, s, p, sh, "30", "receipt"), 0);
        const QJsonObject moved = t.call(s, "inventory.stock.transfer",
                                         {{"product_id", p},
                                          {"from_warehouse_id", sh},
                                          {"to_warehouse_id", sz},
                                          {"qty", "12.5"},
                                          {"reason", "rebalance"}})
                                      .toObject();
        QVERIFY(moved.value("source_ref").toString().startsWith("TR"));
        QCOMPARE(s.changes.size(), 1); // one event per product and call, however many moves
        QCOMPARE(s.changes.first().entity, QStringLiteral("inventory.stock"));
        QCOMPARE(moved.value("from").toObject().value("on_hand").toString(),
                 QStringLiteral("17.500"));
        QCOMPARE(moved.value("to").toObject().value("on_hand").toString(),
                 QStringLiteral("12.500"));
        const QJsonArray pair =
            t.call(s, "inventory.stock.moves", {{"search", moved.value("source_ref").toString()}})
                .toObject()
                .value("rows")
                .toArray();
        QCOMPARE(pair.size(), 2);
        QCOMPARE(pair.at(0).toObject().value("kind").toString(), QStringLiteral("transfer"));
        Rpc::Error e;
        QCOMPARE(t.callCode(s, "inventory.stock.transfer",
                            {{"product_id", p},
                             {"from_warehouse_id", sz},
                             {"to_warehouse_id", sh},
                             {"qty", "12.501"}},
                            &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(onHand(t, s, p, sz), QStringLiteral("12.500")); // nothing moved
        QCOMPARE(t.callCode(s, "inventory.stock.transfer",
                            {{"product_id", p},
                             {"from_warehouse_id", sz},
                             {"to_warehouse_id", sz},
                             {"qty", "1"}},
                            &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"to_warehouse_id:invalid"}));
        QCOMPARE(t.callCode(s, "inventory.stock.transfer",
                            {{"product_id", p},
                             {"from_warehouse_id", sh},
                             {"to_warehouse_id", sz},
                             {"qty", "-1"}},
                            &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"qty:negative"}));

        // 30 on hand over both warehouses: not low yet.
        QCOMPARE(t.call(s, "inventory.stock.low").toObject().value("total").toInt(), 0);
        QCOMPARE(adjust(t, s, p, sh, "-10", "scrap"), 0);
        const QJsonObject low = t.call(s, "inventory.stock.low").toObject();
        QCOMPARE(low.value("total").toInt(), 1);
        const QJsonObject row = low.value("rows").toArray().at(0).toObject();
        QCOMPARE(row.value("sku").toString(), QStringLiteral("BOX-L"));
        QCOMPARE(row.value("available").toString(), QStringLiteral("20.000"));
        QCOMPARE(row.value("reorder_qty").toString(), QStringLiteral("100.000"));
        QCOMPARE(row.value("shortage").toString(), QStringLiteral("0.000"));
        QVERIFY(row.value("default_supplier_id").isNull());
        QCOMPARE(t.call(s, "inventory.stock.levels", {{"filter", QJsonObject{{"low", true}}}})
                     .toObject()
                     .value("total")
                     .toInt(),
                 2); // the product in both warehouses
    }

    void permissions()
    {
        ServerTest t(QStringLiteral("inv_perm"));
        ServerTest::Session a = t.admin();
        const qint64 sh = idOf(warehouse(t, a, "SH", 1));
        const qint64 p = idOf(product(t, a, "P1"));
        ServerTest::Session sales = t.userWithRoles("sales1", {"sales"});
        ServerTest::Session acc = t.userWithRoles("acc1", {"accountant"});
        ServerTest::Session wh = t.userWithRoles("wh1", {"warehouse"});
        ServerTest::Session mgr = t.userWithRoles("mgr1", {"manager"});
        // Sales reads products, stock and warehouses (availability per warehouse), changes
        // nothing.
        QCOMPARE(t.callCode(sales, "inventory.product.list"), 0);
        QCOMPARE(t.callCode(sales, "inventory.stock.levels"), 0);
        QCOMPARE(t.callCode(sales, "inventory.warehouse.list"), 0);
        QCOMPARE(t.callCode(sales, "inventory.product.create", {{"sku", "X"}, {"name", "X"}}),
                 int(Rpc::Forbidden));
        QCOMPARE(adjust(t, sales, p, sh, "1", "receipt"), int(Rpc::Forbidden));
        QCOMPARE(t.callCode(sales, "inventory.warehouse.create", {{"code", "X"}, {"name", "X"}}),
                 int(Rpc::Forbidden));
        QCOMPARE(t.callCode(sales, "inventory.count.list"), int(Rpc::Forbidden));
        // A role without any inventory permission sees nothing.
        for (const char* method :
             {"inventory.product.list", "inventory.warehouse.list", "inventory.stock.levels",
              "inventory.stock.moves", "inventory.stock.low", "inventory.stock.check",
              "inventory.count.list"})
            QCOMPARE(t.callCode(acc, QString::fromLatin1(method)), int(Rpc::Forbidden));
        // The warehouse does everything in inventory but repair the levels (admins only).
        QCOMPARE(adjust(t, wh, p, sh, "1", "receipt"), 0);
        const QJsonObject count =
            t.call(wh, "inventory.count.create", {{"warehouse_id", sh}}).toObject();
        QCOMPARE(t.callCode(wh, "inventory.count.post", {{"id", idOf(count)}, {"version", 1}}), 0);
        QCOMPARE(t.callCode(wh, "inventory.stock.check", {{"repair", true}}), int(Rpc::Forbidden));
        QCOMPARE(t.callCode(wh, "inventory.stock.check"), 0);
        // Managers read (check) but do not repair.
        QCOMPARE(t.callCode(mgr, "inventory.stock.check"), 0);
        Rpc::Error e;
        QCOMPARE(t.callCode(mgr, "inventory.stock.check", {{"repair", true}}, &e),
                 int(Rpc::Forbidden));
        QCOMPARE(e.data.toObject().value("permission").toString(),
                 QStringLiteral("inventory.stock.repair"));
        QCOMPARE(adjust(t, mgr, p, sh, "1", "receipt"), int(Rpc::Forbidden));
        QCOMPARE(t.callCode(a, "inventory.stock.check", {{"repair", true}}), 0);
    }

    void demoCompany()
    {
        ServerTest t(QStringLiteral("inv_demo"), true);
        ServerTest::Session s = t.admin();
        const QJsonObject warehouses = t.call(s, "inventory.warehouse.list").toObject();
        QCOMPARE(warehouses.value("total").toInt(), 3);
        QCOMPARE(warehouses.value("rows").toArray().at(0).toObject().value("name").toString(),
                 QStringLiteral("上海总仓"));
        const int products = t.call(s, "inventory.product.list").toObject().value("total").toInt();
        QVERIFY2(products >= 140 && products <= 170, qPrintable(QString::number(products)));
        QVERIFY(t.call(s, "inventory.stock.low").toObject().value("total").toInt() >= 5);
        QVERIFY(t.call(s, "inventory.stock.moves").toObject().value("total").toInt() > 200);
        QCOMPARE(t.call(s, "inventory.count.list").toObject().value("total").toInt(), 2);
        QCOMPARE(t.call(s, "inventory.product.list", {{"search", "大米"}})
                     .toObject()
                     .value("total")
                     .toInt(),
                 2);
        QVERIFY(check(t, s).value("differences").toArray().isEmpty());
    }

    void methodsAndPermissionsAsDocumented()
    {
        ServerTest t(QStringLiteral("inv_registry"));
        const QList<QPair<const char*, const char*>> expected{
            {"inventory.product.list", "inventory.product.read"},
            {"inventory.product.get", "inventory.product.read"},
            {"inventory.product.create", "inventory.product.write"},
            {"inventory.product.update", "inventory.product.write"},
            {"inventory.product.archive", "inventory.product.write"},
            {"inventory.warehouse.list", "inventory.warehouse.read"},
            {"inventory.warehouse.get", "inventory.warehouse.read"},
            {"inventory.warehouse.create", "inventory.warehouse.write"},
            {"inventory.warehouse.update", "inventory.warehouse.write"},
            {"inventory.stock.levels", "inventory.stock.read"},
            {"inventory.stock.moves", "inventory.stock.read"},
            {"inventory.stock.check", "inventory.stock.read"},
            {"inventory.stock.low", "inventory.stock.read"},
            {"inventory.stock.adjust", "inventory.stock.adjust"},
            {"inventory.stock.transfer", "inventory.stock.adjust"},
            {"inventory.count.list", "inventory.count.read"},
            {"inventory.count.get", "inventory.count.read"},
            {"inventory.count.create", "inventory.count.write"},
            {"inventory.count.set", "inventory.count.write"},
            {"inventory.count.cancel", "inventory.count.write"},
            {"inventory.count.post", "inventory.count.post"},
        };
        int registered = 0;
        for (const Rpc::MethodSpec* m : t.core().registry().methods())
            registered += m->name.startsWith("inventory.") ? 1 : 0;
        QCOMPARE(registered, int(expected.size()));
        for (const auto& [method, permission] : expected) {
            const Rpc::MethodSpec* spec = t.core().registry().find(QString::fromLatin1(method));
            QVERIFY2(spec, method);
            QCOMPARE(spec->permission, QString::fromLatin1(permission));
        }
    }

    void upgradesAStoreFromBeforeInventory()
    {
        const QString url = Test::databaseUrl(QStringLiteral("inv_upgrade"));
        const auto config = *Storage::DatabaseConfig::fromUrl(url, nullptr);
        {
            Storage::Database db(config);
            Storage::Migrator m(db);
            QCOMPARE(m.migrate(3), 3); // a store of the program before inventory
        }
        Server::ServerCore core;
        QString error;
        QVERIFY2(core.open(
                     Erp::Server::ServerCore::Options::store(url, QStringLiteral("first-password")),
                     &error),
                 qPrintable(error));
        QSqlQuery q(core.database().connection());
        QVERIFY(q.exec("SELECT COUNT(*) FROM stock_levels"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec("SELECT MAX(version) FROM schema_migrations"));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() >= 4);
        q.finish();
        core.database().closeThreadConnection();
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
