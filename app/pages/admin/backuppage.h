#pragma once

#include "app/pages/admin/backupclient.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Erp::Client::Admin {

/// Admin > Backup: the backups in the server's backup directory (newest first) and "Back Up
/// Now", which waits for the server to write one while clerks keep working. A server started
/// without --backup says so instead.
class BackupPage final : public QWidget
{
    Q_OBJECT
public:
    explicit BackupPage(ApiClient& api, QWidget* parent = nullptr);

    void reload();
    /// Asks the server for a backup now (the button does the same).
    void backUpNow();

    QTableWidget* table() const { return m_table; }
    QPushButton* backUpButton() const { return m_backUp; }
    /// The line above the list: the last result or error; empty when none is shown.
    QString message() const;
    bool isRunning() const { return m_running; }

signals:
    void loaded();
    /// A backup asked for by backUpNow() ended.
    void backupFinished(bool ok);

private:
    void fill(const BackupListing& listing);
    void showMessage(const QString& text, bool error);
    void finish();

    BackupClient m_client;
    QLabel* m_where;
    QLabel* m_message;
    QTableWidget* m_table;
    QPushButton* m_backUp;
    QPushButton* m_refresh;
    bool m_running = false;
};

} // namespace Erp::Client::Admin
