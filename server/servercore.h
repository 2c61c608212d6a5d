#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Erp::Storage {
class BackupDirectory;
class Database;
} // namespace Erp::Storage
namespace Erp::Platform {
class BackupService;
class EventBus;
class ImportService;
} // namespace Erp::Platform
namespace Erp::Rpc {
class Dispatcher;
class MethodRegistry;
class CallLog;
} // namespace Erp::Rpc

namespace Erp::Server {

class Module;
class ModuleCatalog;

/// The composition root of the server: opens the store, runs migrations, builds every module
/// and the method registry, and owns the dispatcher. Used by erp-server and — in local
/// single-user mode — embedded in erp-client: one implementation of every rule.
class ServerCore final
{
public:
    struct Options
    {
        QString databaseUrl;          ///< sqlite:/path or postgresql://user@host:port/db
        QString initialAdminPassword; ///< required when the store is new
        bool demo = false;            ///< load the demo company (once) into the store
        bool logCalls = true;         ///< one log line per call on stderr
        /// Where admin.backup.run writes (erp-server --backup DIR); empty: no backups on request.
        QString backupDirectory;
        int backupKeep = 7;          ///< backups kept in backupDirectory (0 = all)
        bool startBackground = true; ///< false: modules start no background work (restore)

        /// A store opened by a tool or a test: no demo, no call log.
        static Options store(const QString& url, const QString& adminPassword)
        {
            Options o;
            o.databaseUrl = url;
            o.initialAdminPassword = adminPassword;
            o.logCalls = false;
            return o;
        }
    };

    ServerCore();
    ~ServerCore();

    /// The name a company profile without one gets (local mode: the company file's name;
    /// default "My Company"). Set before open().
    void setCompanyName(const QString& name) { m_companyName = name; }

    /// Opens the store and prepares everything; false with a message on failure.
    bool open(const Options& options, QString* error);

    Storage::Database& database();
    Rpc::MethodRegistry& registry();
    Rpc::Dispatcher& dispatcher();
    Rpc::CallLog& log();
    /// The domain event bus the modules publish and subscribe on (tests subscribe too).
    Platform::EventBus& events();
    /// A module by its name() (tests reach a module's services through it); nullptr if none.
    Module* module(const QString& name) const;
    /// The modules in start order, their methods and which are switched off.
    ModuleCatalog& modules();
    /// The importable entities (tests compare an entity's bulk path with its row handler).
    Platform::ImportService& imports();

    /// The backup directory (--backup DIR); nullptr when none was configured.
    Storage::BackupDirectory* backups() const { return m_backupDirectory.get(); }

    /// Runs the stock check (inventory.stock.check) and the ledger check (finance.check) as
    /// the system; true when both are clean. `report` gets one line per check and problem.
    bool verifyStore(QStringList* report);

    static QString version();

private:
    void registerModules();
    void initializeStore(const Options& options);

    std::unique_ptr<Rpc::CallLog> m_log;
    std::unique_ptr<Platform::EventBus> m_events;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Rpc::MethodRegistry> m_registry;
    std::unique_ptr<Rpc::Dispatcher> m_dispatcher;
    std::unique_ptr<ModuleCatalog> m_catalog;
    QString m_companyName;
    std::unique_ptr<Platform::ImportService> m_imports;
    std::unique_ptr<Storage::BackupDirectory> m_backupDirectory;
    std::unique_ptr<Platform::BackupService> m_backups;
    std::vector<std::unique_ptr<Module>> m_modules;
};

} // namespace Erp::Server
