#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <typeindex>
#include <unordered_map>
#include <vector>

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Platform {

/// An announcement tells what happened (stock moved, goods received); subscribers react and
/// see the payload read-only. A request asks a question (backordered demand, is this a
/// supplier?); subscribers fill its reply part in turn.
enum class EventKind { Announcement, Request };

/// Domain events inside the business transaction. A module announces what happened, other
/// modules react in the same transaction and call: a subscriber that throws rolls back the
/// whole call, the announcing module's writes included. Subscribers run one after the other
/// in their declared order (lower first; equal orders by subscriber name), never in the order
/// modules happened to be built. A subscriber may publish further events (handled depth-first).
///
/// An event is a small struct in the publishing (or asking) module's `<m>events.h`:
///
///     struct GoodsReceived {
///         static constexpr auto Name = "purchasing.goods_received";
///         static constexpr auto Kind = Platform::EventKind::Announcement;
///         ... payload ...
///     };
///
/// Subscribers include only that header, never the other module's services, so modules keep
/// depending downwards. Subscriptions are made while the server is composed (module
/// constructors) or by a test before its calls; delivery reads them without locking.
class EventBus final
{
public:
    EventBus() = default;
    EventBus(const EventBus&) = delete;
    EventBus& operator=(const EventBus&) = delete;

    /// Subscribes `handler` to events of type E: called as handler(ctx, const E&) for an
    /// announcement, handler(ctx, E&) for a request. `subscriber` names the reacting module
    /// ("sales.backorders"): it breaks ties between equal orders and shows in subscribers().
    template <typename E, typename Handler>
    void subscribe(const QString& subscriber, int order, Handler handler)
    {
        Subscription s;
        s.subscriber = subscriber;
        s.order = order;
        s.deliver = [h = std::move(handler)](Rpc::CallContext& ctx, void* event) {
            if constexpr (E::Kind == EventKind::Request)
                h(ctx, *static_cast<E*>(event));
            else
                h(ctx, *static_cast<const E*>(event));
        };
        add(QString::fromLatin1(E::Name), std::type_index(typeid(E)), E::Kind, std::move(s));
    }

    /// Announces `event` to its subscribers, in order, inside the caller's transaction.
    template <typename E>
    void publish(Rpc::CallContext& ctx, const E& event) const
    {
        static_assert(E::Kind == EventKind::Announcement, "a request is asked, not published");
        deliver(ctx, std::type_index(typeid(E)), const_cast<E*>(&event));
    }

    /// Passes `request` to its subscribers, in order; each may add to its reply part.
    template <typename E>
    E& ask(Rpc::CallContext& ctx, E& request) const
    {
        static_assert(E::Kind == EventKind::Request, "an announcement is published, not asked");
        deliver(ctx, std::type_index(typeid(E)), &request);
        return request;
    }

    /// The subscribers of an event (by its Name) in delivery order: for tests and diagnostics.
    QStringList subscribers(const QString& eventName) const;

private:
    struct Subscription
    {
        QString subscriber;
        int order = 0;
        std::function<void(Rpc::CallContext&, void*)> deliver;
    };
    struct Channel
    {
        QString name;
        EventKind kind = EventKind::Announcement;
        std::vector<Subscription> subscriptions; ///< sorted by (order, subscriber)
    };

    void add(const QString& name, std::type_index type, EventKind kind, Subscription s);
    void deliver(Rpc::CallContext& ctx, std::type_index type, void* event) const;

    std::unordered_map<std::type_index, Channel> m_channels;
};

} // namespace Erp::Platform
