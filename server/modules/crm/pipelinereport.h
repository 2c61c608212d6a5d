#pragma once

#include <QJsonObject>

namespace Erp::Rpc {
struct CallContext;
}
namespace Erp::Platform {
class EventBus;
}

namespace Erp::Server::Crm {

class CustomerService;

/// The pipeline's reports (crm.pipeline.summary, crm.forecast) and the customer timeline
/// (crm.customer.timeline). Every figure is computed from the opportunities the caller may list
/// (the record rule crm.opportunity.own applies to each statement).
class PipelineReport final
{
public:
    PipelineReport(CustomerService& customers, const Platform::EventBus& events)
        : m_customers(customers)
        , m_events(events)
    {}

    /// Per stage count, amount and weighted amount (Σ amount × probability / 100, rounded half
    /// up once per stage), totals, win rate, average cycle time and the funnel; params
    /// {owner_id, close_from, close_to, currency}.
    QJsonObject summary(Rpc::CallContext& ctx, const QJsonObject& params);
    /// Weighted revenue of the opportunities not lost by expected close month and owner.
    QJsonObject forecast(Rpc::CallContext& ctx, const QJsonObject& params);
    /// Orders, invoices, payments (answered by sales and finance over crm.timeline),
    /// opportunities and activities of a customer, newest first, paged by offset/limit.
    QJsonObject timeline(Rpc::CallContext& ctx, qint64 customerId, int offset, int limit);

private:
    CustomerService& m_customers;
    const Platform::EventBus& m_events;
};

} // namespace Erp::Server::Crm
