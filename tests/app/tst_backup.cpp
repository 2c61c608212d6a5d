// Backups from the client against real servers: Admin > Backup lists the server's backups and
// "Back Up Now" writes one (an in-process server over TCP with a backup directory); a server
// without one says so; in local mode File > Back Up… copies the open company file, and the copy
// opens as a company file with the data in it.
#include "apptest.h"

#include "app/appsettings.h"
#include "app/localbackup.h"
#include "app/mainwindow.h"
#include "app/net/apiclient.h"
#include "app/net/embeddedtransport.h"
#include "app/net/servermessages.h"
#include "app/net/tcptransport.h"
#include "app/pages/admin/adminpage.h"
#include "app/pages/admin/backuppage.h"
#include "server/net/rpcserver.h"
#include "server/servercore.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Erp;
using namespace Erp::Client;
using namespace Erp::Client::Admin;

class TestBackup final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_backup"));
        QVERIFY(m_dir.isValid());
    }

    void adminBackupPageBacksUpNow()
    {
        // A server started with --backup DIR, reached over TCP as clerks reach it.
        Erp::Server::ServerCore core;
        Erp::Server::ServerCore::Options options;
        options.databaseUrl = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("s.db"));
        options.initialAdminPassword = QStringLiteral("secret-admin");
        options.logCalls = false;
        options.backupDirectory = m_dir.filePath(QStringLiteral("server-backups"));
        options.backupKeep = 2;
        QString error;
        QVERIFY2(core.open(options, &error), qPrintable(error));
        Erp::Server::RpcServer server(core, Erp::Server::RpcServer::Options());
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        ApiClient api;
        QSignalSpy opened(&api, &ApiClient::opened);
        api.open(
            new TcpTransport({QStringLiteral("127.0.0.1"), server.serverPort(), false, {}, 5000}));
        QVERIFY(opened.wait(10000));
        bool loggedIn = false;
        api.login(
            QStringLiteral("admin"), QStringLiteral("secret-admin"), this, [&] { loggedIn = true; },
            [](const Rpc::Error& e) { qWarning() << e.message; });
        QTRY_VERIFY_WITH_TIMEOUT(loggedIn, 20000);

        // The Admin tab has the page for an administrator.
        AdminPage admin(api);
        QVERIFY(admin.findChild<BackupPage*>());
        QVERIFY(admin.open(QStringLiteral("admin/backup")));

        BackupPage page(api);
        QSignalSpy loaded(&page, &BackupPage::loaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.table()->rowCount(), 0);
        QVERIFY2(page.message().contains(QStringLiteral("No backups yet")),
                 qPrintable(page.message()));
        QVERIFY(page.backUpButton()->isEnabled());
        QCOMPARE(page.backUpButton()->text(), QStringLiteral("Back &Up Now"));

        QSignalSpy finished(&page, &BackupPage::backupFinished);
        page.backUpButton()->click();
        QVERIFY(page.isRunning());
        QVERIFY(!page.backUpButton()->isEnabled());
        QVERIFY(QApplication::overrideCursor()); // a wait cursor while the server works
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!QApplication::overrideCursor());
        QVERIFY(page.backUpButton()->isEnabled());
        QTRY_COMPARE(page.table()->rowCount(), 1);
        const QString file = page.table()->item(0, 0)->text();
        QVERIFY2(page.message().contains(file) &&
                     page.message().contains(QStringLiteral("written")),
                 qPrintable(page.message()));
        QVERIFY(QFileInfo(QDir(options.backupDirectory).filePath(file)).isFile());
        QVERIFY(file.endsWith(QStringLiteral(".erp")));
        api.close();
        server.shutdown();
    }

    void serverWithoutBackupDirectorySaysSo()
    {
        Test::LocalCompany company; // the embedded server has no --backup
        QVERIFY(company.create());
        QVERIFY(company.login());
        BackupPage page(company.api());
        QSignalSpy loaded(&page, &BackupPage::loaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.message(),
                 ServerMessages::text(QStringLiteral("admin.backup.not_configured"), {}));
        QVERIFY(!page.backUpButton()->isEnabled());
    }

    void localModeBacksUpTheOpenCompanyFile()
    {
        Test::LocalCompany company;
        QVERIFY(company.create());
        QVERIFY(company.login());
        const QJsonObject customer =
            company
                .call(QStringLiteral("crm.customer.create"),
                      {{"name", QStringLiteral("备份前的客户 Before the backup")}})
                .toObject();
        QVERIFY(customer.value(QLatin1String("id")).toInteger() > 0);

        AppSettings settings;
        MainWindow window(company.api(), settings, QStringLiteral("en"));
        auto* action = window.findChild<QAction*>(QStringLiteral("backUpAction"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("&Back Up…"));
        QVERIFY(action->isVisible());
        LocalBackup* backup = window.localBackup();
        QVERIFY(backup->isAvailable());
        QVERIFY(LocalBackup::suggestedName(company.file()).endsWith(QStringLiteral(".erp")));

        const QString target = m_dir.filePath(QStringLiteral("local-copy.erp"));
        QSignalSpy finished(backup, &LocalBackup::finished);
        QVERIFY(backup->backUpTo(target));
        QVERIFY(QApplication::overrideCursor());
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(!QApplication::overrideCursor());
        QVERIFY(QFileInfo(target).size() > 0);
        QVERIFY(!QFileInfo::exists(target + QStringLiteral(".partial")));
        // The open file cannot be its own backup.
        QSignalSpy refused(backup, &LocalBackup::finished);
        QVERIFY(!backup->backUpTo(company.file()));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(0).toBool(), false);
        for (QWidget* w : QApplication::topLevelWidgets())
            if (qobject_cast<QDialog*>(w))
                w->close();

        // File > Open Company opens the copy: a company file with the customer in it.
        ApiClient copy;
        QSignalSpy opened(&copy, &ApiClient::opened);
        copy.open(new EmbeddedTransport({target, QString(), false}));
        QVERIFY(opened.wait(60000));
        bool loggedIn = false;
        copy.login(
            QStringLiteral("admin"), QString::fromLatin1(Test::LocalCompany::AdminPassword), this,
            [&] { loggedIn = true; }, [](const Rpc::Error& e) { qWarning() << e.message; });
        QTRY_VERIFY_WITH_TIMEOUT(loggedIn, 20000);
        const QJsonObject list =
            Test::callOn(copy, QStringLiteral("crm.customer.list"), {{"search", "备份前"}})
                .toObject();
        QCOMPARE(list.value(QLatin1String("total")).toInt(), 1);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestBackup)
#include "tst_backup.moc"
