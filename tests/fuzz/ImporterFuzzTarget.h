#pragma once

class QByteArray;

namespace tessera::fuzz {

// True when every transcript importer and both table readers (CSV, XLSX) either refuse the
// bytes with a message or produce a well-formed document or table. Shared by the libFuzzer
// entry point and the replay test.
bool importerHoldsInvariants(const QByteArray& bytes);

} // namespace tessera::fuzz
