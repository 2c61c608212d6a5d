#pragma once

#include "server/platform/eventbus.h"

namespace Erp::Rpc::Events {

/// Request "rpc.identity_refresh": roles or user roles changed since this session loaded its
/// grants (the dispatcher's epoch moved on). Asked by the dispatcher inside the call's
/// transaction; the subscriber that knows users (admin) reloads ctx.identity's roles and
/// grants and replies. Unanswered, the identity is kept as it is.
struct IdentityRefresh
{
    static constexpr auto Name = "rpc.identity_refresh";
    static constexpr auto Kind = Platform::EventKind::Request;

    bool answered = false; ///< reply: someone reloaded the identity
    bool active = true;    ///< reply: false when the user is gone or deactivated (session ends)
};

} // namespace Erp::Rpc::Events
