#pragma once

#include "app/net/apiclient.h"

#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Erp::Server {
class RpcServer;
class ServerCore;
} // namespace Erp::Server

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

/// A company served by an in-process RpcServer over TCP, for tests with several clients
/// (colleagues): each connect() is a separate connection with its own session, and
/// event.changed of one reaches the others.
class TcpCompany final
{
public:
    static constexpr const char* AdminPassword = "secret-admin";

    TcpCompany();
    ~TcpCompany();

    /// Creates the store (the demo company when `demo`) and starts listening; false (with a
    /// warning) on error.
    bool start(bool demo = false);
    /// A new client, connected and logged in; null (with a warning) on error.
    std::unique_ptr<ApiClient>
    connect(const QString& username = QStringLiteral("admin"),
            const QString& password = QString::fromLatin1(AdminPassword));

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Server::ServerCore> m_core;
    std::unique_ptr<Server::RpcServer> m_server;
};

/// A blocking call for test set-up on any client: waits (event loop running) for the result.
QJsonValue callOn(ApiClient& api, const QString& method, const QJsonObject& params,
                  Rpc::Error* error = nullptr);

} // namespace Erp::Client::Test
