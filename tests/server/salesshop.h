// The store the sales tests work in: two warehouses, a customer, two products, and helpers that
// call sales.order.* and read stock, the ledger and the outbox. Shared by tst_sales*.cpp.
#pragma once

#include "server/servercore.h"
#include "server/storage/database.h"
#include "tests/support/servertest.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace SalesTest {

using namespace Erp;
using Erp::Test::ServerTest;
using Session = ServerTest::Session;

inline qint64 idOf(const QJsonValue& v)
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

inline QJsonObject line(qint64 product, const QString& qty)
{
    return {{"product_id", product}, {"qty", qty}};
}

inline QStringList strings(const QJsonValue& array)
{
    QStringList out;
    for (const QJsonValue& v : array.toArray())
        out.append(v.toString());
    return out;
}

inline QStringList reasonCodes(const QJsonObject& o)
{
    QStringList out;
    for (const QJsonValue& v : o.value("review_reasons").toArray())
        out.append(v.toObject().value("code").toString());
    return out;
}

inline QJsonObject lineOf(const QJsonObject& o, int i = 0)
{
    return o.value("lines").toArray().at(i).toObject();
}

} // namespace SalesTest
