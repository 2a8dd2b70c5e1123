#include "DocxImporter.h"

#include "DocxBodyReader.h"
#include "SpeakerTurnDetector.h"

using namespace Qt::StringLiterals;

namespace tessera {

Result<ImportedDocument> importDocx(const QByteArray& bytes, const QString& sourceName,
                                    const DocxArchiveLimits& limits)
{
    const auto xml = readDocxPart(bytes, u"word/document.xml"_s, sourceName, limits);
    if (!xml) {
        return xml.error();
    }
    auto body = readDocxBody(*xml, sourceName);
    if (!body) {
        return body.error();
    }
    ImportedDocument document;
    document.format = TranscriptFormat::Docx;
    document.text = std::move(body->text);
    document.turns = detectSpeakerTurns(document.text, body->hints);
    if (document.turns.isEmpty() && !document.text.trimmed().isEmpty()) {
        document.warnings << u"No speaker labels were found in '%1', so it was imported without "
                             "speaker turns. Labels look like \"P1:\" or \"Interviewer:\" at the "
                             "start of a paragraph, a bold name, or a speaker column in a "
                             "two-column table."_s.arg(sourceName);
    }
    return document;
}

} // namespace tessera
