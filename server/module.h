#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Erp::Storage {
class Database;
}

namespace Erp::Rpc {
class CallLog;
class Dispatcher;
class MethodRegistry;
struct CallContext;
} // namespace Erp::Rpc

namespace Erp::Platform {
class ImportService;
}

namespace Erp::Server {

/// Grants a module gives a role by default (its own permissions only). Applied once per
/// (role, grant): what an admin removes later stays removed (admin module:
/// AdminService::seedGrants).
struct RoleGrants
{
    QString role;
    QString description; ///< used only when the role does not exist yet and is created
    QStringList grants;
    /// Record rules of the module switched on for the role (e.g. a manager sees only his
    /// reports), given once per (role, rule) like the grants: an admin may switch them off.
    QStringList recordRules = {};
};

/// What a new store needs from whoever creates it (and what every start brings to it).
struct InitOptions
{
    QString adminPassword;
    bool demo = false;   ///< a demo company: the well-known demo password is accepted as is
    QString companyName; ///< the name a new company profile starts with ("My Company" if empty)
    QList<RoleGrants> defaultGrants; ///< every module's, in start order (seeded by admin)
};

/// A business module: a vertical slice under server/modules/<name>/ (service, repository,
/// methods, migrations). The composition root (ServerCore) creates each module once.
class Module
{
public:
    virtual ~Module() = default;
    virtual QString name() const = 0;
    /// One line for Admin > Modules (English; the client translates by the module's name).
    virtual QString description() const = 0;
    /// Modules this one needs (their services, their tables): it starts after them, and none of
    /// them can be switched off while this one is on. A missing name is a start-up error.
    virtual QStringList dependencies() const { return {}; }
    /// Modules this one merely starts after when they exist (e.g. their demo data first); no
    /// dependency: either may be switched off.
    virtual QStringList startsAfter() const { return {}; }
    /// A core module (system, admin) cannot be switched off.
    virtual bool isCore() const { return false; }
    /// The grants this module gives built-in roles (see RoleGrants).
    virtual QList<RoleGrants> defaultGrants() const { return {}; }
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
    /// Every start, after initialize (inside the start-up transaction): bring the store's own
    /// records of the module up to date, e.g. name a company profile that has no name yet.
    virtual void prepare(Rpc::CallContext& ctx, const InitOptions& options)
    {
        (void)ctx;
        (void)options;
    }
    /// Loads the demo company's data of this module (inside a transaction).
    virtual void loadDemo(Rpc::CallContext& ctx) { (void)ctx; }
    /// After every module's loadDemo (same transaction): demo data that needs the others'
    /// (the crm pipeline's won opportunities become orders of the demo products).
    virtual void loadLateDemo(Rpc::CallContext& ctx) { (void)ctx; }
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
