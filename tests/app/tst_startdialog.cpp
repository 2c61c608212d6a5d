// The start dialog creates a local company file (admin password asked twice), remembers it
// among the recent files, and opens it again from there.
#include "apptest.h"

#include "app/appsettings.h"
#include "app/net/apiclient.h"
#include "app/startdialog.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Erp::Client;

class TestStartDialog final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Test::isolateSettings(QStringLiteral("tst_startdialog")); }

    void createsCompanyFileAndRemembersIt()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("acme.erp"));
        AppSettings settings;
        ApiClient api;
        StartDialog dialog(api, settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.recentFilesList()->count(), 0);

        auto* newButton = dialog.findChild<QPushButton*>(QStringLiteral("newCompanyButton"));
        QVERIFY(newButton);
        QTest::mouseClick(newButton, Qt::LeftButton);
        QCOMPARE(dialog.page(), StartDialog::Page::NewFile);
        QCOMPARE(dialog.primaryButton()->text(), QStringLiteral("Create"));

        dialog.newFileEdit()->setText(file);
        // Too short, then not repeated correctly: explained under the fields, nothing created.
        dialog.adminPasswordEdit()->setText(QStringLiteral("short"));
        dialog.repeatPasswordEdit()->setText(QStringLiteral("short"));
        QTest::mouseClick(dialog.primaryButton(), Qt::LeftButton);
        QVERIFY(dialog.errorText().contains(QStringLiteral("at least 8")));
        dialog.adminPasswordEdit()->setText(QStringLiteral("long-enough-1"));
        dialog.repeatPasswordEdit()->setText(QStringLiteral("long-enough-2"));
        QTest::mouseClick(dialog.primaryButton(), Qt::LeftButton);
        QVERIFY(dialog.errorText().contains(QStringLiteral("do not match")));
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(!dialog.isBusy());

        dialog.repeatPasswordEdit()->setText(QStringLiteral("long-enough-1"));
        QTest::mouseClick(dialog.primaryButton(), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
        QVERIFY(dialog.createdNewFile());
        QCOMPARE(api.state(), ApiClient::State::Connected);
        QVERIFY(api.isLocal());
        QVERIFY(QFileInfo::exists(file));
        QCOMPARE(settings.recentFiles().value(0), QFileInfo(file).absoluteFilePath());

        // The file's first user is admin with the password typed twice.
        bool loggedIn = false;
        api.login(
            QStringLiteral("admin"), QStringLiteral("long-enough-1"), this,
            [&] { loggedIn = true; }, [](const Erp::Rpc::Error& e) { qWarning() << e.message; });
        QTRY_VERIFY_WITH_TIMEOUT(loggedIn, 10000);
        QCOMPARE(api.state(), ApiClient::State::LoggedIn);
        api.close();

        // A new start dialog lists the file first and opens it from there.
        StartDialog again(api, settings);
        again.show();
        QCOMPARE(again.page(), StartDialog::Page::OpenFile);
        QCOMPARE(again.recentFilesList()->count(), 1);
        QVERIFY(again.recentFilesList()->item(0)->text().startsWith(QStringLiteral("acme.erp")));
        QVERIFY(again.primaryButton()->isEnabled());
        QTest::mouseClick(again.primaryButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(again.result(), int(QDialog::Accepted), 30000);
        QVERIFY(!again.createdNewFile());
        QCOMPARE(api.state(), ApiClient::State::Connected);
        QCOMPARE(api.serverName(), QFileInfo(file).absoluteFilePath());
        api.close();
    }

    void refusesToOverwriteAnExistingFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("taken.erp"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a company");
        }
        AppSettings settings;
        ApiClient api;
        StartDialog dialog(api, settings);
        dialog.prepareNewFile(file);
        dialog.adminPasswordEdit()->setText(QStringLiteral("long-enough-1"));
        dialog.repeatPasswordEdit()->setText(QStringLiteral("long-enough-1"));
        QTest::mouseClick(dialog.primaryButton(), Qt::LeftButton);
        QVERIFY(dialog.errorText().contains(QStringLiteral("already exists")));
        QVERIFY(!dialog.isBusy());
        QCOMPARE(QFileInfo(file).size(), qint64(13)); // untouched
    }

    void explainsAMissingFile()
    {
        AppSettings settings;
        ApiClient api;
        StartDialog dialog(api, settings);
        dialog.show();
        dialog.openFile(QStringLiteral("/nonexistent/dir/missing.erp"));
        QTRY_VERIFY(dialog.errorText().contains(QStringLiteral("does not exist")));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.isVisible());
        QCOMPARE(api.state(), ApiClient::State::Disconnected);
    }

    void remembersServers()
    {
        AppSettings settings;
        settings.addRecentServer({QStringLiteral("erp.example.com"), 7443, true});
        settings.addRecentServer({QStringLiteral("10.0.0.5"), 7878, false});
        settings.addRecentServer({QStringLiteral("erp.example.com"), 7443, true}); // moves up
        ApiClient api;
        StartDialog dialog(api, settings);
        QCOMPARE(dialog.recentServersList()->count(), 2);
        dialog.showPage(StartDialog::Page::Server);
        dialog.recentServersList()->setCurrentRow(0);
        QCOMPARE(dialog.hostEdit()->text(), QStringLiteral("erp.example.com"));
        QCOMPARE(dialog.portBox()->value(), 7443);
        QVERIFY(dialog.tlsBox()->isChecked());
        dialog.hostEdit()->clear();
        QTest::mouseClick(dialog.primaryButton(), Qt::LeftButton);
        QVERIFY(!dialog.errorText().isEmpty());
        QCOMPARE(api.state(), ApiClient::State::Disconnected);
    }
};

QTEST_MAIN(TestStartDialog)
#include "tst_startdialog.moc"
