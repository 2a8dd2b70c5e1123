#include "ImporterFuzzTarget.h"

#include "io/TranscriptImporter.h"

#include <QByteArray>

namespace tessera::fuzz {

// Every importer must either fail with an Error or return turns that lie inside the text, in
// order, never splitting a surrogate pair (importTranscriptBytes checks that before returning;
// here we check again, independently, so a checker bug cannot hide an importer bug).
bool importerHoldsInvariants(const QByteArray& bytes)
{
    for (TranscriptFormat format :
         {TranscriptFormat::Txt, TranscriptFormat::Markdown, TranscriptFormat::Vtt,
          TranscriptFormat::Srt, TranscriptFormat::Docx}) {
        const auto result = importTranscriptBytes(bytes, format, QStringLiteral("fuzz-input"));
        if (!result) {
            if (result.error().message.isEmpty()) {
                return false;
            }
            continue;
        }
        const ImportedDocument& doc = *result;
        qsizetype previousEnd = 0;
        for (const ImportedTurn& turn : doc.turns) {
            if (turn.start < previousEnd || turn.start > turn.end || turn.end > doc.text.size()) {
                return false;
            }
            for (qsizetype edge : {turn.start, turn.end}) {
                if (edge > 0 && edge < doc.text.size() && doc.text.at(edge - 1).isHighSurrogate() &&
                    doc.text.at(edge).isLowSurrogate()) {
                    return false;
                }
            }
            previousEnd = turn.end;
        }
        if (doc.text.contains(QLatin1Char('\r'))) {
            return false; // line endings are always normalised to LF
        }
    }
    return true;
}

} // namespace tessera::fuzz
