#include "RefiPositions.h"

#include "io/TextDecoding.h"

#include <QHash>
#include <QStringDecoder>

#include <algorithm>

namespace tessera {

namespace {

struct MappedPosition {
    qsizetype floor = 0; // the stored position at or before the file position
    qsizetype ceil = 0;  // the stored position at or after it
    bool inRange = true;
};

// Walks the raw text once, character by character, keeping the file position under `reading`
// and the stored position side by side, and answers every requested file position on the way.
QHash<qint64, MappedPosition> mapPositions(const RawSourceText& raw, const PositionReading& reading,
                                           QList<qint64> positions)
{
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    QHash<qint64, MappedPosition> result;
    qsizetype next = 0;
    while (next < positions.size() && positions.at(next) < 0) {
        result.insert(positions.at(next++), {0, 0, false});
    }
    qint64 filePosition = 0;
    qsizetype stored = 0;
    const auto advance = [&](qint64 width, qsizetype storedWidth) {
        while (next < positions.size() && positions.at(next) < filePosition + width) {
            const qint64 position = positions.at(next++);
            result.insert(position, position == filePosition
                                        ? MappedPosition{stored, stored, true}
                                        : MappedPosition{stored, stored + storedWidth, true});
        }
        filePosition += width;
        stored += storedWidth;
    };
    if (raw.hasBom && reading.bomCounted) {
        advance(1, 0);
    }
    const QString& text = raw.body;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        const bool hasNext = i + 1 < text.size();
        if (c == u'\r' && hasNext && text.at(i + 1) == u'\n') {
            advance(reading.crlfWidth, 1);
            i += 2;
        } else if (c.isHighSurrogate() && hasNext && text.at(i + 1).isLowSurrogate()) {
            advance(reading.codePoints ? 1 : 2, 2);
            i += 2;
        } else {
            advance(1, 1);
            ++i;
        }
    }
    while (next < positions.size()) {
        const qint64 position = positions.at(next++);
        result.insert(position, {stored, stored, position == filePosition});
    }
    return result;
}

bool isWordCharacter(QChar c)
{
    // Surrogates (emoji and other characters outside the BMP) count as non-word characters.
    return c.isLetterOrNumber() || c.isMark();
}

// The name with whitespace collapsed and a trailing ellipsis (a truncated quote) removed.
QString comparableName(const QString& name)
{
    QString simple = name.simplified();
    if (simple.endsWith(QChar(0x2026))) {
        simple.chop(1);
    } else if (simple.endsWith(QStringLiteral("..."))) {
        simple.chop(3);
    }
    return simple.trimmed();
}

ReadingScore scoreReading(const RawSourceText& raw, const QString& stored,
                          const PositionReading& reading, const QList<RawRange>& ranges)
{
    ReadingScore score;
    score.reading = reading;
    const QList<MappedRange> mapped = mapRanges(raw, reading, ranges);
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        const MappedRange& range = mapped.at(i);
        if (ranges.at(i).end <= ranges.at(i).start) {
            continue;
        }
        ++score.selections;
        if (range.clamped) {
            ++score.outOfRange;
            continue;
        }
        if (isWordEdge(stored, range.start) && isWordEdge(stored, range.end)) {
            ++score.onWordEdges;
        }
        const QString name = comparableName(ranges.at(i).name);
        // Short names are labels ("line:6", "Quotation 2:1"), not quotes.
        if (name.size() >= 8) {
            const QString excerpt = stored.mid(range.start, range.end - range.start).simplified();
            if (excerpt.startsWith(name) || (excerpt.size() >= 8 && name.startsWith(excerpt))) {
                ++score.nameMatches;
            }
        }
    }
    return score;
}

