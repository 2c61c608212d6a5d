#include "server/rpc/registry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <stdexcept>

namespace Erp::Rpc {

namespace {

struct Contract
{
    QJsonObject methods;    ///< per method its result and inner parameter shapes
    QJsonObject components; ///< shared schemas ("#/components/schemas/…")
};

/// The declared schemas of server/contract/*.json (compiled in as :/contract/).
const Contract& contract()
{
    static const Contract loaded = [] {
        Contract all;
        const QDir dir(QStringLiteral(":/contract"));
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
            const QJsonObject methods = doc.value(QLatin1String("methods")).toObject();
            for (auto it = methods.begin(); it != methods.end(); ++it)
                all.methods.insert(it.key(), it.value());
            const QJsonObject schemas = doc.value(QLatin1String("components"))
                                            .toObject()
                                            .value(QLatin1String("schemas"))
                                            .toObject();
            for (auto it = schemas.begin(); it != schemas.end(); ++it)
                all.components.insert(it.key(), it.value());
        }
        return all;
    }();
    return loaded;
}

/// `generated` (what the dispatcher checks) completed by `declared` (the contract's inner
/// shape): the dispatcher's own keys win, a filter's keys take their declared types.
QJsonObject mergeSchema(QJsonObject generated, const QJsonObject& declared)
{
    for (auto it = declared.begin(); it != declared.end(); ++it) {
        if (it.key() == QLatin1String("type") && generated.contains(it.key()))
            continue;
        if (it.key() == QLatin1String("properties") && generated.contains(it.key())) {
            QJsonObject properties = generated.value(it.key()).toObject();
            const QJsonObject declaredProperties = it.value().toObject();
            for (auto p = properties.begin(); p != properties.end(); ++p)
                if (declaredProperties.contains(p.key()))
                    *p = declaredProperties.value(p.key());
            generated.insert(it.key(), properties);
            continue;
        }
        if (!generated.contains(it.key()))
            generated.insert(it.key(), it.value());
    }
    return generated;
}

} // namespace

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
        const QJsonObject declared = contract().methods.value(m->name).toObject();
        const QJsonObject declaredParams = declared.value(QLatin1String("params")).toObject();
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
            // The list convention (listParams): a sort key or up to three, and the keyset
            // cursor [sort value, id] of the previous page.
            if (p.name == QLatin1String("sort") && p.type == ParamType::Any) {
                const QJsonObject key{
                    {QStringLiteral("type"), QStringLiteral("string")},
                    {QStringLiteral("pattern"), QStringLiteral("^-?[a-z0-9_.]+$")}};
                schema.insert(
                    QStringLiteral("anyOf"),
                    QJsonArray{key, QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                {QStringLiteral("items"), key},
                                                {QStringLiteral("maxItems"), 3}}});
            }
            if (p.name == QLatin1String("after") && p.type == ParamType::Array) {
                schema.insert(
                    QStringLiteral("items"),
                    QJsonObject{{QStringLiteral("type"),
                                 QJsonArray{QStringLiteral("string"), QStringLiteral("integer"),
                                            QStringLiteral("number"), QStringLiteral("null")}}});
                schema.insert(QStringLiteral("maxItems"), 2);
            }
            if (p.name == QLatin1String("filter")) {
                QJsonObject keys;
                for (const QString& k : m->filterKeys)
                    keys.insert(k, QJsonObject());
                schema.insert(QStringLiteral("properties"), keys);
                schema.insert(QStringLiteral("additionalProperties"), false);
            }
            if (declaredParams.contains(p.name))
                schema = mergeSchema(schema, declaredParams.value(p.name).toObject());
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
                 {QStringLiteral("schema"), declared.contains(QLatin1String("result"))
                                                ? declared.value(QLatin1String("result")).toObject()
                                            : m->result.isEmpty() ? schemaObject()
                                                                  : m->result}}},
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
        {QStringLiteral("components"),
         QJsonObject{{QStringLiteral("schemas"), contract().components}}},
        {QStringLiteral("x-access"), m_access.describeAll()},
    };
}

} // namespace Erp::Rpc
