// The speaker-label rule (SpeakerTurnDetector.h, docs/importing.md) as a table: each row is a
// small document and the turns it must give, including the false positives it must not.

#include "ImportTestSupport.h"
#include "io/SpeakerTurnDetector.h"

#include <gtest/gtest.h>

#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

struct ExpectedTurn {
    const char16_t* speaker;
    const char16_t* speech;
    std::optional<qint64> beginMs = std::nullopt;
};

struct TurnCase {
    const char* name;
    const char16_t* input;
    std::vector<ExpectedTurn> turns;
    bool markdown = false;
};

void PrintTo(const TurnCase& turnCase, std::ostream* out)
{
    *out << turnCase.name;
}

const std::vector<TurnCase>& turnCases()
{
    static const std::vector<TurnCase> cases = {
        // --- label forms -------------------------------------------------------------------
        {"NameColon",
         u"Dana: Hello there.\nSam: Hi.\nDana: Bye.",
         {{u"Dana", u"Hello there."}, {u"Sam", u"Hi."}, {u"Dana", u"Bye."}}},
        {"ParticipantCode", u"P1: Hello there.", {{u"P1", u"Hello there."}}},
        {"ParticipantNumber",
         u"Participant 3: Yes, I think so.",
         {{u"Participant 3", u"Yes, I think so."}}},
        {"FocusGroupCode", u"FG2-P4: We agree.", {{u"FG2-P4", u"We agree."}}},
        {"Facilitator", u"Facilitator: Welcome.", {{u"Facilitator", u"Welcome."}}},
        {"Moderator", u"Moderator: Next question.", {{u"Moderator", u"Next question."}}},
        {"InterviewerRespondent",
         u"Interviewer: How long?\nRespondent: Two years.",
         {{u"Interviewer", u"How long?"}, {u"Respondent", u"Two years."}}},
        {"LowercaseRole", u"interviewer: how long?", {{u"interviewer", u"how long?"}}},
        {"SingleLetterRoles",
         u"I: How long?\nR: Two years.",
         {{u"I", u"How long?"}, {u"R", u"Two years."}}},
        {"SpeakerNumber", u"Speaker 2: Right.", {{u"Speaker 2", u"Right."}}},
        {"RepeatedLowercaseId",
         u"admin-1: Sure.\n\nadmin-1: Again.",
         {{u"admin-1", u"Sure."}, {u"admin-1", u"Again."}}},
        {"LeadingBracketTime", u"[00:01:02] Dana: Hi.", {{u"Dana", u"Hi.", 62000}}},
        {"LeadingParenTime", u"(00:01:02) Dana: Hi.", {{u"Dana", u"Hi.", 62000}}},
        {"TrailingBracketTime", u"Dana [00:01:02]: Hi.", {{u"Dana", u"Hi.", 62000}}},
        {"TrailingParenTimeWithHours", u"Dana (1:02:03): Hi.", {{u"Dana", u"Hi.", 3723000}}},
        {"TimeWithFraction", u"[00:00:01.500] P1: Hi.", {{u"P1", u"Hi.", 1500}}},
        {"QualCoderBracketIds",
         u"[id1] hello\n\n[id2] hi there",
         {{u"id1", u"hello"}, {u"id2", u"hi there"}}},
        {"OtterHeaders",
         u"Sam Okafor  0:05\nHi, I'm Sam.\n\nDana Lee  1:02:15\nWelcome back.",
         {{u"Sam Okafor", u"Hi, I'm Sam.", 5000}, {u"Dana Lee", u"Welcome back.", 3735000}}},
        {"OtterTabAndMinutes", u"Speaker 1\t12:34\nSo.", {{u"Speaker 1", u"So.", 754000}}},
        {"SpacesAfterLabel",
         u"Max Bigman:         And I keep forgetting.\n\nMax Bigman:   Again.",
         {{u"Max Bigman", u"And I keep forgetting."}, {u"Max Bigman", u"Again."}}},
        {"TabAfterLabel", u"P1:\tHello", {{u"P1", u"Hello"}}},
        {"IndentedLabel", u"   P1: Hello", {{u"P1", u"Hello"}}},
        {"HonorificWithPeriod",
         u"Moderator: Go ahead.\n\nMr. Dabor: Thank you.\n\nModerator: Next.",
         {{u"Moderator", u"Go ahead."}, {u"Mr. Dabor", u"Thank you."}, {u"Moderator", u"Next."}}},
        {"GuestInBrackets",
         u"Sam (Guest, remote): Hi.\n\nSam (Guest, remote): Bye.",
         {{u"Sam (Guest, remote)", u"Hi."}, {u"Sam (Guest, remote)", u"Bye."}}},
        {"MarkdownBoldColonInside", u"**P1:** Hello", {{u"P1", u"Hello"}}, true},
        {"MarkdownBoldColonOutside",
         u"**Dana**: Hi\n\n**Dana**: Bye",
         {{u"Dana", u"Hi"}, {u"Dana", u"Bye"}},
         true},
        {"MarkdownKeepsOtherMarkup",
         u"# Interview\n\n**P1:** I *really* mean it",
         {{u"P1", u"I *really* mean it"}},
         true},
        // --- turn extent -------------------------------------------------------------------
        {"HardWrappedContinuation",
         u"P1: first line\ncontinued here\n\nP2: next",
         {{u"P1", u"first line\ncontinued here"}, {u"P2", u"next"}}},
        {"BlankLineDoesNotEndTurn",
         u"P1: para one\n\npara two\n\n\nP2: x",
         {{u"P1", u"para one\n\npara two"}, {u"P2", u"x"}}},
        {"LabelAloneOnItsLine",
         u"Interviewer:\nHow are you?\n\nP1: Fine.",
         {{u"Interviewer", u"How are you?"}, {u"P1", u"Fine."}}},
        {"EmptySpeech", u"P1:\nP2: Hi", {{u"P1", u""}, {u"P2", u"Hi"}}},
        {"TrailingWhitespaceExcluded", u"P1: Hello   \n\n  \n", {{u"P1", u"Hello"}}},
        {"SameSpeakerStaysSeparate", u"P1: a\nP1: b", {{u"P1", u"a"}, {u"P1", u"b"}}},
        {"TitleLineIsNotATurn",
         u"Interview 3 transcript\n\nP1: Hi\nP2: Hello",
         {{u"P1", u"Hi"}, {u"P2", u"Hello"}}},
        {"HeaderFieldsAreNotSpeakers",
         u"Date: 3 May 2021\nLocation: Leeds\n\nP1: Hi\n\nP2: Hey",
         {{u"P1", u"Hi"}, {u"P2", u"Hey"}}},
        {"RepeatedHeaderFieldIsNotASpeaker", u"Note: one\n\nNote: two", {}},
        {"OneOffNameOpeningTheDocument",
         u"Automation: Recording.\n\nMax: Hi\n\nAnn: Yo\n\nMax: a\n\nAnn: b",
         {{u"Automation", u"Recording."},
          {u"Max", u"Hi"},
          {u"Ann", u"Yo"},
          {u"Max", u"a"},
          {u"Ann", u"b"}}},
        {"BareTimeLineIsText", u"(00:01:02)\nP1: Hi", {{u"P1", u"Hi"}}},
        // --- false positives ---------------------------------------------------------------
        {"Url", u"See http://example.org for details.\nhttps://x.org again", {}},
        {"ClockTime", u"The meeting started at 10:30 sharp.\n10:30 we started.", {}},
        {"SentenceColonInsideTurn",
         u"P1: We set goals.\nThe aim was: to improve access\nfor everyone.\n\nP2: Agreed.",
         {{u"P1", u"We set goals.\nThe aim was: to improve access\nfor everyone."},
          {u"P2", u"Agreed."}}},
        {"LowercaseSentenceAtParagraphStart",
         u"P1: x\n\nP2: y\n\nso the point is: we agree",
         {{u"P1", u"x"}, {u"P2", u"y\n\nso the point is: we agree"}}},
        {"OneOffNameWithoutLabelledDocument", u"Summary of findings: good.\nMore text.", {}},
        {"InlineMarkIsNotALabel",
         u"admin-1: I work at the [Pallis\n00:00:52] Unified district.\n\nadmin-1: Yes.",
         {{u"admin-1", u"I work at the [Pallis\n00:00:52] Unified district."},
          {u"admin-1", u"Yes."}}},
        {"AnnotationsAtLineStart", u"[laughs] Agreed.\n[laughs] Yes.\n[crosstalk] No.", {}},
        {"InaudibleWithTime", u"[inaudible 00:05:15] together\n[inaudible 00:05:20] again", {}},
        {"CommaInName", u"Well, as I said: no.\n\nWell, as I said: no.", {}},
        {"TooManyWords",
         u"This is a really long sentence: yes\nThis is a really long sentence: no",
         {}},
        {"DigitsOnly", u"2021: a good year\n2021: again", {}},
        {"QuestionMarkInName", u"Why? Because: reasons\nWhy? Because: reasons", {}},
        {"SingleSpaceBeforeTime", u"We met at 10:30\nWe met at 10:30", {}},
        {"LeadingTimeWithoutLabel", u"[00:00:05] Just text here.", {}},
        {"MarkdownBoldInPlainText", u"**P1:** Hello", {}},
        {"BoldEmphasisIsNotALabel", u"**Never** again.\n\n**Never** again.", {}, true},
    };
    return cases;
}

