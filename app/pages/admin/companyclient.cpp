#include "app/pages/admin/companyclient.h"

#include <QJsonArray>

namespace Erp::Client::Admin {

ModuleEntry ModuleEntry::fromJson(const QJsonObject& o)
{
    ModuleEntry m;
    m.name = o.value(QLatin1String("name")).toString();
    m.description = o.value(QLatin1String("description")).toString();
    for (const QJsonValue& d : o.value(QLatin1String("dependencies")).toArray())
        m.dependencies.append(d.toString());
    m.core = o.value(QLatin1String("core")).toBool();
    m.enabled = o.value(QLatin1String("enabled")).toBool(true);
    return m;
}

void CompanyClient::get(QObject* context, Done<QJsonObject> done, Fail fail)
{
    m_api.call(
        QStringLiteral("admin.company.get"), {}, context,
        [done = std::move(done)](const QJsonValue& v) { done(v.toObject()); }, std::move(fail));
}

void CompanyClient::update(qint64 version, QJsonObject changes, QObject* context,
                           Done<QJsonObject> done, Fail fail)
{
    changes.insert(QStringLiteral("version"), version);
    m_api.call(
        QStringLiteral("admin.company.update"), changes, context,
        [done = std::move(done)](const QJsonValue& v) { done(v.toObject()); }, std::move(fail));
}

void CompanyClient::modules(QObject* context, Done<QList<ModuleEntry>> done, Fail fail)
{
    m_api.call(
        QStringLiteral("admin.module.list"), {}, context,
        [done = std::move(done)](const QJsonValue& v) {
            QList<ModuleEntry> list;
            for (const QJsonValue& m : v.toObject().value(QLatin1String("modules")).toArray())
                list.append(ModuleEntry::fromJson(m.toObject()));
            done(list);
        },
        std::move(fail));
}

void CompanyClient::setModuleEnabled(const QString& name, bool enabled, QObject* context,
                                     Done<ModuleEntry> done, Fail fail)
{
    m_api.call(
        QStringLiteral("admin.module.set"),
        {{QStringLiteral("name"), name}, {QStringLiteral("enabled"), enabled}}, context,
        [done = std::move(done)](const QJsonValue& v) {
            done(ModuleEntry::fromJson(v.toObject()));
        },
        std::move(fail));
}

} // namespace Erp::Client::Admin
