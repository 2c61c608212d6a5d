#pragma once

#include "server/rpc/modulegate.h"

#include <QHash>
#include <QReadWriteLock>
#include <QSet>
#include <QStringList>

#include <atomic>

namespace Erp::Storage {
class Database;
}

namespace Erp::Server {

/// A module as Admin > Modules shows it.
struct ModuleInfo
{
    QString name;
    QString description;
    QStringList dependencies;
    bool core = false;
};

/// The modules of this server (in start order), which module registered which method, and
/// which modules the company switched off (table module_states; a module without a row is on).
/// The switched-off set is held in memory and reloaded after a call that switched a module
/// committed (its epoch counts the reloads), so the dispatcher's check costs a hash lookup.
class ModuleCatalog final : public Rpc::ModuleGate
{
public:
    /// The entity of event.changed and the audit trail when a module is switched.
    static const QString Entity;

    explicit ModuleCatalog(Storage::Database& db)
        : m_db(db)
    {}

    /// Set up once at start (before any call): the modules in start order, their methods.
    void addModule(const ModuleInfo& info) { m_modules.append(info); }
    void ownMethod(const QString& method, const QString& module);

    const QList<ModuleInfo>& modules() const { return m_modules; }
    const ModuleInfo* find(const QString& name) const;
    /// The module that registered `method` (empty if none).
    QString moduleOf(const QString& method) const { return m_methodModule.value(method); }

    /// Reads the switches from the store (the caller's transaction, or a statement of its own).
    void reload();
    bool isEnabled(const QString& module) const;
    quint64 epoch() const { return m_epoch.load(); }

    QString disabledModuleOf(const QString& method) const override;
    void committed(const QList<Rpc::ChangeEvent>& changes) override;

private:
    Storage::Database& m_db;
    QList<ModuleInfo> m_modules;
    QHash<QString, QString> m_methodModule;
    mutable QReadWriteLock m_lock;
    QSet<QString> m_disabled;
    std::atomic<bool> m_anyDisabled{false};
    std::atomic<quint64> m_epoch{0};
};

} // namespace Erp::Server