class SpeakerTurnTable : public ::testing::TestWithParam<TurnCase> {};

TEST_P(SpeakerTurnTable, GivesExactTurns)
{
    const TurnCase& turnCase = GetParam();
    const QString text = QString::fromUtf16(turnCase.input);
    SpeakerLabelHints hints;
    hints.markdownBold = turnCase.markdown;
    ImportedDocument document;
    document.text = text;
    document.turns = detectSpeakerTurns(text, hints);

    QStringList expectedSpeakers;
    QStringList expectedSpeech;
    QList<std::optional<qint64>> expectedTimes;
    for (const ExpectedTurn& turn : turnCase.turns) {
        expectedSpeakers << QString::fromUtf16(turn.speaker);
        expectedSpeech << QString::fromUtf16(turn.speech);
        expectedTimes << turn.beginMs;
    }
    EXPECT_EQ(test::turnSpeakers(document), expectedSpeakers);
    EXPECT_EQ(test::turnTexts(document), expectedSpeech);
    EXPECT_EQ(test::turnBeginMs(document), expectedTimes);
    EXPECT_EQ(findTurnProblem(document), std::nullopt);
}

INSTANTIATE_TEST_SUITE_P(Rule, SpeakerTurnTable, ::testing::ValuesIn(turnCases()),
                         [](const ::testing::TestParamInfo<TurnCase>& param) {
                             return std::string(param.param.name);
                         });

