#include "common/jsonrpc.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Erp::Rpc {

QJsonObject Error::toJson() const
{
    QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!data.isUndefined() && !data.isNull())
        e.insert(QStringLiteral("data"), data);
    return e;
}

Error Error::fromJson(const QJsonObject& error)
{
    return Error(error.value(QLatin1String("code")).toInt(InternalError),
                 error.value(QLatin1String("message")).toString(),
                 error.value(QLatin1String("data")));
}

Error& Error::withId(const QString& messageId, const QJsonObject& args)
{
    QJsonObject d = data.toObject();
    d.insert(QStringLiteral("message_id"), messageId);
    if (!args.isEmpty())
        d.insert(QStringLiteral("args"), args);
    data = d;
    return *this;
}

QString Error::messageId() const
{
    return data.toObject().value(QLatin1String("message_id")).toString();
}

QJsonObject Error::messageArgs() const
{
    return data.toObject().value(QLatin1String("args")).toObject();
}

QJsonObject fieldError(const QString& field, const QString& code, const QString& message,
                       const QString& messageId, const QJsonObject& args)
{
    QJsonObject f{{QStringLiteral("field"), field},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("message"), message}};
    if (!messageId.isEmpty())
        f.insert(QStringLiteral("message_id"), messageId);
    if (!args.isEmpty())
        f.insert(QStringLiteral("args"), args);
    return f;
}

Error Error::validation(const QString& field, const QString& code, const QString& message,
                        const QString& messageId, const QJsonObject& args)
{
    QJsonArray fields;
    fields.append(fieldError(field, code, message, messageId, args));
    return Error(ValidationFailed, QStringLiteral("Validation failed: %1 %2").arg(field, message),
                 QJsonObject{{QStringLiteral("fields"), fields}});
}

void FieldErrors::add(const QString& field, const QString& code, const QString& message,
                      const QString& messageId, const QJsonObject& args)
{
    m_fields.append(fieldError(field, code, message, messageId, args));
}

void FieldErrors::throwIfAny() const
{
    if (m_fields.isEmpty())
        return;
    QJsonArray fields;
    QStringList names;
    for (const QJsonObject& f : m_fields) {
        fields.append(f);
        names.append(f.value(QLatin1String("field")).toString() + QLatin1Char(' ') +
                     f.value(QLatin1String("message")).toString());
    }
    throw Error(ValidationFailed,
                QStringLiteral("Validation failed: ") + names.join(QLatin1String("; ")),
                QJsonObject{{QStringLiteral("fields"), fields}});
}

QByteArray encodeLine(const QJsonValue& message)
{
    QByteArray line;
    if (message.isArray())
        line = QJsonDocument(message.toArray()).toJson(QJsonDocument::Compact);
    else
        line = QJsonDocument(message.toObject()).toJson(QJsonDocument::Compact);
    line.append('\n');
    return line;
}

static const QString kJsonRpc = QStringLiteral("jsonrpc");
static const QString kVersion = QStringLiteral("2.0");

QJsonObject makeRequest(const QJsonValue& id, const QString& method, const QJsonValue& params)
{
    QJsonObject o{
        {kJsonRpc, kVersion}, {QStringLiteral("id"), id}, {QStringLiteral("method"), method}};
    if (!params.isUndefined() && !params.isNull())
        o.insert(QStringLiteral("params"), params);
    return o;
}

QJsonObject makeNotification(const QString& method, const QJsonValue& params)
{
    return QJsonObject{{kJsonRpc, kVersion},
                       {QStringLiteral("method"), method},
                       {QStringLiteral("params"), params}};
}

QJsonObject makeResult(const QJsonValue& id, const QJsonValue& result)
{
    return QJsonObject{
        {kJsonRpc, kVersion}, {QStringLiteral("id"), id}, {QStringLiteral("result"), result}};
}

QJsonObject makeError(const QJsonValue& id, const Error& error)
{
    return QJsonObject{{kJsonRpc, kVersion},
                       {QStringLiteral("id"), id.isUndefined() ? QJsonValue(QJsonValue::Null) : id},
                       {QStringLiteral("error"), error.toJson()}};
}

bool isValidId(const QJsonValue& id)
{
    return id.isString() || id.isDouble() || id.isNull();
}

bool parseRequest(const QJsonValue& value, Request& request, Error& error)
{
    request = Request();
    if (!value.isObject()) {
        error = Error(InvalidRequest, QStringLiteral("Invalid request: expected a JSON object"))
                    .withId(QStringLiteral("rpc.invalid_request"));
        return false;
    }
    const QJsonObject o = value.toObject();
    const auto idIt = o.constFind(QLatin1String("id"));
    if (idIt != o.constEnd()) {
        if (!isValidId(idIt.value())) {
            error = Error(InvalidRequest,
                          QStringLiteral("Invalid request: id must be a string, number or null"))
                        .withId(QStringLiteral("rpc.invalid_request"));
            return false;
        }
        request.id = idIt.value();
        request.hasId = true;
    }
    if (o.value(kJsonRpc) != QJsonValue(kVersion)) {
        error =
            Error(InvalidRequest, QStringLiteral("Invalid request: \"jsonrpc\" must be \"2.0\""))
                .withId(QStringLiteral("rpc.invalid_request"));
        return false;
    }
    const QJsonValue method = o.value(QLatin1String("method"));
    if (!method.isString() || method.toString().isEmpty()) {
        error = Error(InvalidRequest,
                      QStringLiteral("Invalid request: \"method\" must be a non-empty string"))
                    .withId(QStringLiteral("rpc.invalid_request"));
        return false;
    }
    request.method = method.toString();
    const auto paramsIt = o.constFind(QLatin1String("params"));
    if (paramsIt != o.constEnd() && !paramsIt.value().isNull()) {
        if (!paramsIt.value().isObject()) {
            error = Error(InvalidParams,
                          QStringLiteral(
                              "Invalid params: \"params\" must be an object (by-name parameters)"))
                        .withId(QStringLiteral("rpc.params.not_object"));
            return false;
        }
        request.params = paramsIt.value().toObject();
    }
    return true;
}

} // namespace Erp::Rpc
