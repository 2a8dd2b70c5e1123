#include "CueText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

constexpr qsizetype kMaxPrefixSpeakerLength = 60;
constexpr qsizetype kMaxPrefixSpeakerWords = 8;

bool isAsciiWhitespace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}

std::optional<char32_t> namedEntity(QStringView name)
{
    struct Named {
        QStringView name;
        char32_t value;
    };
    static constexpr Named kNamed[] = {
        {u"amp", U'&'},        {u"lt", U'<'},         {u"gt", U'>'},          {u"quot", U'"'},
        {u"apos", U'\''},      {u"nbsp", U'\u00A0'},  {u"lrm", U'\u200E'},    {u"rlm", U'\u200F'},
        {u"ndash", U'\u2013'}, {u"mdash", U'\u2014'}, {u"hellip", U'\u2026'}, {u"lsquo", U'\u2018'},
        {u"rsquo", U'\u2019'}, {u"ldquo", U'\u201C'}, {u"rdquo", U'\u201D'}};
    for (const Named& entry : kNamed) {
        if (entry.name == name) {
            return entry.value;
        }
    }
    return std::nullopt;
}

std::optional<char32_t> numericEntity(QStringView digits, int base)
{
    bool ok = false;
    const uint value = digits.toUInt(&ok, base);
    // NUL, surrogates and values past U+10FFFF are not characters; leave such references alone.
    if (!ok || value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
        return std::nullopt;
    }
    return char32_t(value);
}

QString cleanSegment(QStringView raw, CueMarkup markup)
{
    const QString untagged = stripCueTags(raw);
    return collapseWhitespace(markup == CueMarkup::WebVtt ? decodeHtmlEntities(untagged)
                                                          : untagged);
}

} // namespace

QString decodeHtmlEntities(QStringView text)
{
    static const QRegularExpression entity(
        u"&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));"_s);
    if (!text.contains(u'&')) {
        return text.toString();
    }
    // Qt 6.4 has no view-based global match; the copy is one cue's text.
    const QString subject = text.toString();
    QString result;
    result.reserve(text.size());
    qsizetype pos = 0;
    auto matches = entity.globalMatch(subject);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        std::optional<char32_t> value;
        if (match.hasCaptured(1)) {
            value = numericEntity(match.capturedView(1), 10);
        } else if (match.hasCaptured(2)) {
            value = numericEntity(match.capturedView(2), 16);
        } else {
            value = namedEntity(match.capturedView(3));
        }
        if (!value) {
            continue; // unknown: keep it, it will be copied with the text around it
        }
        result.append(text.sliced(pos, match.capturedStart() - pos));
        result.append(QString::fromUcs4(&*value, 1));
        pos = match.capturedEnd();
    }
    result.append(text.sliced(pos));
    return result;
}

QString stripCueTags(QStringView text)
{
    static const QRegularExpression tag(u"<[^<>]*>|\\{\\\\[^{}]*\\}"_s);
    return text.toString().remove(tag);
}

QString collapseWhitespace(QStringView text)
{
    QString result;
    result.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (isAsciiWhitespace(c)) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (pendingSpace) {
            result.append(u' ');
            pendingSpace = false;
        }
        result.append(c);
    }
    return result;
}

std::optional<std::pair<QString, QString>> splitSpeakerPrefix(QStringView text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0 || colon > kMaxPrefixSpeakerLength ||
        (colon + 1 < text.size() && !isAsciiWhitespace(text.at(colon + 1)))) {
        return std::nullopt;
    }
    const QString name = collapseWhitespace(text.first(colon));
    static const QRegularExpression sentenceEnd(u"[.?!]\\s"_s);
    bool hasLetter = false;
    for (const QChar c : name) {
        hasLetter = hasLetter || c.isLetter();
    }
    if (!hasLetter || name.count(u' ') + 1 > kMaxPrefixSpeakerWords || name.contains(sentenceEnd)) {
        return std::nullopt;
    }
    return std::pair{name, collapseWhitespace(text.sliced(colon + 1))};
}

QList<CueSegment> readCuePayload(const QString& payload, CueMarkup markup)
{
    // "<v Name>", "<v.loud Name>", "<v>": each opens the words of a (possibly unnamed) voice.
    static const QRegularExpression voice(u"<v(?:\\.[^\\s>]*)?(?:\\s+([^>]*))?>"_s);
    struct RawSegment {
        std::optional<QString> speaker;
        QStringView raw;
    };
    QList<RawSegment> raws;
    qsizetype pos = 0;
    std::optional<QString> speaker;
    auto matches = voice.globalMatch(payload);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        raws.append({speaker, QStringView(payload).sliced(pos, match.capturedStart() - pos)});
        const QString name = cleanSegment(match.capturedView(1), markup);
        speaker = name.isEmpty() ? std::nullopt : std::optional<QString>(name);
        pos = match.capturedEnd();
    }
    raws.append({speaker, QStringView(payload).sliced(pos)});

    QList<CueSegment> segments;
    for (qsizetype i = 0; i < raws.size(); ++i) {
        CueSegment segment{raws.at(i).speaker, cleanSegment(raws.at(i).raw, markup)};
        // A "Name: " prefix names the speaker only when no voice span did; inside a voice span
        // a colon is part of what was said.
        if (!segment.speaker && i == 0) {
            if (auto split = splitSpeakerPrefix(segment.text)) {
                segment.speaker = std::move(split->first);
                segment.text = std::move(split->second);
            }
        }
        if (!segment.text.isEmpty()) {
            segments.append(std::move(segment));
        }
    }
    return segments;
}

} // namespace tessera
