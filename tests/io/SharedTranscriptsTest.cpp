// Every file in ../shared/transcripts (described in its README.md), imported through the public
// dispatcher with exact expectations: speakers, turn count, turn texts, times.

#include "ImportTestSupport.h"
#include "io/TranscriptImporter.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

using test::distinctSpeakers;
using test::importSharedTranscript;
using test::turnBeginMs;
using test::turnSpeakers;
using test::turnText;
using test::turnTexts;

ImportedDocument importOrFail(const QString& name)
{
    auto result = importSharedTranscript(name);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message.toStdString());
    return result.ok() ? std::move(result).value() : ImportedDocument{};
}

TEST(SharedTranscripts, QualCoderIdLabelsGiveSevenTurns)
{
    const ImportedDocument doc = importOrFail(u"qualcoder_example_transcript_id-speakers.txt"_s);
    EXPECT_EQ(doc.format, TranscriptFormat::Txt);
    EXPECT_EQ(turnSpeakers(doc),
              (QStringList{u"id1"_s, u"id2"_s, u"id3"_s, u"id1"_s, u"id3"_s, u"id1"_s, u"id2"_s}));
    ASSERT_EQ(doc.turns.size(), 7);
    EXPECT_EQ(turnText(doc, 0),
              u"hello, I like the course. It really helped me with understanding world's history "
              "and gave me an insight into how did people cope with the complexities of life in "
              "the past."_s);
    EXPECT_EQ(turnText(doc, 4), u"yes, I am learning a lot as well. It's a good course overall"_s);
    EXPECT_EQ(turnText(doc, 6),
              u"Hmm, I will ask the tutor for more help as I am really struggling."_s);
    EXPECT_EQ(doc.turns.first().start, 6); // after "[id1] "
    EXPECT_TRUE(doc.warnings.isEmpty());
}

TEST(SharedTranscripts, QualCoderDocxReadsItsThreeParagraphs)
{
    const ImportedDocument doc = importOrFail(u"qualcoder_example_ID1.docx"_s);
    EXPECT_EQ(doc.format, TranscriptFormat::Docx);
    const QStringList lines = doc.text.split(u'\n');
    ASSERT_EQ(lines.size(), 3) << doc.text.toStdString();
    EXPECT_EQ(lines.at(0),
              u"I really like learning new things. I think this course is good for me as I have "
              "wanted to learn about world history for a while. The structured content, lecture "
              "slides and web links have been really good."_s);
    EXPECT_TRUE(lines.at(1).startsWith(u"I guess some less computer-savvy people would have some "
                                       "trouble accessing the internet-based material, but its "
                                       "like a duck to water for me - no problem at all."_s));
    EXPECT_TRUE(lines.at(2).endsWith(u"I'm happy to pay \u20AC200."_s));
    // A single answer without speaker labels: no turns, and the user is told why.
    EXPECT_TRUE(doc.turns.isEmpty());
    ASSERT_EQ(doc.warnings.size(), 1);
    EXPECT_TRUE(doc.warnings.first().contains(u"No speaker labels"_s));
}

TEST(SharedTranscripts, AdminInterviewHasThreeSpeakersAndHardWrappedTurns)
{
    const ImportedDocument doc = importOrFail(u"qc-demo_admin-1_interview.txt"_s);
    EXPECT_EQ(distinctSpeakers(doc), (QStringList{u"Automation"_s, u"Max Bigman"_s, u"admin-1"_s}));
    EXPECT_EQ(doc.turns.size(), 86);
    EXPECT_EQ(turnSpeakers(doc).count(u"Max Bigman"_s), 30);
    EXPECT_EQ(turnSpeakers(doc).count(u"admin-1"_s), 55);
    EXPECT_EQ(turnText(doc, 0), u"This call is now being recorded."_s);
    // The speech starts after the run of spaces that follows the label and keeps its wrapped
    // lines (including the spaces at their ends) untouched.
    EXPECT_EQ(turnText(doc, 1),
              u"And I keep forgetting to send out these IRB official \n"
              "consent forms, but can I get your verbal consent that it's okay if I am record \n"
              "this, just for using it for transcription for the research project and then \n"
              "formally send you those documents to sign after we hang up?"_s);
    EXPECT_EQ(turnText(doc, 2), u"Sure."_s);
    // The inline mark "[Pallis 00:00:52]" is wrapped onto the next line; it stays inside the turn.
    EXPECT_EQ(doc.turns.at(4).speaker, u"admin-1"_s);
    EXPECT_TRUE(turnText(doc, 4).contains(u"[Pallis \n00:00:52] Unified School District"_s));
    EXPECT_TRUE(turnText(doc, 4).endsWith(u"So I had been involved in the committee from the "
                                          "start."_s));
    EXPECT_EQ(turnText(doc, 85), u"Uh-huh (affirmative). Bye."_s); // trailing space excluded
    for (const ImportedTurn& turn : doc.turns) {
        EXPECT_FALSE(turn.beginMs.has_value()) << turn.speaker.toStdString();
    }
}

