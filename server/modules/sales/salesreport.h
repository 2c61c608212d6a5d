#pragma once

#include <QJsonObject>
#include <QString>

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Server::Sales {

/// sales.report.metrics: how the order flow performs, computed from the orders' state
/// timestamps (never from stored aggregates).
class SalesReport final
{
public:
    /// Orders with an order date in [from, to] (ISO dates, both optional): counts by state, mean
    /// hours from submit to shipment, on-time rate (shipped on or before the requested date),
    /// accuracy rate (shipped without amendment or return) and a weekly trend. Rates are
    /// percentages ("95.00"), hours have two decimals; null when nothing was shipped.
    QJsonObject metrics(Rpc::CallContext& ctx, const QString& from, const QString& to);
};

} // namespace Erp::Server::Sales
