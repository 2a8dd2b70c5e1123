#pragma once

class QByteArray;

namespace tessera::fuzz {

// True when every importer either refuses the bytes with a message or produces a well-formed
// document. Shared by the libFuzzer entry point and the replay test.
bool importerHoldsInvariants(const QByteArray& bytes);

} // namespace tessera::fuzz
