#pragma once

#include <QString>

namespace Erp::Storage {
class Database;
}

namespace Erp::Rpc {
class CallLog;
class Dispatcher;
class MethodRegistry;
struct CallContext;
} // namespace Erp::Rpc

namespace Erp::Server {

namespace Platform {
class ImportService;
}

/// What a new store needs from whoever creates it.
struct InitOptions
{
    QString adminPassword;
    bool demo = false; ///< a demo company: the well-known demo password is accepted as is
};

/// A business module: a vertical slice under server/modules/<name>/ (service, repository,
/// methods, migrations). The composition root (ServerCore) creates each module once.
class Module
{
public:
    virtual ~Module() = default;
    virtual QString name() const = 0;
    /// Registers the module's methods; handlers call the module's services.
    virtual void registerMethods(Rpc::MethodRegistry& registry) = 0;
    /// Makes the module's entities importable (platform.import.*, the client's import wizard).
    virtual void registerImports(Platform::ImportService& imports) { (void)imports; }
    /// Hooks into the dispatcher (the admin module supplies identity refreshes).
    virtual void attach(Rpc::Dispatcher& dispatcher) { (void)dispatcher; }
    /// First start on an empty store (inside a transaction), e.g. the admin user.
    virtual void initialize(Rpc::CallContext& ctx, const InitOptions& options)
    {
        (void)ctx;
        (void)options;
    }
    /// Loads the demo company's data of this module (inside a transaction).
    virtual void loadDemo(Rpc::CallContext& ctx) { (void)ctx; }
    /// The store is ready: start the module's background work (the mail sender).
    virtual void start(Storage::Database& db, Rpc::CallLog& log)
    {
        (void)db;
        (void)log;
    }
    /// The store is about to close: finish background work.
    virtual void stop() {}
};

} // namespace Erp::Server
