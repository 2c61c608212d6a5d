#include "tests/support/servertest.h"

#include "server/rpc/dispatcher.h"
#include "server/servercore.h"
#include "tests/support/testdb.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <stdexcept>

namespace Erp::Test {

ServerTest::ServerTest(const QString& tag, bool demo, const QString& url)
    : m_core(std::make_unique<Server::ServerCore>())
    , m_url(url.isEmpty() ? databaseUrl(tag) : url)
{
    Server::ServerCore::Options options;
    options.databaseUrl = m_url;
    options.initialAdminPassword = QString::fromLatin1(AdminPassword);
    options.demo = demo;
    options.logCalls = qEnvironmentVariableIsSet("ERP_TEST_LOG_CALLS");
    QString error;
    if (!m_core->open(options, &error))
        throw std::runtime_error("cannot open the test server: " + error.toStdString());
}

ServerTest::~ServerTest() = default;

int ServerTest::callCode(Session& session, const QString& method, const QJsonObject& params,
                         Rpc::Error* error)
{
    static int nextId = 1;
    const QJsonObject request = Rpc::makeRequest(nextId++, method, params);
    const auto outcome = m_core->dispatcher().handleLine(
        QJsonDocument(request).toJson(QJsonDocument::Compact), session.identity);
    session.identity = outcome.identity;
    session.changes = outcome.changes;
    session.lastDelayMs = outcome.delayMs;
    const QJsonObject reply = QJsonDocument::fromJson(outcome.reply).object();
    if (reply.contains(QLatin1String("error"))) {
        const Rpc::Error e = Rpc::Error::fromJson(reply.value(QLatin1String("error")).toObject());
        if (error)
            *error = e;
        return e.code;
    }
    if (error)
        *error = Rpc::Error(0, QString(), reply.value(QLatin1String("result")));
    return 0;
}

QJsonValue ServerTest::call(Session& session, const QString& method, const QJsonObject& params)
{
    Rpc::Error e;
    if (callCode(session, method, params, &e) != 0) {
        // A test that expects success shows what failed instead of "unhandled exception".
        qWarning("%s failed: %d %s %s", qPrintable(method), e.code, qPrintable(e.message),
                 QJsonDocument(e.data.toObject()).toJson(QJsonDocument::Compact).constData());
        throw e;
    }
    return e.data; // the result travels in data on success
}

ServerTest::Session ServerTest::login(const QString& username, const QString& password)
{
    Session s;
    call(s, QStringLiteral("auth.login"),
         {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    return s;
}

ServerTest::Session ServerTest::userWithRoles(const QString& username, const QStringList& roles)
{
    Session a = admin();
    call(a, QStringLiteral("admin.user.create"),
         {{QStringLiteral("username"), username},
          {QStringLiteral("password"), QStringLiteral("password-1")},
          {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}});
    return login(username, QStringLiteral("password-1"));
}

QStringList fieldCodes(const Rpc::Error& error)
{
    QStringList out;
    for (const QJsonValue& f : error.data.toObject().value(QLatin1String("fields")).toArray())
        out.append(f.toObject().value(QLatin1String("field")).toString() + QLatin1Char(':') +
                   f.toObject().value(QLatin1String("code")).toString());
    return out;
}

} // namespace Erp::Test
