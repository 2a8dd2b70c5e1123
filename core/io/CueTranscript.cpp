#include "CueTranscript.h"

#include "ClockTime.h"

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

constexpr qsizetype kMaxListedLines = 5;

struct MergedTurn {
    std::optional<QString> speaker;
    qint64 beginMs = 0;
    QString text;
};

} // namespace

QList<CueBlock> splitCueBlocks(const QString& text)
{
    QList<CueBlock> blocks;
    CueBlock current;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        if (line.trimmed().isEmpty()) {
            if (!current.lines.isEmpty()) {
                blocks.append(std::move(current));
                current = CueBlock{};
            }
            continue;
        }
        if (current.lines.isEmpty()) {
            current.firstLineNumber = i + 1;
        }
        current.lines.append(line);
    }
    if (!current.lines.isEmpty()) {
        blocks.append(std::move(current));
    }
    return blocks;
}

std::optional<CueTiming> parseCueTimingLine(QStringView line)
{
    const qsizetype arrow = line.indexOf(u"-->"_s);
    if (arrow < 0) {
        return std::nullopt;
    }
    const QStringView endPart = line.sliced(arrow + 3).trimmed();
    qsizetype endLength = 0;
    while (endLength < endPart.size() && !endPart.at(endLength).isSpace()) {
        ++endLength;
    }
    const auto start = parseClockTime(line.first(arrow).trimmed());
    const auto end = parseClockTime(endPart.first(endLength));
    if (!start || !end) {
        return std::nullopt;
    }
    return CueTiming{*start, *end};
}

CueReading readCueBlocks(const QList<CueBlock>& blocks, CueMarkup markup)
{
    CueReading reading;
    for (const CueBlock& block : blocks) {
        // The timing line is first, or second after a cue id ("1", "6a05.../12-0").
        qsizetype timingIndex = -1;
        for (qsizetype i = 0; i < qMin<qsizetype>(2, block.lines.size()); ++i) {
            if (block.lines.at(i).contains(u"-->"_s)) {
                timingIndex = i;
                break;
            }
        }
        const auto timing =
            timingIndex >= 0 ? parseCueTimingLine(block.lines.at(timingIndex)) : std::nullopt;
        if (!timing) {
            reading.brokenBlockLines.append(block.firstLineNumber);
            continue;
        }
        const QString payload = block.lines.sliced(timingIndex + 1).join(u'\n');
        for (CueSegment& segment : readCuePayload(payload, markup)) {
            reading.cues.append(
                Cue{timing->startMs, std::move(segment.speaker), std::move(segment.text)});
        }
    }
    return reading;
}

ImportedDocument buildCueTranscript(const QList<Cue>& cues, TranscriptFormat format)
{
    QList<MergedTurn> merged;
    for (const Cue& cue : cues) {
        if (cue.text.isEmpty()) {
            continue;
        }
        std::optional<QString> speaker = cue.speaker;
        if (!speaker && !merged.isEmpty()) {
            speaker = merged.last().speaker;
        }
        // Transcription tools cut one utterance into several cues at arbitrary points; a turn is
        // what one person said before someone else spoke.
        if (speaker && !merged.isEmpty() && merged.last().speaker == speaker) {
            merged.last().text += u' ' + cue.text;
        } else {
            merged.append(MergedTurn{speaker, cue.startMs, cue.text});
        }
    }

    ImportedDocument document;
    document.format = format;
    for (const MergedTurn& turn : merged) {
        if (!document.text.isEmpty()) {
            document.text += u'\n';
        }
        document.text += u'[' + formatClockTime(turn.beginMs) + u"] "_s;
        if (turn.speaker) {
            document.text += *turn.speaker + u": "_s;
        }
        const qsizetype start = document.text.size();
        document.text += turn.text;
        document.turns.append(ImportedTurn{turn.speaker.value_or(QString()), start,
                                           document.text.size(), turn.beginMs});
    }
    return document;
}

QString brokenBlocksWarning(const QList<qsizetype>& lines, const QString& sourceName)
{
    if (lines.isEmpty()) {
        return {};
    }
    QStringList listed;
    for (qsizetype i = 0; i < qMin(lines.size(), kMaxListedLines); ++i) {
        listed << QString::number(lines.at(i));
    }
    if (lines.size() > kMaxListedLines) {
        listed << u"…"_s;
    }
    return u"%1 block(s) in '%2' were not readable cues and were skipped (at line %3). "
           "Check those lines in the file; each cue needs a \"start --> end\" time line."_s
               .arg(lines.size())
               .arg(sourceName, listed.join(u", "_s));
}

} // namespace tessera
