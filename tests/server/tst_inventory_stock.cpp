// The stock ledger on SQLite and PostgreSQL: StockService as sales and purchasing use it,
// reservations under concurrency, stock counts, the ledger check after 1,000 random operations,
// repair of corrupted levels, per-product totals of 10,000 products.
#include "common/money.h"
#include "tests/server/inventorytest.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QThread>

#include <ctime>
#include <limits>

using namespace Erp;
using namespace Erp::Test::Inventory;
using Erp::Server::Inventory::StockMove;
using Erp::Server::Inventory::StockService;
using Erp::Server::Inventory::StockSource;
using Erp::Test::fieldCodes;
using Erp::Test::ServerTest;

class TestInventoryStock final : public QObject
{
    Q_OBJECT
private slots:
    void stockServiceCore()
    {
        ServerTest t(QStringLiteral("inv_core"));
        sql(t, "INSERT INTO products (sku, name, created_at, updated_at) VALUES ('A-1', 'Pen', "
               "'2026-01-01', '2026-01-01')");
        sql(t, "INSERT INTO warehouses (code, name, priority, created_at, updated_at) VALUES "
               "('SH', 'Shanghai', 1, '2026-01-01', '2026-01-01')");
        sql(t, "INSERT INTO warehouses (code, name, priority, created_at, updated_at) VALUES "
               "('SZ', 'Shenzhen', 2, '2026-01-01', '2026-01-01')");
        StockService stock(t.core().events());
        int arrivals = 0;
        t.core().events().subscribe<Server::Inventory::Events::StockMoved>(
            QStringLiteral("test.arrivals"), 0,
            [&arrivals](Rpc::CallContext&, const Server::Inventory::Events::StockMoved& moved) {
                arrivals += int(moved.arrivedProducts().size());
            });
        const StockSource order{QStringLiteral("sales_order"), 7, 70, QStringLiteral("SO-7")};
        inTransaction(t, [&](Rpc::CallContext& ctx) {
            QVERIFY(stock.post(ctx, move(1, 1, "receipt", 10000)) > 0);
            QCOMPARE(arrivals, 1);
            QCOMPARE(stock.reserve(ctx, 1, 1, 4000, order), qint64(4000));
            QCOMPARE(stock.reserve(ctx, 1, 1, 9000, order), qint64(6000)); // what is left
            QCOMPARE(stock.reserve(ctx, 1, 1, 1000, order), qint64(0));
            QCOMPARE(stock.reserve(ctx, 1, 2, 1000, order), qint64(0)); // nothing in SZ
            QCOMPARE(stock.reservations(ctx, order).value(1), qint64(10000));
            // Reserved stock cannot be scrapped.
            try {
                stock.post(ctx, move(1, 1, "scrap", -1));
                QFAIL("scrapping reserved stock must fail");
            } catch (const Rpc::Error& e) {
                QCOMPARE(e.code, int(Rpc::BusinessRule));
                QCOMPARE(e.data.toObject().value("reason").toString(),
                         QStringLiteral("insufficient_stock"));
            }
            QVERIFY(stock.consume(ctx, 1, 1, 2500, order) > 0);
            const auto levels = stock.levels(ctx, 1);
            QCOMPARE(levels.size(), 2);
            QCOMPARE(levels.at(0).warehouseCode, QStringLiteral("SH"));
            QCOMPARE(levels.at(0).onHand, qint64(7500));
            QCOMPARE(levels.at(0).reserved, qint64(7500));
            QCOMPARE(levels.at(1).onHand, qint64(0));
            stock.release(ctx, order);
            QCOMPARE(stock.reservations(ctx, order).size(), 0);
            QCOMPARE(stock.available(ctx, {1, 99}).value(1), qint64(7500));
            QCOMPARE(stock.available(ctx, {1, 99}).value(99), qint64(0));
        });
        // The ledger is append-only.
        QSqlQuery q(t.core().database().connection());
        QVERIFY(!q.exec("UPDATE stock_moves SET qty = 1"));
        QVERIFY(!q.exec("DELETE FROM stock_moves"));
        // The store refuses reservations above on-hand, whatever the service does.
        QVERIFY(!q.exec("UPDATE stock_levels SET reserved = on_hand + 1"));
    }

