#include "app/appsettings.h"

#include <QFileInfo>
#include <QSettings>

namespace Erp::Client {

namespace {
const QString kRecentFiles = QStringLiteral("recent/files");
const QString kRecentServers = QStringLiteral("recent/servers");
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("ui/mainWindowGeometry");

QString hostKey(const QString& key)
{
    QString k = key;
    k.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return k;
}
} // namespace

AppSettings::AppSettings()
    : m_settings(new QSettings)
{}

AppSettings::~AppSettings()
{
    delete m_settings;
}

QStringList AppSettings::recentFiles() const
{
    return m_settings->value(kRecentFiles).toStringList();
}

void AppSettings::addRecentFile(const QString& file)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecent)
        files.removeLast();
    m_settings->setValue(kRecentFiles, files);
}

void AppSettings::removeRecentFile(const QString& file)
{
    QStringList files = recentFiles();
    files.removeAll(file);
    m_settings->setValue(kRecentFiles, files);
}

QList<AppSettings::Server> AppSettings::recentServers() const
{
    QList<Server> servers;
    const QVariantList list = m_settings->value(kRecentServers).toList();
    for (const QVariant& v : list) {
        const QVariantMap m = v.toMap();
        Server s;
        s.host = m.value(QStringLiteral("host")).toString();
        s.port = quint16(m.value(QStringLiteral("port")).toUInt());
        s.tls = m.value(QStringLiteral("tls")).toBool();
        if (!s.host.isEmpty() && s.port > 0)
            servers.append(s);
    }
    return servers;
}

void AppSettings::addRecentServer(const Server& server)
{
    QList<Server> servers = recentServers();
    servers.removeAll(server);
    servers.prepend(server);
    QVariantList list;
    for (const Server& s : std::as_const(servers)) {
        if (list.size() >= MaxRecent)
            break;
        list.append(QVariantMap{{QStringLiteral("host"), s.host},
                                {QStringLiteral("port"), s.port},
                                {QStringLiteral("tls"), s.tls}});
    }
    m_settings->setValue(kRecentServers, list);
}

QByteArray AppSettings::trustedCertificate(const QString& serverKey) const
{
    return QByteArray::fromHex(
        m_settings->value(QStringLiteral("trust/") + hostKey(serverKey)).toByteArray());
}

void AppSettings::setTrustedCertificate(const QString& serverKey, const QByteArray& sha256)
{
    m_settings->setValue(QStringLiteral("trust/") + hostKey(serverKey), sha256.toHex());
}

QString AppSettings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString& code)
{
    m_settings->setValue(kLanguage, code);
}

QString AppSettings::lastUsername(const QString& connection) const
{
    return m_settings->value(QStringLiteral("login/") + hostKey(connection)).toString();
}

void AppSettings::setLastUsername(const QString& connection, const QString& username)
{
    m_settings->setValue(QStringLiteral("login/") + hostKey(connection), username);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace Erp::Client
