#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tessera {

// Transcript formats Tessera reads. The stored text of VTT/SRT is the readable transcript
// ("[hh:mm:ss] Name: text" lines), so every format becomes plain text plus turns.
enum class TranscriptFormat { Txt, Markdown, Vtt, Srt, Docx };

QString formatName(TranscriptFormat format); // "txt", "md", "vtt", "srt", "docx"
std::optional<TranscriptFormat> formatFromName(const QString& name);
// From the file's extension (case-insensitive); nullopt when unknown.
std::optional<TranscriptFormat> formatFromFileName(const QString& fileName);
// The extensions formatFromFileName() knows, for messages and file dialogs: ".txt", ".md", ...
// (".markdown" is accepted too but not listed).
QStringList supportedExtensions();

// One speaker turn found in the text. Positions are UTF-16 code units into
// ImportedDocument::text, [start, end): the speech only, without the speaker label,
// the timestamp, or trailing whitespace, so coding a whole turn codes exactly the speech.
struct ImportedTurn {
    QString speaker; // label as written ("P3", "Dana Facilitator")
    qsizetype start = 0;
    qsizetype end = 0;
    std::optional<qint64> beginMs; // timestamp of the turn when the source had one

    friend bool operator==(const ImportedTurn&, const ImportedTurn&) = default;
};

// What an importer produces: pure data, no database.
struct ImportedDocument {
    QString text; // decoded, BOM removed, CRLF/CR turned into LF; nothing else rewritten
    TranscriptFormat format = TranscriptFormat::Txt;
    QList<ImportedTurn> turns; // in text order, non-overlapping
    QStringList warnings;      // things the user should know but that did not stop the import
};

// Checks the invariants every importer promises: 0 <= start <= end <= text.size(), turns in
// order and non-overlapping, no position inside a surrogate pair. Returns a description of the
// first violation, or nullopt when the turns are sound.
std::optional<QString> findTurnProblem(const ImportedDocument& document);

} // namespace tessera
