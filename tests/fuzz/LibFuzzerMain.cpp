#include "ImporterFuzzTarget.h"

#include <QByteArray>

#include <cstdlib>

// libFuzzer entry point (clang -fsanitize=fuzzer; see docs/testing.md). Crashes, sanitizer
// reports and broken invariants all stop the fuzzer with the offending input saved.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    if (!tessera::fuzz::importerHoldsInvariants(QByteArray(bytes.constData(), bytes.size()))) {
        std::abort();
    }
    return 0;
}
