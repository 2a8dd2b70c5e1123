#include "TextImporter.h"

#include "SpeakerTurnDetector.h"
#include "TextDecoding.h"

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

Result<ImportedDocument> importText(const QByteArray& bytes, const QString& sourceName,
                                    TranscriptFormat format)
{
    auto decoded = decodeTranscriptBytes(bytes, sourceName);
    if (!decoded) {
        return decoded.error();
    }
    ImportedDocument document;
    document.format = format;
    document.text = std::move(decoded->text);
    document.warnings = std::move(decoded->warnings);
    SpeakerLabelHints hints;
    hints.markdownBold = format == TranscriptFormat::Markdown;
    document.turns = detectSpeakerTurns(document.text, hints);
    if (document.turns.isEmpty() && !document.text.trimmed().isEmpty()) {
        document.warnings << u"No speaker labels were found in '%1', so it was imported without "
                             "speaker turns. Labels look like \"P1:\", \"Interviewer:\" or "
                             "\"[00:01:02] Name:\" at the start of a line."_s.arg(sourceName);
    }
    return document;
}

} // namespace

Result<ImportedDocument> importPlainText(const QByteArray& bytes, const QString& sourceName)
{
    return importText(bytes, sourceName, TranscriptFormat::Txt);
}

Result<ImportedDocument> importMarkdown(const QByteArray& bytes, const QString& sourceName)
{
    return importText(bytes, sourceName, TranscriptFormat::Markdown);
}

} // namespace tessera
