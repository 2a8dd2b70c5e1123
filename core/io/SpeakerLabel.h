#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace tessera {

// How a line announced its speaker.
enum class LabelForm {
    Colon,       // "P1: text", "[00:00:01] Facilitator: text", "Name [00:01:02]: text", "**P1:**"
    Bracket,     // QualCoder's "[id1] text"
    OtterHeader, // Otter.ai's "Name  0:05" alone on a line; the speech is the paragraph below
};

// A line that has the shape of a speaker label. Whether it IS one depends on the rest of the
// document (see SpeakerTurnDetector.h), so this is only a candidate.
struct LabelCandidate {
    QString speaker;
    qsizetype labelEnd = 0; // offset in the line just after the label (':' / ']' / the time)
    std::optional<qint64> beginMs;
    LabelForm form = LabelForm::Colon;
    bool bracketedTime = false; // a "[hh:mm:ss]" or "(hh:mm:ss)" stood before or after the name
    bool known = false;         // matched one of LabelSyntax::knownSpeakers
};

struct LabelSyntax {
    bool markdownBold = false; // also read "**Name:**" and "**Name**:"
    // Labels the source marked structurally (a Word table column, bold runs); they are accepted
    // as written, even when their shape (commas, long names) would not pass the generic rule.
    QStringList knownSpeakers;
};

// Reads one line (without its '\n'). Returns the label candidate it starts with, if any.
std::optional<LabelCandidate> parseLabelCandidate(QStringView line, const LabelSyntax& syntax);

// The generic shape of a label name: 1-40 characters, 1-5 words, starts with a letter or digit,
// contains a letter, and outside (...) or [...] has none of , ; ! ? " : and no '.' except in
// abbreviations and initials ("Mr.", "Dr.", "J.R.").
bool isPlausibleLabelName(QStringView name);

// Role labels researchers use: Facilitator, Moderator, Interviewer, Interviewee, Respondent,
// Participant [N], Speaker N, Researcher, Host, Chair, Observer, Note-taker, Int, Resp, ...;
// codes such as P1, R12, FG2-P4, id1; single capital letters (I, R, Q, A).
bool isRoleLabel(QStringView label);

// Every word starts with a capital letter or a digit, or the label is a single word. Used for
// labels that are accepted only because they start a paragraph: "So the point is:" is not one.
bool looksLikeName(QStringView label);

// Header fields of a transcript ("Date:", "Location:", "Participants:") are never speakers.
bool isMetadataKey(QStringView label);

// Transcriber's marks at the start of a line ("[laughs]", "[crosstalk]") are not speakers.
bool isTranscriptionAnnotation(QStringView word);

} // namespace tessera