// Candidate readings, most trusted first: the one the exporting application is known for, then
// the standard's, then the others.
QList<PositionReading> candidateReadings(const RawSourceText& raw, const QString& origin)
{
    const bool hasCrlf = raw.body.contains(QStringLiteral("\r\n"));
    bool hasSupplementary = false;
    for (const QChar c : raw.body) {
        if (c.isHighSurrogate()) {
            hasSupplementary = true;
            break;
        }
    }
    QList<PositionReading> all;
    for (const bool bom : {false, true}) {
        for (const bool codePoints : {true, false}) {
            for (const int crlf : {2, 1}) {
                all.append(PositionReading{codePoints, bom, crlf});
            }
        }
    }
    QList<PositionReading> preferred;
    if (origin.contains(QStringLiteral("NVivo"), Qt::CaseInsensitive)) {
        preferred.append(PositionReading{false, false, 2});
    } else if (origin.contains(QStringLiteral("ATLAS.ti"), Qt::CaseInsensitive)) {
        preferred.append(PositionReading{true, false, 1});
    }
    QList<PositionReading> candidates;
    for (const PositionReading& reading : preferred + all) {
        // Readings that cannot differ for this text are the same reading.
        PositionReading effective = reading;
        effective.bomCounted = raw.hasBom && reading.bomCounted;
        effective.codePoints = !hasSupplementary || reading.codePoints;
        effective.crlfWidth = hasCrlf ? reading.crlfWidth : 2;
        if (!candidates.contains(effective)) {
            candidates.append(effective);
        }
    }
    return candidates;
}

} // namespace

QString PositionReading::describe() const
{
    return QStringLiteral("%1, BOM %2, CRLF as %3")
        .arg(codePoints ? QStringLiteral("code points") : QStringLiteral("UTF-16 code units"),
             bomCounted ? QStringLiteral("counted") : QStringLiteral("not counted"))
        .arg(crlfWidth);
}

RawSourceText decodeSourceText(const QByteArray& bytes)
{
    RawSourceText raw;
    const auto decodeWith = [&](QStringConverter::Encoding encoding, qsizetype bomSize) {
        QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
        raw.body = decoder.decode(QByteArrayView(bytes).sliced(bomSize));
        raw.hasBom = true;
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        raw.hasBom = true;
        const QByteArray body = bytes.mid(3);
        raw.body = decodeUtf8WithWindows1252Fallback(body);
        raw.usedFallback = raw.body != QString::fromUtf8(body);
    } else if (bytes.startsWith("\xFF\xFE")) {
        decodeWith(QStringConverter::Utf16LE, 2);
    } else if (bytes.startsWith("\xFE\xFF")) {
        decodeWith(QStringConverter::Utf16BE, 2);
    } else {
        raw.body = decodeUtf8WithWindows1252Fallback(bytes);
        raw.usedFallback = raw.body != QString::fromUtf8(bytes);
    }
    return raw;
}

QString normalizedSourceText(const RawSourceText& raw)
{
    return normalizeLineEndings(raw.body);
}

QList<MappedRange> mapRanges(const RawSourceText& raw, const PositionReading& reading,
                             const QList<RawRange>& ranges)
{
    QList<qint64> positions;
    positions.reserve(ranges.size() * 2);
    for (const RawRange& range : ranges) {
        positions << range.start << range.end;
    }
    const QHash<qint64, MappedPosition> mapped = mapPositions(raw, reading, positions);
    QList<MappedRange> result;
    result.reserve(ranges.size());
    for (const RawRange& range : ranges) {
        const MappedPosition start = mapped.value(range.start);
        const MappedPosition end = mapped.value(range.end);
        MappedRange out;
        out.start = start.floor;
        out.end = qMax(out.start, end.ceil);
        out.clamped = !start.inRange || !end.inRange;
        result.append(out);
    }
    return result;
}

ReadingChoice choosePositionReading(const RawSourceText& raw, const QList<RawRange>& ranges,
                                    const QString& origin)
{
    const QString stored = normalizedSourceText(raw);
    const QList<PositionReading> candidates = candidateReadings(raw, origin);
    ReadingChoice choice;
    choice.ambiguous = candidates.size() == 1;
    bool first = true;
    for (const PositionReading& reading : candidates) {
        const ReadingScore score = scoreReading(raw, stored, reading, ranges);
        if (first || score.score() > choice.chosen.score()) {
            choice.chosen = score;
            first = false;
        }
        // The standard's reading, as it applies to this text.
        if (reading.codePoints && !reading.bomCounted && reading.crlfWidth == 2) {
            choice.standard = score;
        }
    }
    return choice;
}

bool isWordEdge(const QString& text, qsizetype position)
{
    if (position <= 0 || position >= text.size()) {
        return true;
    }
    return !isWordCharacter(text.at(position - 1)) || !isWordCharacter(text.at(position));
}

CodePointIndex::CodePointIndex(const QString& text)
{
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate()) {
            m_lowSurrogates.append(i);
        }
    }
}

qsizetype CodePointIndex::toCodePoints(qsizetype utf16Position) const
{
    const auto before =
        std::lower_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), utf16Position);
    return utf16Position - (before - m_lowSurrogates.cbegin());
}

} // namespace tessera
