// erp-datagen --db URL --customers N: adds N generated customers (demo-like data, Chinese and
// English, all provinces) in transactions of 5,000, straight through the crm repository. Bulk
// loading for benchmarks: these rows are not audited.
#include "server/modules/crm/customerrepository.h"
#include "server/modules/crm/demodata.h"
#include "server/servercore.h"
#include "server/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Store URL."),
                                   QStringLiteral("url"));
    const QCommandLineOption countOpt(QStringLiteral("customers"),
                                      QStringLiteral("How many to add."), QStringLiteral("n"),
                                      QStringLiteral("1000000"));
    cli.addOptions({dbOpt, countOpt});
    cli.process(app);

    Erp::Server::ServerCore core;
    QString error;
    const QString password =
        qEnvironmentVariable("ERP_ADMIN_PASSWORD", QStringLiteral("admin-password"));
    if (!core.open(Erp::Server::ServerCore::Options::store(cli.value(dbOpt), password), &error)) {
        std::fprintf(stderr, "erp-datagen: %s\n", qPrintable(error));
        return 2;
    }
    Erp::Storage::Database& db = core.database();
    Erp::Server::Crm::CustomerRepository repo(db);
    const int count = cli.value(countOpt).toInt();
    int first = 0;
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM customers"));
        first = q.next() ? q.value(0).toInt() : 0;
    }
    QRandomGenerator rng(quint32(first + 42));
    QElapsedTimer timer;
    timer.start();
    constexpr int Batch = 5000;
    for (int done = 0; done < count;) {
        Erp::Storage::Transaction tx(db, Erp::Storage::Transaction::ReadWrite);
        const int n = qMin(Batch, count - done);
        for (int i = 0; i < n; ++i) {
            const int index = first + done + i + 1;
            Erp::Server::Crm::Customer c = Erp::Server::Crm::demoCustomer(index, rng);
            c.code = QStringLiteral("G%1").arg(index, 7, 10, QLatin1Char('0'));
            if (index % 50 == 0)
                c.status = QStringLiteral("archived");
            repo.insert(c);
        }
        tx.commit();
        done += n;
        std::fprintf(stderr, "\r%d / %d customers, %.0f/s", done, count,
                     done / (timer.elapsed() / 1000.0 + 1e-9));
    }
    std::fprintf(stderr, "\n");
    {
        // Planner statistics for the new data.
        QSqlQuery q(db.connection());
        q.exec(db.dialect() == Erp::Storage::Dialect::Sqlite ? QStringLiteral("ANALYZE")
                                                             : QStringLiteral("ANALYZE customers"));
    }
    std::printf("added %d customers in %.1f s\n", count, timer.elapsed() / 1000.0);
    db.closeThreadConnection();
    return 0;
}
