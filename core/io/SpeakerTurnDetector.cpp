#include "SpeakerTurnDetector.h"

#include <QHash>

namespace tessera {

namespace {

struct Line {
    qsizetype start = 0;
    qsizetype end = 0; // excluding the '\n'
    bool blank = true;
};

struct FoundLabel {
    qsizetype lineIndex = 0;
    LabelCandidate candidate;
    bool startsParagraph = false;
    bool textBelow = false; // the next line has text (Otter's paragraph under its header)
};

QList<Line> splitLines(const QString& text)
{
    QList<Line> lines;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0) {
            end = text.size();
        }
        Line line{start, end, true};
        for (qsizetype i = start; i < end && line.blank; ++i) {
            line.blank = text.at(i).isSpace();
        }
        lines.append(line);
        start = end + 1;
    }
    return lines;
}

QList<FoundLabel> findCandidates(const QString& text, const QList<Line>& lines,
                                 const SpeakerLabelHints& hints)
{
    const LabelSyntax syntax{hints.markdownBold, hints.knownSpeakers};
    QList<FoundLabel> found;
    bool seenText = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line& line = lines.at(i);
        if (line.blank) {
            continue;
        }
        const bool startsParagraph = !seenText || lines.at(i - 1).blank;
        seenText = true;
        if (hints.plainLines.contains(i)) {
            continue;
        }
        const QStringView lineText = QStringView(text).sliced(line.start, line.end - line.start);
        if (auto candidate = parseLabelCandidate(lineText, syntax)) {
            const bool textBelow = i + 1 < lines.size() && !lines.at(i + 1).blank;
            found.append(FoundLabel{i, std::move(*candidate), startsParagraph, textBelow});
        }
    }
    return found;
}

QList<FoundLabel> acceptLabels(const QList<FoundLabel>& candidates)
{
    QHash<QString, int> occurrences;
    for (const FoundLabel& label : candidates) {
        ++occurrences[label.candidate.speaker];
    }
    const auto isStrong = [&occurrences](const FoundLabel& label) {
        const LabelCandidate& candidate = label.candidate;
        if (candidate.known) {
            return true;
        }
        if (isMetadataKey(candidate.speaker)) {
            return false;
        }
        // Otter's "Name  0:05" opening a paragraph with the speech right below it is a shape
        // prose does not take, so it needs no repetition.
        const bool otterBlock = candidate.form == LabelForm::OtterHeader && label.startsParagraph &&
                                label.textBelow && looksLikeName(candidate.speaker);
        return isRoleLabel(candidate.speaker) || candidate.bracketedTime || otterBlock ||
               occurrences.value(candidate.speaker) >= 2;
    };
    qsizetype strongCount = 0;
    for (const FoundLabel& label : candidates) {
        strongCount += isStrong(label) ? 1 : 0;
    }
    QList<FoundLabel> accepted;
    for (const FoundLabel& label : candidates) {
        const LabelCandidate& candidate = label.candidate;
        // A single unrepeated name is only believable in a document that is visibly organised
        // by speakers, and only where a turn can begin: at a paragraph start ("Automation:"
        // opening an interview) or right under another turn's first line, as in transcripts
        // that put one turn per line without blank lines.
        const bool followsLabelLine =
            !accepted.isEmpty() && accepted.last().lineIndex == label.lineIndex - 1;
        const bool byPosition = (label.startsParagraph || followsLabelLine) && strongCount >= 2 &&
                                !isMetadataKey(candidate.speaker) &&
                                looksLikeName(candidate.speaker);
        if (isStrong(label) || byPosition) {
            accepted.append(label);
        }
    }
    return accepted;
}

} // namespace

QList<ImportedTurn> detectSpeakerTurns(const QString& text, const SpeakerLabelHints& hints)
{
    const QList<Line> lines = splitLines(text);
    const QList<FoundLabel> labels = acceptLabels(findCandidates(text, lines, hints));

    QList<ImportedTurn> turns;
    turns.reserve(labels.size());
    for (qsizetype k = 0; k < labels.size(); ++k) {
        const FoundLabel& label = labels.at(k);
        const qsizetype labelEnd = lines.at(label.lineIndex).start + label.candidate.labelEnd;
        const qsizetype nextLabelLine =
            k + 1 < labels.size() ? labels.at(k + 1).lineIndex : lines.size();
        // A heading (plain line) is a section break, not speech: it ends the turn above it.
        qsizetype endLine = nextLabelLine;
        for (qsizetype line = label.lineIndex + 1; line < nextLabelLine; ++line) {
            if (hints.plainLines.contains(line)) {
                endLine = line;
                break;
            }
        }
        const qsizetype regionEnd = endLine < lines.size() ? lines.at(endLine).start : text.size();
        qsizetype start = labelEnd;
        while (start < regionEnd && text.at(start).isSpace()) {
            ++start;
        }
        qsizetype end = regionEnd;
        while (end > start && text.at(end - 1).isSpace()) {
            --end;
        }
        if (start == end) {
            start = end = labelEnd; // a label with nothing said: an empty turn where it ends
        }
        turns.append(ImportedTurn{label.candidate.speaker, start, end, label.candidate.beginMs});
    }
    return turns;
}

} // namespace tessera
