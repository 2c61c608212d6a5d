#include "app/pages/admin/backupclient.h"

#include <QJsonArray>

namespace Erp::Client::Admin {

BackupEntry BackupEntry::fromJson(const QJsonObject& o)
{
    BackupEntry b;
    b.file = o.value(QLatin1String("file")).toString();
    b.size = o.value(QLatin1String("size")).toInteger();
    b.createdAt =
        QDateTime::fromString(o.value(QLatin1String("created_at")).toString(), Qt::ISODate);
    return b;
}

void BackupClient::list(QObject* context, Done<BackupListing> done, Fail fail)
{
    m_api.call(
        QStringLiteral("admin.backup.list"), {}, context,
        [done = std::move(done)](const QJsonValue& v) {
            const QJsonObject o = v.toObject();
            BackupListing listing;
            listing.directory = o.value(QLatin1String("directory")).toString();
            listing.keep = o.value(QLatin1String("keep")).toInt();
            for (const QJsonValue& row : o.value(QLatin1String("rows")).toArray())
                listing.backups.append(BackupEntry::fromJson(row.toObject()));
            done(listing);
        },
        std::move(fail));
}

void BackupClient::run(QObject* context, Done<BackupEntry> done, Fail fail)
{
    m_api.call(
        QStringLiteral("admin.backup.run"), {}, context,
        [done = std::move(done)](const QJsonValue& v) {
            done(BackupEntry::fromJson(v.toObject()));
        },
        std::move(fail));
}

} // namespace Erp::Client::Admin
