// Renders the client's main screens to PNG files (offscreen) for the docs and for review:
//   QT_QPA_PLATFORM=offscreen erp-client-screenshots OUTDIR [en|zh_CN] [dark]
// Uses a real demo company file in a temporary directory.
#include "app/appcontroller.h"
#include "app/application.h"
#include "app/appsettings.h"
#include "app/language.h"
#include "app/logindialog.h"
#include "app/mainwindow.h"
#include "app/models/remotetablemodel.h"
#include "app/net/apiclient.h"
#include "app/net/embeddedtransport.h"
#include "app/pages/admin/adminclient.h"
#include "app/pages/admin/adminpage.h"
#include "app/pages/admin/auditpage.h"
#include "app/pages/admin/companypage.h"
#include "app/pages/admin/modulespage.h"
#include "app/pages/admin/roledialog.h"
#include "app/pages/admin/userdialog.h"
#include "app/startdialog.h"
#include "app/widgets/formerrors.h"
#include "app/widgets/listpage.h"
#include "app/widgets/theme.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Erp::Client;

namespace {
QString g_out;
QString g_lang;

void save(QWidget* w, const QString& name);
} // namespace

void saveShot(QWidget* w, const QString& name)
{
    save(w, name);
}

/// Where the picture `name` goes (OUTDIR/name-LANG.png).
QString shotPath(const QString& name)
{
    return QDir(g_out).filePath(QStringLiteral("%1-%2.png").arg(name, g_lang));
}

bool waitFor(const std::function<bool()>& done)
{
    return QTest::qWaitFor(done, 60000);
}

void customerScreenshots(MainWindow& window, ApiClient& api);    // screenshotcustomers.cpp
void orderScreenshots(MainWindow& window, ApiClient& api);       // screenshotorders.cpp
void inventoryScreenshots(MainWindow& window, ApiClient& api);   // screenshotinventory.cpp
void financeScreenshots(MainWindow& window, ApiClient& api);     // screenshotfinance.cpp
void financeEmptyScreenshots(MainWindow& window);                // screenshotfinance.cpp
void documentScreenshots(ApiClient& api);                        // screenshotsetup.cpp
void setupWizardScreenshots(MainWindow& window, ApiClient& api); // screenshotsetup.cpp

