#include "server/servercore.h"

#include "server/module.h"
#include "server/modules/modules.h"
#include "server/platform/backupservice.h"
#include "server/platform/eventbus.h"
#include "server/platform/importmethods.h"
#include "server/platform/importservice.h"
#include "server/platform/modulecatalog.h"
#include "server/platform/moduleorder.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/calllog.h"
#include "server/rpc/dispatcher.h"
#include "server/rpc/registry.h"
#include "server/storage/backup.h"
#include "server/storage/database.h"
#include "server/storage/migrator.h"
#include "server/storage/settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <stdexcept>

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
    m_catalog.reset();
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

Platform::EventBus& ServerCore::events()
{
    return *m_events;
}

ModuleCatalog& ServerCore::modules()
{
    return *m_catalog;
}

Platform::ImportService& ServerCore::imports()
{
    return *m_imports;
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
    if (!options.backupDirectory.isEmpty())
        m_backupDirectory = std::make_unique<Storage::BackupDirectory>(
            *config, options.backupDirectory, options.backupKeep);
    m_backups = std::make_unique<Platform::BackupService>(m_backupDirectory.get());
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
    } catch (const std::runtime_error& e) { // the modules' declarations do not add up
        *error = QString::fromUtf8(e.what());
        return false;
    }
    // The main thread's connection served start-up only; calls run on the workers.
    m_db->closeThreadConnection();
    m_db->startCheckpointer();
    if (options.startBackground)
        for (const auto& module : m_modules)
            module->start(*m_db, *m_log);
    return true;
}

void ServerCore::registerModules()
{
    m_registry = std::make_unique<Rpc::MethodRegistry>();
    m_events = std::make_unique<Platform::EventBus>();
    m_dispatcher = std::make_unique<Rpc::Dispatcher>(*m_db, *m_registry, *m_log, *m_events);
    m_catalog = std::make_unique<ModuleCatalog>(*m_db);
    auto built = createModules(*m_registry, *m_events, *m_catalog);
    QList<ModuleDeclaration> declarations;
    for (const auto& module : built)
        declarations.append({module->name(), module->dependencies(), module->startsAfter()});
    for (int i : startOrder(declarations))
        m_modules.push_back(std::move(built[size_t(i)]));
    m_imports = std::make_unique<Platform::ImportService>();
    Platform::registerImportMethods(*m_registry, *m_imports);
    Platform::registerBackupMethods(*m_registry, *m_backups);
    m_imports->setModuleSwitch(
        [this](const QString& module) { return m_catalog->isEnabled(module); });
    for (const auto& module : m_modules) {
        module->registerImports(*m_imports);
        QSet<QString> before;
        for (const Rpc::MethodSpec* m : m_registry->methods())
            before.insert(m->name);
        module->registerMethods(*m_registry);
        for (const Rpc::MethodSpec* m : m_registry->methods())
            if (!before.contains(m->name))
                m_catalog->ownMethod(m->name, module->name());
        m_catalog->addModule(
            {module->name(), module->description(), module->dependencies(), module->isCore()});
        module->attach(*m_dispatcher);
    }
    m_dispatcher->setModuleGate(m_catalog.get());
}