TEST(SharedTranscripts, BoardMeetingKeepsConsecutiveTurnsOfOneSpeaker)
{
    const ImportedDocument doc = importOrFail(u"qc-demo_board_2017_meeting.txt"_s);
    EXPECT_EQ(doc.turns.size(), 131);
    EXPECT_EQ(distinctSpeakers(doc).size(), 41);
    ASSERT_GE(doc.turns.size(), 6);
    EXPECT_EQ(turnSpeakers(doc).mid(0, 6),
              (QStringList{u"Speaker 1"_s, u"Speaker 2"_s, u"Speaker 2"_s, u"Speaker 2"_s,
                           u"Speaker 2"_s, u"Alfeck"_s}));
    EXPECT_EQ(turnText(doc, 0),
              u"Thank you. Let's move on to the preK-12 computer science \ncurriculum."_s);
    EXPECT_EQ(turnText(doc, 4), u"So with that, Miss Alfeck to you."_s);
    EXPECT_TRUE(turnText(doc, 1).startsWith(u"Alright, good. And while they are preparing"_s));
    EXPECT_TRUE(turnText(doc, 1).endsWith(u"science curriculum."_s));
    // Names with an honorific ("Mr. Dabor") and one-off names at a paragraph start are labels.
    const QStringList speakers = distinctSpeakers(doc);
    EXPECT_TRUE(speakers.contains(u"Mr. Dabor"_s));
    EXPECT_TRUE(speakers.contains(u"Ms. Ofek"_s));
    EXPECT_TRUE(speakers.contains(u"Com 7"_s));
    EXPECT_TRUE(speakers.contains(u"Robbie"_s));
    EXPECT_EQ(turnSpeakers(doc).count(u"Moderator"_s), 16);
    EXPECT_EQ(turnSpeakers(doc).count(u"Speaker 12"_s), 13);
}

TEST(SharedTranscripts, ZoomVttBecomesReadableTranscript)
{
    const ImportedDocument doc = importOrFail(u"synthetic_zoom.vtt"_s);
    EXPECT_EQ(doc.format, TranscriptFormat::Vtt);
    EXPECT_EQ(doc.text,
              u"[00:00:01] Dana Facilitator: Thanks everyone for joining. Let's start with "
              "introductions.\n"
              "[00:00:05] Sam Okafor: Hi, I'm Sam. I've used the community clinic for about two "
              "years.\n"
              "[00:00:10] Ren\u00E9e Dubois: Bonjour, I'm Ren\u00E9e. Mostly I go there for my "
              "kids' check-ups.\n"
              "[00:00:15] Sam Okafor: The waiting times are the main issue for me, honestly."_s);
    EXPECT_EQ(turnSpeakers(doc), (QStringList{u"Dana Facilitator"_s, u"Sam Okafor"_s,
                                              u"Ren\u00E9e Dubois"_s, u"Sam Okafor"_s}));
    EXPECT_EQ(turnText(doc, 3), u"The waiting times are the main issue for me, honestly."_s);
    EXPECT_EQ(turnBeginMs(doc), (QList<std::optional<qint64>>{1350, 5900, 10010, 15200}));
    EXPECT_TRUE(doc.warnings.isEmpty());
}

