#pragma once

// Set-up helpers of the Inventory and Dashboard widget tests: master data created through the
// real server's methods (no mocks).
#include "apptest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace Erp::Client::Test {

inline QJsonObject createWarehouse(ApiClient& api, const QString& code)
{
    return callOn(api, QStringLiteral("inventory.warehouse.create"),
                  {{QStringLiteral("code"), code},
                   {QStringLiteral("name"), QStringLiteral("Warehouse ") + code}})
        .toObject();
}

inline QJsonObject createProduct(ApiClient& api, const QString& sku, QJsonObject more = {})
{
    more.insert(QStringLiteral("sku"), sku);
    if (!more.contains(QLatin1String("name")))
        more.insert(QStringLiteral("name"), QStringLiteral("Product ") + sku);
    if (!more.contains(QLatin1String("cost")))
        more.insert(QStringLiteral("cost"), QStringLiteral("10.00"));
    return callOn(api, QStringLiteral("inventory.product.create"), more).toObject();
}

inline QJsonObject createSupplier(ApiClient& api, const QString& name)
{
    return callOn(api, QStringLiteral("purchasing.supplier.create"),
                  {{QStringLiteral("name"), name}})
        .toObject();
}

/// Puts `qty` into a warehouse with a receipt adjustment.
inline void receiveStock(ApiClient& api, qint64 productId, qint64 warehouseId, const QString& qty)
{
    callOn(api, QStringLiteral("inventory.stock.adjust"),
           {{QStringLiteral("product_id"), productId},
            {QStringLiteral("warehouse_id"), warehouseId},
            {QStringLiteral("qty"), qty},
            {QStringLiteral("reason"), QStringLiteral("test stock")},
            {QStringLiteral("kind"), QStringLiteral("receipt")}});
}

inline qint64 idOf(const QJsonObject& o, const char* key = "id")
{
    return o.value(QLatin1String(key)).toInteger();
}

} // namespace Erp::Client::Test
