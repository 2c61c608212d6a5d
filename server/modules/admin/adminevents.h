// What admin announces on the event bus (server/platform/eventbus.h).
#pragma once

#include "server/platform/eventbus.h"

#include <QStringList>

namespace Erp::Server::Admin::Events {

/// Announcement "admin.role_changed": a role's permissions or description were changed.
/// Sessions reload their grants on their next call anyway (rpc.identity_refresh); this is for
/// modules that keep something derived from roles.
struct RoleChanged
{
    static constexpr auto Name = "admin.role_changed";
    static constexpr auto Kind = Platform::EventKind::Announcement;

    qint64 roleId = 0;
    QString name;
    QStringList permissions; ///< as stored now
};

/// Announcement "admin.user_access_changed": a user's roles or active flag were changed.
struct UserAccessChanged
{
    static constexpr auto Name = "admin.user_access_changed";
    static constexpr auto Kind = Platform::EventKind::Announcement;

    qint64 userId = 0;
    QStringList roles; ///< role names as stored now
    bool active = true;
};

} // namespace Erp::Server::Admin::Events
