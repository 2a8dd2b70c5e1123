#include "ImportedDocument.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace tessera {

QString formatName(TranscriptFormat format)
{
    switch (format) {
    case TranscriptFormat::Txt:
        return u"txt"_s;
    case TranscriptFormat::Markdown:
        return u"md"_s;
    case TranscriptFormat::Vtt:
        return u"vtt"_s;
    case TranscriptFormat::Srt:
        return u"srt"_s;
    case TranscriptFormat::Docx:
        return u"docx"_s;
    }
    return u"txt"_s;
}

std::optional<TranscriptFormat> formatFromName(const QString& name)
{
    // Accept the spellings people type on a command line as well as the canonical names, so
    // `--format markdown` and `--format md` both work.
    const QString key = name.trimmed().toLower();
    if (key == "txt"_L1 || key == "text"_L1) {
        return TranscriptFormat::Txt;
    }
    if (key == "md"_L1 || key == "markdown"_L1) {
        return TranscriptFormat::Markdown;
    }
    if (key == "vtt"_L1 || key == "webvtt"_L1) {
        return TranscriptFormat::Vtt;
    }
    if (key == "srt"_L1) {
        return TranscriptFormat::Srt;
    }
    if (key == "docx"_L1) {
        return TranscriptFormat::Docx;
    }
    return std::nullopt;
}

std::optional<TranscriptFormat> formatFromFileName(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == "markdown"_L1) {
        return TranscriptFormat::Markdown;
    }
    if (suffix == "text"_L1 || suffix == "webvtt"_L1 || suffix.isEmpty()) {
        // "text"/"webvtt" are names, not extensions people use; an extension-less file is
        // ambiguous and the caller must say what it is.
        return std::nullopt;
    }
    return formatFromName(suffix);
}

QStringList supportedExtensions()
{
    return {u".txt"_s, u".md"_s, u".vtt"_s, u".srt"_s, u".docx"_s};
}

std::optional<QString> findTurnProblem(const ImportedDocument& document)
{
    const QString& text = document.text;
    // A position between the two halves of a surrogate pair would let the UI select half an
    // emoji; the DESIGN forbids it, so every importer's output is checked here.
    const auto splitsSurrogate = [&text](qsizetype pos) {
        return pos > 0 && pos < text.size() && text.at(pos).isLowSurrogate() &&
               text.at(pos - 1).isHighSurrogate();
    };
    qsizetype previousEnd = 0;
    for (qsizetype i = 0; i < document.turns.size(); ++i) {
        const ImportedTurn& turn = document.turns.at(i);
        if (turn.start < 0 || turn.start > turn.end || turn.end > text.size()) {
            return u"turn %1 has the range [%2, %3) outside the text of %4 characters"_s.arg(i)
                .arg(turn.start)
                .arg(turn.end)
                .arg(text.size());
        }
        if (turn.start < previousEnd) {
            return u"turn %1 starts at %2, before the previous turn ends (%3)"_s.arg(i)
                .arg(turn.start)
                .arg(previousEnd);
        }
        if (splitsSurrogate(turn.start) || splitsSurrogate(turn.end)) {
            return u"turn %1 splits a surrogate pair"_s.arg(i);
        }
        previousEnd = turn.end;
    }
    return std::nullopt;
}

} // namespace tessera
