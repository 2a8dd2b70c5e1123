#include "SpeakerLabel.h"

#include "ClockTime.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

// Real labels are short; a colon further into a line is part of a sentence. The colon search
// allows room beyond the name for a trailing time ("Name [00:01:02]:").
constexpr qsizetype kMaxLabelLength = 40;
constexpr qsizetype kMaxColonSearch = kMaxLabelLength + 20;
constexpr int kMaxLabelWords = 5;
constexpr qsizetype kMaxBracketLabelLength = 20;

bool isHorizontalSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == QChar(0x00A0);
}

qsizetype skipHorizontalSpace(QStringView line, qsizetype pos)
{
    while (pos < line.size() && isHorizontalSpace(line.at(pos))) {
        ++pos;
    }
    return pos;
}

bool endsLabelAt(QStringView line, qsizetype pos)
{
    return pos >= line.size() || line.at(pos).isSpace();
}

QChar closingBracketFor(QChar open)
{
    return open == u'[' ? u']' : u')';
}

// "Name [00:01:02]" -> ("Name", 62000); anything else is returned unchanged.
std::pair<QStringView, std::optional<qint64>> splitTrailingTime(QStringView name)
{
    if (name.isEmpty() || (name.back() != u']' && name.back() != u')')) {
        return {name, std::nullopt};
    }
    const QChar open = name.back() == u']' ? u'[' : u'(';
    const qsizetype openPos = name.lastIndexOf(open);
    if (openPos <= 0) {
        return {name, std::nullopt};
    }
    const auto time = parseClockTime(name.sliced(openPos + 1, name.size() - openPos - 2).trimmed());
    if (!time) {
        return {name, std::nullopt};
    }
    return {name.first(openPos).trimmed(), time};
}

// The first ':' that is not inside (...) or [...], within the search limit.
qsizetype findLabelColon(QStringView rest)
{
    int depth = 0;
    const qsizetype limit = qMin(rest.size(), kMaxColonSearch);
    for (qsizetype i = 0; i < limit; ++i) {
        const QChar c = rest.at(i);
        if (c == u'(' || c == u'[') {
            ++depth;
        } else if ((c == u')' || c == u']') && depth > 0) {
            --depth;
        } else if (c == u':' && depth == 0) {
            return i;
        }
    }
    return -1;
}

std::optional<LabelCandidate> parseKnownSpeaker(QStringView rest, qsizetype offset,
                                                const LabelSyntax& syntax)
{
    // The longest match wins, so "Sam Okafor:" is not read as "Sam" when both are known.
    std::optional<LabelCandidate> best;
    for (const QString& known : syntax.knownSpeakers) {
        if (known.isEmpty() || !rest.startsWith(known) ||
            (best && best->speaker.size() >= known.size())) {
            continue;
        }
        const qsizetype colon = known.size();
        if (colon < rest.size() && rest.at(colon) == u':' && endsLabelAt(rest, colon + 1)) {
            best = LabelCandidate{};
            best->speaker = known;
            best->labelEnd = offset + colon + 1;
            best->known = true;
        }
    }
    return best;
}

std::optional<LabelCandidate> parseMarkdownBold(QStringView rest, qsizetype offset)
{
    const qsizetype close = rest.indexOf(u"**"_s, 2);
    if (close <= 2) {
        return std::nullopt;
    }
    QStringView inner = rest.sliced(2, close - 2);
    qsizetype end = close + 2;
    if (inner.endsWith(u':')) {
        inner.chop(1);
    } else if (end < rest.size() && rest.at(end) == u':') {
        ++end;
    } else {
        return std::nullopt; // bold emphasis, not a label
    }
    const auto [name, time] = splitTrailingTime(inner.trimmed());
    if (!endsLabelAt(rest, end) || !isPlausibleLabelName(name)) {
        return std::nullopt;
    }
    LabelCandidate candidate;
    candidate.speaker = name.toString();
    candidate.labelEnd = offset + end;
    candidate.beginMs = time;
    candidate.bracketedTime = time.has_value();
    return candidate;
}

