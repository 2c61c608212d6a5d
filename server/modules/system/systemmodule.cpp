#include "server/modules/system/systemmodule.h"

#include "server/rpc/callcontext.h"
#include "server/rpc/registry.h"
#include "server/servercore.h"
#include "server/storage/database.h"

#include <QDateTime>

namespace Erp::Server::System {

using namespace Rpc;

void SystemModule::registerMethods(MethodRegistry& registry)
{
    registry.add(
        MethodSpec(QStringLiteral("system.ping"))
            .describe(QStringLiteral("Liveness check; answers without touching the store."))
            .publicAccess()
            .withoutStore()
            .returns(
                schemaObject({{QStringLiteral("pong"),
                               QJsonObject{{QStringLiteral("type"), QStringLiteral("boolean")}}},
                              {QStringLiteral("time"),
                               QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}))
            .handle([](CallContext&, const QJsonObject&) -> QJsonValue {
                return QJsonObject{{QStringLiteral("pong"), true},
                                   {QStringLiteral("time"),
                                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
            }));

    const MethodRegistry* self = &m_registry;
    registry.add(
        MethodSpec(QStringLiteral("rpc.discover"))
            .describe(QStringLiteral(
                "The OpenRPC document of every method, generated from the dispatcher's registry."))
            .publicAccess()
            .withoutStore()
            .handle([self](CallContext&, const QJsonObject&) -> QJsonValue {
                return self->openRpcDocument(ServerCore::version());
            }));

    registry.add(MethodSpec(QStringLiteral("system.info"))
                     .describe(QStringLiteral("Server version, store kind and the calling user."))
                     .withoutStore()
                     .handle([](CallContext& ctx, const QJsonObject&) -> QJsonValue {
                         return QJsonObject{{QStringLiteral("version"), ServerCore::version()},
                                            {QStringLiteral("database"), ctx.db.sql().name()},
                                            {QStringLiteral("user"), ctx.identity.username}};
                     }));
}

} // namespace Erp::Server::System
