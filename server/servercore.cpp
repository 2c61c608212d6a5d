#include "server/servercore.h"

#include "server/module.h"
#include "server/modules/modules.h"
#include "server/platform/importmethods.h"
#include "server/platform/importservice.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/calllog.h"
#include "server/rpc/dispatcher.h"
#include "server/rpc/registry.h"
#include "server/storage/database.h"
#include "server/storage/migrator.h"
#include "server/storage/settings.h"

namespace Erp::Server {

ServerCore::ServerCore()
    : m_log(std::make_unique<Rpc::CallLog>())
{}

ServerCore::~ServerCore()
{
    for (const auto& module : m_modules)
        module->stop();
    m_dispatcher.reset();
    m_modules.clear();
    m_db.reset();
}

QString ServerCore::version()
{
    return QStringLiteral(ERP_VERSION);
}

Storage::Database& ServerCore::database()
{
    return *m_db;
}

Rpc::MethodRegistry& ServerCore::registry()
{
    return *m_registry;
}

Rpc::Dispatcher& ServerCore::dispatcher()
{
    return *m_dispatcher;
}

Rpc::CallLog& ServerCore::log()
{
    return *m_log;
}

Module* ServerCore::module(const QString& name) const
{
    for (const auto& m : m_modules)
        if (m->name() == name)
            return m.get();
    return nullptr;
}

bool ServerCore::open(const Options& options, QString* error)
{
    m_log->setEnabled(options.logCalls);
    QString urlError;
    const auto config = Storage::DatabaseConfig::fromUrl(options.databaseUrl, &urlError);
    if (!config) {
        *error = urlError;
        return false;
    }
    try {
        m_db = std::make_unique<Storage::Database>(*config);
        Storage::Migrator migrator(*m_db);
        const int applied = migrator.migrate();
        if (applied > 0)
            m_log->info(QStringLiteral("applied %1 migration(s); schema version %2")
                            .arg(applied)
                            .arg(Storage::Migrator::latestVersion()));
        registerModules();
        initializeStore(options);
    } catch (const Storage::StoreError& e) {
        *error = QStringLiteral("%1: %2").arg(config->displayName(), e.message);
        return false;
    } catch (const Rpc::Error& e) {
        *error = e.message;
        return false;
    }
    // The main thread's connection served start-up only; calls run on the workers.
    m_db->closeThreadConnection();
    m_db->startCheckpointer();
    for (const auto& module : m_modules)
        module->start(*m_db, *m_log);
    return true;
}

void ServerCore::registerModules()
{
    m_registry = std::make_unique<Rpc::MethodRegistry>();
    m_dispatcher = std::make_unique<Rpc::Dispatcher>(*m_db, *m_registry, *m_log);
    m_modules = createModules(*m_registry);
    m_imports = std::make_unique<Platform::ImportService>();
    Platform::registerImportMethods(*m_registry, *m_imports);
    for (const auto& module : m_modules) {
        module->registerImports(*m_imports);
        module->registerMethods(*m_registry);
        module->attach(*m_dispatcher);
    }
}

void ServerCore::initializeStore(const Options& options)
{
    Rpc::Identity system;
    system.username = QStringLiteral("system");
    // One transaction: a new store is either fully set up (with its demo data, if asked for)
    // or not at all.
    Storage::Transaction tx(*m_db, Storage::Transaction::ReadWrite);
    const bool fresh = Storage::setting(*m_db, QStringLiteral("initialized_at")).isEmpty();
    if (fresh) {
        if (options.initialAdminPassword.isEmpty())
            throw Rpc::Error(
                Rpc::InvalidParams,
                QStringLiteral("this is a new database: set ERP_ADMIN_PASSWORD to the password "
                               "of its first user, admin"));
        Rpc::CallContext ctx(*m_db, system, QStringLiteral("system.initialize"));
        const InitOptions init{options.initialAdminPassword, options.demo};
        for (const auto& module : m_modules)
            module->initialize(ctx, init);
        Storage::setSetting(*m_db, QStringLiteral("initialized_at"), Storage::nowText());
    }
    if (options.demo && Storage::setting(*m_db, QStringLiteral("demo_loaded_at")).isEmpty()) {
        // Demo customers and colleagues never go into a firm's real data.
        if (!fresh)
            throw Rpc::Error(
                Rpc::BusinessRule,
                QStringLiteral("refusing to load the demo company into an existing database "
                               "without it; use --demo with a new database"));
        Rpc::CallContext ctx(*m_db, system, QStringLiteral("system.demo"));
        for (const auto& module : m_modules)
            module->loadDemo(ctx);
        Storage::setSetting(*m_db, QStringLiteral("demo_loaded_at"), Storage::nowText());
        m_log->info(QStringLiteral("demo company loaded"));
    }
    tx.commit();
}

} // namespace Erp::Server
