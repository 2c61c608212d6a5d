#include "tests/support/servertest.h"

#include "server/rpc/dispatcher.h"
#include "server/rpc/registry.h"
#include "server/servercore.h"
#include "tests/support/jsonschema.h"
#include "tests/support/testdb.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QTest>
#include <QThread>

#include <stdexcept>

namespace Erp::Test {

namespace {

/// A copy small enough to record: arrays cut to their first 20 entries, long texts shortened.
QJsonValue sample(const QJsonValue& v)
{
    if (v.isArray()) {
        QJsonArray out;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size() && i < 20; ++i)
            out.append(sample(a.at(i)));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), sample(it.value()));
        return out;
    }
    if (v.isString() && v.toString().size() > 200)
        return v.toString().left(200);
    return v;
}

/// ERP_CONTRACT_RECORD=<file>: every successful call's method, params and result, one JSON
/// line each (file.<pid>), the material scripts/openrpc-infer.py drafts result schemas from.
void record(const QString& method, const QJsonObject& params, const QJsonValue& result)
{
    static const QByteArray path = qgetenv("ERP_CONTRACT_RECORD");
    if (path.isEmpty())
        return;
    static QFile file(QString::fromLocal8Bit(path) + QLatin1Char('.') +
                      QString::number(QCoreApplication::applicationPid()));
    if (!file.isOpen() && !file.open(QIODevice::Append | QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("m"), method},
                                         {QStringLiteral("p"), sample(params)},
                                         {QStringLiteral("r"), QJsonArray{sample(result)}}})
                   .toJson(QJsonDocument::Compact) +
               '\n');
    file.flush();
}

} // namespace

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

ServerTest::~ServerTest()
{
    if (QThread::currentThread() == QCoreApplication::instance()->thread())
        reportContractErrors();
}

void ServerTest::checkContract(const QString& method, const QJsonValue& result)
{
    static QMutex mutex;
    const QMutexLocker locker(&mutex);
    static QJsonObject document; // what "#/components/schemas/…" points into (the same registry)
    if (m_contract.isEmpty()) {
        const QJsonObject doc = m_core->registry().openRpcDocument(QStringLiteral("test"));
        document = doc;
        for (const QJsonValue& m : doc.value(QLatin1String("methods")).toArray()) {
            const QJsonObject o = m.toObject();
            m_contract.insert(
                o.value(QLatin1String("name")).toString(),
                o.value(QLatin1String("result")).toObject().value(QLatin1String("schema")));
        }
    }
    if (method == QLatin1String("rpc.discover"))
        return;                  // the OpenRPC meta-schema checks it (server.contract)
    static JsonSchema validator; // under the mutex; keeps its compiled patterns
    const QStringList errors = validator.validate(result, m_contract.value(method), document);
    if (errors.isEmpty())
        return;
    const QString message = QStringLiteral("the reply of %1 does not match its declared schema "
                                           "(server/contract): %2")
                                .arg(method, errors.mid(0, 5).join(QStringLiteral("; ")));
    qWarning("%s", qPrintable(message));
    m_contractErrors.append(message);
    if (QThread::currentThread() == QCoreApplication::instance()->thread())
        reportContractErrors();
}

void ServerTest::reportContractErrors()
{
    // A worker thread's mismatch is reported by the next call on the test's own thread.
    if (m_contractErrors.isEmpty())
        return;
    const QString all = m_contractErrors.join(QLatin1Char('\n'));
    m_contractErrors.clear();
    QTest::qFail(qPrintable(all), __FILE__, __LINE__);
}

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
    record(method, params, reply.value(QLatin1String("result")));
    checkContract(method, reply.value(QLatin1String("result")));
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
