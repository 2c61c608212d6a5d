#pragma once

namespace Erp::Rpc {
class MethodRegistry;
}

namespace Erp::Platform {

class ImportService;

/// platform.import.entities|start|append|commit|cancel. Open to every logged-in user: the
/// framework checks the entity's own permission on each call.
void registerImportMethods(Rpc::MethodRegistry& registry, ImportService& imports);

} // namespace Erp::Platform
