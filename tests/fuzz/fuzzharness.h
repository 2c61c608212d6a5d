#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>

namespace Erp::Test {

/// Feeds one fuzz input through the server's real input path: Erp::LineFramer (cut into
/// chunks, as TCP would deliver it) and then Erp::Rpc::Dispatcher::handleLine for every line,
/// with a ServerCore on a temporary SQLite store. A line "#admin" (or "#anon") switches the
/// simulated session to a logged-in admin (or back to anonymous) so the fuzzer reaches the
/// authenticated methods. Returns an empty string, or which protocol invariant was broken.
QString fuzzProtocolInput(const uint8_t* data, size_t size);

} // namespace Erp::Test
