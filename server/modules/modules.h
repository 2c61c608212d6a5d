#pragma once

#include <memory>
#include <vector>

namespace Erp::Rpc {
class MethodRegistry;
}

namespace Erp::Server {

class Module;

/// Every business module of the server, in dependency order. Adding a module is one folder
/// under server/modules/ and one line in modules.cpp.
std::vector<std::unique_ptr<Module>> createModules(const Rpc::MethodRegistry& registry);

} // namespace Erp::Server
