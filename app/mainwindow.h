#pragma once

#include <QMainWindow>
#include <QSet>

class QLabel;
class QTabWidget;

namespace Erp::Client {

class ApiClient;
class AppSettings;
class ConnectionIndicator;
class LocalBackup;
class ModulePage;

/// Hosts one tab per module the user may use, the menus and the status bar (user, server or
/// company file, connection light). Everything else lives in the pages.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ApiClient& api, AppSettings& settings, const QString& language,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    QTabWidget* tabs() const { return m_tabs; }
    /// Shows `target` ("inventory/warehouses", "orders/new"): the tab whose page is named
    /// "<first part>Page", then the part the page opens. False when no tab has it.
    bool navigate(const QString& target);
    /// The server modules the company switched off (admin.module.list; refreshed on
    /// event.changed admin.module), whose tabs are hidden.
    QSet<QString> disabledModules() const { return m_disabledModules; }
    ModulePage* currentPage() const;
    ConnectionIndicator* connectionIndicator() const { return m_indicator; }
    /// File > Back Up… (local mode only).
    LocalBackup* localBackup() const { return m_localBackup; }

signals:
    /// The tabs were shown or hidden after the module switches were (re)loaded.
    void modulesApplied();
    void logoutRequested();
    void openCompanyRequested();
    void connectRequested();
    void languageRequested(const QString& code);
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus(const QString& language);
    void buildTabKeys();
    void buildStatusBar();
    void refresh();
    void focusSearch();
    void about();
    void sessionExpired();
    void loadModules();
    void applyModules(const QSet<QString>& disabled);
    void connectionLost(const QString& reason);

    ApiClient& m_api;
    AppSettings& m_settings;
    QTabWidget* m_tabs;
    ConnectionIndicator* m_indicator = nullptr;
    LocalBackup* m_localBackup = nullptr;
    QLabel* m_user = nullptr;
    QLabel* m_server = nullptr;
    bool m_leaving = false;
    QSet<QString> m_disabledModules;
};

} // namespace Erp::Client
