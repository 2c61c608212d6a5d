#pragma once

#include "server/module.h"

namespace Erp::Server::Admin {

/// Gives the built-in roles the grants the modules declare (Module::defaultGrants), each
/// (role, grant) once: table role_grants_seeded remembers what was given, so a grant an admin
/// removed later is not given again, and a grant a module adds in a later version reaches the
/// stores that exist already. A role an admin deleted is not created again.
void seedDefaultGrants(Rpc::CallContext& ctx, const QList<RoleGrants>& grants);

} // namespace Erp::Server::Admin
