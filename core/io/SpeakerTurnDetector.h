#pragma once

#include "ImportedDocument.h"
#include "SpeakerLabel.h"

#include <QList>
#include <QSet>
#include <QString>

namespace tessera {

// Speaker-label rule (also in docs/importing.md; keep the two in step).
//
// A line is a CANDIDATE label when, after optional leading spaces, it has one of these shapes:
//   Name: speech                   "P1:", "Participant 3:", "FG2-P4:", "admin-1:", "Mr. Dabor:"
//   [hh:mm:ss] Name: speech        also "(hh:mm:ss) Name:"
//   Name [hh:mm:ss]: speech        also "Name (hh:mm:ss):"
//   **Name:** / **Name**: speech   Markdown only
//   [id1] speech                   QualCoder: one token in brackets, not a time or a mark such
//                                  as [laughs], [inaudible], [crosstalk]
//   Name  0:05 / Name  1:02:15     Otter.ai: two+ spaces or a tab, a time, nothing else on the
//                                  line; the speech is the paragraph below
// where Name is 1-40 characters and 1-5 words, starts with a letter or digit, contains a letter,
// and outside brackets has no , ; ! ? " and no '.' except in abbreviations ("Mr.", "J.R."); the
// ':' must be followed by whitespace or the end of the line ("http://x" and "10:30" are not
// labels). Anything the source marked structurally (LabelSyntax::knownSpeakers) is a candidate
// as written.
//
// A candidate is ACCEPTED when it is not a header field (Date, Location, Participants, ...) and
//   (a) it is a known speaker, a role label (isRoleLabel: Facilitator, Moderator, Interviewer,
//       Respondent, Participant N, Speaker N, P1, FG2-P4, id1, I, R, ...), has a bracketed
//       time, or is an Otter header that starts a paragraph, looks like a name and has text on
//       the next line; or
//   (b) the same name is a candidate at least twice in the document; or
//   (c) it looks like a name (every word capitalised, or a single word), the document has at
//       least two labels accepted by (a) or (b), and it stands where a turn can begin: it starts
//       the document or a paragraph (the line before is blank), or the line right above it is
//       the first line of an accepted turn (one-turn-per-line transcripts).
// So "The aim was: to ..." inside a paragraph, a hard-wrapped line that happens to hold a colon,
// and inline marks such as "[Pallis 00:00:52]" are not labels.
//
// A turn runs from its label to the next accepted label (or the next plain line, i.e. a Word
// heading); blank lines do not end it. Its range is
// the speech only: after the label and the whitespace that follows it, before trailing
// whitespace. A label with no speech gives an empty turn at the end of the label. Text before
// the first label (titles, headers) belongs to no turn. Consecutive turns by the same speaker
// stay separate. beginMs is the label's time when it had one.
struct SpeakerLabelHints {
    bool markdownBold = false;
    QStringList knownSpeakers;
    // 0-based line numbers that are never labels and end the turn above them (Word headings).
    QSet<qsizetype> plainLines;
};

QList<ImportedTurn> detectSpeakerTurns(const QString& text, const SpeakerLabelHints& hints = {});

} // namespace tessera
