#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace tessera {

enum class CueMarkup {
    WebVtt, // HTML entities are part of the format and are decoded
    Srt,    // no entities in SRT: "&amp;" in an SRT file is literally what the author typed
};

// The words of one speaker inside a cue. speaker is nullopt when the cue does not say who spoke.
struct CueSegment {
    std::optional<QString> speaker;
    QString text; // one line: tags removed, entities decoded (WebVTT), whitespace collapsed
};

// Reads a cue payload (its lines joined by '\n'). Speakers come from voice spans
// ("<v Name>text</v>"; the closing tag is optional, as Teams often omits it, and one cue may hold
// several voices) or, when there is no voice span, from a "Name: " prefix (Zoom, many SRT files).
// Segments with no text are dropped.
QList<CueSegment> readCuePayload(const QString& payload, CueMarkup markup);

// &amp; &lt; &gt; &quot; &apos; &nbsp; (to U+00A0), &lrm; &rlm;, a few typographic names, and
// numeric references (&#233; &#x00E9;). Unknown or invalid references are left as written.
QString decodeHtmlEntities(QStringView text);

// Removes "<...>" tags (<c>, <i>, <b>, <u>, <lang en>, <ruby>, timestamps <00:00:01.000>) and
// SSA override blocks "{\an8}" that SRT files carry; a '<' without a closing '>' is kept.
QString stripCueTags(QStringView text);

// Runs of ASCII whitespace (including line breaks) become one space; leading and trailing ones
// go. U+00A0 is kept: it came from an explicit &nbsp;.
QString collapseWhitespace(QStringView text);

// "Dana Facilitator: Thanks" -> {"Dana Facilitator", "Thanks"}. The name is at most 60
// characters and 8 words, contains a letter, and holds no sentence end (". ", "? ", "! ").
std::optional<std::pair<QString, QString>> splitSpeakerPrefix(QStringView text);

} // namespace tessera
