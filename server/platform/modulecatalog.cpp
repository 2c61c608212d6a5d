#include "server/platform/modulecatalog.h"

#include "server/platform/platformrepository.h"
#include "server/rpc/callcontext.h"

namespace Erp::Server {

const QString ModuleCatalog::Entity = QStringLiteral("admin.module");

void ModuleCatalog::ownMethod(const QString& method, const QString& module)
{
    m_methodModule.insert(method, module);
}

const ModuleInfo* ModuleCatalog::find(const QString& name) const
{
    for (const ModuleInfo& m : m_modules)
        if (m.name == name)
            return &m;
    return nullptr;
}

void ModuleCatalog::reload()
{
    QSet<QString> disabled = PlatformRepository(m_db).disabledModules();
    for (const ModuleInfo& m : m_modules)
        if (m.core)
            disabled.remove(m.name); // a stray row cannot switch a core module off
    QWriteLocker lock(&m_lock);
    m_disabled = std::move(disabled);
    m_anyDisabled = !m_disabled.isEmpty();
    ++m_epoch;
}

bool ModuleCatalog::isEnabled(const QString& module) const
{
    if (!m_anyDisabled.load())
        return true;
    QReadLocker lock(&m_lock);
    return !m_disabled.contains(module);
}

QString ModuleCatalog::disabledModuleOf(const QString& method) const
{
    if (!m_anyDisabled.load())
        return {};
    const QString module = m_methodModule.value(method);
    return module.isEmpty() || isEnabled(module) ? QString() : module;
}

void ModuleCatalog::committed(const QList<Rpc::ChangeEvent>& changes)
{
    for (const Rpc::ChangeEvent& change : changes) {
        if (change.entity == Entity) {
            reload();
            return;
        }
    }
}

} // namespace Erp::Server
