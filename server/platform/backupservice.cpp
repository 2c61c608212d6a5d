#include "server/platform/backupservice.h"

#include "server/rpc/callcontext.h"
#include "server/rpc/registry.h"
#include "server/storage/backup.h"

#include <QJsonArray>

namespace Erp::Platform {

using namespace Rpc;

namespace {

QJsonObject toJson(const Storage::BackupFile& f)
{
    return {{QStringLiteral("file"), f.name},
            {QStringLiteral("size"), f.size},
            {QStringLiteral("created_at"), f.createdAt.toString(Qt::ISODate)}};
}

QJsonObject fileSchema()
{
    const auto type = [](const char* t) {
        return QJsonObject{{QStringLiteral("type"), QLatin1String(t)}};
    };
    QJsonObject created = type("string");
    created.insert(QStringLiteral("format"), QStringLiteral("date-time"));
    QJsonObject schema = schemaObject({{QStringLiteral("file"), type("string")},
                                       {QStringLiteral("size"), type("integer")},
                                       {QStringLiteral("created_at"), created}});
    schema.insert(
        QStringLiteral("required"),
        QJsonArray{QStringLiteral("file"), QStringLiteral("size"), QStringLiteral("created_at")});
    return schema;
}

} // namespace

Storage::BackupDirectory& BackupService::directory() const
{
    if (!m_directory)
        throw Error(BusinessRule,
                    QStringLiteral("No backup directory is configured: start erp-server with "
                                   "--backup DIR"))
            .withId(QStringLiteral("admin.backup.not_configured"));
    return *m_directory;
}

QJsonObject BackupService::run(CallContext& ctx)
{
    Storage::BackupDirectory& dir = directory();
    Storage::BackupFile file;
    try {
        file = dir.run();
    } catch (const Storage::StoreError& e) {
        throw Error(BusinessRule, QStringLiteral("The backup failed: %1").arg(e.message),
                    QJsonObject{{QStringLiteral("reason"), e.message}})
            .withId(QStringLiteral("admin.backup.failed"), {{QStringLiteral("reason"), e.message}});
    }
    const QJsonObject result = toJson(file);
    // The backup ran outside any transaction (it must not hold the write lock); its audit
    // record is a short transaction of its own.
    try {
        Storage::Transaction tx(ctx.db, Storage::Transaction::ReadWrite);
        ctx.recordChange(QStringLiteral("backup"), 0, 0, QJsonValue(), result, false);
        tx.commit();
    } catch (const Storage::StoreError& e) {
        throw Error(BusinessRule,
                    QStringLiteral("The backup %1 was written but could not be recorded in the "
                                   "audit trail: %2")
                        .arg(file.name, e.message),
                    QJsonObject{{QStringLiteral("reason"), e.message}})
            .withId(QStringLiteral("admin.backup.failed"), {{QStringLiteral("reason"), e.message}});
    }
    return result;
}

QJsonObject BackupService::list() const
{
    const Storage::BackupDirectory& dir = directory();
    QJsonArray rows;
    for (const Storage::BackupFile& f : dir.list())
        rows.append(toJson(f));
    return {{QStringLiteral("directory"), dir.directory()},
            {QStringLiteral("keep"), dir.keep()},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("total"), rows.size()}};
}

void registerBackupMethods(MethodRegistry& r, BackupService& backups)
{
    BackupService* svc = &backups;
    const QString permission = QStringLiteral("admin.backup");
    // Without a store transaction: a backup reads its own snapshot and must not hold the
    // write lock while clerks work.
    r.add(MethodSpec(QStringLiteral("admin.backup.run"))
              .describe(QStringLiteral(
                  "Takes a consistent backup of the store now into the server's backup "
                  "directory (erp-server --backup DIR), prunes the oldest beyond --backup-keep "
                  "and records it in the audit trail. Returns {file, size, created_at}."))
              .needs(permission)
              .withoutStore()
              .returns(fileSchema())
              .handle([svc](CallContext& ctx, const QJsonObject&) -> QJsonValue {
                  return svc->run(ctx);
              }));
    QJsonObject listSchema = schemaListOf(fileSchema());
    QJsonObject listProps = listSchema.value(QStringLiteral("properties")).toObject();
    listProps.insert(QStringLiteral("directory"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}});
    listProps.insert(QStringLiteral("keep"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}});
    listSchema.insert(QStringLiteral("properties"), listProps);
    r.add(
        MethodSpec(QStringLiteral("admin.backup.list"))
            .describe(QStringLiteral("The backups in the server's backup directory, newest "
                                     "first: {directory, keep, rows: [{file, size, "
                                     "created_at}], total}."))
            .needs(permission)
            .withoutStore()
            .returns(listSchema)
            .handle([svc](CallContext&, const QJsonObject&) -> QJsonValue { return svc->list(); }));
}

} // namespace Erp::Platform
