// Inventory valued by moving weighted average (移动加权平均): the receipt sequence, rounding,
// the last unit taking the remainder, concurrent shipments, the inventory account equal to the
// stock value after a random mix, and values changed in SQL found by the checks.
#include "common/money.h"
#include "inventorytest.h"
#include "server/modules/inventory/inventorymodule.h"
#include "server/modules/inventory/units.h"

#include <QAtomicInt>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QThread>

using namespace Erp;
using namespace Erp::Test::Inventory;
using Erp::Server::Inventory::StockMove;
using Erp::Server::Inventory::StockService;
using Erp::Test::ServerTest;
using Session = ServerTest::Session;

namespace {

QJsonObject obj(const QJsonValue& v)
{
    return v.toObject();
}

StockService& stockOf(ServerTest& t)
{
    auto* inventory =
        dynamic_cast<Server::Inventory::InventoryModule*>(t.core().module("inventory"));
    Q_ASSERT(inventory);
    return inventory->stock();
}

qint64 integer(ServerTest& t, const QString& statement)
{
    QSqlQuery q(t.core().database().connection());
    if (!q.exec(statement) || !q.next())
        qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

struct Stock
{
    qint64 qty = 0;
    qint64 value = 0;
    qint64 cost = 0;
};

Stock stockOf(ServerTest& t, qint64 product)
{
    QSqlQuery q(t.core().database().connection());
    q.exec(QStringLiteral("SELECT stock_qty, stock_value, cost FROM products WHERE id = %1")
               .arg(product));
    if (!q.next())
        return {};
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

qint64 moveValue(ServerTest& t, qint64 moveId)
{
    return integer(t, QStringLiteral("SELECT value FROM stock_moves WHERE id = %1").arg(moveId));
}

/// The posted balance (debit − credit) of an account, from the entry lines.
qint64 balance(ServerTest& t, const char* code)
{
    return integer(t, QStringLiteral("SELECT COALESCE(SUM(l.debit - l.credit), 0) FROM "
                                     "fin_entry_lines l JOIN fin_accounts a ON a.id = "
                                     "l.account_id JOIN fin_entries e ON e.id = l.entry_id "
                                     "WHERE a.code = '%1' AND e.state = 'posted'")
                          .arg(QLatin1String(code)));
}

qint64 stockValueTotal(ServerTest& t)
{
    return integer(t, QStringLiteral("SELECT COALESCE(SUM(stock_value), 0) FROM products"));
}

StockMove receipt(qint64 product, qint64 warehouse, qint64 qty, qint64 unitCost)
{
    StockMove m = move(product, warehouse, "receipt", qty);
    m.unitCost = unitCost;
    return m;
}

QStringList problemKinds(const QJsonObject& check)
{
    QStringList kinds;
    for (const QJsonValue& v : check.value("problems").toArray())
        kinds.append(v.toObject().value("kind").toString());
    kinds.removeDuplicates();
    kinds.sort();
    return kinds;
}

/// The rule, written again independently: the test's model of one product's stock.
struct Model
{
    qint64 qty = 0;
    qint64 value = 0;
    qint64 cost = 0;

    static qint64 halfUp(__int128 a, __int128 b)
    {
        const bool negative = a < 0;
        if (negative)
            a = -a;
        const __int128 q = (2 * a + b) / (2 * b);
        return qint64(negative ? -q : q);
    }
    qint64 atAverage(qint64 q) const
    {
        return qty > 0 ? halfUp(__int128(q) * value, qty) : halfUp(__int128(q) * cost, 1000);
    }
    /// Applies a move; returns its value.
    qint64 apply(const QString& kind, qint64 q, std::optional<qint64> unitCost = std::nullopt)
    {
        qint64 v = 0;
        if (kind == QLatin1String("transfer"))
            v = 0;
        else if (q > 0)
            v = unitCost ? halfUp(__int128(q) * *unitCost, 1000) : atAverage(q);
        else
            v = -q >= qty ? -value : -atAverage(-q);
        qty += q;
        value += v;
        if (qty > 0)
            cost = halfUp(__int128(value) * 1000, qty);
        return v;
    }
};

} // namespace

class TestFinanceAvgCost final : public QObject
{
    Q_OBJECT
private slots:
    void receiptSequence()
    {
        ServerTest t(QStringLiteral("avg_seq"));
        Session s = t.admin();
        const qint64 w = idOf(warehouse(t, s, "SH", 1));
        const qint64 p = idOf(product(t, s, "AVG-1", {{"cost", "1.00"}}));
        StockService& stock = stockOf(t);
        // Each row: the move, its expected value, and qty / value / cost afterwards.
        struct Row
        {
            const char* kind;
            qint64 qty;
            qint64 unitCost; // < 0: none (at the average)
            qint64 value;
            qint64 qtyAfter;
            qint64 valueAfter;
            qint64 costAfter;
        };
        const Row rows[] = {
            {"receipt", 10000, 100, 1000, 10000, 1000, 100},  // 10 @ 1.00
            {"receipt", 10000, 200, 2000, 20000, 3000, 150},  // 10 @ 2.00 → avg 1.50
            {"shipment", -3000, -1, -450, 17000, 2550, 150},  // ship 3 → COGS 4.50
            {"receipt", 5000, 300, 1500, 22000, 4050, 184},   // 5 @ 3.00 → 40.50 / 22
            {"shipment", -7000, -1, -1289, 15000, 2761, 184}, // 7 × 40.50 / 22 = 12.886…
            {"scrap", -1000, -1, -184, 14000, 2577, 184},     // 27.61 / 15 = 1.8407
            {"adjustment", 2000, -1, 368, 16000, 2945, 184},  // a gain at the average
            {"shipment", -16000, -1, -2945, 0, 0, 184},       // all: exactly what is left
            {"adjustment", 1000, -1, 184, 1000, 184, 184},    // no stock: at the last average
            {"receipt", 1000, 216, 216, 2000, 400, 200},      // → 2.00
        };
        qint64 cogs = 0;
        for (const Row& r : rows) {
            qint64 id = 0;
            inTransaction(t, [&](Rpc::CallContext& ctx) {
                StockMove m = move(p, w, r.kind, r.qty);
                if (r.unitCost >= 0)
                    m.unitCost = r.unitCost;
                id = stock.post(ctx, m);
            });
            QCOMPARE(moveValue(t, id), r.value);
            const Stock after = stockOf(t, p);
            QCOMPARE(after.qty, r.qtyAfter);
            QCOMPARE(after.value, r.valueAfter);
            QCOMPARE(after.cost, r.costAfter);
            if (QLatin1String(r.kind) == QLatin1String("shipment"))
                cogs -= r.value;
            // The inventory account follows the stock value move by move.
            QCOMPARE(balance(t, "1405"), r.valueAfter);
        }
        QCOMPARE(cogs, qint64(450 + 1289 + 2945));
        QCOMPARE(balance(t, "5401"), cogs); // COGS = the shipments' values
        QCOMPARE(balance(t, "5711"), qint64(184));
        // The clerk sees the average as the product's cost.
        QCOMPARE(obj(t.call(s, "inventory.product.get", {{"id", p}})).value("cost").toString(),
                 QStringLiteral("2.00"));
        const QJsonObject check = obj(t.call(s, "finance.check"));
        QVERIFY2(check.value("ok").toBool(), qPrintable(QJsonDocument(check).toJson()));
    }

    void thirds()
    {
        ServerTest t(QStringLiteral("avg_thirds2"));
        Session s = t.admin();
        const qint64 w = idOf(warehouse(t, s, "SH", 1));
        const qint64 p = idOf(product(t, s, "AVG-3"));
        const qint64 q = idOf(product(t, s, "AVG-4"));
        StockService& stock = stockOf(t);
        auto post = [&](const StockMove& m) {
            qint64 id = 0;
            inTransaction(t, [&](Rpc::CallContext& ctx) { id = stock.post(ctx, m); });
            return moveValue(t, id);
        };
        // 3 units worth 10.00 (one at 10.00, two at 0.00): 3.333… each.
        QCOMPARE(post(receipt(p, w, 1000, 1000)), qint64(1000));
        QCOMPARE(post(receipt(p, w, 2000, 0)), qint64(0));
        QCOMPARE(stockOf(t, p).cost, qint64(333));
        QCOMPARE(post(move(p, w, "shipment", -1000)), qint64(-333)); // 3.333 → 3.33
        QCOMPARE(stockOf(t, p).cost, qint64(334));                   // 6.67 / 2 = 3.335
        QCOMPARE(post(move(p, w, "shipment", -1000)), qint64(-334)); // 3.335 → 3.34
        QCOMPARE(post(move(p, w, "shipment", -1000)), qint64(-333)); // the last: what is left
        QCOMPARE(stockOf(t, p).value, qint64(0));
        QCOMPARE(stockOf(t, p).qty, qint64(0));

        // Fractions of a unit: 0.001 of 1 unit worth 0.01 is worth 0.00001 → 0; the rest
        // takes the whole cent in the end.
        QCOMPARE(post(receipt(q, w, 1000, 1)), qint64(1));
        QCOMPARE(post(move(q, w, "shipment", -1)), qint64(0));
        QCOMPARE(post(move(q, w, "shipment", -499)), qint64(0)); // 0.499 × 0.01 / 0.999 → 0
        QCOMPARE(post(move(q, w, "shipment", -500)), qint64(-1));
        QCOMPARE(stockOf(t, q).value, qint64(0));
        // A half rounds up, and the value never goes below zero: 2 units worth 0.01.
        QCOMPARE(post(receipt(q, w, 1000, 1)), qint64(1));
        QCOMPARE(post(receipt(q, w, 1000, 0)), qint64(0));
        QCOMPARE(post(move(q, w, "scrap", -1000)), qint64(-1)); // 0.005 → 0.01
        QCOMPARE(stockOf(t, q).cost, qint64(0));
        QCOMPARE(post(move(q, w, "scrap", -1000)), qint64(0)); // nothing left to take
        QCOMPARE(stockOf(t, q).value, qint64(0));
        QVERIFY(obj(t.call(s, "finance.check")).value("ok").toBool());
    }

    void concurrentShipmentsLeaveNoResidue()
    {
        ServerTest t(QStringLiteral("avg_race"));
        Session s = t.admin();
        const qint64 w = idOf(warehouse(t, s, "SH", 1));
        const qint64 p = idOf(product(t, s, "RACE"));
        StockService& stock = stockOf(t);
        // 960 units worth 1,234.57: an average with no short decimal.
        inTransaction(t, [&](Rpc::CallContext& ctx) {
            stock.post(ctx, receipt(p, w, 300000, 100));
            stock.post(ctx, receipt(p, w, 660000, 141));
        });
        const qint64 received = stockOf(t, p).value;
        QCOMPARE(received, qint64(30000 + 93060));
        t.core().database().closeThreadConnection();
        constexpr int Clerks = 8;
        constexpr int Shipments = 24; // 8 × 24 × 5 = 960: together they empty the stock
        QAtomicInt failures = 0;
        QList<QThread*> threads;
        for (int i = 0; i < Clerks; ++i) {
            threads.append(QThread::create([&, i] {
                Storage::Database& db = t.core().database();
                for (int n = 0; n < Shipments; ++n) {
                    bool done = false;
                    for (int attempt = 0; attempt < 50 && !done; ++attempt) {
                        try {
                            Storage::Transaction tx(db, Storage::Transaction::ReadWrite);
                            Rpc::Identity who;
                            who.username = QStringLiteral("clerk%1").arg(i);
                            Rpc::CallContext ctx(db, who, QStringLiteral("test.ship"));
                            stock.post(ctx, move(p, w, "shipment", -5000));
                            tx.commit();
                            done = true;
                        } catch (const Storage::StoreError& e) {
                            if (!e.transient)
                                break;
                            QThread::msleep(2);
                        }
                    }
                    if (!done) {
                        ++failures;
                        return;
                    }
                }
                db.closeThreadConnection();
            }));
        }
        for (QThread* thread : threads)
            thread->start();
        for (QThread* thread : threads) {
            thread->wait();
            delete thread;
        }
        QCOMPARE(failures.loadRelaxed(), 0);
        const qint64 issued = -integer(
            t, QStringLiteral("SELECT SUM(value) FROM stock_moves WHERE kind = 'shipment'"));
        const Stock after = stockOf(t, p);
        QCOMPARE(after.qty, qint64(0));
        QCOMPARE(after.value, qint64(0)); // no residue: the last shipment took what was left
        QCOMPARE(issued, received);
        // Each shipment valued at the average the one before it left (a replay of the rule in
        // the ledger's order finds the same values).
        Model model;
        model.apply(QStringLiteral("receipt"), 300000, 100);
        model.apply(QStringLiteral("receipt"), 660000, 141);
        QSqlQuery q(t.core().database().connection());
        q.exec(QStringLiteral(
            "SELECT qty, value FROM stock_moves WHERE kind = 'shipment' ORDER BY id"));
        int shipments = 0;
        while (q.next()) {
            ++shipments;
            QCOMPARE(q.value(1).toLongLong(),
                     model.apply(QStringLiteral("shipment"), q.value(0).toLongLong()));
        }
        QCOMPARE(shipments, Clerks * Shipments);
        QCOMPARE(balance(t, "1405"), qint64(0));
        QCOMPARE(balance(t, "5401"), received);
        QVERIFY(obj(t.call(s, "finance.check")).value("ok").toBool());
    }

    void inventoryAccountEqualsStockValueAfterARandomMix()
    {
        ServerTest t(QStringLiteral("avg_mix"));
        Session s = t.admin();
        const qint64 sh = idOf(warehouse(t, s, "SH", 1));
        const qint64 sz = idOf(warehouse(t, s, "SZ", 2));
        QList<qint64> products;
        QHash<qint64, Model> models;
        for (int i = 0; i < 4; ++i) {
            const qint64 id = idOf(product(t, s, QStringLiteral("MIX-%1").arg(i),
                                           {{"cost", QStringLiteral("%1.37").arg(i + 1)}}));
            products.append(id);
            models[id].cost = (i + 1) * 100 + 37;
        }
        StockService& stock = stockOf(t);
        QRandomGenerator rng(20261207);
        const QList<qint64> warehouses{sh, sz};
        auto onHand = [&](qint64 p, qint64 w) {
            return integer(t, QStringLiteral("SELECT COALESCE(SUM(qty), 0) FROM stock_moves "
                                             "WHERE product_id = %1 AND warehouse_id = %2")
                                  .arg(p)
                                  .arg(w));
        };
        int posted = 0;
        for (int step = 0; step < 400; ++step) {
            const qint64 p = products.at(int(rng.bounded(products.size())));
            const qint64 w = warehouses.at(int(rng.bounded(2)));
            const qint64 have = onHand(p, w);
            Model& model = models[p];
            const int what = int(rng.bounded(7));
            qint64 id = 0;
            qint64 expected = 0;
            if (what <= 1) { // a purchase receipt at its price
                const qint64 qty = 1000 * (1 + rng.bounded(20)) + rng.bounded(1000);
                const qint64 price = 50 + rng.bounded(500);
                inTransaction(t, [&](Rpc::CallContext& ctx) {
                    StockMove m = receipt(p, w, qty, price);
                    m.source = {QStringLiteral("purchase_order"), 1, 0, QStringLiteral("PO-1")};
                    id = stock.post(ctx, m);
                });
                expected = model.apply(QStringLiteral("receipt"), qty, price);
            } else if (what == 6) { // a transfer of part of it to the other warehouse
                const qint64 qty = have / 3;
                if (qty <= 0)
                    continue;
                const qint64 to = w == sh ? sz : sh;
                t.call(s, "inventory.stock.transfer",
                       {{"product_id", p},
                        {"from_warehouse_id", w},
                        {"to_warehouse_id", to},
                        {"qty", Server::Inventory::qtyText(qty)}});
                model.apply(QStringLiteral("transfer"), -qty);
                model.apply(QStringLiteral("transfer"), qty);
                ++posted;
                continue;
            } else if (what == 5) { // a customer return, restocked at the average
                const qint64 qty = 1000 + rng.bounded(3000);
                inTransaction(t, [&](Rpc::CallContext& ctx) {
                    id = stock.post(ctx, move(p, w, "return", qty));
                });
                expected = model.apply(QStringLiteral("return"), qty);
            } else { // shipment, scrap, a count either way: out of what is there
                static const char* kinds[] = {"shipment", "scrap", "adjustment"};
                const char* kind = kinds[what - 2];
                qint64 qty = 0;
                if (what == 4 && rng.bounded(2) == 0)
                    qty = 1 + rng.bounded(2500); // a count that found more
                else if (have > 0)
                    qty = -(rng.bounded(4) == 0 ? have : 1 + rng.bounded(quint32(have)));
                if (qty == 0)
                    continue;
                inTransaction(
                    t, [&](Rpc::CallContext& ctx) { id = stock.post(ctx, move(p, w, kind, qty)); });
                expected = model.apply(QString::fromLatin1(kind), qty);
            }
            ++posted;
            QCOMPARE(moveValue(t, id), expected);
            const Stock now = stockOf(t, p);
            QCOMPARE(now.qty, model.qty);
            QCOMPARE(now.value, model.value);
            QVERIFY(now.value >= 0);
            QVERIFY(now.qty > 0 || now.value == 0); // nothing on hand: nothing left in value
            QCOMPARE(now.cost, model.cost);
        }
        QVERIFY(posted > 300);
        QCOMPARE(balance(t, "1405"), stockValueTotal(t));
        const QJsonObject check = obj(t.call(s, "finance.check"));
        QVERIFY2(check.value("ok").toBool(), qPrintable(QJsonDocument(check).toJson()));
        const QJsonArray inventory = check.value("inventory").toArray();
        QCOMPARE(inventory.size(), 1);
        QCOMPARE(inventory.at(0).toObject().value("account_code").toString(),
                 QStringLiteral("1405"));
        QCOMPARE(Money::parse(inventory.at(0).toObject().value("stock").toString())->minorUnits(),
                 stockValueTotal(t));
        QVERIFY(Test::Inventory::check(t, s).value("differences").toArray().isEmpty());
    }

    void valuesChangedInSqlAreFound()
    {
        ServerTest t(QStringLiteral("avg_tamper"));
        Session s = t.admin();
        const qint64 w = idOf(warehouse(t, s, "SH", 1));
        const qint64 p = idOf(product(t, s, "TAMPER", {{"cost", "2.00"}}));
        QCOMPARE(adjust(t, s, p, w, "10", "receipt"), 0);
        QVERIFY(obj(t.call(s, "finance.check")).value("ok").toBool());

        // The running value changed behind the server's back: it no longer matches the moves,
        // nor do the products' values add up to 1405.
        sql(t, QStringLiteral("UPDATE products SET stock_value = stock_value + 7 WHERE id = %1")
                   .arg(p));
        QJsonObject check = obj(t.call(s, "finance.check"));
        QCOMPARE(problemKinds(check), (QStringList{"inventory_mismatch", "stock_value_mismatch"}));
        for (const QJsonValue& v : check.value("problems").toArray()) {
            const QJsonObject problem = v.toObject();
            if (problem.value("kind").toString() == QLatin1String("stock_value_mismatch")) {
                QCOMPARE(problem.value("product_id").toInteger(), p);
                QCOMPARE(problem.value("recorded_value").toString(), QStringLiteral("20.07"));
                QCOMPARE(problem.value("computed_value").toString(), QStringLiteral("20.00"));
            } else {
                QCOMPARE(problem.value("account_code").toString(), QStringLiteral("1405"));
                QCOMPARE(problem.value("ledger").toString(), QStringLiteral("20.00"));
                QCOMPARE(problem.value("stock").toString(), QStringLiteral("20.07"));
            }
        }
        // The stock check finds it too, and its repair takes the value from the ledger.
        const QJsonArray differences = Test::Inventory::check(t, s).value("differences").toArray();
        QCOMPARE(differences.size(), 1);
        QCOMPARE(differences.at(0).toObject().value("field").toString(),
                 QStringLiteral("stock_value"));
        Test::Inventory::check(t, s, true);
        QCOMPARE(stockOf(t, p).value, qint64(2000));
        QVERIFY(obj(t.call(s, "finance.check")).value("ok").toBool());

        // A move written in SQL, past the services: the moves no longer add up to the running
        // quantity and value.
        sql(t,
            QStringLiteral("INSERT INTO stock_moves (product_id, warehouse_id, kind, qty, value, "
                           "created_at) VALUES (%1, %2, 'receipt', 1000, 300, '2026-01-01')")
                .arg(p)
                .arg(w));
        check = obj(t.call(s, "finance.check"));
        QVERIFY(problemKinds(check).contains(QStringLiteral("stock_value_mismatch")));
        // Made to agree with the moves, the products now hold more than 1405 booked.
        sql(t, QStringLiteral("UPDATE products SET stock_qty = stock_qty + 1000, stock_value = "
                              "stock_value + 300 WHERE id = %1")
                   .arg(p));
        QCOMPARE(problemKinds(obj(t.call(s, "finance.check"))), QStringList{"inventory_mismatch"});
    }

    void costIsTheAverageWhileInStock()
    {
        ServerTest t(QStringLiteral("avg_cost"));
        Session s = t.admin();
        const qint64 w = idOf(warehouse(t, s, "SH", 1));
        QJsonObject p = product(t, s, "COST", {{"cost", "4.00"}});
        const qint64 id = idOf(p);
        // No stock yet: the entered cost is the starting average and may be changed.
        p = obj(t.call(s, "inventory.product.update",
                       {{"id", id}, {"version", p.value("version")}, {"cost", "3.00"}}));
        QCOMPARE(p.value("cost").toString(), QStringLiteral("3.00"));
        QCOMPARE(adjust(t, s, id, w, "2", "receipt"), 0); // opening-like: at 3.00
        inTransaction(
            t, [&](Rpc::CallContext& ctx) { stockOf(t).post(ctx, receipt(id, w, 1000, 600)); });
        p = obj(t.call(s, "inventory.product.get", {{"id", id}}));
        QCOMPARE(p.value("cost").toString(), QStringLiteral("4.00")); // (6.00 + 6.00) / 3
        // With stock the cost is the average: the form cannot change it...
        Rpc::Error e;
        QCOMPARE(t.callCode(s, "inventory.product.update",
                            {{"id", id}, {"version", p.value("version")}, {"cost", "9.00"}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(Test::fieldCodes(e), QStringList{"cost:read_only"});
        QCOMPARE(e.data.toObject()
                     .value("fields")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("message_id")
                     .toString(),
                 QStringLiteral("inventory.product.cost_is_average"));
        // ...but other fields (with the cost sent unchanged) still can.
        p = obj(t.call(
            s, "inventory.product.update",
            {{"id", id}, {"version", p.value("version")}, {"name", "Renamed"}, {"cost", "4.00"}}));
        QCOMPARE(p.value("name").toString(), QStringLiteral("Renamed"));
        // Empty again: the last average stays and can be edited.
        QCOMPARE(adjust(t, s, id, w, "-3", "scrap"), 0);
        QCOMPARE(stockOf(t, id).value, qint64(0));
        p = obj(t.call(s, "inventory.product.get", {{"id", id}}));
        QCOMPARE(p.value("cost").toString(), QStringLiteral("4.00"));
        p = obj(t.call(s, "inventory.product.update",
                       {{"id", id}, {"version", p.value("version")}, {"cost", "5.00"}}));
        QCOMPARE(p.value("cost").toString(), QStringLiteral("5.00"));
    }
};

QTEST_GUILESS_MAIN(TestFinanceAvgCost)
#include "tst_finance_avgcost.moc"