std::optional<LabelCandidate> parseColonLabel(QStringView rest, qsizetype offset)
{
    const qsizetype colon = findLabelColon(rest);
    // A ':' followed by anything but whitespace is a URL ("http://"), a time ("10:30") or a
    // ratio, never a label.
    if (colon <= 0 || !endsLabelAt(rest, colon + 1)) {
        return std::nullopt;
    }
    const auto [name, time] = splitTrailingTime(rest.first(colon).trimmed());
    if (!isPlausibleLabelName(name)) {
        return std::nullopt;
    }
    LabelCandidate candidate;
    candidate.speaker = name.toString();
    candidate.labelEnd = offset + colon + 1;
    candidate.beginMs = time;
    candidate.bracketedTime = time.has_value();
    return candidate;
}

// Otter.ai: "Sam Okafor  1:02:15" alone on the line; two or more spaces (or a tab) before the
// time keep ordinary sentences that end in a time ("we met at 10:30") out.
std::optional<LabelCandidate> parseOtterHeader(QStringView rest, qsizetype offset)
{
    const QStringView trimmed = rest.trimmed();
    qsizetype gapEnd = trimmed.size();
    while (gapEnd > 0 && !isHorizontalSpace(trimmed.at(gapEnd - 1))) {
        --gapEnd;
    }
    qsizetype gapStart = gapEnd;
    while (gapStart > 0 && isHorizontalSpace(trimmed.at(gapStart - 1))) {
        --gapStart;
    }
    if (gapStart == 0 || gapStart == gapEnd) {
        return std::nullopt;
    }
    const QStringView gap = trimmed.sliced(gapStart, gapEnd - gapStart);
    if (gap.size() < 2 && !gap.contains(u'\t')) {
        return std::nullopt;
    }
    const auto time = parseClockTime(trimmed.sliced(gapEnd));
    const QStringView name = trimmed.first(gapStart);
    if (!time || !isPlausibleLabelName(name)) {
        return std::nullopt;
    }
    LabelCandidate candidate;
    candidate.speaker = name.toString();
    candidate.labelEnd = offset + (trimmed.data() - rest.data()) + trimmed.size();
    candidate.beginMs = time;
    candidate.form = LabelForm::OtterHeader;
    return candidate;
}

bool isBracketLabelToken(QStringView token)
{
    if (token.isEmpty() || token.size() > kMaxBracketLabelLength ||
        isTranscriptionAnnotation(token)) {
        return false;
    }
    bool hasLetter = false;
    for (const QChar c : token) {
        if (c.isLetter()) {
            hasLetter = true;
        } else if (!c.isDigit() && c != u'-' && c != u'_' && c != u'.') {
            return false;
        }
    }
    return hasLetter;
}

} // namespace

std::optional<LabelCandidate> parseLabelCandidate(QStringView line, const LabelSyntax& syntax)
{
    qsizetype pos = skipHorizontalSpace(line, 0);
    std::optional<qint64> leadingTime;
    if (pos < line.size() && (line.at(pos) == u'[' || line.at(pos) == u'(')) {
        const qsizetype close = line.indexOf(closingBracketFor(line.at(pos)), pos + 1);
        if (close > pos) {
            const QStringView inner = line.sliced(pos + 1, close - pos - 1);
            if (const auto time = parseClockTime(inner.trimmed())) {
                if (!endsLabelAt(line, close + 1)) {
                    return std::nullopt;
                }
                leadingTime = time;
                pos = skipHorizontalSpace(line, close + 1);
            } else if (line.at(pos) == u'[' && isBracketLabelToken(inner) &&
                       endsLabelAt(line, close + 1)) {
                LabelCandidate candidate;
                candidate.speaker = inner.toString();
                candidate.labelEnd = close + 1;
                candidate.form = LabelForm::Bracket;
                return candidate;
            }
        }
    }
    if (pos >= line.size()) {
        return std::nullopt; // a bare "(00:01:02)" line marks time, not a speaker
    }

    const QStringView rest = line.sliced(pos);
    std::optional<LabelCandidate> candidate = parseKnownSpeaker(rest, pos, syntax);
    if (!candidate && syntax.markdownBold && rest.startsWith(u"**"_s)) {
        candidate = parseMarkdownBold(rest, pos);
    }
    if (!candidate) {
        candidate = parseColonLabel(rest, pos);
    }
    if (!candidate && !leadingTime) {
        candidate = parseOtterHeader(rest, pos);
    }
    if (candidate && leadingTime) {
        candidate->beginMs = leadingTime;
        candidate->bracketedTime = true;
    }
    return candidate;
}

