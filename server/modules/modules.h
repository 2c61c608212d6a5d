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

/// Every business module of the server, in dependency order. Adding a module is one folder
/// under server/modules/ and one line in modules.cpp. Modules publish and subscribe on
/// `events` (their constructors subscribe).
std::vector<std::unique_ptr<Module>> createModules(const Rpc::MethodRegistry& registry,
                                                   Platform::EventBus& events);

} // namespace Erp::Server
