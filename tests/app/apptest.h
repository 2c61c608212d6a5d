#pragma once

#include "app/net/apiclient.h"

#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Erp::Client::Test {

/// Isolates QSettings of a widget test (test mode paths, own organisation) and clears them.
void isolateSettings(const QString& testName);

/// A real company file in a temporary directory, served by an embedded server (no mocks).
class LocalCompany final
{
public:
    static constexpr const char* AdminPassword = "secret-admin";

    LocalCompany();
    ~LocalCompany();

    QString file() const { return m_file; }
    ApiClient& api() { return *m_api; }

    /// Creates the company file and connects; false (with a QTest failure) on error.
    bool create(bool demo = false);
    /// Logs in (as admin by default); false on error.
    bool login(const QString& username = QStringLiteral("admin"),
               const QString& password = QString::fromLatin1(AdminPassword));
    /// A blocking call for test set-up: waits (event loop running) for the result.
    QJsonValue call(const QString& method, const QJsonObject& params, Rpc::Error* error = nullptr);

private:
    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<ApiClient> m_api;
};

} // namespace Erp::Client::Test
