#include "server/rpc/registry.h"

#include <QJsonArray>

#include <algorithm>
#include <stdexcept>

namespace Erp::Rpc {

void MethodRegistry::add(MethodSpec spec)
{
    if (m_methods.contains(spec.name) || !spec.handler)
        throw std::logic_error("method registered twice or without handler: " +
                               spec.name.toStdString());
    const QString name = spec.name;
    m_methods.insert(name, std::make_shared<const MethodSpec>(std::move(spec)));
}

const MethodSpec* MethodRegistry::find(const QString& name) const
{
    const auto it = m_methods.constFind(name);
    return it == m_methods.constEnd() ? nullptr : it->get();
}

QList<const MethodSpec*> MethodRegistry::methods() const
{
    QList<const MethodSpec*> all;
    all.reserve(m_methods.size());
    for (const auto& m : m_methods)
        all.append(m.get());
    std::sort(all.begin(), all.end(),
              [](const MethodSpec* a, const MethodSpec* b) { return a->name < b->name; });
    return all;
}

QStringList MethodRegistry::permissions() const
{
    QStringList out;
    for (const auto& m : m_methods)
        if (!m->permission.isEmpty() && !out.contains(m->permission))
            out.append(m->permission);
    for (const QString& p : m_access.permissions())
        if (!out.contains(p))
            out.append(p);
    out.sort();
    return out;
}

QJsonObject MethodRegistry::openRpcDocument(const QString& version) const
{
    QJsonArray methodsJson;
    for (const MethodSpec* m : methods()) {
        QJsonArray params;
        for (const ParamSpec& p : m->params) {
            QJsonObject schema;
            const QString type = paramTypeName(p.type);
            if (!type.isEmpty())
                schema.insert(QStringLiteral("type"), type);
            if (p.type == ParamType::Decimal)
                schema.insert(QStringLiteral("pattern"), QStringLiteral("^[-+]?\\d+(\\.\\d+)?$"));
            if (p.type == ParamType::Id)
                schema.insert(QStringLiteral("minimum"), 1);
            if (p.maxLength > 0)
                schema.insert(QStringLiteral("maxLength"), p.maxLength);
            if (p.name == QLatin1String("filter")) {
                QJsonObject keys;
                for (const QString& k : m->filterKeys)
                    keys.insert(k, QJsonObject());
                schema.insert(QStringLiteral("properties"), keys);
                schema.insert(QStringLiteral("additionalProperties"), false);
            }
            QJsonObject param{{QStringLiteral("name"), p.name},
                              {QStringLiteral("required"), p.required},
                              {QStringLiteral("schema"), schema}};
            if (!p.description.isEmpty())
                param.insert(QStringLiteral("description"), p.description);
            params.append(param);
        }
        QJsonObject method{
            {QStringLiteral("name"), m->name},
            {QStringLiteral("summary"), m->summary},
            {QStringLiteral("paramStructure"), QStringLiteral("by-name")},
            {QStringLiteral("params"), params},
            {QStringLiteral("result"),
             QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("result")},
                 {QStringLiteral("schema"), m->result.isEmpty() ? schemaObject() : m->result}}},
            {QStringLiteral("x-permission"), m->permission},
            {QStringLiteral("x-public"), m->access == MethodSpec::Access::Public},
            {QStringLiteral("x-read-only"), m->readOnly},
        };
        // Protected fields this method's result may carry or its params may write.
        const QJsonObject carried = m_access.describe(m->carried);
        if (!carried.isEmpty())
            method.insert(QStringLiteral("x-protected-fields"),
                          carried.value(QStringLiteral("x-protected-fields")));
        const QJsonObject written = m_access.describe(m->written);
        if (!written.isEmpty())
            method.insert(QStringLiteral("x-protected-params"),
                          written.value(QStringLiteral("x-protected-fields")));
        methodsJson.append(method);
    }
    return QJsonObject{
        {QStringLiteral("openrpc"), QStringLiteral("1.2.6")},
        {QStringLiteral("info"),
         QJsonObject{{QStringLiteral("title"), QStringLiteral("ERP server")},
                     {QStringLiteral("version"), version}}},
        {QStringLiteral("methods"), methodsJson},
        {QStringLiteral("x-access"), m_access.describeAll()},
    };
}

} // namespace Erp::Rpc
