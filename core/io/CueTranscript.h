#pragma once

#include "CueText.h"
#include "ImportedDocument.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tessera {

// What WebVTT and SRT have in common: blocks separated by blank lines, a "start --> end" timing
// line, a payload. Each format's importer handles its own header and block kinds and hands the
// rest to the functions here, so both produce the same readable transcript.

struct CueBlock {
    qsizetype firstLineNumber = 1; // 1-based, for messages
    QStringList lines;
};

// Splits LF-separated text into blocks at blank (whitespace-only) lines.
QList<CueBlock> splitCueBlocks(const QString& text);

struct CueTiming {
    qint64 startMs = 0;
    qint64 endMs = 0;
};

// "00:00:01.350 --> 00:00:05.120 align:start" (WebVTT) or "00:00:01,000 --> 00:00:04,000"
// (SRT); cue settings after the end time are ignored.
std::optional<CueTiming> parseCueTimingLine(QStringView line);

// One voice's words in one cue.
struct Cue {
    qint64 startMs = 0;
    std::optional<QString> speaker;
    QString text;
};

struct CueReading {
    QList<Cue> cues;
    QList<qsizetype> brokenBlockLines; // first line numbers of blocks that were not cues
};

// Reads blocks of the form [id line] timing line, payload lines. A block without a timing line
// in its first two lines, or with an unreadable one, is recorded as broken and skipped.
CueReading readCueBlocks(const QList<CueBlock>& blocks, CueMarkup markup);

// Turns cues into the stored transcript: one line per turn, "[hh:mm:ss] Name: text", lines
// separated by LF, no trailing newline. Consecutive cues by the same speaker form one turn
// (their texts joined by one space); a cue without a speaker continues the previous speaker's
// turn. Cues before any named speaker have no label: each is its own line "[hh:mm:ss] text"
// and its own turn with an empty speaker, so a subtitle file without speakers stays readable.
// A turn's range covers its text after "Name: "; beginMs is its first cue's start.
ImportedDocument buildCueTranscript(const QList<Cue>& cues, TranscriptFormat format);

// A warning naming the broken blocks of sourceName, or an empty string when there were none.
QString brokenBlocksWarning(const QList<qsizetype>& lines, const QString& sourceName);

} // namespace tessera
