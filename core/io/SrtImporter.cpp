#include "SrtImporter.h"

#include "CueTranscript.h"
#include "TextDecoding.h"

using namespace Qt::StringLiterals;

namespace tessera {

Result<ImportedDocument> importSrt(const QByteArray& bytes, const QString& sourceName)
{
    auto decoded = decodeTranscriptBytes(bytes, sourceName);
    if (!decoded) {
        return decoded.error();
    }
    const CueReading reading = readCueBlocks(splitCueBlocks(decoded->text), CueMarkup::Srt);
    if (reading.cues.isEmpty()) {
        return makeError(
            ErrorCode::InvalidInput,
            u"Cannot import '%1': no subtitles with text were found (an SRT file "
            "has numbered cues with times like \"00:00:01,000 --> "
            "00:00:04,000\"). Check that it is an SRT file and retry."_s.arg(sourceName));
    }
    ImportedDocument document = buildCueTranscript(reading.cues, TranscriptFormat::Srt);
    document.warnings = std::move(decoded->warnings);
    if (const QString warning = brokenBlocksWarning(reading.brokenBlockLines, sourceName);
        !warning.isEmpty()) {
        document.warnings << warning;
    }
    return document;
}

} // namespace tessera
