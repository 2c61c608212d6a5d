#include "apptest.h"

#include "app/application.h"
#include "app/net/embeddedtransport.h"
#include "app/net/tcptransport.h"
#include "server/net/rpcserver.h"
#include "server/servercore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace Erp::Client::Test {

void isolateSettings(const QString& testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("erp-tests"));
    QCoreApplication::setApplicationName(testName);
    QSettings().clear();
    initResources();
}

LocalCompany::LocalCompany()
    : m_file(m_dir.filePath(QStringLiteral("company.erp")))
    , m_api(std::make_unique<ApiClient>())
{}

LocalCompany::~LocalCompany()
{
    m_api.reset(); // shuts the embedded server down before the directory goes
}

bool LocalCompany::create(bool demo)
{
    QSignalSpy opened(m_api.get(), &ApiClient::opened);
    QSignalSpy failed(m_api.get(), &ApiClient::openFailed);
    m_api->open(new EmbeddedTransport({m_file, QString::fromLatin1(AdminPassword), demo}));
    if (!QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 60000)) {
        qWarning("the company file did not open in time");
        return false;
    }
    if (!failed.isEmpty()) {
        qWarning() << "cannot create the company file:" << failed.first().first().toString();
        return false;
    }
    return true;
}

bool LocalCompany::login(const QString& username, const QString& password)
{
    bool done = false;
    bool ok = false;
    QObject guard; // the handlers die with this frame even if the reply is late
    m_api->login(
        username, password, &guard,
        [&] {
            done = true;
            ok = true;
        },
        [&](const Rpc::Error& e) {
            qWarning() << "login failed:" << e.message;
            done = true;
        });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning() << "no answer to auth.login";
    return ok;
}

QJsonValue LocalCompany::call(const QString& method, const QJsonObject& params, Rpc::Error* error)
{
    return callOn(*m_api, method, params, error);
}

TcpCompany::TcpCompany() = default;

TcpCompany::~TcpCompany()
{
    if (m_server)
        m_server->shutdown();
    m_server.reset();
    m_core.reset();
}

bool TcpCompany::start(bool demo)
{
    m_core = std::make_unique<Server::ServerCore>();
    Server::ServerCore::Options options;
    options.databaseUrl = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("c.db"));
    options.initialAdminPassword = QString::fromLatin1(AdminPassword);
    options.logCalls = false;
    options.demo = demo;
    QString error;
    if (!m_core->open(options, &error)) {
        qWarning() << "cannot open the store:" << error;
        return false;
    }
    m_server = std::make_unique<Server::RpcServer>(*m_core, Server::RpcServer::Options());
    if (!m_server->listen(QHostAddress::LocalHost, 0, &error)) {
        qWarning() << "cannot listen:" << error;
        return false;
    }
    return true;
}

std::unique_ptr<ApiClient> TcpCompany::connect(const QString& username, const QString& password)
{
    auto api = std::make_unique<ApiClient>();
    QSignalSpy opened(api.get(), &ApiClient::opened);
    api->open(
        new TcpTransport({QStringLiteral("127.0.0.1"), m_server->serverPort(), false, {}, 5000}));
    if (!QTest::qWaitFor([&] { return !opened.isEmpty(); }, 10000)) {
        qWarning("no connection");
        return nullptr;
    }
    bool done = false;
    bool ok = false;
    QObject guard;
    api->login(
        username, password, &guard,
        [&] {
            done = true;
            ok = true;
        },
        [&](const Rpc::Error& e) {
            qWarning() << "login failed:" << e.message;
            done = true;
        });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning() << "no answer to auth.login";
    return ok ? std::move(api) : nullptr;
}

QJsonValue callOn(ApiClient& api, const QString& method, const QJsonObject& params,
                  Rpc::Error* error)
{
    bool done = false;
    QJsonValue value;
    QObject guard;
    api.call(
        method, params, &guard,
        [&](const QJsonValue& v) {
            value = v;
            done = true;
        },
        [&](const Rpc::Error& e) {
            if (error)
                *error = e;
            else
                qWarning() << method << "failed:" << e.code << e.message;
            done = true;
        });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning() << "no answer to" << method;
    return value;
}

} // namespace Erp::Client::Test