TEST(SharedTranscripts, TeamsVttMergesReneesCuesAndDecodesEntities)
{
    const ImportedDocument doc = importOrFail(u"synthetic_teams.vtt"_s);
    EXPECT_EQ(turnSpeakers(doc), (QStringList{u"Dana Facilitator"_s, u"Okafor, Sam (Guest)"_s,
                                              u"Ren\u00E9e Dubois"_s}));
    ASSERT_EQ(doc.turns.size(), 3);
    // The multi-line cue becomes one line; cues 14-0 and 14-1 by Renée are one turn.
    EXPECT_EQ(turnText(doc, 1),
              u"Hi, I'm Sam. I've used the community clinic for about two years."_s);
    EXPECT_EQ(turnText(doc, 2), u"Bonjour, I'm Ren\u00E9e & I mostly go for my kids' check-ups. "
                                "It works well enough."_s);
    EXPECT_EQ(turnBeginMs(doc), (QList<std::optional<qint64>>{1350, 5900, 10010}));
    EXPECT_EQ(doc.text.count(u'\n'), 2);
    EXPECT_TRUE(doc.text.startsWith(u"[00:00:01] Dana Facilitator: Thanks everyone"_s));
    EXPECT_FALSE(doc.text.contains(u'&' + u"apos;"_s));
    EXPECT_FALSE(doc.text.contains(u"</v>"_s));
}

TEST(SharedTranscripts, OtterHeadersStartTheParagraphBelow)
{
    const ImportedDocument doc = importOrFail(u"synthetic_otter.txt"_s);
    EXPECT_EQ(turnSpeakers(doc), (QStringList{u"Dana Facilitator"_s, u"Sam Okafor"_s,
                                              u"Speaker 3"_s, u"Sam Okafor"_s}));
    EXPECT_EQ(turnTexts(doc),
              (QStringList{u"Thanks everyone for joining. Let's start with introductions."_s,
                           u"Hi, I'm Sam. I've used the community clinic for about two years."_s,
                           u"Bonjour, I'm Ren\u00E9e. Mostly I go there for my kids' check-ups."_s,
                           u"The waiting times are the main issue for me, honestly."_s}));
    EXPECT_EQ(turnBeginMs(doc), (QList<std::optional<qint64>>{1000, 5000, 10000, 3735000}));
}

TEST(SharedTranscripts, TimestampedFocusGroupLfHasSixTurnsAndNoTitleTurn)
{
    const ImportedDocument doc = importOrFail(u"synthetic_focusgroup_timestamped_LF.txt"_s);
    EXPECT_EQ(turnSpeakers(doc), (QStringList{u"Facilitator"_s, u"P1"_s, u"P2"_s, u"Facilitator"_s,
                                              u"P3"_s, u"P1"_s}));
    EXPECT_EQ(
        turnTexts(doc),
        (QStringList{u"Thanks everyone for joining. Let's go round the table."_s,
                     u"I've used the clinic for two years. The staff are lovely \U0001F60A but the "
                     "wait is long."_s,
                     u"Same for me. Last time I waited 3\u00BD hours \u2013 with two kids!"_s,
                     u"What would make the biggest difference?"_s,
                     u"Honestly? An online booking system. Na\u00EFve maybe, but it'd help."_s,
                     u"[laughs] Agreed."_s}));
    EXPECT_EQ(turnBeginMs(doc),
              (QList<std::optional<qint64>>{1000, 6000, 12000, 20000, 24000, 31000}));
    // The title line "FOCUS GROUP 2 - ..." is before the first turn and in none.
    const qsizetype titleEnd = doc.text.indexOf(u'\n');
    EXPECT_TRUE(doc.text.startsWith(u"FOCUS GROUP 2 - Community clinic"_s));
    EXPECT_GT(doc.turns.first().start, titleEnd);
    EXPECT_EQ(doc.text.mid(doc.turns.first().start - 24, 24), u"[00:00:01] Facilitator: "_s);
}

TEST(SharedTranscripts, CrlfBomFileGivesExactlyTheLfTextAndTurns)
{
    const ImportedDocument lf = importOrFail(u"synthetic_focusgroup_timestamped_LF.txt"_s);
    const ImportedDocument crlf = importOrFail(u"synthetic_focusgroup_timestamped_CRLF_BOM.txt"_s);
    EXPECT_FALSE(crlf.text.contains(u'\r'));
    EXPECT_FALSE(crlf.text.startsWith(QChar(0xFEFF)));
    EXPECT_EQ(crlf.text, lf.text);
    EXPECT_EQ(crlf.turns, lf.turns);
    EXPECT_EQ(crlf.turns.size(), 6);
}

} // namespace
} // namespace tessera
