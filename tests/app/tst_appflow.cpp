// The whole client flow through the AppController, as a user clicks it: --local NEW asks for
// the admin password twice and logs in with it (no third time), the main window opens; the language
// switches at run time; Log Out returns to the login.
#include "apptest.h"

#include "app/appcontroller.h"
#include "app/appsettings.h"
#include "app/language.h"
#include "app/logindialog.h"
#include "app/mainwindow.h"
#include "app/startdialog.h"

#include <QApplication>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Erp::Client;

namespace {
/// Runs `step` on the next modal dialog of type T once it is open.
template <typename T>
void whenModal(std::function<void(T*)> step)
{
    QTimer::singleShot(20, [step] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget()))
            step(dialog);
        else
            whenModal<T>(step);
    });
}

QStringList menuTitles(MainWindow* window)
{
    QStringList titles;
    for (QAction* a : window->menuBar()->actions())
        titles.append(a->text());
    return titles;
}
} // namespace

class TestAppFlow final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Test::isolateSettings(QStringLiteral("tst_appflow")); }

    void localNewFileToMainWindowAndBack()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("new/company.erp"));
        AppSettings settings;
        Language language;
        language.install(QStringLiteral("en"));
        AppController controller(settings, language);

        whenModal<StartDialog>([file](StartDialog* d) {
            QCOMPARE(d->page(), StartDialog::Page::NewFile);
            QCOMPARE(QFileInfo(d->newFileEdit()->text()).absoluteFilePath(), file);
            d->adminPasswordEdit()->setText(QStringLiteral("flow-password"));
            d->repeatPasswordEdit()->setText(QStringLiteral("flow-password"));
            d->primaryButton()->click();
        });
        // No login step: the password was just typed twice.
        AppController::Options options;
        options.localFile = file;
        QVERIFY(controller.start(options));
        QCOMPARE(controller.api().session().username, QStringLiteral("admin"));
        QVERIFY(QFileInfo::exists(file));
        QCOMPARE(settings.recentFiles().value(0), file);
        QCOMPARE(controller.api().state(), ApiClient::State::LoggedIn);
        MainWindow* window = controller.mainWindow();
        QVERIFY(window && window->isVisible());
        // Dashboard, Customers, Orders, Inventory, Finance, Admin
        QCOMPARE(window->tabs()->count(), 7);
        QCOMPARE(menuTitles(window).value(0), QStringLiteral("&File"));

        // Language > 简体中文: the window is rebuilt in Chinese, the session stays.
        QAction* chinese = nullptr;
        for (QAction* a : window->findChildren<QAction*>()) {
            if (a->text() == QStringLiteral("简体中文"))
                chinese = a;
        }
        QVERIFY(chinese);
        chinese->trigger();
        QTRY_VERIFY(controller.mainWindow() && controller.mainWindow() != window);
        window = controller.mainWindow();
        QCOMPARE(menuTitles(window).value(0), QStringLiteral("文件(&F)"));
        QCOMPARE(window->tabs()->tabText(1), QStringLiteral("客户")); // after the Dashboard
        QCOMPARE(window->tabs()->tabText(window->tabs()->count() - 1), QStringLiteral("系统管理"));
        QCOMPARE(settings.language(), QStringLiteral("zh_CN"));
        QCOMPARE(controller.api().state(), ApiClient::State::LoggedIn);
        language.install(QStringLiteral("en"));

        // File > Log Out: the login dialog comes back; logging in again opens the window.
        bool loginShown = false;
        whenModal<LoginDialog>([&loginShown](LoginDialog* d) {
            loginShown = true;
            d->passwordEdit()->setText(QStringLiteral("flow-password"));
            d->loginButton()->click();
        });
        emit window->logoutRequested();
        QTRY_VERIFY(loginShown);
        QTRY_VERIFY(controller.mainWindow() && controller.mainWindow() != window);
        QCOMPARE(controller.api().state(), ApiClient::State::LoggedIn);
    }

    void demoHintForAnExistingFile()
    {
        Test::LocalCompany company;
        QVERIFY(company.create());
        const QString file = company.file();
        company.api().close();

        AppSettings settings;
        Language language;
        AppController controller(settings, language);
        QString hint;
        QString password;
        whenModal<LoginDialog>([&](LoginDialog* d) {
            hint = d->hintText();
            password = d->passwordEdit()->text();
            // Then quit at the start dialog that comes back.
            whenModal<StartDialog>([](StartDialog* s) { s->reject(); });
            d->reject();
        });
        AppController::Options options;
        options.localFile = file;
        options.demo = true;
        QVERIFY(!controller.start(options));
        QCOMPARE(hint, QStringLiteral("Demo company: user admin, password %1")
                           .arg(QLatin1String(AppController::DemoPassword)));
        QVERIFY(password.isEmpty()); // only a file created right now gets the password filled in
    }
};

QTEST_MAIN(TestAppFlow)
#include "tst_appflow.moc"
