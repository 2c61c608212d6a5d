#pragma once

#include <QJsonObject>

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Server {
class ModuleCatalog;
}

namespace Erp::Server::Admin {

/// Modules on and off per company (admin.module.*). The switches are rows of module_states;
/// the dispatcher refuses a switched-off module's methods (-32030 platform.module.disabled).
class ModuleService final
{
public:
    explicit ModuleService(ModuleCatalog& catalog)
        : m_catalog(catalog)
    {}

    /// Every module in start order: name, description, dependencies, core, enabled.
    QJsonObject list(Rpc::CallContext& ctx) const;
    /// Switches `module` on or off. Refused (-32030) for a core module, for switching off a
    /// module an enabled module depends on, and for switching on a module whose dependency is
    /// off; -32004 for an unknown name. Audited; event.changed admin.module.
    QJsonObject setEnabled(Rpc::CallContext& ctx, const QString& module, bool enabled) const;

private:
    ModuleCatalog& m_catalog;
};

} // namespace Erp::Server::Admin
