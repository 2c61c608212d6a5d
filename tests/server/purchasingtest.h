// Shared fixtures of the purchasing server tests: two suppliers, two warehouses with a bin each,
// four products, and small helpers for orders and their lifecycle.
#pragma once

#include "tests/support/servertest.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace Erp::Test::Purchasing {

inline QJsonObject acmeSupplier()
{
    return {{"name", "Acme Components Ltd"},
            {"contact_name", "Emma Wilson"},
            {"phone", "+44 20 7946 0958"},
            {"email", "Sales@Acme.example.com"},
            {"currency", "usd"},
            {"lead_time_days", 21}};
}

inline QJsonObject chineseSupplier()
{
    return {{"name", "深圳市华强电子有限公司"},
            {"tax_id", "91440300MA5ABCDE1X"},
            {"contact_name", "王芳"},
            {"phone", "0755-83281234"},
            {"address", "广东省深圳市福田区华强北路1号"},
            {"payment_terms_days", 60}};
}

inline QJsonObject obj(const QJsonValue& v)
{
    return v.toObject();
}

inline qint64 idOf(const QJsonValue& v)
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

inline World setup(ServerTest& t, ServerTest::Session& s)
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

inline QJsonObject draft(ServerTest& t, ServerTest::Session& s, qint64 supplier, qint64 warehouse,
                         const QJsonArray& lines)
{
    return obj(t.call(s, "purchasing.order.create",
                      {{"supplier_id", supplier}, {"warehouse_id", warehouse}, {"lines", lines}}));
}

inline QJsonObject line(qint64 product, const char* qty)
{
    return {{"product_id", product}, {"qty", qty}};
}

/// Runs a lifecycle step and returns the order.
inline QJsonObject step(ServerTest& t, ServerTest::Session& s, const char* action,
                        const QJsonObject& o)
{
    return obj(t.call(s, QStringLiteral("purchasing.order.") + QLatin1String(action),
                      {{"id", o.value("id")}, {"version", o.value("version")}}));
}

inline QStringList actions(const QJsonObject& o)
{
    QStringList out;
    for (const QJsonValue& v : o.value("allowed_actions").toArray())
        out.append(v.toString());
    return out;
}

inline QString onHand(ServerTest& t, ServerTest::Session& s, qint64 product, qint64 warehouse)
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
inline void expectIllegal(ServerTest& t, ServerTest::Session& s, const char* action,
                          const QJsonObject& o, const char* state)
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

inline QString year()
{
    return QString::number(QDate::currentDate().year());
}

} // namespace Erp::Test::Purchasing
