#include "app/pages/inventory/inventoryclient.h"

namespace Erp::Client::Inventory {

namespace {
const QString kId = QStringLiteral("id");
const QString kVersion = QStringLiteral("version");

QJsonObject withId(QJsonObject params, qint64 id, qint64 version)
{
    params.insert(kId, id);
    params.insert(kVersion, version);
    return params;
}
} // namespace

InventoryClient::InventoryClient(ApiClient& api)
    : m_api(api)
{}

void InventoryClient::call(const QString& method, const QJsonObject& params, QObject* context,
                           Done done, Fail fail)
{
    m_api.call(
        method, params, context,
        [done = std::move(done)](const QJsonValue& v) { done(v.toObject()); }, std::move(fail));
}

void InventoryClient::getProduct(qint64 id, QObject* context, Done done, Fail fail)
{
    call(QStringLiteral("inventory.product.get"), {{kId, id}}, context, std::move(done),
         std::move(fail));
}

void InventoryClient::saveProduct(qint64 id, qint64 version, const QJsonObject& fields,
                                  QObject* context, Done done, Fail fail)
{
    if (id == 0)
        call(QStringLiteral("inventory.product.create"), fields, context, std::move(done),
             std::move(fail));
    else
        call(QStringLiteral("inventory.product.update"), withId(fields, id, version), context,
             std::move(done), std::move(fail));
}

void InventoryClient::archiveProduct(qint64 id, qint64 version, QObject* context, Done done,
                                     Fail fail)
{
    call(QStringLiteral("inventory.product.archive"), withId({}, id, version), context,
         std::move(done), std::move(fail));
}

void InventoryClient::findProducts(const QString& search, int limit, QObject* context, Done done,
                                   Fail fail)
{
    QJsonObject params{{QStringLiteral("limit"), limit},
                       {QStringLiteral("filter"), QJsonObject{{QStringLiteral("active"), true}}}};
    if (!search.isEmpty())
        params.insert(QStringLiteral("search"), search);
    else
        params.insert(QStringLiteral("sort"), QStringLiteral("sku"));
    call(QStringLiteral("inventory.product.list"), params, context, std::move(done),
         std::move(fail));
}

void InventoryClient::warehouses(QObject* context, Done done, Fail fail)
{
    call(QStringLiteral("inventory.warehouse.list"),
         {{QStringLiteral("limit"), 1000}, {QStringLiteral("sort"), QStringLiteral("priority")}},
         context, std::move(done), std::move(fail));
}

void InventoryClient::adjust(qint64 productId, qint64 warehouseId, const QString& qty,
                             const QString& reason, const QString& kind, QObject* context,
                             Done done, Fail fail)
{
    call(QStringLiteral("inventory.stock.adjust"),
         {{QStringLiteral("product_id"), productId},
          {QStringLiteral("warehouse_id"), warehouseId},
          {QStringLiteral("qty"), qty},
          {QStringLiteral("reason"), reason},
          {QStringLiteral("kind"), kind}},
         context, std::move(done), std::move(fail));
}

void InventoryClient::transfer(qint64 productId, qint64 fromWarehouseId, qint64 toWarehouseId,
                               const QString& qty, const QString& reason, QObject* context,
                               Done done, Fail fail)
{
    call(QStringLiteral("inventory.stock.transfer"),
         {{QStringLiteral("product_id"), productId},
          {QStringLiteral("from_warehouse_id"), fromWarehouseId},
          {QStringLiteral("to_warehouse_id"), toWarehouseId},
          {QStringLiteral("qty"), qty},
          {QStringLiteral("reason"), reason}},
         context, std::move(done), std::move(fail));
}

void InventoryClient::lowStock(const QJsonObject& filter, QObject* context, Done done, Fail fail)
{
    QJsonObject params{{QStringLiteral("limit"), 200}};
    if (!filter.isEmpty())
        params.insert(QStringLiteral("filter"), filter);
    call(QStringLiteral("inventory.stock.low"), params, context, std::move(done), std::move(fail));
}

void InventoryClient::createCount(qint64 warehouseId, const QString& category, QObject* context,
                                  Done done, Fail fail)
{
    QJsonObject params{{QStringLiteral("warehouse_id"), warehouseId}};
    if (!category.isEmpty())
        params.insert(QStringLiteral("category"), category);
    call(QStringLiteral("inventory.count.create"), params, context, std::move(done),
         std::move(fail));
}

void InventoryClient::getCount(qint64 id, QObject* context, Done done, Fail fail)
{
    call(QStringLiteral("inventory.count.get"), {{kId, id}}, context, std::move(done),
         std::move(fail));
}

void InventoryClient::setCounted(qint64 id, qint64 version, const QJsonArray& lines,
                                 QObject* context, Done done, Fail fail)
{
    call(QStringLiteral("inventory.count.set"),
         withId({{QStringLiteral("lines"), lines}}, id, version), context, std::move(done),
         std::move(fail));
}

void InventoryClient::finishCount(const QString& verb, qint64 id, qint64 version, QObject* context,
                                  Done done, Fail fail)
{
    call(QStringLiteral("inventory.count.") + verb, withId({}, id, version), context,
         std::move(done), std::move(fail));
}

void InventoryClient::getSupplier(qint64 id, QObject* context, Done done, Fail fail)
{
    call(QStringLiteral("purchasing.supplier.get"), {{kId, id}}, context, std::move(done),
         std::move(fail));
}

void InventoryClient::saveSupplier(qint64 id, qint64 version, const QJsonObject& fields,
                                   QObject* context, Done done, Fail fail)
{
    if (id == 0)
        call(QStringLiteral("purchasing.supplier.create"), fields, context, std::move(done),
             std::move(fail));
    else
        call(QStringLiteral("purchasing.supplier.update"), withId(fields, id, version), context,
             std::move(done), std::move(fail));
}

void InventoryClient::suppliers(const QString& search, QObject* context, Done done, Fail fail)
{
    QJsonObject params{{QStringLiteral("limit"), 200},
                       {QStringLiteral("filter"), QJsonObject{{QStringLiteral("active"), true}}}};
    if (!search.isEmpty())
        params.insert(QStringLiteral("search"), search);
    else
        params.insert(QStringLiteral("sort"), QStringLiteral("name"));
    call(QStringLiteral("purchasing.supplier.list"), params, context, std::move(done),
         std::move(fail));
}

void InventoryClient::getOrder(qint64 id, QObject* context, Done done, Fail fail)
{
    call(QStringLiteral("purchasing.order.get"), {{kId, id}}, context, std::move(done),
         std::move(fail));
}

void InventoryClient::saveOrder(qint64 id, qint64 version, const QJsonObject& fields,
                                QObject* context, Done done, Fail fail)
{
    if (id == 0)
        call(QStringLiteral("purchasing.order.create"), fields, context, std::move(done),
             std::move(fail));
    else
        call(QStringLiteral("purchasing.order.update"), withId(fields, id, version), context,
             std::move(done), std::move(fail));
}

void InventoryClient::orderAction(const QString& action, qint64 id, qint64 version,
                                  QObject* context, Done done, Fail fail)
{
    call(QStringLiteral("purchasing.order.") + action, withId({}, id, version), context,
         std::move(done), std::move(fail));
}

void InventoryClient::receive(qint64 id, qint64 version, const QJsonArray& lines, QObject* context,
                              Done done, Fail fail)
{
    call(QStringLiteral("purchasing.order.receive"),
         withId({{QStringLiteral("lines"), lines}}, id, version), context, std::move(done),
         std::move(fail));
}

void InventoryClient::proposeReplenishment(qint64 warehouseId, QObject* context, Done done,
                                           Fail fail)
{
    QJsonObject params;
    if (warehouseId > 0)
        params.insert(QStringLiteral("warehouse_id"), warehouseId);
    call(QStringLiteral("purchasing.replenishment.propose"), params, context, std::move(done),
         std::move(fail));
}

void InventoryClient::createReplenishment(qint64 warehouseId, const QJsonArray& lines,
                                          QObject* context, Done done, Fail fail)
{
    QJsonObject params{{QStringLiteral("lines"), lines}};
    if (warehouseId > 0)
        params.insert(QStringLiteral("warehouse_id"), warehouseId);
    call(QStringLiteral("purchasing.replenishment.create"), params, context, std::move(done),
         std::move(fail));
}

} // namespace Erp::Client::Inventory
