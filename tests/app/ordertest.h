#pragma once

// Helpers of the order widget tests (app.orders_*): a warehouse, products with stock and a
// customer made through the real server's methods.
#include "apptest.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Erp::Client::Test {

struct OrderFixture
{
    qint64 warehouseId = 0;
    qint64 screwdriverId = 0; ///< SD-100 "十字螺丝刀 Screwdriver", 12.80, 13 %, 10 on hand
    qint64 cableId = 0;       ///< CB-200 "Cable 2m", 0.35, 13 %, barcode 6901234567892, 2 on hand
    qint64 customerId = 0; ///< 华信科技有限公司, contact 王芳, shipping address in Shenzhen

    /// Creates everything through `api` (an admin); false (with a warning) on error.
    bool create(ApiClient& api)
    {
        Rpc::Error error;
        error.code = 0;
        const auto call = [&](const char* method, const QJsonObject& params) {
            const QJsonObject r =
                callOn(api, QString::fromLatin1(method), params, &error).toObject();
            if (error.code != 0)
                qWarning() << method << "failed:" << error.code << error.message << error.data;
            return r;
        };
        warehouseId = call("inventory.warehouse.create",
                           {{QStringLiteral("code"), QStringLiteral("WH1")},
                            {QStringLiteral("name"), QStringLiteral("Main warehouse")}})
                          .value(QLatin1String("id"))
                          .toInteger();
        screwdriverId = call("inventory.product.create",
                             {{QStringLiteral("sku"), QStringLiteral("SD-100")},
                              {QStringLiteral("name"), QStringLiteral("十字螺丝刀 Screwdriver")},
                              {QStringLiteral("unit"), QStringLiteral("pcs")},
                              {QStringLiteral("list_price"), QStringLiteral("12.80")},
                              {QStringLiteral("cost"), QStringLiteral("5.00")},
                              {QStringLiteral("tax_rate"), QStringLiteral("13.00")}})
                            .value(QLatin1String("id"))
                            .toInteger();
        cableId = call("inventory.product.create",
                       {{QStringLiteral("sku"), QStringLiteral("CB-200")},
                        {QStringLiteral("name"), QStringLiteral("Cable 2m")},
                        {QStringLiteral("unit"), QStringLiteral("pcs")},
                        {QStringLiteral("barcode"), QStringLiteral("6901234567892")},
                        {QStringLiteral("list_price"), QStringLiteral("0.35")},
                        {QStringLiteral("cost"), QStringLiteral("0.10")},
                        {QStringLiteral("tax_rate"), QStringLiteral("13.00")}})
                      .value(QLatin1String("id"))
                      .toInteger();
        for (const auto& [product, qty] : {std::pair<qint64, const char*>{screwdriverId, "10"},
                                           std::pair<qint64, const char*>{cableId, "2"}})
            call("inventory.stock.adjust", {{QStringLiteral("product_id"), product},
                                            {QStringLiteral("warehouse_id"), warehouseId},
                                            {QStringLiteral("qty"), QString::fromLatin1(qty)},
                                            {QStringLiteral("reason"), QStringLiteral("opening")}});
        customerId =
            call("crm.customer.create",
                 {{QStringLiteral("name"), QStringLiteral("华信科技有限公司")},
                  {QStringLiteral("contacts"),
                   QJsonArray{QJsonObject{
                       {QStringLiteral("name"), QStringLiteral("王芳")},
                       {QStringLiteral("phone"), QStringLiteral("13800138000")},
                       {QStringLiteral("email"), QStringLiteral("wang.fang@huaxin.example.cn")},
                       {QStringLiteral("is_primary"), true}}}},
                  {QStringLiteral("addresses"),
                   QJsonArray{
                       QJsonObject{{QStringLiteral("kind"), QStringLiteral("shipping")},
                                   {QStringLiteral("province"), QStringLiteral("广东省")},
                                   {QStringLiteral("city"), QStringLiteral("深圳市")},
                                   {QStringLiteral("district"), QStringLiteral("南山区")},
                                   {QStringLiteral("line1"), QStringLiteral("科技园南路 88 号")},
                                   {QStringLiteral("is_default"), true}}}}})
                .value(QLatin1String("id"))
                .toInteger();
        return warehouseId > 0 && screwdriverId > 0 && cableId > 0 && customerId > 0;
    }

    /// A draft order of `qty` screwdrivers at list price with `discount` %.
    QJsonObject order(ApiClient& api, const QString& qty = QStringLiteral("2"),
                      const QString& discount = QStringLiteral("0")) const
    {
        return callOn(api, QStringLiteral("sales.order.create"),
                      {{QStringLiteral("customer_id"), customerId},
                       {QStringLiteral("lines"),
                        QJsonArray{QJsonObject{{QStringLiteral("product_id"), screwdriverId},
                                               {QStringLiteral("qty"), qty},
                                               {QStringLiteral("discount_pct"), discount}}}}})
            .toObject();
    }
};

} // namespace Erp::Client::Test
