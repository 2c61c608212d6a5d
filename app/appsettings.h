#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QSettings;

namespace Erp::Client {

/// What the client remembers between runs (QSettings): recent company files and servers,
/// certificates the user chose to trust, the language and the window layout.
class AppSettings final
{
public:
    struct Server
    {
        QString host;
        quint16 port = 7878;
        bool tls = false;

        QString key() const { return QStringLiteral("%1:%2").arg(host).arg(port); }
        bool operator==(const Server& o) const { return host == o.host && port == o.port; }
    };

    static constexpr int MaxRecent = 8;

    AppSettings();
    ~AppSettings();

    QStringList recentFiles() const;
    /// Moves `file` to the front of the recent files (absolute path).
    void addRecentFile(const QString& file);
    void removeRecentFile(const QString& file);

    QList<Server> recentServers() const;
    void addRecentServer(const Server& server);

    /// SHA-256 of a server certificate the user trusted for "host:port" (empty when none).
    QByteArray trustedCertificate(const QString& serverKey) const;
    void setTrustedCertificate(const QString& serverKey, const QByteArray& sha256);

    /// "en" or "zh_CN"; empty = follow the system.
    QString language() const;
    void setLanguage(const QString& code);

    QString lastUsername(const QString& connection) const;
    void setLastUsername(const QString& connection, const QString& username);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    void sync();

private:
    QSettings* m_settings;
};

} // namespace Erp::Client