bool ServerCore::verifyStore(QStringList* report)
{
    Rpc::Identity system;
    system.userId = 1; // a logged-in caller for the dispatcher; the checks write nothing
    system.username = QStringLiteral("system");
    system.grants = {QStringLiteral("*")};
    system.grantsEpoch = m_dispatcher->grantsEpoch();
    bool clean = true;
    const auto check = [&](const QString& method, const QString& problemsKey) {
        Rpc::Dispatcher::Outcome outcome;
        outcome.identity = system;
        const QJsonObject reply =
            m_dispatcher
                ->handleMessage(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                            {QStringLiteral("id"), 1},
                                            {QStringLiteral("method"), method},
                                            {QStringLiteral("params"), QJsonObject()}},
                                outcome)
                .toObject();
        const QJsonObject error = reply.value(QLatin1String("error")).toObject();
        if (!error.isEmpty()) {
            const int code = error.value(QLatin1String("code")).toInt();
            const QString id = error.value(QLatin1String("data"))
                                   .toObject()
                                   .value(QLatin1String("message_id"))
                                   .toString();
            if (code == Rpc::MethodNotFound || id == QLatin1String("platform.module.disabled")) {
                report->append(QStringLiteral("%1: skipped (%2)")
                                   .arg(method, error.value(QLatin1String("message")).toString()));
                return;
            }
            clean = false;
            report->append(QStringLiteral("%1: failed: %2")
                               .arg(method, error.value(QLatin1String("message")).toString()));
            return;
        }
        const QJsonArray problems =
            reply.value(QLatin1String("result")).toObject().value(problemsKey).toArray();
        if (problems.isEmpty()) {
            report->append(QStringLiteral("%1: clean").arg(method));
            return;
        }
        clean = false;
        report->append(QStringLiteral("%1: %2 problem(s)").arg(method).arg(problems.size()));
        for (qsizetype i = 0; i < qMin<qsizetype>(problems.size(), 20); ++i)
            report->append(
                QStringLiteral("  ") +
                QString::fromUtf8(
                    QJsonDocument(problems.at(i).toObject()).toJson(QJsonDocument::Compact)));
    };
    check(QStringLiteral("inventory.stock.check"), QStringLiteral("differences"));
    check(QStringLiteral("finance.check"), QStringLiteral("problems"));
    return clean;
}

void ServerCore::initializeStore(const Options& options)
{
    Rpc::Identity system;
    system.username = QStringLiteral("system");
    // One transaction: a new store is either fully set up (with its demo data, if asked for)
    // or not at all.
    Storage::Transaction tx(*m_db, Storage::Transaction::ReadWrite);
    const bool fresh = Storage::setting(*m_db, QStringLiteral("initialized_at")).isEmpty();
    InitOptions init{options.initialAdminPassword, options.demo, m_companyName, {}};
    for (const auto& module : m_modules)
        init.defaultGrants.append(module->defaultGrants());
    if (fresh) {
        if (options.initialAdminPassword.isEmpty())
            throw Rpc::Error(
                Rpc::InvalidParams,
                QStringLiteral("this is a new database: set ERP_ADMIN_PASSWORD to the password "
                               "of its first user, admin"))
                .withId(QStringLiteral("system.admin_password_required"));
        Rpc::CallContext ctx(*m_db, system, QStringLiteral("system.initialize"));
        for (const auto& module : m_modules)
            module->initialize(ctx, init);
        Storage::setSetting(*m_db, QStringLiteral("initialized_at"), Storage::nowText());
    }
    {
        Rpc::CallContext ctx(*m_db, system, QStringLiteral("system.prepare"));
        for (const auto& module : m_modules)
            module->prepare(ctx, init);
    }
    if (options.demo && Storage::setting(*m_db, QStringLiteral("demo_loaded_at")).isEmpty()) {
        // Demo customers and colleagues never go into a firm's real data.
        if (!fresh)
            throw Rpc::Error(
                Rpc::BusinessRule,
                QStringLiteral("refusing to load the demo company into an existing database "
                               "without it; use --demo with a new database"))
                .withId(QStringLiteral("system.demo_existing_database"));
        Rpc::CallContext ctx(*m_db, system, QStringLiteral("system.demo"));
        for (const auto& module : m_modules)
            module->loadDemo(ctx);
        for (const auto& module : m_modules)
            module->loadLateDemo(ctx);
        Storage::setSetting(*m_db, QStringLiteral("demo_loaded_at"), Storage::nowText());
        m_log->info(QStringLiteral("demo company loaded"));
    }
    m_catalog->reload();
    tx.commit();
}

} // namespace Erp::Server
