#include "app/mainwindow.h"

#include "app/appsettings.h"
#include "app/changepassworddialog.h"
#include "app/language.h"
#include "app/localbackup.h"
#include "app/net/apiclient.h"
#include "app/net/errortext.h"
#include "app/pages/modulepage.h"
#include "app/pages/pages.h"
#include "app/widgets/connectionindicator.h"
#include "app/widgets/listpage.h"
#include "app/widgets/theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QStatusBar>
#include <QTabWidget>

#include <algorithm>

namespace Erp::Client {

MainWindow::MainWindow(ApiClient& api, AppSettings& settings, const QString& language,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_api(api)
    , m_settings(settings)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/erp.svg")));
    const QString where = api.isLocal() ? QFileInfo(api.serverName()).fileName() : api.serverName();
    // The window system adds the application's name ("demo.erp — ERP").
    setWindowTitle(where);
    m_tabs->setDocumentMode(true);

    const QList<ModulePage*> pages = createModulePages(api, m_tabs);
    for (ModulePage* page : pages) {
        m_tabs->addTab(page, page->icon(), page->title());
        connect(page, &ModulePage::navigateRequested, this, &MainWindow::navigate);
    }
    if (pages.isEmpty()) {
        auto* empty = new QLabel(tr("No module is available to your account yet.\nAsk an "
                                    "administrator to give you a role."),
                                 this);
        empty->setObjectName(QStringLiteral("noModules"));
        empty->setAlignment(Qt::AlignCenter);
        setCentralWidget(empty);
        m_tabs->hide();
    } else {
        setCentralWidget(m_tabs);
    }

    buildMenus(language);
    buildTabKeys();
    buildStatusBar();
    connect(&api, &ApiClient::sessionExpired, this, &MainWindow::sessionExpired);
    connect(&api, &ApiClient::connectionLost, this, &MainWindow::connectionLost);
    connect(&api, &ApiClient::resumed, this,
            [this] { statusBar()->showMessage(tr("Reconnected."), 5000); });
    connect(&api, &ApiClient::unhandledError, this, [this](const QString&, const Rpc::Error& e) {
        statusBar()->showMessage(ErrorText::describe(e), 10000);
    });
    // A module switched on or off (Admin > Modules, by anyone): show or hide its tabs.
    connect(&api, &ApiClient::eventChanged, this, [this](const QString& entity) {
        if (entity == QLatin1String("admin.module"))
            loadModules();
    });
    loadModules();

    if (!restoreGeometry(settings.windowGeometry()))
        resize(1180, 720);
}

MainWindow::~MainWindow() = default;

ModulePage* MainWindow::currentPage() const
{
    return qobject_cast<ModulePage*>(m_tabs->currentWidget());
}

void MainWindow::loadModules()
{
    m_api.call(
        QStringLiteral("admin.module.list"), {}, this,
        [this](const QJsonValue& result) {
            QSet<QString> disabled;
            for (const QJsonValue& v : result.toObject().value(QLatin1String("modules")).toArray())
                if (!v.toObject().value(QLatin1String("enabled")).toBool(true))
                    disabled.insert(v.toObject().value(QLatin1String("name")).toString());
            applyModules(disabled);
        },
        [](const Rpc::Error&) {}); // an older server without switches: every tab stays
}

void MainWindow::applyModules(const QSet<QString>& disabled)
{
    m_disabledModules = disabled;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* page = qobject_cast<ModulePage*>(m_tabs->widget(i));
        if (!page)
            continue;
        page->applyDisabledModules(disabled);
        const QStringList modules = page->serverModules();
        const bool shown = modules.isEmpty() ||
                           std::any_of(modules.begin(), modules.end(),
                                       [&](const QString& m) { return !disabled.contains(m); });
        m_tabs->setTabVisible(i, shown);
    }
    emit modulesApplied();
}

