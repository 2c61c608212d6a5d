#pragma once

#include "app/startdialog.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Erp::Client {

class ApiClient;
class AppSettings;
class Language;
class MainWindow;

/// The client's composition root: owns the ApiClient and walks the user through the start
/// dialog, the login and the main window — and back on Log Out, Open Company or a language
/// switch (the main window is rebuilt in the new language).
class AppController final : public QObject
{
    Q_OBJECT
public:
    /// What the command line asked for.
    struct Options
    {
        QString localFile; ///< --local FILE
        bool demo = false; ///< --demo
        QString server;    ///< --server HOST:PORT
        bool tls = false;  ///< --tls
        QString user;      ///< --user NAME
    };

    static constexpr const char* DemoPassword = "admin";

    AppController(AppSettings& settings, Language& language, QObject* parent = nullptr);
    ~AppController() override;

    /// Shows the start and login dialogs, then the main window. False when the user quit.
    bool start(const Options& options);

    ApiClient& api() const { return *m_api; }
    MainWindow* mainWindow() const { return m_window; }

private:
    bool connectAndLogin(const std::function<void(StartDialog&)>& prepare);
    /// Shows the login dialog; with the password a new company file was just created with, it
    /// logs in as admin at once (the dialog stays only to show a failure).
    bool login(const QString& newFilePassword = {});
    void showMainWindow();
    /// Opens the new-company wizard over the main window when the company was never set up
    /// (a new company file, a new server's first administrator); Finish shows the dashboard.
    void offerSetup();
    void closeMainWindow();
    void logout();
    void switchCompany(StartDialog::Page page);
    void changeLanguage(const QString& code);

    AppSettings& m_settings;
    Language& m_language;
    std::unique_ptr<ApiClient> m_api;
    MainWindow* m_window = nullptr;
    Options m_options;
};

} // namespace Erp::Client