TEST(SpeakerTurnDetector, EmptySpeechTurnSitsAtTheEndOfItsLabel)
{
    const QString text = u"P1:\nP2: Hi"_s;
    const QList<ImportedTurn> turns = detectSpeakerTurns(text);
    ASSERT_EQ(turns.size(), 2);
    EXPECT_EQ(turns.at(0).start, 3);
    EXPECT_EQ(turns.at(0).end, 3);
}

TEST(SpeakerTurnDetector, KnownSpeakersAreAcceptedAsWritten)
{
    // A Word table can name "Okafor, Sam (Guest)"; the comma would fail the generic rule.
    const QString text = u"Okafor, Sam (Guest): Hi there.\nDana: Welcome."_s;
    EXPECT_TRUE(detectSpeakerTurns(text).isEmpty());
    SpeakerLabelHints hints;
    hints.knownSpeakers = {u"Okafor, Sam (Guest)"_s, u"Dana"_s};
    const QList<ImportedTurn> turns = detectSpeakerTurns(text, hints);
    ASSERT_EQ(turns.size(), 2);
    EXPECT_EQ(turns.at(0).speaker, u"Okafor, Sam (Guest)"_s);
    EXPECT_EQ(text.mid(turns.at(0).start, turns.at(0).end - turns.at(0).start), u"Hi there."_s);
}

TEST(SpeakerTurnDetector, PlainLinesAreNeverLabels)
{
    const QString text = u"Participant 1: Background\nP1: Hello"_s;
    SpeakerLabelHints hints;
    hints.plainLines = {0};
    const QList<ImportedTurn> turns = detectSpeakerTurns(text, hints);
    ASSERT_EQ(turns.size(), 1);
    EXPECT_EQ(turns.at(0).speaker, u"P1"_s);
}

TEST(SpeakerTurnDetector, PlainLineEndsTheTurnAboveIt)
{
    const QString text = u"P1: Hello.\nmore\nSection two\nafter\nP2: Hi"_s;
    SpeakerLabelHints hints;
    hints.plainLines = {2};
    ImportedDocument document;
    document.text = text;
    document.turns = detectSpeakerTurns(text, hints);
    EXPECT_EQ(test::turnTexts(document), (QStringList{u"Hello.\nmore"_s, u"Hi"_s}));
}

TEST(SpeakerTurnDetector, NoTextGivesNoTurns)
{
    EXPECT_TRUE(detectSpeakerTurns(QString()).isEmpty());
    EXPECT_TRUE(detectSpeakerTurns(u"\n\n  \n"_s).isEmpty());
}

TEST(SpeakerTurnDetector, SurrogatePairsStayWhole)
{
    const QString text = u"P1: \U0001F60A\U0001F60A\n\nP2: \U0001F44D"_s;
    ImportedDocument document;
    document.text = text;
    document.turns = detectSpeakerTurns(text);
    ASSERT_EQ(document.turns.size(), 2);
    EXPECT_EQ(test::turnText(document, 0), u"\U0001F60A\U0001F60A"_s);
    EXPECT_EQ(test::turnText(document, 1), u"\U0001F44D"_s);
    EXPECT_EQ(findTurnProblem(document), std::nullopt);
}

} // namespace
} // namespace tessera