bool isPlausibleLabelName(QStringView name)
{
    if (name.isEmpty() || name.size() > kMaxLabelLength || !name.front().isLetterOrNumber()) {
        return false;
    }
    // Punctuation inside brackets is allowed ("Okafor (Guest, remote)"), so look only at the
    // text outside them.
    static const QRegularExpression bracketed(u"\\([^)]*\\)|\\[[^\\]]*\\]"_s);
    const QString outside = name.toString().remove(bracketed);
    static const QRegularExpression abbreviation(u"^(?:\\p{L}{1,4}\\.)+$"_s);
    static const QRegularExpression whitespace(u"\\s+"_s);
    const QStringList words = outside.split(whitespace, Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > kMaxLabelWords) {
        return false;
    }
    bool hasLetter = false;
    for (const QString& word : words) {
        if (word.contains(u'.') && !abbreviation.match(word).hasMatch()) {
            return false;
        }
        for (const QChar c : word) {
            if (c == u',' || c == u';' || c == u'!' || c == u'?' || c == u'"' || c == u':' ||
                c == QChar(0x201C) || c == QChar(0x201D)) {
                return false;
            }
            hasLetter = hasLetter || c.isLetter();
        }
    }
    return hasLetter;
}

bool isRoleLabel(QStringView label)
{
    static const QRegularExpression role(
        u"^(?:(?:co-?)?facilitator|moderator|interviewer|interviewee|respondent|participant|"
        "researcher|speaker|host|chair|chairperson|observer|note-?taker|translator|interpreter|"
        "student|teacher|parent|staff|int|resp|mod)(?:\\s*(?:\\d{1,3}|[a-z]))?$"
        "|^[a-z]{1,3}\\d{1,3}(?:-[a-z]{1,3}\\d{1,3})?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (label.size() == 1 && label.front().isUpper()) {
        return true; // I:, R:, Q:, A:
    }
    return role.match(label.toString()).hasMatch();
}

bool looksLikeName(QStringView label)
{
    const QList<QStringView> words = label.split(u' ', Qt::SkipEmptyParts);
    if (words.size() <= 1) {
        return true;
    }
    return std::all_of(words.begin(), words.end(), [](QStringView word) {
        const QChar first = word.front();
        return first.isUpper() || first.isDigit() || first == u'(' || first == u'[';
    });
}

bool isMetadataKey(QStringView label)
{
    static const QStringList keys = {
        u"title"_s,    u"date"_s,      u"time"_s,       u"location"_s,      u"place"_s,
        u"venue"_s,    u"duration"_s,  u"length"_s,     u"subject"_s,       u"project"_s,
        u"study"_s,    u"interview"_s, u"transcript"_s, u"transcription"_s, u"transcriber"_s,
        u"recorded"_s, u"recording"_s, u"present"_s,    u"attendees"_s,     u"participants"_s,
        u"speakers"_s, u"note"_s,      u"notes"_s,      u"source"_s,        u"file"_s,
        u"audio"_s,    u"video"_s,     u"setting"_s,    u"topic"_s,         u"session"_s,
        u"language"_s, u"keywords"_s,  u"summary"_s,    u"agenda"_s,        u"comment"_s,
        u"comments"_s, u"version"_s,   u"kind"_s};
    return keys.contains(label.toString().toLower());
}

bool isTranscriptionAnnotation(QStringView word)
{
    static const QStringList marks = {
        u"inaudible"_s, u"unintelligible"_s, u"indistinct"_s, u"crosstalk"_s, u"cross-talk"_s,
        u"overtalk"_s,  u"overlapping"_s,    u"laughs"_s,     u"laughter"_s,  u"laughing"_s,
        u"laugh"_s,     u"pause"_s,          u"silence"_s,    u"unclear"_s,   u"noise"_s,
        u"music"_s,     u"applause"_s,       u"coughs"_s,     u"cough"_s,     u"sighs"_s,
        u"sigh"_s,      u"background"_s,     u"redacted"_s,   u"name"_s,      u"sic"_s,
        u"break"_s,     u"interruption"_s,   u"silent"_s,     u"gap"_s,       u"blank"_s};
    QString key = word.toString().toLower();
    while (!key.isEmpty() && !key.back().isLetter()) {
        key.chop(1); // "[laughs.]", "[pause...]"
    }
    return marks.contains(key);
}

} // namespace tessera
