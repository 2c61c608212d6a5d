#include "server/rpc/method.h"

#include <QJsonArray>

namespace Erp::Rpc {

MethodSpec& listParams(MethodSpec& spec)
{
    return spec
        .param(QStringLiteral("filter"), ParamType::Object, Optional,
               QStringLiteral("field -> value"))
        .param(QStringLiteral("search"), ParamType::String, Optional,
               QStringLiteral("substring search"), 200)
        .param(QStringLiteral("sort"), ParamType::Any, Optional,
               QStringLiteral("column, \"-column\" for descending, or a list of them"))
        .param(QStringLiteral("offset"), ParamType::Integer, Optional)
        .param(QStringLiteral("after"), ParamType::Array, Optional,
               QStringLiteral("next_after of the previous page: keyset paging, one sort column"))
        .param(QStringLiteral("limit"), ParamType::Integer, Optional,
               QStringLiteral("capped by the server"));
}

QJsonObject schemaObject(const QJsonObject& properties)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("object")}};
    if (!properties.isEmpty())
        o.insert(QStringLiteral("properties"), properties);
    return o;
}

QJsonObject schemaListOf(const QJsonObject& rowSchema)
{
    return schemaObject(
        {{QStringLiteral("rows"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                              {QStringLiteral("items"), rowSchema}}},
         {QStringLiteral("total"),
          QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}}});
}

QString paramTypeName(ParamType type)
{
    switch (type) {
    case ParamType::String:
        return QStringLiteral("string");
    case ParamType::Integer:
    case ParamType::Id:
        return QStringLiteral("integer");
    case ParamType::Boolean:
        return QStringLiteral("boolean");
    case ParamType::Object:
        return QStringLiteral("object");
    case ParamType::Array:
        return QStringLiteral("array");
    case ParamType::Decimal:
        return QStringLiteral("string");
    case ParamType::Any:
        return QString();
    }
    return QString();
}

} // namespace Erp::Rpc
