#include "apptest.h"

#include "app/application.h"
#include "app/net/embeddedtransport.h"

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
    bool done = false;
    QJsonValue value;
    QObject guard;
    m_api->call(
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
