#include "server/platform/eventbus.h"

#include <algorithm>
#include <stdexcept>

namespace Erp::Platform {

void EventBus::add(const QString& name, std::type_index type, EventKind kind, Subscription s)
{
    for (const auto& [otherType, channel] : m_channels)
        if (channel.name == name && otherType != type)
            throw std::logic_error("two event types share the name " + name.toStdString());
    Channel& channel = m_channels[type];
    channel.name = name;
    channel.kind = kind;
    auto& list = channel.subscriptions;
    // After every subscription of a lower order, or of the same order and a name not after
    // this one: equal keys keep their subscription order.
    const auto at = std::upper_bound(list.begin(), list.end(), s,
                                     [](const Subscription& a, const Subscription& b) {
                                         if (a.order != b.order)
                                             return a.order < b.order;
                                         return a.subscriber < b.subscriber;
                                     });
    list.insert(at, std::move(s));
}

void EventBus::deliver(Rpc::CallContext& ctx, std::type_index type, void* event) const
{
    const auto it = m_channels.find(type);
    if (it == m_channels.end())
        return;
    for (const Subscription& s : it->second.subscriptions)
        s.deliver(ctx, event);
}

QStringList EventBus::subscribers(const QString& eventName) const
{
    QStringList out;
    for (const auto& [type, channel] : m_channels)
        if (channel.name == eventName)
            for (const Subscription& s : channel.subscriptions)
                out.append(s.subscriber);
    return out;
}

} // namespace Erp::Platform
