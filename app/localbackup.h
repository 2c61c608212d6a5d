#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace Erp::Client {

class ApiClient;

/// File > Back Up… in local single-user mode: asks where to, writes a consistent copy of the
/// open company file there on a helper thread (a wait cursor meanwhile; the user may keep
/// working) and says how it went. The copy is itself a company file: File > Open opens it.
class LocalBackup final : public QObject
{
    Q_OBJECT
public:
    LocalBackup(ApiClient& api, QWidget* window);

    /// True when a company file is open in this process (not a server connection).
    bool isAvailable() const;
    /// Asks for the target file (a dated name beside the company file), then backUpTo().
    void start();
    /// Writes the backup to `file`; false (with a message shown) when it cannot start.
    bool backUpTo(const QString& file);
    bool isRunning() const { return m_running; }

    /// A dated file name for a backup of `companyFile`, in the same folder.
    static QString suggestedName(const QString& companyFile);

signals:
    /// The backup ended; `message` is what the user was told.
    void finished(bool ok, const QString& message);

private:
    void done(const QString& target, qint64 size, const QString& error);

    ApiClient& m_api;
    QPointer<QWidget> m_window;
    bool m_running = false;
};

} // namespace Erp::Client