namespace {
void save(QWidget* w, const QString& name)
{
    QTest::qWait(150);
    const QString file = QDir(g_out).filePath(QStringLiteral("%1-%2.png").arg(name, g_lang));
    w->grab().save(file);
    qInfo("%s", qPrintable(file));
}

bool wait(const std::function<bool()>& done)
{
    return QTest::qWaitFor(done, 60000);
}
} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    g_out = args.value(1, QStringLiteral("."));
    g_lang = args.value(2, QStringLiteral("en"));
    if (args.contains(QStringLiteral("dark")))
        qputenv("ERP_THEME", "dark");
    QDir().mkpath(g_out);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("erp-screenshots"));
    QSettings().clear();
    initResources();
    Theme::apply(app);
    Language language;
    language.install(g_lang);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.erp"));
    AppSettings settings;
    settings.addRecentFile(QDir::home().filePath(QStringLiteral("Documents/acme-trading.erp")));
    settings.addRecentServer({QStringLiteral("erp.example.com"), 7443, true});
    ApiClient api;

    // Start dialog creating the demo company.
    StartDialog start(api, settings);
    start.show();
    start.prepareNewFile(file);
    save(&start, QStringLiteral("start-new"));
    start.createFile(file, QStringLiteral("admin-demo-1"), true);
    if (!wait(
            [&] { return start.result() == QDialog::Accepted || !start.errorText().isEmpty(); }) ||
        start.result() != QDialog::Accepted) {
        qCritical("cannot create the demo company: %s", qPrintable(start.errorText()));
        return 1;
    }
    api.close();
    StartDialog recent(api, settings);
    recent.show();
    save(&recent, QStringLiteral("start"));
    recent.openFile(file);
    wait([&] { return recent.result() == QDialog::Accepted; });

    LoginDialog login(api);
    login.setUsername(QStringLiteral("admin"));
    login.setPassword(QStringLiteral("wrong"));
    login.setHint(QCoreApplication::translate("Erp::Client::AppController",
                                              "Demo company: user admin, password %1")
                      .arg(QLatin1String(AppController::DemoPassword)));
    login.show();
    QTest::mouseClick(login.loginButton(), Qt::LeftButton);
    wait([&] { return !login.errorText().isEmpty(); });
    save(&login, QStringLiteral("login"));
    login.passwordEdit()->setText(QStringLiteral("admin-demo-1"));
    QTest::mouseClick(login.loginButton(), Qt::LeftButton);
    wait([&] { return login.result() == QDialog::Accepted; });

    MainWindow window(api, settings, g_lang);
    window.resize(1240, 760);
    window.show();
    auto* admin = window.findChild<Admin::AdminPage*>();
    window.tabs()->setCurrentWidget(admin);
    auto* users = qobject_cast<ListPage*>(admin->sections()->widget(0));
    wait([&] { return users->model()->isLoaded(); });
    // One colleague left the company: an inactive badge, and an update in the audit trail.
    Admin::AdminClient admins(api);
    const int leaver = users->model()->rowCount() > 2 ? 2 : 0;
    const QJsonObject row = users->model()->row(leaver);
    bool deactivated = false;
    admins.setUserActive(row.value(QLatin1String("id")).toInteger(),
                         row.value(QLatin1String("version")).toInteger(), false, &window,
                         [&](const Admin::User&) { deactivated = true; }, {});
    wait([&] {
        return deactivated &&
               !users->model()->row(leaver).value(QLatin1String("active")).toBool(true);
    });
    users->view()->selectRow(1);
    save(&window, QStringLiteral("users"));

    admin->sections()->setCurrentIndex(1);
    auto* roles = qobject_cast<ListPage*>(admin->sections()->widget(1));
    wait([&] { return roles->model()->isLoaded(); });
    save(&window, QStringLiteral("roles"));

    admin->sections()->setCurrentIndex(2);
    auto* audit = qobject_cast<Admin::AuditPage*>(admin->sections()->widget(2));
    wait([&] { return audit->model()->isLoaded(); });
    for (int row = 0; row < audit->model()->rowCount(); ++row) {
        if (audit->model()
                ->row(row)
                .value(QLatin1String("method"))
                .toString()
                .contains(QLatin1String("update")) ||
            row == audit->model()->rowCount() - 1) {
            audit->view()->selectRow(row);
            break;
        }
    }
    save(&window, QStringLiteral("audit"));
    admin->sections()->setCurrentIndex(0);

    Admin::AdminClient client(api);
    Admin::UserDialog user(client, 0, true, &window);
    user.show();
    wait([&] { return user.isReady(); });
    user.usernameEdit()->setText(QStringLiteral("Li Lei"));
    user.passwordEdit()->setText(QStringLiteral("123"));
    user.repeatEdit()->setText(QStringLiteral("123"));
    QTest::mouseClick(user.saveButton(), Qt::LeftButton);
    wait([&] { return user.errors().hasErrors(); });
    save(&user, QStringLiteral("user-dialog"));
    user.hide();

    Admin::RoleDialog role(client, users->model()->idAt(0) > 0 ? 2 : 1, true, &window);
    role.show();
    wait([&] { return role.isReady(); });
    save(&role, QStringLiteral("role-dialog"));
    role.hide();

    // Admin > Company and Admin > Modules.
    for (int i = 0; i < admin->sections()->count(); ++i) {
        if (auto* company = qobject_cast<Admin::CompanyPage*>(admin->sections()->widget(i))) {
            admin->sections()->setCurrentIndex(i);
            wait([&] { return company->version() > 0; });
            save(&window, QStringLiteral("company"));
        } else if (auto* modules =
                       qobject_cast<Admin::ModulesPage*>(admin->sections()->widget(i))) {
            admin->sections()->setCurrentIndex(i);
            wait([&] { return modules->table()->rowCount() > 0; });
            save(&window, QStringLiteral("modules"));
        }
    }
    admin->sections()->setCurrentIndex(0);

    customerScreenshots(window, api);
    orderScreenshots(window, api);
    inventoryScreenshots(window, api);
    financeScreenshots(window, api);
    documentScreenshots(api);

    // A new, empty company: the getting-started panel, then its first warehouse.
    window.hide();
    ApiClient fresh;
    StartDialog create(fresh, settings);
    create.show();
    const QString newFile = dir.filePath(QStringLiteral("new-company.erp"));
    create.prepareNewFile(newFile);
    create.createFile(newFile, QStringLiteral("admin-new-1"), false);
    if (!wait([&] { return create.result() == QDialog::Accepted; }))
        return 1;
    create.hide();
    LoginDialog freshLogin(fresh);
    freshLogin.setUsername(QStringLiteral("admin"));
    freshLogin.passwordEdit()->setText(QStringLiteral("admin-new-1"));
    freshLogin.show();
    QTest::mouseClick(freshLogin.loginButton(), Qt::LeftButton);
    wait([&] { return freshLogin.result() == QDialog::Accepted; });
    freshLogin.hide();
    MainWindow empty(fresh, settings, g_lang);
    empty.resize(1240, 760);
    empty.show();
    QTest::qWait(1500);
    save(&empty, QStringLiteral("getting-started"));
    empty.navigate(QStringLiteral("inventory/warehouses"));
    QTest::qWait(800);
    save(&empty, QStringLiteral("warehouses-empty"));
    financeEmptyScreenshots(empty);
    setupWizardScreenshots(empty, fresh);
    return 0;
}
