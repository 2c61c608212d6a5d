// libFuzzer entry point for the frame parser and the dispatcher (see tests/fuzz/README.md).
// Built only with clang: -fsanitize=fuzzer,address. A broken protocol invariant aborts, so
// libFuzzer saves the input as a crash-* file.

#include "tests/fuzz/fuzzharness.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString why = Erp::Test::fuzzProtocolInput(data, size);
    if (!why.isEmpty()) {
        std::fprintf(stderr, "protocol invariant broken: %s\n", qPrintable(why));
        std::abort();
    }
    return 0;
}
