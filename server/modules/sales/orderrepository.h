#pragma once

#include "server/modules/sales/order.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

class QSqlQuery;

namespace Erp::Storage {
class Database;
struct ListQuery;
} // namespace Erp::Storage

namespace Erp::Server::Sales {

/// What an order needs to know of its customer (read from the crm tables).
struct CustomerInfo
{
    qint64 id = 0;
    QString code;
    QString name;
    QString status;
    QString contactName;
    QString phone;
    QString email;
    QString currency;
    qint64 creditLimit = 0;
    QString shippingAddress; ///< the default shipping (else billing) address as one line
};

/// What an order line copies from its product (read from the inventory tables).
struct LineProduct
{
    qint64 id = 0;
    QString sku;
    QString name;
    QString unit;
    qint64 listPrice = 0;
    qint64 cost = 0;
    qint64 taxRate = 0;
    bool active = false;
};

/// What the review on submit needs of a product: its cost and what all active warehouses have
/// available.
struct ReviewFacts
{
    qint64 cost = 0;
    qint64 available = 0;
};

/// The SQL of the sales module that loads orders for a change and writes them (read-only
/// lists, timelines and reports: OrderQueries).
class OrderRepository final
{
public:
    explicit OrderRepository(Storage::Database& db)
        : m_db(db)
    {}

    /// The order columns (with the customer's) every order query selects, its FROM, and the
    /// reader of such a row; shared with OrderQueries.
    static const QString& columns();
    static const QString& from();
    static constexpr int ColumnCount = 37;
    static Order readOrder(const QSqlQuery& q);
    Storage::Database& db() { return m_db; }

    /// The order with its lines; `lock` takes the row lock on PostgreSQL (a rule reads, then
    /// writes).
    std::optional<Order> load(qint64 id, bool lock);
    std::optional<CustomerInfo> customer(qint64 id);
    qint64 customerIdByCode(const QString& code);
    /// The products of order lines, one statement with only the columns a line needs.
    QHash<qint64, LineProduct> lineProducts(const QList<qint64>& ids);
    /// Cost and available stock of products, one statement.
    QHash<qint64, ReviewFacts> reviewFacts(const QList<qint64>& ids);

    /// Inserts the order and its lines; sets ids, version and timestamps.
    void insert(Order& o, qint64 userId);
    /// Rewrites the header if `expectedVersion` still matches (version + 1, updated_at); false
    /// on a stale version.
    bool update(Order& o, qint64 expectedVersion);
    /// Writes the lifecycle columns only (state, reasons, flags, timestamps) if
    /// `expectedVersion` still matches; false on a stale version.
    bool updateState(Order& o, qint64 expectedVersion);
    /// Deletes the lines and writes `o.lines` again (new ids).
    void replaceLines(Order& o);
    /// Writes the allocated, shipped and returned quantities of lines (one statement).
    void updateLineProgress(const QList<OrderLine>& lines);
    void addEvent(qint64 orderId, const QString& at, const QString& by, const QString& action,
                  const QString& from, const QString& to, const QString& note);
    /// Two timeline entries at once (submit + automatic approval).
    void addEvents(qint64 orderId, const QString& at, const QString& by, const QString& action1,
                   const QString& from1, const QString& to1, const QString& note1,
                   const QString& action2, const QString& to2, const QString& note2);
    /// Available stock (> 0) of products per active warehouse, in allocation order (priority,
    /// code): product id -> [{warehouse, code, qty available}].
    QHash<qint64, QList<Allocation>> availableByWarehouse(const QList<qint64>& ids);

    /// The warehouse each line shipped from last (returns go back there by default).
    QHash<qint64, qint64> shippedFrom(qint64 orderId);

    qint64 insertShipment(qint64 orderId, const QString& number, const QString& carrier,
                          const QString& tracking, const QString& at, const QString& by);
    void insertShipmentLine(qint64 shipmentId, qint64 lineId, qint64 warehouseId, qint64 qty);
    qint64 insertReturn(qint64 orderId, const QString& number, const QString& reason,
                        const QString& at, const QString& by);
    void insertReturnLine(qint64 returnId, qint64 lineId, qint64 warehouseId, qint64 qty,
                          const QString& disposition);

    /// Gross of the customer's open and unpaid orders (submitted … delivered) but `excludingId`.
    qint64 exposure(qint64 customerId, qint64 excludingId);
    /// The ids of the orders exposure() sums.
    QList<qint64> exposureOrders(qint64 customerId, qint64 excludingId);
    /// Allocated orders with a line of the product waiting for stock, oldest allocation first
    /// (driven by the small partial index of backordered orders, not by the product's lines).
    QList<qint64> backorderedOrders(qint64 productId);
    /// Backordered quantity per product.
    QHash<qint64, qint64> backorderDemand();
    qint64 idByExternalRef(const QString& channel, const QString& externalRef);
    /// Moves orders from one customer to another (customer merge); returns how many.
    int moveCustomer(qint64 fromId, qint64 toId);

    /// Demo data only: ids of active "customers" or "products", at most `limit`.
    QList<qint64> demoIds(const QString& table, int limit);
    /// Demo data only: sets the timestamps of an order and its timeline as if it had happened
    /// at those times.
    void backdate(qint64 orderId, const QString& orderDate, const QHash<QString, QString>& stamps);

private:
    void insertLines(Order& o);
    QString backorderIndex() const;
    QString idListSelect() const;

    Storage::Database& m_db;
};

} // namespace Erp::Server::Sales
