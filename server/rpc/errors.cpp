#include "server/rpc/errors.h"

namespace Erp::Rpc {

namespace {

QString englishName(const QString& entity)
{
    return QString(entity).replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace

Error versionConflict(const QString& entity, qint64 currentVersion)
{
    return Error(VersionConflict,
                 QStringLiteral("The %1 was changed by someone else meanwhile; reload it")
                     .arg(englishName(entity)),
                 QJsonObject{{QStringLiteral("current_version"), currentVersion}})
        .withId(QStringLiteral("common.version_conflict"),
                QJsonObject{{QStringLiteral("entity"), entity}});
}

Error notFound(const QString& entity, qint64 id)
{
    return Error(NotFound, QStringLiteral("No %1 with id %2").arg(englishName(entity)).arg(id))
        .withId(QStringLiteral("common.not_found"),
                QJsonObject{{QStringLiteral("entity"), entity}, {QStringLiteral("id"), id}});
}

QJsonObject message(const QString& messageId, const QJsonObject& args)
{
    return QJsonObject{{QStringLiteral("id"), messageId}, {QStringLiteral("args"), args}};
}

} // namespace Erp::Rpc
