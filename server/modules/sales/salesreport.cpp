#include "server/modules/sales/salesreport.h"

#include "common/jsonrpc.h"
#include "common/money.h"
#include "server/modules/sales/orderqueries.h"
#include "server/rpc/callcontext.h"

#include <QDate>
#include <QJsonArray>
#include <QMap>

namespace Erp::Server::Sales {

namespace {

constexpr qint64 MsPerHour = 3600 * 1000;

/// Sums of the shipped orders of a period, turned into the published figures.
struct Tally
{
    qint64 orders = 0;
    qint64 shipped = 0;
    qint64 timed = 0; ///< shipped orders with a submit time
    qint64 processingMs = 0;
    qint64 withRequestedDate = 0;
    qint64 onTime = 0;
    qint64 accurate = 0;

    void add(const ShippedDay& d)
    {
        shipped += d.shipped;
        timed += d.timed;
        processingMs += d.processingMs;
        withRequestedDate += d.withRequestedDate;
        onTime += d.onTime;
        accurate += d.accurate;
    }

    static QJsonValue ratio(qint64 part, qint64 whole, qint64 scale)
    {
        if (whole == 0)
            return QJsonValue();
        return Decimal(divideRounded(part * scale, whole, Rounding::HalfUp), 2).toString();
    }

    QJsonValue hours() const
    {
        // Mean hours with two decimals: ms × 100 / (n × ms per hour), rounded half up.
        if (timed == 0)
            return QJsonValue();
        return Decimal(divideRounded(processingMs * 100, timed * MsPerHour, Rounding::HalfUp), 2)
            .toString();
    }
    QJsonValue onTimeRate() const { return ratio(onTime, withRequestedDate, 10000); }
    QJsonValue accuracyRate() const { return ratio(accurate, shipped, 10000); }
};

/// The Monday of the week a date or timestamp falls in, as an ISO date.
QString weekOf(const QString& dateOrStamp)
{
    const QDate d = QDate::fromString(dateOrStamp.left(10), Qt::ISODate);
    if (!d.isValid())
        return QString();
    return d.addDays(1 - d.dayOfWeek()).toString(Qt::ISODate);
}

bool validDate(const QString& s)
{
    return s.isEmpty() || (s.size() == 10 && QDate::fromString(s, Qt::ISODate).isValid());
}

} // namespace

QJsonObject SalesReport::metrics(Rpc::CallContext& ctx, const QString& from, const QString& to)
{
    if (!validDate(from) || !validDate(to))
        throw Rpc::Error(Rpc::InvalidParams,
                         QStringLiteral("Invalid params: from and to are dates such as "
                                        "\"2026-11-27\""))
            .withId(QStringLiteral("sales.report.dates"));
    OrderQueries repo(ctx.db);
    const QString first = from.isEmpty() ? QStringLiteral("0000-01-01") : from;
    const QString last = to.isEmpty() ? QStringLiteral("9999-12-31") : to;
    QJsonObject byState;
    for (const QString& s : Lifecycle::states())
        byState.insert(s, 0);
    Tally all;
    QMap<QString, Tally> weeks; // orders by order date, shipment figures by shipping date
    QHash<QString, qint64> states;
    for (const DateStateCount& c : repo.ordersByDate(first, last)) {
        states[c.state] += c.orders;
        all.orders += c.orders;
        weeks[weekOf(c.orderDate)].orders += c.orders;
    }
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        byState.insert(it.key(), it.value());
    for (const ShippedDay& d : repo.shippedByDate(first, last)) {
        all.add(d);
        weeks[weekOf(d.shipDate)].add(d);
    }
    QJsonArray trend;
    for (auto it = weeks.cbegin(); it != weeks.cend(); ++it) {
        if (it.key().isEmpty())
            continue;
        trend.append(QJsonObject{{QStringLiteral("week"), it.key()},
                                 {QStringLiteral("orders"), it->orders},
                                 {QStringLiteral("shipped"), it->shipped},
                                 {QStringLiteral("processing_hours"), it->hours()},
                                 {QStringLiteral("on_time_rate"), it->onTimeRate()},
                                 {QStringLiteral("accuracy_rate"), it->accuracyRate()}});
    }
    return QJsonObject{{QStringLiteral("from"), from.isEmpty() ? QJsonValue() : QJsonValue(from)},
                       {QStringLiteral("to"), to.isEmpty() ? QJsonValue() : QJsonValue(to)},
                       {QStringLiteral("orders"), all.orders},
                       {QStringLiteral("shipped"), all.shipped},
                       {QStringLiteral("by_state"), byState},
                       {QStringLiteral("processing_hours"), all.hours()},
                       {QStringLiteral("on_time_rate"), all.onTimeRate()},
                       {QStringLiteral("accuracy_rate"), all.accuracyRate()},
                       {QStringLiteral("trend"), trend}};
}

} // namespace Erp::Server::Sales
