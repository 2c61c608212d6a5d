#include "app/pages/pipeline/pipelineclient.h"

#include "app/net/servermessages.h"

#include <QLocale>

namespace Erp::Client::Pipeline {

void PipelineClient::call(const QString& method, const QJsonObject& params, QObject* context,
                          Done done, Fail fail) const
{
    m_api.call(
        method, params, context,
        [done = std::move(done)](const QJsonValue& result) { done(result.toObject()); },
        std::move(fail));
}

QString PipelineClient::stageName(const QJsonObject& stage)
{
    const QString name = stage.value(QLatin1String("name")).toString();
    const QJsonValue ref = stage.contains(QLatin1String("name_ref"))
                               ? stage.value(QLatin1String("name_ref"))
                               : stage.value(QLatin1String("stage_ref"));
    return ref.isObject() ? ServerMessages::text(ref, name) : name;
}

QString PipelineClient::reasonName(const QJsonObject& reason)
{
    return stageName(reason);
}

QString PipelineClient::amountText(const QString& decimal)
{
    bool ok = false;
    const qint64 minor = QString(decimal).remove(QLatin1Char('.')).toLongLong(&ok);
    if (!ok)
        return decimal;
    return QLocale().toString(minor / 100) + QLocale().decimalPoint() +
           QStringLiteral("%1").arg(qAbs(minor % 100), 2, 10, QLatin1Char('0'));
}

} // namespace Erp::Client::Pipeline
