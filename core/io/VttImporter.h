#pragma once

#include "ImportedDocument.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace tessera {

// WebVTT captions as Zoom and Microsoft Teams write them. The stored text is the readable
// transcript built by buildCueTranscript() (CueTranscript.h): "[hh:mm:ss] Name: text" lines,
// consecutive cues by one speaker merged into one turn. NOTE, STYLE and REGION blocks, cue ids
// and cue settings are ignored; tags are removed and HTML entities decoded.
Result<ImportedDocument> importWebVtt(const QByteArray& bytes, const QString& sourceName);

} // namespace tessera
