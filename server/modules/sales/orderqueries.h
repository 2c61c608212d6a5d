#pragma once

#include "server/modules/sales/order.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>

class QSqlQuery;

namespace Erp::Storage {
class Database;
struct ListQuery;
} // namespace Erp::Storage

namespace Erp::Server::Sales {

/// Orders of one order date in one state (sales.report.metrics).
struct DateStateCount
{
    QString orderDate;
    QString state;
    qint64 orders = 0;
};

/// The shipped orders of one shipping date, summed from their timestamps.
struct ShippedDay
{
    QString shipDate;
    qint64 shipped = 0;
    qint64 timed = 0;        ///< with a submit time
    qint64 processingMs = 0; ///< sum of submit -> shipment
    qint64 withRequestedDate = 0;
    qint64 onTime = 0;   ///< shipped on or before the requested date
    qint64 accurate = 0; ///< no amendment, no return
};

/// The read-only SQL of the sales module: the order list, an order's timeline, reservations,
/// shipments and returns, and the figures of sales.report.metrics.
class OrderQueries final
{
public:
    explicit OrderQueries(Storage::Database& db)
        : m_db(db)
    {}

    /// One page of sales.order.list as JSON text: {rows, total, total_capped, next_after}.
    QByteArray list(const Storage::ListQuery& query);
    QList<OrderEvent> events(qint64 orderId);
    /// Open reservations per line and warehouse, in allocation order.
    QList<Allocation> allocations(qint64 orderId);
    QJsonArray shipments(qint64 orderId);
    QJsonArray returns(qint64 orderId);
    /// Counts per order date and state of orders dated from..to (the covering state index).
    QList<DateStateCount> ordersByDate(const QString& from, const QString& to);
    /// Shipped orders dated from..to, summed per shipping date in the store.
    QList<ShippedDay> shippedByDate(const QString& from, const QString& to);

private:
    /// One way an order matches a search, served by an index of its own.
    struct SearchArm
    {
        QString column;       ///< the indexed column it reads
        QString condition;    ///< through that index
        QString walking;      ///< the same condition with the index bypassed (a broad arm)
        QString indexOrder;   ///< ORDER BY term reading the index in its order
        QString indexFilters; ///< the list's filters its index checks itself (" AND …")
        std::function<void(QSqlQuery&)> bind;
        qint64 estimate = -1; ///< its orders (with indexFilters) up to BroadArm; -1: not counted
    };

    /// The list's WHERE of its filters (not the search); `onlyState` >= 0: the i-th state of a
    /// state list alone.
    QString whereClause(const Storage::ListQuery& query, int onlyState = -1) const;
    /// Its conditions on state and customer (" AND …", or empty).
    QString stateAndCustomer(const Storage::ListQuery& query, int onlyState = -1) const;
    /// Binds the parameters of whereClause(); of stateAndCustomer() alone.
    void bindWhere(QSqlQuery& q, const Storage::ListQuery& query) const;
    void bindStateAndCustomer(QSqlQuery& q, const Storage::ListQuery& query) const;
    /// The search's arms (number, reference as typed and in capitals, customers); an order
    /// matches the search when it matches one of them. Empty without a search.
    QList<SearchArm> searchArms(const Storage::ListQuery& query) const;
    /// Sets each arm's estimate, in one statement.
    void estimate(QList<SearchArm>& arms, const Storage::ListQuery& query);

    Storage::Database& m_db;
};

} // namespace Erp::Server::Sales
