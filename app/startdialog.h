#pragma once

#include "app/appsettings.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QSslCertificate;
class QStackedWidget;
class QTabWidget;

namespace Erp::Client {

class ApiClient;
class BusyIndicator;
class FormErrors;

/// The first window: open or create a company file on this computer (local single-user mode),
/// or connect to a server. Recent files and servers are remembered. The dialog opens the
/// connection itself (showing progress and errors inline) and is accepted once the
/// ApiClient is connected; logging in follows in the LoginDialog.
class StartDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Page { OpenFile, NewFile, Server };

    StartDialog(ApiClient& api, AppSettings& settings, QWidget* parent = nullptr);
    ~StartDialog() override;

    void showPage(Page page);
    Page page() const;

    /// Opens `file` right away (command line --local for an existing file).
    void openFile(const QString& file);
    /// Creates `file` right away (e.g. --local NEW --demo).
    void createFile(const QString& file, const QString& adminPassword, bool demo);
    /// Prefills the new company form (--local NEW without --demo).
    void prepareNewFile(const QString& file);
    /// Connects right away (--server).
    void connectToServer(const AppSettings::Server& server);

    /// True when the accepted connection created a new company file.
    bool createdNewFile() const { return m_created; }
    /// The admin password the new company file was just created with (empty otherwise): the
    /// clerk who typed it twice is not asked for it a third time.
    QString createdPassword() const { return m_createdPassword; }

    // For tests and the command line.
    QListWidget* recentFilesList() const { return m_recentFiles; }
    QListWidget* recentServersList() const { return m_recentServers; }
    QLineEdit* newFileEdit() const { return m_newFile; }
    QLineEdit* adminPasswordEdit() const { return m_password; }
    QLineEdit* repeatPasswordEdit() const { return m_repeat; }
    QCheckBox* demoBox() const { return m_demo; }
    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portBox() const { return m_port; }
    QCheckBox* tlsBox() const { return m_tls; }
    QPushButton* primaryButton() const { return m_primary; }
    QString errorText() const;
    bool isBusy() const;

private:
    QWidget* buildLocalTab();
    QWidget* buildServerTab();
    void fillRecent();
    void updatePrimary();
    void primaryClicked();
    void browseOpen();
    void browseNew();
    void submitNewFile();
    void submitServer();
    void startLocal(const QString& file, const QString& adminPassword, bool demo);
    void startServer(const AppSettings::Server& server);
    void connected();
    void failed(const QString& reason);
    void askTrust(const QSslCertificate& certificate, const QStringList& errors);
    void setBusy(bool busy);

    ApiClient& m_api;
    AppSettings& m_settings;
    QTabWidget* m_tabs;
    QStackedWidget* m_localStack;
    QListWidget* m_recentFiles;
    QLineEdit* m_newFile;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QCheckBox* m_demo;
    QListWidget* m_recentServers;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QCheckBox* m_tls;
    FormErrors* m_errors;
    QLabel* m_message;
    BusyIndicator* m_busy;
    QPushButton* m_primary;
    QPushButton* m_cancel;
    QString m_pendingFile;
    AppSettings::Server m_pendingServer;
    bool m_pendingIsFile = false;
    bool m_created = false;
    QString m_createdPassword;
    bool m_busyState = false;
};

} // namespace Erp::Client
