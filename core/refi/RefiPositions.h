#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace tessera {

// Positions in REFI-QDA files. The standard counts Unicode code points from 0 with an exclusive
// end, but real exporters differ (shared/refi/README.md, docs/refi-qda.md): NVivo for Windows
// counts UTF-16 code units and CRLF as two, ATLAS.ti counts CRLF as one, and nobody says whether
// a BOM counts. Tessera writes the standard's reading and, when reading, tries each plausible
// one and keeps the reading that puts the selections on word edges (and on their quoted text).

// One way of counting positions in a source's text file.
struct PositionReading {
    bool codePoints = true;  // false: UTF-16 code units (a character outside the BMP counts 2)
    bool bomCounted = false; // a leading byte order mark occupies position 0
    int crlfWidth = 2;       // a CR LF pair counts as 2 characters, or as 1

    // "UTF-16 code units, BOM not counted, CRLF as 2"
    QString describe() const;
    friend bool operator==(const PositionReading&, const PositionReading&) = default;
};

// A source's text file decoded as it is, before Tessera normalises it.
struct RawSourceText {
    QString body;              // the decoded text without the BOM, line ends as in the file
    bool hasBom = false;       // the file started with a byte order mark
    bool usedFallback = false; // some bytes were not UTF-8 and were read as Windows-1252
};

// Decodes a source file: UTF-8 (the standard's encoding), or UTF-16 when its BOM says so.
RawSourceText decodeSourceText(const QByteArray& bytes);

// The text Tessera stores for a raw source: BOM removed, CRLF and lone CR turned into LF.
QString normalizedSourceText(const RawSourceText& raw);

// A selection's positions as written in the file, before conversion.
struct RawRange {
    qint64 start = 0;
    qint64 end = 0;
    QString name; // the selection's name, which often quotes the selected text
};

// A file range converted to UTF-16 positions in the normalised text. A position that falls
// inside a character (between CR and LF, or inside a surrogate pair) widens the range to the
// whole character. Positions outside the text are clamped to it and flagged.
struct MappedRange {
    qsizetype start = 0;
    qsizetype end = 0;
    bool clamped = false;
};

QList<MappedRange> mapRanges(const RawSourceText& raw, const PositionReading& reading,
                             const QList<RawRange>& ranges);

// How well one reading fits a source's selections.
struct ReadingScore {
    PositionReading reading;
    int selections = 0;  // non-empty selections scored
    int onWordEdges = 0; // selections whose start and end both fall on word edges
    int nameMatches = 0; // selections whose name quotes the text they select
    int outOfRange = 0;  // selections with a position outside the text
    int score() const { return onWordEdges + 3 * nameMatches - 2 * outOfRange; }
};

struct ReadingChoice {
    ReadingScore chosen;
    ReadingScore standard;  // the standard's reading (code points, no BOM, CRLF as 2)
    bool ambiguous = false; // the text is such that every reading gives the same positions
};

// Scores the readings that differ for this text and returns the best. Ties go to the reading
// the exporting application is known for (`origin`, the Project's origin attribute), then to
// the standard's. `ambiguous` is set when the readings cannot differ (no BOM, no CR, nothing
// outside the BMP).
ReadingChoice choosePositionReading(const RawSourceText& raw, const QList<RawRange>& ranges,
                                    const QString& origin);

// Whether a UTF-16 position of `text` lies on a word edge: at either end of the text, or with
// a character that is not part of a word (letter, digit, mark) on at least one side.
bool isWordEdge(const QString& text, qsizetype position);

// UTF-16 positions of a normalised text to code points, for the writer.
class CodePointIndex {
public:
    explicit CodePointIndex(const QString& text);
    qsizetype toCodePoints(qsizetype utf16Position) const;

private:
    QList<qsizetype> m_lowSurrogates; // indices of the second half of each surrogate pair
};

} // namespace tessera
