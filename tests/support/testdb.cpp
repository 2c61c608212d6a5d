#include "tests/support/testdb.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <stdexcept>

namespace Erp::Test {

QString backend()
{
    const QString b = qEnvironmentVariable("ERP_TEST_BACKEND", QStringLiteral("sqlite"));
    return b == QLatin1String("postgres") ? b : QStringLiteral("sqlite");
}

static QString postgresPort()
{
    const QString dir = qEnvironmentVariable("ERP_TEST_PG_DIR");
    QFile f(dir + QStringLiteral("/port"));
    if (dir.isEmpty() || !f.open(QIODevice::ReadOnly))
        throw std::runtime_error("PostgreSQL test server not running: run the tests through ctest "
                                 "(fixture postgres.start) or set ERP_TEST_PG_DIR");
    return QString::fromLatin1(f.readAll()).trimmed();
}

QString databaseUrl(const QString& tag)
{
    static QAtomicInt serial;
    const QString name =
        QStringLiteral("t_%1_%2_%3")
            .arg(tag.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")),
                                       QStringLiteral("_")))
            .arg(QCoreApplication::applicationPid())
            .arg(++serial);
    if (backend() == QLatin1String("sqlite")) {
        static QTemporaryDir dir; // removed when the test process ends
        if (!dir.isValid())
            throw std::runtime_error("cannot create a temporary directory");
        return QStringLiteral("sqlite:") + dir.filePath(name + QStringLiteral(".db"));
    }
    const QString port = postgresPort();
    {
        QSqlDatabase admin =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("test-admin"));
        admin.setHostName(QStringLiteral("127.0.0.1"));
        admin.setPort(port.toInt());
        admin.setUserName(QStringLiteral("postgres"));
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.open())
            throw std::runtime_error("cannot reach the PostgreSQL test server: " +
                                     admin.lastError().text().toStdString());
        QSqlQuery q(admin);
        // The name is generated above from [a-z0-9_] only; CREATE DATABASE takes no parameters.
        if (!q.exec(QStringLiteral("CREATE DATABASE ") + name))
            throw std::runtime_error("cannot create a test database: " +
                                     q.lastError().text().toStdString());
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-admin"));
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(port, name);
}

} // namespace Erp::Test
