#pragma once

#include "app/net/apiclient.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>

namespace Erp::Client::Admin {

/// A module as admin.module.list describes it.
struct ModuleEntry
{
    QString name;
    QString description; ///< English, from the server; the page shows its own translation
    QStringList dependencies;
    bool core = false;
    bool enabled = true;

    static ModuleEntry fromJson(const QJsonObject& o);
};

/// Typed calls of the company profile and the module switches (admin.company.*,
/// admin.module.*). Every handler runs later, and only while `context` is alive.
class CompanyClient final
{
public:
    template <typename T>
    using Done = std::function<void(const T&)>;
    using Fail = ApiClient::ErrorHandler;

    static QString writePermission() { return QStringLiteral("admin.company.write"); }
    static QString modulePermission() { return QStringLiteral("admin.module.write"); }

    explicit CompanyClient(ApiClient& api)
        : m_api(api)
    {}

    /// admin.company.get: the profile as the server sends it (logo as base64).
    void get(QObject* context, Done<QJsonObject> done, Fail fail);
    /// admin.company.update with `changes` at `version`.
    void update(qint64 version, QJsonObject changes, QObject* context, Done<QJsonObject> done,
                Fail fail);
    void modules(QObject* context, Done<QList<ModuleEntry>> done, Fail fail);
    void setModuleEnabled(const QString& name, bool enabled, QObject* context,
                          Done<ModuleEntry> done, Fail fail);

private:
    ApiClient& m_api;
};

} // namespace Erp::Client::Admin
