#pragma once

#include "app/net/apiclient.h"
#include "app/pages/orders/ordertypes.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace Erp::Client::Orders {

/// Typed calls of the OMS (sales.order.*) and the look-ups the order form needs (customers,
/// products, stock levels). Every handler runs later, and only while `context` is alive.
class OrderClient final
{
public:
    template <typename T>
    using Done = std::function<void(const T&)>;
    using Fail = ApiClient::ErrorHandler;

    static QString listMethod() { return QStringLiteral("sales.order.list"); }
    static QString entity() { return QStringLiteral("sales.order"); }
    static QString readPermission() { return QStringLiteral("sales.order.read"); }
    static QString writePermission() { return QStringLiteral("sales.order.write"); }
    /// The permission sales.order.<action> needs (docs/OMS.md): "approve" ->
    /// "sales.order.approve", "pick" -> "sales.order.ship", ...
    static QString actionPermission(const QString& action);
    /// The lifecycle actions in the order of their buttons.
    static QStringList actions();

    explicit OrderClient(ApiClient& api);
    ApiClient& api() const { return m_api; }
    bool may(const QString& permission) const { return m_api.hasPermission(permission); }

    void get(qint64 id, QObject* context, Done<Order> done, Fail fail);
    /// sales.order.create with `fields` ({customer_id, …, lines}).
    void create(const QJsonObject& fields, QObject* context, Done<Order> done, Fail fail);
    /// sales.order.update {id, version} + `fields`; -32009 when `version` is stale.
    void update(qint64 id, qint64 version, const QJsonObject& fields, QObject* context,
                Done<Order> done, Fail fail);
    /// sales.order.<action> {id, version} + `extra` (reason, carrier, lines …). The server
    /// answers with the order as it is now; -32030 when the rule forbids it.
    void act(const QString& action, qint64 id, qint64 version, const QJsonObject& extra,
             QObject* context, Done<Order> done, Fail fail);

    /// crm.customer.get, as JSON (contacts and addresses fill the order's contact fields).
    void customer(qint64 id, QObject* context, Done<QJsonObject> done, Fail fail);
    /// inventory.product.list {search}: product rows.
    void products(const QString& search, int limit, QObject* context, Done<QJsonArray> done,
                  Fail fail);
    /// inventory.stock.levels {product_ids}: product id -> available quantity ("12.000").
    void available(const QList<qint64>& productIds, QObject* context,
                   Done<QHash<qint64, QString>> done, Fail fail);
    bool canReadStock() const { return may(QStringLiteral("inventory.stock.read")); }
    bool canReadProducts() const { return may(QStringLiteral("inventory.product.read")); }

private:
    ApiClient& m_api;
};

} // namespace Erp::Client::Orders
