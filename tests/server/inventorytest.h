// Helpers shared by the inventory tests (tst_inventory*.cpp).
#pragma once

#include "server/modules/inventory/stockservice.h"
#include "server/rpc/callcontext.h"
#include "server/servercore.h"
#include "server/storage/database.h"
#include "tests/support/servertest.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace Erp::Test::Inventory {

using Erp::Server::Inventory::StockMove;

inline void sql(ServerTest& t, const QString& statement)
{
    QSqlQuery q(t.core().database().connection());
    if (!q.exec(statement))
        QFAIL(qPrintable(q.lastError().text()));
}

/// Runs `body` as one call of the stock service inside a write transaction, as sales would.
template <typename F>
inline void inTransaction(ServerTest& t, F body)
{
    Storage::Database& db = t.core().database();
    Storage::Transaction tx(db, Storage::Transaction::ReadWrite);
    Rpc::Identity who;
    who.username = QStringLiteral("test");
    Rpc::CallContext ctx(db, who, QStringLiteral("test.stock"));
    body(ctx);
    tx.commit();
}

inline StockMove move(qint64 product, qint64 warehouse, const char* kind, qint64 qty)
{
    StockMove m;
    m.productId = product;
    m.warehouseId = warehouse;
    m.kind = QString::fromLatin1(kind);
    m.qty = qty;
    return m;
}

inline QJsonObject product(ServerTest& t, ServerTest::Session& s, const QString& sku,
                           QJsonObject fields = {})
{
    fields.insert("sku", sku);
    if (!fields.contains("name"))
        fields.insert("name", QStringLiteral("Product %1").arg(sku));
    return t.call(s, "inventory.product.create", fields).toObject();
}

inline QJsonObject warehouse(ServerTest& t, ServerTest::Session& s, const QString& code,
                             int priority, QJsonArray locations = {})
{
    return t
        .call(s, "inventory.warehouse.create",
              {{"code", code},
               {"name", QStringLiteral("Warehouse %1").arg(code)},
               {"priority", priority},
               {"locations", locations}})
        .toObject();
}

inline qint64 idOf(const QJsonObject& o)
{
    return o.value("id").toInteger();
}

inline int adjust(ServerTest& t, ServerTest::Session& s, qint64 p, qint64 w, const QString& qty,
                  const QString& kind = QStringLiteral("adjustment"), Rpc::Error* e = nullptr)
{
    return t.callCode(
        s, "inventory.stock.adjust",
        {{"product_id", p}, {"warehouse_id", w}, {"qty", qty}, {"kind", kind}, {"reason", "test"}},
        e);
}

/// The levels row of one product in one warehouse.
inline QJsonObject level(ServerTest& t, ServerTest::Session& s, qint64 p, qint64 w)
{
    const QJsonArray rows =
        t.call(s, "inventory.stock.levels",
               {{"filter", QJsonObject{{"product_id", p}, {"warehouse_id", w}}}})
            .toObject()
            .value("rows")
            .toArray();
    return rows.isEmpty() ? QJsonObject() : rows.at(0).toObject();
}

inline QString onHand(ServerTest& t, ServerTest::Session& s, qint64 p, qint64 w)
{
    return level(t, s, p, w).value("on_hand").toString();
}

inline QJsonObject check(ServerTest& t, ServerTest::Session& s, bool repair = false)
{
    return t.call(s, "inventory.stock.check", {{"repair", repair}}).toObject();
}

} // namespace Erp::Test::Inventory
