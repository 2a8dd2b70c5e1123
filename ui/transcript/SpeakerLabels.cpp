#include "SpeakerLabels.h"

#include <QRegularExpression>

namespace tessera::ui {
namespace {

// [00:01:02], (1:02), 00:01:02.500, "Name  0:05" — what the importers accept as a turn's time.
const QRegularExpression& timestampPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"([\[(]?\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\b[\])]?)"));
    return pattern;
}

qsizetype lineStartBefore(const QString& text, qsizetype position, qsizetype floor)
{
    const qsizetype newline = position > 0 ? text.lastIndexOf(QLatin1Char('\n'), position - 1) : -1;
    return std::max(newline + 1, floor);
}

// The label's extent in [gapStart, gapEnd), trimmed; empty when the gap holds no label.
std::pair<qsizetype, qsizetype> labelIn(const QString& text, qsizetype gapStart, qsizetype gapEnd)
{
    qsizetype end = gapEnd;
    while (end > gapStart && text.at(end - 1).isSpace()) {
        --end;
    }
    if (end == gapStart) {
        return {gapStart, gapStart};
    }
    // `end` is now just after the last visible character of the gap, which lies on the label's
    // line whether the speech follows on the same line or on the next one.
    qsizetype start = lineStartBefore(text, end, gapStart);
    while (start < end && text.at(start).isSpace()) {
        ++start;
    }
    return {start, end};
}

} // namespace

QList<LabelRegion> findLabelRegions(const QString& text, const QList<Turn>& turns,
                                    const QSet<SpeakerId>& facilitators)
{
    QList<LabelRegion> regions;
    regions.reserve(turns.size());
    qsizetype previousEnd = 0;
    for (const Turn& turn : turns) {
        const qsizetype gapStart = std::clamp<qsizetype>(previousEnd, 0, text.size());
        const qsizetype gapEnd = std::clamp<qsizetype>(turn.start, gapStart, text.size());
        previousEnd = std::max(previousEnd, turn.end);
        const auto [start, end] = labelIn(text, gapStart, gapEnd);
        if (start >= end) {
            continue;
        }
        LabelRegion region;
        region.start = start;
        region.end = end;
        region.facilitator = turn.speakerId && facilitators.contains(*turn.speakerId);
        const auto match = timestampPattern().match(text.mid(start, end - start));
        if (match.hasMatch()) {
            region.timeStart = start + match.capturedStart();
            region.timeEnd = start + match.capturedEnd();
        }
        regions << region;
    }
    return regions;
}

} // namespace tessera::ui
