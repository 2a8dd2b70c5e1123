#pragma once

#include "io/ImportedDocument.h"

#include <QString>

namespace tessera::bench {

// A focus-group transcript of about `characters` UTF-16 units: "[hh:mm:ss] Pn: ..." turns of
// varied length, deterministic, with some non-ASCII text.
ImportedDocument syntheticTranscript(qsizetype characters);

} // namespace tessera::bench
