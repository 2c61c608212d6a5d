// The inventory module (inventory.*) on SQLite and PostgreSQL: products, warehouses, the stock
// ledger and its levels, reservations, transfers, counts, the ledger check, permissions.
#include "server/modules/inventory/stockservice.h"
#include "server/rpc/callcontext.h"
#include "server/servercore.h"
#include "server/storage/database.h"
#include "tests/support/servertest.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Erp;
using Erp::Server::Inventory::StockMove;
using Erp::Server::Inventory::StockService;
using Erp::Server::Inventory::StockSource;
using Erp::Test::fieldCodes;
using Erp::Test::ServerTest;

namespace {

void sql(ServerTest& t, const QString& statement)
{
    QSqlQuery q(t.core().database().connection());
    if (!q.exec(statement))
        QFAIL(qPrintable(q.lastError().text()));
}

/// Runs `body` as one call of the stock service inside a write transaction, as sales would.
template <typename F>
void inTransaction(ServerTest& t, F body)
{
    Storage::Database& db = t.core().database();
    Storage::Transaction tx(db, Storage::Transaction::ReadWrite);
    Rpc::Identity who;
    who.username = QStringLiteral("test");
    Rpc::CallContext ctx(db, who, QStringLiteral("test.stock"));
    body(ctx);
    tx.commit();
}

StockMove move(qint64 product, qint64 warehouse, const char* kind, qint64 qty)
{
    StockMove m;
    m.productId = product;
    m.warehouseId = warehouse;
    m.kind = QString::fromLatin1(kind);
    m.qty = qty;
    return m;
}

} // namespace

class TestInventory final : public QObject
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
        StockService stock;
        int arrivals = 0;
        stock.addArrivalListener([&arrivals](Rpc::CallContext&, qint64) { ++arrivals; });
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
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