void MainWindow::buildMenus(const QString& language)
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open =
        file->addAction(Theme::icon(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton),
                        tr("&Open Company…"), this, &MainWindow::openCompanyRequested);
    open->setShortcut(QKeySequence::Open);
    file->addAction(Theme::icon(QStringLiteral("network-server"), QStyle::SP_DriveNetIcon),
                    tr("&Connect to Server…"), this, &MainWindow::connectRequested);
    // Local mode: a copy of the open company file; a server's backups are in Admin > Backup.
    m_localBackup = new LocalBackup(m_api, this);
    QAction* backUp = file->addAction(
        Theme::icon(QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton),
        tr("&Back Up…"), m_localBackup, &LocalBackup::start);
    backUp->setObjectName(QStringLiteral("backUpAction"));
    backUp->setVisible(m_localBackup->isAvailable());
    connect(file, &QMenu::aboutToShow, backUp,
            [this, backUp] { backUp->setVisible(m_localBackup->isAvailable()); });
    file->addSeparator();
    file->addAction(Theme::icon(QStringLiteral("system-log-out"), QStyle::SP_DialogCloseButton),
                    tr("&Log Out"), this, &MainWindow::logoutRequested);
    QAction* quit = file->addAction(
        Theme::icon(QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton), tr("&Quit"),
        this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // The list pages own Ctrl+F (focus is inside them); the menu shows the key as a reminder.
    edit->addAction(Theme::icon(QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView),
                    tr("&Find") + QStringLiteral("\t") +
                        QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText),
                    this, &MainWindow::focusSearch);
    edit->addSeparator();
    edit->addAction(Theme::icon(QStringLiteral("dialog-password"), QStyle::SP_DialogResetButton),
                    tr("Change My &Password…"), this, [this] {
                        auto* dialog = new ChangePasswordDialog(m_api, this);
                        dialog->setAttribute(Qt::WA_DeleteOnClose);
                        connect(dialog, &QDialog::accepted, this, [this] {
                            statusBar()->showMessage(tr("Your password was changed."), 8000);
                        });
                        dialog->open();
                    });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refresh =
        view->addAction(Theme::icon(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload),
                        tr("&Refresh"), this, &MainWindow::refresh);
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu* languages = menuBar()->addMenu(tr("&Language"));
    auto* group = new QActionGroup(this);
    for (const QString& code : Language::available()) {
        QAction* a = languages->addAction(Language::nativeName(code));
        a->setCheckable(true);
        a->setChecked(code == language);
        a->setActionGroup(group);
        connect(a, &QAction::triggered, this, [this, code, language] {
            if (code != language)
                emit languageRequested(code);
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(Theme::icon(QStringLiteral("help-about"), QStyle::SP_MessageBoxInformation),
                    tr("&About ERP"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

bool MainWindow::navigate(const QString& target)
{
    const QString tab = target.section(QLatin1Char('/'), 0, 0);
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* page = qobject_cast<ModulePage*>(m_tabs->widget(i));
        if (!page || page->objectName() != tab + QStringLiteral("Page"))
            continue;
        m_tabs->setCurrentIndex(i); // first, so that a dialog the page opens sits on top
        return page->open(target);
    }
    return false;
}

void MainWindow::buildTabKeys()
{
    // Ctrl+PgDn / Ctrl+PgUp step through the tabs (wrapping), Ctrl+1 … Ctrl+9 jump to one.
    const auto step = [this](int delta) {
        const int n = m_tabs->count();
        if (n > 0)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + delta + n) % n);
    };
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this), &QShortcut::activated,
            this, [step] { step(1); });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this), &QShortcut::activated,
            this, [step] { step(-1); });
    for (int i = 0; i < 9; ++i) {
        auto* key = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(key, &QShortcut::activated, this, [this, i] {
            if (i < m_tabs->count())
                m_tabs->setCurrentIndex(i);
        });
    }
}

void MainWindow::buildStatusBar()
{
    const Session& s = m_api.session();
    m_user = new QLabel(this);
    m_user->setObjectName(QStringLiteral("statusUser"));
    m_user->setText(s.fullName.isEmpty() ? tr("User: %1").arg(s.username)
                                         : tr("User: %1 (%2)").arg(s.fullName, s.username));
    m_user->setToolTip(tr("Roles: %1").arg(s.roles.join(QLatin1String(", "))));
    m_server = new QLabel(this);
    m_server->setObjectName(QStringLiteral("statusServer"));
    if (m_api.isLocal()) {
        m_server->setText(tr("Company file: %1").arg(QFileInfo(m_api.serverName()).fileName()));
        m_server->setToolTip(m_api.serverName());
    } else {
        m_server->setText(tr("Server: %1").arg(m_api.serverName()));
    }
    m_indicator = new ConnectionIndicator(m_api, this);
    statusBar()->addPermanentWidget(m_user);
    statusBar()->addPermanentWidget(m_server);
    statusBar()->addPermanentWidget(m_indicator);
}

void MainWindow::refresh()
{
    if (ModulePage* page = currentPage())
        page->refresh();
}

void MainWindow::focusSearch()
{
    QWidget* page = m_tabs->currentWidget();
    if (!page)
        return;
    const QList<ListPage*> lists = page->findChildren<ListPage*>();
    for (ListPage* list : lists) {
        if (list->isVisible()) {
            list->focusSearch();
            return;
        }
    }
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About ERP"),
        tr("<h3>ERP %1</h3><p>Customers, orders and resources of a company in one system.</p>"
           "<p>Connected to: %2</p><p>Built with Qt %3.</p>")
            .arg(QApplication::applicationVersion(), m_api.serverName().toHtmlEscaped(),
                 QString::fromLatin1(qVersion())));
}

void MainWindow::sessionExpired()
{
    if (m_leaving)
        return;
    m_leaving = true;
    QMessageBox::information(this, tr("Session Ended"),
                             tr("The server ended your session. Please log in again."));
    emit logoutRequested();
}

void MainWindow::connectionLost(const QString& reason)
{
    if (m_api.state() == ApiClient::State::Reconnecting) {
        statusBar()->showMessage(tr("Connection lost: %1 Reconnecting…").arg(reason));
        return;
    }
    if (m_leaving)
        return;
    m_leaving = true;
    QMessageBox::warning(this, tr("Connection Closed"), reason);
    emit openCompanyRequested();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindowGeometry(saveGeometry());
    event->accept();
    emit quitRequested();
}

} // namespace Erp::Client
