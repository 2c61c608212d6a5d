#include "app/appcontroller.h"

#include "app/appsettings.h"
#include "app/language.h"
#include "app/logindialog.h"
#include "app/mainwindow.h"
#include "app/net/apiclient.h"
#include "app/pages/modulepage.h"
#include "app/setup/setupwizard.h"

#include <QApplication>
#include <QFileInfo>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>

namespace Erp::Client {

AppController::AppController(AppSettings& settings, Language& language, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_language(language)
    , m_api(std::make_unique<ApiClient>())
{}

AppController::~AppController()
{
    delete m_window;
    m_api.reset(); // closes the connection (and shuts an embedded server down)
}

bool AppController::start(const Options& options)
{
    m_options = options;
    return connectAndLogin([&options](StartDialog& dialog) {
        if (!options.localFile.isEmpty()) {
            const QString file = QFileInfo(options.localFile).absoluteFilePath();
            if (QFileInfo::exists(file))
                dialog.openFile(file);
            else if (options.demo)
                dialog.createFile(file, QString::fromLatin1(DemoPassword), true);
            else
                dialog.prepareNewFile(file);
        } else if (!options.server.isEmpty()) {
            AppSettings::Server server;
            const qsizetype colon = options.server.lastIndexOf(QLatin1Char(':'));
            server.host = colon > 0 ? options.server.left(colon) : options.server;
            if (server.host.startsWith(QLatin1Char('[')) && server.host.endsWith(QLatin1Char(']')))
                server.host = server.host.mid(1, server.host.size() - 2); // [::1]:7878
            server.port = colon > 0 ? quint16(options.server.mid(colon + 1).toUInt()) : 7878;
            if (server.port == 0)
                server.port = 7878;
            server.tls = options.tls;
            dialog.connectToServer(server);
        }
    });
}

bool AppController::connectAndLogin(const std::function<void(StartDialog&)>& prepare)
{
    bool first = true;
    for (;;) {
        StartDialog dialog(*m_api, m_settings);
        if (first && prepare)
            prepare(dialog);
        first = false;
        if (dialog.exec() != QDialog::Accepted) {
            m_api->close();
            return false;
        }
        if (login(dialog.createdPassword())) {
            showMainWindow();
            return true;
        }
        m_api->close(); // login cancelled: choose another company
    }
}

bool AppController::login(const QString& newFilePassword)
{
    LoginDialog dialog(*m_api);
    QString user = m_options.user;
    if (user.isEmpty())
        user = m_settings.lastUsername(m_api->serverName());
    if (!newFilePassword.isEmpty())
        user = QStringLiteral("admin"); // the only user of a new company file
    dialog.setUsername(user);
    if (m_options.demo && m_api->isLocal())
        dialog.setHint(
            tr("Demo company: user admin, password %1").arg(QLatin1String(DemoPassword)));
    if (!newFilePassword.isEmpty()) {
        dialog.setPassword(newFilePassword);
        QTimer::singleShot(0, &dialog, [&dialog] { dialog.loginButton()->click(); });
    }
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_settings.setLastUsername(m_api->serverName(), m_api->session().username);
    return true;
}

void AppController::showMainWindow()
{
    m_window = new MainWindow(*m_api, m_settings, m_language.current());
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_window, &MainWindow::logoutRequested, this, &AppController::logout,
            Qt::QueuedConnection);
    connect(
        m_window, &MainWindow::openCompanyRequested, this,
        [this] { switchCompany(StartDialog::Page::OpenFile); }, Qt::QueuedConnection);
    connect(
        m_window, &MainWindow::connectRequested, this,
        [this] { switchCompany(StartDialog::Page::Server); }, Qt::QueuedConnection);
    connect(m_window, &MainWindow::languageRequested, this, &AppController::changeLanguage,
            Qt::QueuedConnection);
    connect(m_window, &MainWindow::quitRequested, qApp, &QCoreApplication::quit,
            Qt::QueuedConnection);
    m_window->show();
    offerSetup();
}

void AppController::offerSetup()
{
    QPointer<MainWindow> window(m_window);
    Setup::SetupWizard::shouldOffer(*m_api, m_window, [this, window](bool offer) {
        if (!offer || !window)
            return;
        auto* wizard = new Setup::SetupWizard(*m_api, window);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &QWizard::finished, window, [window] {
            if (!window || window->tabs()->count() == 0)
                return;
            window->tabs()->setCurrentIndex(0); // the dashboard and its checklist
            if (ModulePage* page = window->currentPage())
                page->refresh();
        });
        wizard->open();
    });
}

void AppController::closeMainWindow()
{
    if (!m_window)
        return;
    m_settings.setWindowGeometry(m_window->saveGeometry());
    m_window->disconnect(this);
    m_window->hide();
    m_window->deleteLater();
    m_window = nullptr;
}

void AppController::logout()
{
    closeMainWindow();
    m_api->logout();
    if (m_api->state() == ApiClient::State::Connected && login()) {
        showMainWindow();
        return;
    }
    switchCompany(StartDialog::Page::OpenFile);
}

void AppController::switchCompany(StartDialog::Page page)
{
    closeMainWindow();
    m_api->close();
    m_options = Options(); // the command line applied to the first company only
    if (!connectAndLogin([page](StartDialog& dialog) { dialog.showPage(page); }))
        QCoreApplication::quit();
}

void AppController::changeLanguage(const QString& code)
{
    m_settings.setLanguage(code);
    m_language.install(code);
    if (!m_window)
        return;
    const int tab = m_window->tabs()->currentIndex();
    closeMainWindow();
    showMainWindow(); // built again, in the new language
    m_window->tabs()->setCurrentIndex(tab);
}

} // namespace Erp::Client
