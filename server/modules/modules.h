#pragma once

#include <memory>
#include <vector>

namespace Erp::Rpc {
class MethodRegistry;
}
namespace Erp::Platform {
class EventBus;
}

namespace Erp::Server {

class Module;
class ModuleCatalog;

/// Every business module of the server. Adding a module is one folder under server/modules/
/// and one line in modules.cpp; a module that uses another gets it as a constructor argument
/// (so it is built after it here). The start order comes from the modules' declarations
/// (Module::dependencies, Module::startsAfter): ServerCore sorts them. Modules publish and
/// subscribe on `events` (their constructors subscribe).
std::vector<std::unique_ptr<Module>> createModules(const Rpc::MethodRegistry& registry,
                                                   Platform::EventBus& events,
                                                   ModuleCatalog& catalog);

} // namespace Erp::Server