    void stockCountFlow()
    {
        ServerTest t(QStringLiteral("inv_count"));
        ServerTest::Session s = t.admin();
        const qint64 sh = idOf(warehouse(t, s, "SH", 1));
        const qint64 p1 = idOf(product(t, s, "A1", {{"category", "A"}}));
        const qint64 p2 = idOf(product(t, s, "A2", {{"category", "A"}}));
        const qint64 p3 = idOf(product(t, s, "A3", {{"category", "A"}}));
        product(t, s, "B1", {{"category", "B"}});
        QCOMPARE(adjust(t, s, p1, sh, "10", "receipt"), 0);
        QCOMPARE(adjust(t, s, p2, sh, "5", "receipt"), 0);
        const QJsonObject count =
            t.call(s, "inventory.count.create", {{"warehouse_id", sh}, {"category", "A"}})
                .toObject();
        QCOMPARE(s.changes.first().entity, QStringLiteral("inventory.count"));
        const QString number = count.value("number").toString();
        QCOMPARE(number, QStringLiteral("SC%1-000001").arg(QDate::currentDate().year()));
        QCOMPARE(count.value("state").toString(), QStringLiteral("open"));
        const QJsonArray lines = count.value("lines").toArray();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).toObject().value("sku").toString(), QStringLiteral("A1"));
        QCOMPARE(lines.at(0).toObject().value("expected_qty").toString(), QStringLiteral("10.000"));
        QVERIFY(lines.at(0).toObject().value("counted_qty").isNull());
        const auto lineId = [&](int i) { return lines.at(i).toObject().value("id").toInteger(); };
        Rpc::Error e;
        QCOMPARE(t.callCode(s, "inventory.count.create", {{"warehouse_id", sh}}, &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.data.toObject().value("reason").toString(), QStringLiteral("count_open"));
        QCOMPARE(t.callCode(
                     s, "inventory.count.set",
                     {{"id", idOf(count)},
                      {"version", 1},
                      {"lines",
                       QJsonArray{QJsonObject{{"line_id", 999}, {"counted_qty", "1"}},
                                  QJsonObject{{"line_id", lineId(1)}, {"counted_qty", "1.2345"}}}}},
                     &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"lines[1].counted_qty:scale"}));
        QCOMPARE(
            t.callCode(s, "inventory.count.set",
                       {{"id", idOf(count)},
                        {"version", 1},
                        {"lines", QJsonArray{QJsonObject{{"line_id", 999}, {"counted_qty", "1"}}}}},
                       &e),
            int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"lines[0].line_id:unknown"}));
        const QJsonObject v2 =
            t.call(s, "inventory.count.set",
                   {{"id", idOf(count)},
                    {"version", 1},
                    {"lines",
                     QJsonArray{QJsonObject{{"line_id", lineId(0)}, {"counted_qty", "8"}},
                                QJsonObject{{"line_id", lineId(1)}, {"counted_qty", "5"}},
                                QJsonObject{{"line_id", lineId(2)}, {"counted_qty", "2.5"}}}}})
                .toObject();
        QCOMPARE(v2.value("version").toInt(), 2);
        QCOMPARE(v2.value("counted_count").toInt(), 3);
        QCOMPARE(v2.value("lines").toArray().at(0).toObject().value("difference").toString(),
                 QStringLiteral("-2.000"));
        QCOMPARE(t.callCode(s, "inventory.count.post", {{"id", idOf(count)}, {"version", 1}}),
                 int(Rpc::VersionConflict));
        const QJsonObject posted =
            t.call(s, "inventory.count.post", {{"id", idOf(count)}, {"version", 2}}).toObject();
        QCOMPARE(posted.value("state").toString(), QStringLiteral("posted"));
        QCOMPARE(posted.value("adjustments").toInt(), 2);
        QVERIFY(!posted.value("posted_at").toString().isEmpty());
        QCOMPARE(onHand(t, s, p1, sh), QStringLiteral("8.000"));
        QCOMPARE(onHand(t, s, p2, sh), QStringLiteral("5.000"));
        QCOMPARE(onHand(t, s, p3, sh), QStringLiteral("2.500"));
        const QJsonArray moves = t.call(s, "inventory.stock.moves",
                                        {{"filter", QJsonObject{{"source_type", "stock_count"}}}})
                                     .toObject()
                                     .value("rows")
                                     .toArray();
        QCOMPARE(moves.size(), 2);
        QCOMPARE(moves.at(0).toObject().value("reason").toString(),
                 QStringLiteral("stock count %1").arg(number));
        QCOMPARE(moves.at(0).toObject().value("source_ref").toString(), number);
        QCOMPARE(moves.at(0).toObject().value("kind").toString(), QStringLiteral("adjustment"));
        QCOMPARE(t.callCode(s, "inventory.count.post", {{"id", idOf(count)}, {"version", 3}}, &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.data.toObject().value("reason").toString(),
                 QStringLiteral("illegal_transition"));
        // A second count of the whole warehouse, cancelled: nothing posted.
        const QJsonObject second =
            t.call(s, "inventory.count.create", {{"warehouse_id", sh}}).toObject();
        QCOMPARE(second.value("lines").toArray().size(), 4);
        const QJsonObject cancelled =
            t.call(s, "inventory.count.cancel", {{"id", idOf(second)}, {"version", 1}}).toObject();
        QCOMPARE(cancelled.value("state").toString(), QStringLiteral("cancelled"));
        QCOMPARE(t.call(s, "inventory.count.list", {{"filter", QJsonObject{{"state", "posted"}}}})
                     .toObject()
                     .value("total")
                     .toInt(),
                 1);
        QCOMPARE(t.call(s, "inventory.count.list")
                     .toObject()
                     .value("rows")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("id")
                     .toInteger(),
                 idOf(second)); // newest first
        QVERIFY(check(t, s).value("differences").toArray().isEmpty());
    }

    void concurrentReservationsNeverOversell()
    {
        ServerTest t(QStringLiteral("inv_race"));
        ServerTest::Session s = t.admin();
        const qint64 w = idOf(warehouse(t, s, "SH", 1));
        const qint64 p = idOf(product(t, s, "LAST"));
        QCOMPARE(adjust(t, s, p, w, "10", "receipt"), 0);
        t.core().database().closeThreadConnection();
        StockService stock(t.core().events());
        constexpr int Clerks = 12;
        QAtomicInteger<qint64> taken = 0;
        QAtomicInt failures = 0;
        QList<QThread*> threads;
        for (int i = 0; i < Clerks; ++i) {
            threads.append(QThread::create([&, i] {
                Storage::Database& db = t.core().database();
                for (int attempt = 0; attempt < 20; ++attempt) {
                    try {
                        Storage::Transaction tx(db, Storage::Transaction::ReadWrite);
                        Rpc::Identity who;
                        who.username = QStringLiteral("clerk%1").arg(i);
                        Rpc::CallContext ctx(db, who, QStringLiteral("test.reserve"));
                        const qint64 got = stock.reserve(
                            ctx, p, w, 3000,
                            StockSource{QStringLiteral("sales_order"), i + 1, 1, QString()});
                        tx.commit();
                        taken += got;
                        return;
                    } catch (const Storage::StoreError& e) {
                        if (!e.transient) {
                            ++failures;
                            return;
                        }
                        QThread::msleep(5);
                    }
                }
                ++failures;
            }));
        }
        for (QThread* thread : threads)
            thread->start();
        for (QThread* thread : threads) {
            thread->wait();
            delete thread;
        }
        QCOMPARE(failures.loadRelaxed(), 0);
        QCOMPARE(taken.loadRelaxed(), qint64(10000));
        const QJsonObject row = level(t, s, p, w);
        QCOMPARE(row.value("reserved").toString(), QStringLiteral("10.000"));
        QCOMPARE(row.value("available").toString(), QStringLiteral("0.000"));
        QVERIFY(check(t, s).value("differences").toArray().isEmpty());
    }

    void ledgerCheckAfterRandomOperations()
    {
        ServerTest t(QStringLiteral("inv_random"));
        ServerTest::Session s = t.admin();
        QList<qint64> warehouses;
        for (const char* code : {"SH", "SZ", "BJ"})
            warehouses.append(idOf(warehouse(t, s, QString::fromLatin1(code), warehouses.size())));
        QList<qint64> products;
        for (int i = 0; i < 5; ++i)
            products.append(idOf(product(t, s, QStringLiteral("R%1").arg(i))));
        StockService stock(t.core().events());
        // The model the ledger must agree with.
        QHash<QPair<qint64, qint64>, qint64> onHandOf;   // (product, warehouse)
        QHash<QPair<qint64, qint64>, qint64> reservedOf; // (product, warehouse)
        struct Key
        {
            qint64 order, line, product, warehouse;
            bool operator==(const Key& o) const
            {
                return order == o.order && line == o.line && warehouse == o.warehouse;
            }
        };
        QList<QPair<Key, qint64>> open; // reservations
        QRandomGenerator rng(42);
        int failed = 0;
        for (int op = 0; op < 1000; ++op) {
            const qint64 p = products.at(rng.bounded(products.size()));
            const qint64 w = warehouses.at(rng.bounded(warehouses.size()));
            const QPair<qint64, qint64> key{p, w};
            const qint64 available = onHandOf.value(key) - reservedOf.value(key);
            const qint64 qty = 1 + rng.bounded(5000);
            switch (rng.bounded(8)) {
            case 0:
            case 1: { // receipt
                inTransaction(t, [&](Rpc::CallContext& ctx) {
                    StockMove m = move(p, w, "receipt", qty);
                    m.source = {QStringLiteral("purchase_order"), op, 0, QStringLiteral("PO")};
                    stock.post(ctx, m);
                });
                onHandOf[key] += qty;
                break;
            }
            case 2: { // reserve for an order line
                const qint64 order = 1 + rng.bounded(20);
                const Key k{order, order * 100 + p, p, w};
                qint64 got = -1;
                inTransaction(t, [&](Rpc::CallContext& ctx) {
                    got = stock.reserve(ctx, p, w, qty,
                                        {QStringLiteral("sales_order"), order, k.line, QString()});
                });
                QCOMPARE(got, qMin(qty, available));
                if (got > 0) {
                    reservedOf[key] += got;
                    auto it = std::find_if(open.begin(), open.end(),
                                           [&k](const auto& r) { return r.first == k; });
                    if (it != open.end())
                        it->second += got;
                    else
                        open.append({k, got});
                }
                break;
            }
            case 3: { // release a whole order
                const qint64 order = 1 + rng.bounded(20);
                inTransaction(t, [&](Rpc::CallContext& ctx) {
                    stock.release(ctx, {QStringLiteral("sales_order"), order, 0, QString()});
                });
                for (int i = open.size() - 1; i >= 0; --i) {
                    if (open.at(i).first.order != order)
                        continue;
                    reservedOf[{open.at(i).first.product, open.at(i).first.warehouse}] -=
                        open.at(i).second;
                    open.removeAt(i);
                }
                break;
            }
            case 4: { // ship reserved stock, sometimes more than reserved (fails)
                if (open.isEmpty())
                    break;
                const int i = rng.bounded(open.size());
                const Key k = open.at(i).first;
                const qint64 want = 1 + rng.bounded(open.at(i).second + 500);
                bool ok = true;
                try {
                    inTransaction(t, [&](Rpc::CallContext& ctx) {
                        stock.consume(
                            ctx, k.product, k.warehouse, want,
                            {QStringLiteral("sales_order"), k.order, k.line, QStringLiteral("SO")});
                    });
                } catch (const Rpc::Error& e) {
                    QCOMPARE(e.code, int(Rpc::BusinessRule));
                    ok = false;
                }
                QCOMPARE(ok, want <= open.at(i).second);
                if (!ok) {
                    ++failed;
                    break;
                }
                onHandOf[{k.product, k.warehouse}] -= want;
                reservedOf[{k.product, k.warehouse}] -= want;
                open[i].second -= want;
                if (open.at(i).second == 0)
                    open.removeAt(i);
                break;
            }
            case 5: { // transfer, sometimes more than available (fails)
                const qint64 to = warehouses.at((warehouses.indexOf(w) + 1) % warehouses.size());
                const int code = t.callCode(s, "inventory.stock.transfer",
                                            {{"product_id", p},
                                             {"from_warehouse_id", w},
                                             {"to_warehouse_id", to},
                                             {"qty", Decimal(qty, 3).toString()}});
                QCOMPARE(code, qty <= available ? 0 : int(Rpc::BusinessRule));
                if (code != 0) {
                    ++failed;
                    break;
                }
                onHandOf[key] -= qty;
                onHandOf[{p, to}] += qty;
                break;
            }
            case 6:
            case 7: { // adjustment (signed) or scrap
                const bool scrap = rng.bounded(2) == 0;
                const qint64 signedQty = scrap || rng.bounded(2) == 0 ? -qty : qty;
                const int code =
                    adjust(t, s, p, w, Decimal(signedQty, 3).toString(),
                           scrap ? QStringLiteral("scrap") : QStringLiteral("adjustment"));
                const bool allowed = signedQty > 0 || -signedQty <= available;
                QCOMPARE(code, allowed ? 0 : int(Rpc::BusinessRule));
                if (!allowed) {
                    ++failed;
                    break;
                }
                onHandOf[key] += signedQty;
                break;
            }
            }
        }
        QVERIFY(failed > 20); // the mix did include refused operations
        const QJsonObject result = check(t, s);
        QVERIFY2(result.value("differences").toArray().isEmpty(),
                 QJsonDocument(result).toJson().constData());
        QVERIFY(result.value("checked").toInt() > 0);
        for (const qint64 p : products) {
            for (const qint64 w : warehouses) {
                const QJsonObject row = level(t, s, p, w);
                QCOMPARE(row.value("on_hand").toString(),
                         Decimal(onHandOf.value({p, w}), 3).toString());
                QCOMPARE(row.value("reserved").toString(),
                         Decimal(reservedOf.value({p, w}), 3).toString());
            }
        }
    }

    void checkFindsAndRepairsCorruption()
    {
        ServerTest t(QStringLiteral("inv_repair"));
        ServerTest::Session s = t.admin();
        const qint64 sh = idOf(warehouse(t, s, "SH", 1));
        const qint64 sz = idOf(warehouse(t, s, "SZ", 2));
        const qint64 p = idOf(product(t, s, "P"));
        QCOMPARE(adjust(t, s, p, sh, "10", "receipt"), 0);
        QCOMPARE(adjust(t, s, p, sz, "4", "receipt"), 0);
        StockService stock(t.core().events());
        inTransaction(t, [&](Rpc::CallContext& ctx) {
            QCOMPARE(stock.reserve(ctx, p, sz, 3000, {QStringLiteral("sales_order"), 1, 1, {}}),
                     qint64(3000));
        });
        QCOMPARE(check(t, s).value("checked").toInt(), 2);
        QVERIFY(check(t, s).value("differences").toArray().isEmpty());
        sql(t, QStringLiteral("UPDATE stock_levels SET on_hand = on_hand + 5000 WHERE "
                              "warehouse_id = %1")
                   .arg(sh));
        sql(t,
            QStringLiteral("UPDATE stock_levels SET reserved = 0 WHERE warehouse_id = %1").arg(sz));
        const QJsonArray differences = check(t, s).value("differences").toArray();
        QCOMPARE(differences.size(), 2);
        const QJsonObject onHandDiff = differences.at(0).toObject();
        QCOMPARE(onHandDiff.value("warehouse_id").toInteger(), sh);
        QCOMPARE(onHandDiff.value("field").toString(), QStringLiteral("on_hand"));
        QCOMPARE(onHandDiff.value("recorded").toString(), QStringLiteral("15.000"));
        QCOMPARE(onHandDiff.value("computed").toString(), QStringLiteral("10.000"));
        QCOMPARE(differences.at(1).toObject().value("field").toString(),
                 QStringLiteral("reserved"));
        QCOMPARE(differences.at(1).toObject().value("computed").toString(),
                 QStringLiteral("3.000"));
        ServerTest::Session mgr = t.userWithRoles("mgr", {"manager"});
        QCOMPARE(t.callCode(mgr, "inventory.stock.check", {{"repair", true}}), int(Rpc::Forbidden));
        const QJsonObject repaired = check(t, s, true);
        QCOMPARE(repaired.value("repaired").toInt(), 2);
        QVERIFY(check(t, s).value("differences").toArray().isEmpty());
        QCOMPARE(onHand(t, s, p, sh), QStringLiteral("10.000"));
        QCOMPARE(level(t, s, p, sz).value("reserved").toString(), QStringLiteral("3.000"));
        // A level row lost entirely is found as well.
        sql(t, QStringLiteral("DELETE FROM stock_levels WHERE warehouse_id = %1").arg(sh));
        QCOMPARE(check(t, s).value("differences").toArray().size(), 1);
        check(t, s, true);
        QCOMPARE(onHand(t, s, p, sh), QStringLiteral("10.000"));
    }

    void levelsOfTenThousandProductsAtOnce()
    {
        ServerTest t(QStringLiteral("inv_bulk"));
        ServerTest::Session s = t.admin();
        for (const char* code : {"SH", "SZ", "BJ"})
            warehouse(t, s, QString::fromLatin1(code), 1);
        sql(t, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
               "INSERT INTO products (sku, name, search_text, created_at, updated_at) "
               "SELECT 'B' || CAST(i AS TEXT), 'Bulk ' || CAST(i AS TEXT), '', '2026-01-01', "
               "'2026-01-01' FROM n");
        sql(t, "INSERT INTO stock_levels (product_id, warehouse_id, on_hand, reserved) "
               "SELECT p.id, w.id, 1000 * p.id, 0 FROM products p CROSS JOIN warehouses w "
               "WHERE w.code <> 'BJ'");
        QJsonArray ids;
        for (int i = 10000; i >= 1; --i)
            ids.append(i);
        QElapsedTimer timer;
        qint64 best = std::numeric_limits<qint64>::max();
        QJsonArray rows;
        qint64 bestCpu = std::numeric_limits<qint64>::max();
        for (int run = 0; run < 5; ++run) {
            timespec cpu0;
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu0);
            timer.start();
            rows = t.call(s, "inventory.stock.levels", {{"product_ids", ids}})
                       .toObject()
                       .value("rows")
                       .toArray();
            best = qMin(best, timer.elapsed());
            timespec cpu1;
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu1);
            bestCpu = qMin<qint64>(bestCpu, (cpu1.tv_sec - cpu0.tv_sec) * 1000 +
                                                (cpu1.tv_nsec - cpu0.tv_nsec) / 1000000);
        }
        qInfo("inventory.stock.levels with 10,000 product_ids: %lld ms (%lld ms CPU), including "
              "the test's own request and reply JSON",
              best, bestCpu);
        QCOMPARE(rows.size(), 10000);
        const QJsonObject first = rows.at(0).toObject();
        QCOMPARE(first.value("product_id").toInt(), 10000);
        QCOMPARE(first.value("on_hand").toString(), QStringLiteral("20000.000"));
        QCOMPARE(first.value("warehouses").toArray().size(), 2);
        QCOMPARE(t.callCode(s, "inventory.stock.levels",
                            {{"product_ids", QJsonArray(ids) + QJsonArray{10001}}}),
                 int(Rpc::InvalidParams));
    }
};

QTEST_GUILESS_MAIN(TestInventoryStock)
#include "tst_inventory_stock.moc"
