#include "app/pages/orders/orderclient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Erp::Client::Orders {

namespace {
const QString kId = QStringLiteral("id");
const QString kVersion = QStringLiteral("version");

ApiClient::ResultHandler asOrder(OrderClient::Done<Order> done)
{
    return [done = std::move(done)](const QJsonValue& v) { done(Order::fromJson(v.toObject())); };
}
} // namespace

QString OrderClient::actionPermission(const QString& action)
{
    if (action == QLatin1String("approve") || action == QLatin1String("reject"))
        return QStringLiteral("sales.order.approve");
    if (action == QLatin1String("allocate"))
        return QStringLiteral("sales.order.allocate");
    if (action == QLatin1String("pick") || action == QLatin1String("ship"))
        return QStringLiteral("sales.order.ship");
    if (action == QLatin1String("deliver") || action == QLatin1String("complete"))
        return QStringLiteral("sales.order.deliver");
    if (action == QLatin1String("return"))
        return QStringLiteral("sales.order.return");
    return writePermission(); // create, update, submit, cancel, import
}

QStringList OrderClient::actions()
{
    return {QStringLiteral("submit"),   QStringLiteral("approve"),  QStringLiteral("reject"),
            QStringLiteral("allocate"), QStringLiteral("pick"),     QStringLiteral("ship"),
            QStringLiteral("deliver"),  QStringLiteral("complete"), QStringLiteral("cancel"),
            QStringLiteral("return")};
}

OrderClient::OrderClient(ApiClient& api)
    : m_api(api)
{}

void OrderClient::get(qint64 id, QObject* context, Done<Order> done, Fail fail)
{
    m_api.call(QStringLiteral("sales.order.get"), {{kId, id}}, context, asOrder(std::move(done)),
               std::move(fail));
}

void OrderClient::create(const QJsonObject& fields, QObject* context, Done<Order> done, Fail fail)
{
    m_api.call(QStringLiteral("sales.order.create"), fields, context, asOrder(std::move(done)),
               std::move(fail));
}

void OrderClient::update(qint64 id, qint64 version, const QJsonObject& fields, QObject* context,
                         Done<Order> done, Fail fail)
{
    QJsonObject params = fields;
    params.insert(kId, id);
    params.insert(kVersion, version);
    m_api.call(QStringLiteral("sales.order.update"), params, context, asOrder(std::move(done)),
               std::move(fail));
}

void OrderClient::act(const QString& action, qint64 id, qint64 version, const QJsonObject& extra,
                      QObject* context, Done<Order> done, Fail fail)
{
    QJsonObject params = extra;
    params.insert(kId, id);
    params.insert(kVersion, version);
    m_api.call(
        QStringLiteral("sales.order.") + action, params, context,
        [this, id, context, done = std::move(done), fail](const QJsonValue& v) {
            const QJsonObject o = v.toObject();
            // The contract returns the order; a reply without its lines (e.g. a
            // shipment or an RMA) is followed by a fresh read.
            if (o.contains(QLatin1String("state")) && o.contains(QLatin1String("lines")))
                done(Order::fromJson(o));
            else
                get(id, context, done, fail);
        },
        std::move(fail));
}

void OrderClient::customer(qint64 id, QObject* context, Done<QJsonObject> done, Fail fail)
{
    m_api.call(
        QStringLiteral("crm.customer.get"), {{kId, id}}, context,
        [done = std::move(done)](const QJsonValue& v) { done(v.toObject()); }, std::move(fail));
}

void OrderClient::products(const QString& search, int limit, QObject* context,
                           Done<QJsonArray> done, Fail fail)
{
    m_api.call(
        QStringLiteral("inventory.product.list"),
        {{QStringLiteral("search"), search}, {QStringLiteral("limit"), limit}}, context,
        [done = std::move(done)](const QJsonValue& v) {
            QJsonArray active; // archived products cannot be ordered
            for (const QJsonValue& row : v.toObject().value(QLatin1String("rows")).toArray()) {
                if (row.toObject().value(QLatin1String("active")).toBool(true))
                    active.append(row);
            }
            done(active);
        },
        std::move(fail));
}

void OrderClient::available(const QList<qint64>& productIds, QObject* context,
                            Done<QHash<qint64, QString>> done, Fail fail)
{
    QJsonArray ids;
    for (qint64 id : productIds)
        ids.append(id);
    m_api.call(
        QStringLiteral("inventory.stock.levels"), {{QStringLiteral("product_ids"), ids}}, context,
        [done = std::move(done)](const QJsonValue& v) {
            QHash<qint64, QString> result;
            const QJsonValue rows = v.isArray() ? v : v.toObject().value(QLatin1String("rows"));
            for (const QJsonValue& r : rows.toArray()) {
                const QJsonObject row = r.toObject();
                result.insert(row.value(QLatin1String("product_id")).toInteger(),
                              row.value(QLatin1String("available")).toString());
            }
            done(result);
        },
        std::move(fail));
}

} // namespace Erp::Client::Orders
