#include "VttImporter.h"

#include "CueTranscript.h"
#include "TextDecoding.h"

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

bool startsWithKeyword(const QString& line, QLatin1StringView keyword)
{
    return line.startsWith(keyword) &&
           (line.size() == keyword.size() || line.at(keyword.size()).isSpace());
}

// Blocks that carry no spoken words: comments, CSS, region definitions.
bool isNonCueBlock(const CueBlock& block)
{
    const QString& first = block.lines.constFirst();
    return startsWithKeyword(first, "NOTE"_L1) || startsWithKeyword(first, "STYLE"_L1) ||
           startsWithKeyword(first, "REGION"_L1);
}

} // namespace

Result<ImportedDocument> importWebVtt(const QByteArray& bytes, const QString& sourceName)
{
    auto decoded = decodeTranscriptBytes(bytes, sourceName);
    if (!decoded) {
        return decoded.error();
    }
    QList<CueBlock> blocks = splitCueBlocks(decoded->text);
    if (blocks.isEmpty() ||
        !startsWithKeyword(blocks.constFirst().lines.constFirst(), "WEBVTT"_L1)) {
        return makeError(
            ErrorCode::InvalidInput,
            u"Cannot import '%1': it is not a WebVTT file (the first line is not "
            "\"WEBVTT\"). If it is an SRT file, give it the .srt extension; "
            "otherwise export the transcript as WebVTT again and retry."_s.arg(sourceName));
    }
    blocks.removeFirst(); // the header: "WEBVTT" and optional metadata lines
    blocks.removeIf(isNonCueBlock);

    const CueReading reading = readCueBlocks(blocks, CueMarkup::WebVtt);
    if (reading.cues.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         u"Cannot import '%1': it contains no captions with text. Check that it "
                         "is the transcript you meant and retry."_s.arg(sourceName));
    }
    ImportedDocument document = buildCueTranscript(reading.cues, TranscriptFormat::Vtt);
    document.warnings = std::move(decoded->warnings);
    if (const QString warning = brokenBlocksWarning(reading.brokenBlockLines, sourceName);
        !warning.isEmpty()) {
        document.warnings << warning;
    }
    return document;
}

} // namespace tessera
