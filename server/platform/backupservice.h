#pragma once

#include <QJsonObject>

namespace Erp::Storage {
class BackupDirectory;
}
namespace Erp::Rpc {
class MethodRegistry;
struct CallContext;
} // namespace Erp::Rpc

namespace Erp::Platform {

/// Backups on request of an administrator (admin.backup.*), into the directory the server was
/// started with (erp-server --backup DIR); without one both methods answer -32030
/// admin.backup.not_configured.
class BackupService final
{
public:
    /// `directory` may be null (no --backup); it outlives the service.
    explicit BackupService(Storage::BackupDirectory* directory)
        : m_directory(directory)
    {}

    /// Takes a backup now (the call waits for it) and records it in the audit trail (entity
    /// "backup"): {file, size, created_at}. -32030 admin.backup.failed with the reason.
    QJsonObject run(Rpc::CallContext& ctx);
    /// {directory, keep, rows: [{file, size, created_at}]}, newest first.
    QJsonObject list() const;

private:
    Storage::BackupDirectory& directory() const;

    Storage::BackupDirectory* m_directory;
};

/// admin.backup.run and admin.backup.list (permission admin.backup).
void registerBackupMethods(Rpc::MethodRegistry& registry, BackupService& backups);

} // namespace Erp::Platform
