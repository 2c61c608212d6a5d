#pragma once

#include <QString>

#include <memory>
#include <vector>

namespace Erp::Storage {
class Database;
}
namespace Erp::Platform {
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
    std::vector<std::unique_ptr<Module>> m_modules;
};

} // namespace Erp::Server
