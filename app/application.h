#pragma once

namespace Erp::Client {

/// Runs erp-client: parses the command line, applies theme and language, starts the
/// AppController and the event loop. Returns the process exit code.
int runApplication(int argc, char** argv);

/// Registers the client's embedded resources (icons); needed once since they live in a
/// static library.
void initResources();

} // namespace Erp::Client
