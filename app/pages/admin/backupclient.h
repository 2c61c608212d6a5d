#pragma once

#include "app/net/apiclient.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace Erp::Client::Admin {

/// One backup file on the server.
struct BackupEntry
{
    QString file;
    qint64 size = 0;
    QDateTime createdAt; ///< UTC

    static BackupEntry fromJson(const QJsonObject& o);
};

/// What admin.backup.list answers.
struct BackupListing
{
    QString directory; ///< on the server
    int keep = 0;      ///< 0 = all are kept
    QList<BackupEntry> backups;
};

/// Typed calls of the server's backups (admin.backup.*). Every handler runs later, and only
/// while `context` is alive.
class BackupClient final
{
public:
    template <typename T>
    using Done = std::function<void(const T&)>;
    using Fail = ApiClient::ErrorHandler;

    static QString permission() { return QStringLiteral("admin.backup"); }

    explicit BackupClient(ApiClient& api)
        : m_api(api)
    {}

    void list(QObject* context, Done<BackupListing> done, Fail fail);
    /// Takes a backup now; answers when it is written.
    void run(QObject* context, Done<BackupEntry> done, Fail fail);

private:
    ApiClient& m_api;
};

} // namespace Erp::Client::Admin
