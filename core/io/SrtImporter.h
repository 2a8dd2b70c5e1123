#pragma once

#include "ImportedDocument.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace tessera {

// SubRip subtitles: numbered cues with "00:00:01,000 --> 00:00:04,000" times. The speaker comes
// from a "Name: " prefix or a "<v Name>" span; the stored text is the same readable transcript
// as for WebVTT (CueTranscript.h). Formatting tags (<i>, <b>, <font ...>, {\an8}) are removed;
// text is otherwise kept as written (SRT has no HTML entities).
Result<ImportedDocument> importSrt(const QByteArray& bytes, const QString& sourceName);

} // namespace tessera
