// The pieces WebVTT and SRT share: cue text cleaning, speakers, merging into turns.

#include "io/CueTranscript.h"

#include "ImportTestSupport.h"
#include "io/CueText.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

TEST(CueText, DecodesNamedAndNumericEntities)
{
    EXPECT_EQ(decodeHtmlEntities(u"a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;"),
              u"a & b <c> \"d\" 'e'"_s);
    EXPECT_EQ(decodeHtmlEntities(u"Ren&#233;e Ren&#x00E9;e Ren&#X00e9;e"),
              u"Ren\u00E9e Ren\u00E9e Ren\u00E9e"_s);
    EXPECT_EQ(decodeHtmlEntities(u"a&nbsp;b"), u"a\u00A0b"_s);
    EXPECT_EQ(decodeHtmlEntities(u"&#x1F60A;"), u"\U0001F60A"_s);
    // Unknown or impossible references stay as written.
    EXPECT_EQ(decodeHtmlEntities(u"&bogus; &#0; &#xD800; &#x110000; & alone"),
              u"&bogus; &#0; &#xD800; &#x110000; & alone"_s);
}

TEST(CueText, StripsTagsButKeepsLoneAngleBrackets)
{
    EXPECT_EQ(stripCueTags(u"<c.yellow>one</c> <i>two</i> <b>3</b> <lang en>x</lang> "
                           "<00:00:01.000>y {\\an8}z"),
              u"one two 3 x y z"_s);
    EXPECT_EQ(stripCueTags(u"2 < 3"), u"2 < 3"_s);
}

TEST(CueText, CollapsesAsciiWhitespaceButKeepsNbsp)
{
    EXPECT_EQ(collapseWhitespace(u"  a \n\t b\u00A0c  "), u"a b\u00A0c"_s);
}

TEST(CueText, SpeakerPrefixNeedsAShortNameAndASpace)
{
    const auto zoom = splitSpeakerPrefix(u"Dana Facilitator: Thanks everyone.");
    ASSERT_TRUE(zoom.has_value());
    EXPECT_EQ(zoom->first, u"Dana Facilitator"_s);
    EXPECT_EQ(zoom->second, u"Thanks everyone."_s);
    EXPECT_EQ(splitSpeakerPrefix(u"We met at 10:30 today"), std::nullopt);
    EXPECT_EQ(splitSpeakerPrefix(u"I said no. Then: silence"), std::nullopt);
    EXPECT_EQ(splitSpeakerPrefix(u"see https://x.org"), std::nullopt);
    EXPECT_EQ(splitSpeakerPrefix(u"123: go"), std::nullopt);
}

TEST(CueText, VoiceSpansNameSpeakersEvenWithoutClosingTag)
{
    const QList<CueSegment> segments =
        readCuePayload(u"<v Dana>Hello</v> <v.loud Sam>Hi &amp; bye\nagain"_s, CueMarkup::WebVtt);
    ASSERT_EQ(segments.size(), 2);
    EXPECT_EQ(segments.at(0).speaker, u"Dana"_s);
    EXPECT_EQ(segments.at(0).text, u"Hello"_s);
    EXPECT_EQ(segments.at(1).speaker, u"Sam"_s);
    EXPECT_EQ(segments.at(1).text, u"Hi & bye again"_s);
}

TEST(CueText, ColonInsideAVoiceSpanIsSpeech)
{
    const QList<CueSegment> segments =
        readCuePayload(u"<v Dana>Note: this matters"_s, CueMarkup::WebVtt);
    ASSERT_EQ(segments.size(), 1);
    EXPECT_EQ(segments.at(0).speaker, u"Dana"_s);
    EXPECT_EQ(segments.at(0).text, u"Note: this matters"_s);
}

TEST(CueText, SrtKeepsAmpersandEntitiesAsWritten)
{
    const QList<CueSegment> segments = readCuePayload(u"<i>Fish &amp; chips</i>"_s, CueMarkup::Srt);
    ASSERT_EQ(segments.size(), 1);
    EXPECT_EQ(segments.at(0).text, u"Fish &amp; chips"_s);
    EXPECT_EQ(segments.at(0).speaker, std::nullopt);
}

TEST(CueTiming, ParsesBothSeparatorsAndIgnoresSettings)
{
    const auto vtt = parseCueTimingLine(u"00:00:01.350 --> 00:00:05.120 align:start position:10%");
    ASSERT_TRUE(vtt.has_value());
    EXPECT_EQ(vtt->startMs, 1350);
    EXPECT_EQ(vtt->endMs, 5120);
    const auto shortVtt = parseCueTimingLine(u"01:02.000 --> 01:03.500");
    ASSERT_TRUE(shortVtt.has_value());
    EXPECT_EQ(shortVtt->startMs, 62000);
    const auto srt = parseCueTimingLine(u"00:00:01,000 --> 00:00:04,000");
    ASSERT_TRUE(srt.has_value());
    EXPECT_EQ(srt->endMs, 4000);
    EXPECT_EQ(parseCueTimingLine(u"00:00:01 -> 00:00:02"), std::nullopt);
    EXPECT_EQ(parseCueTimingLine(u"soon --> later"), std::nullopt);
}

TEST(CueTranscriptBuilder, MergesSameSpeakerAndContinuesUnnamedCues)
{
    const QList<Cue> cues = {
        {1000, u"Dana"_s, u"Hello."_s},         {2000, u"Dana"_s, u"Welcome."_s},
        {3000, std::nullopt, u"Still Dana."_s}, {4000, u"Sam"_s, u"Hi."_s},
        {5000, u"Dana"_s, u"Good."_s},
    };
    const ImportedDocument doc = buildCueTranscript(cues, TranscriptFormat::Vtt);
    EXPECT_EQ(doc.text, u"[00:00:01] Dana: Hello. Welcome. Still Dana.\n"
                        "[00:00:04] Sam: Hi.\n"
                        "[00:00:05] Dana: Good."_s);
    EXPECT_EQ(test::turnSpeakers(doc), (QStringList{u"Dana"_s, u"Sam"_s, u"Dana"_s}));
    EXPECT_EQ(test::turnTexts(doc),
              (QStringList{u"Hello. Welcome. Still Dana."_s, u"Hi."_s, u"Good."_s}));
    EXPECT_EQ(test::turnBeginMs(doc), (QList<std::optional<qint64>>{1000, 4000, 5000}));
    EXPECT_EQ(doc.format, TranscriptFormat::Vtt);
}

TEST(CueTranscriptBuilder, CuesBeforeAnySpeakerAreSeparateUnlabelledLines)
{
    const QList<Cue> cues = {
        {0, std::nullopt, u"Music plays."_s},
        {61000, std::nullopt, u"Silence."_s},
        {62000, u"Dana"_s, u"Hi."_s},
    };
    const ImportedDocument doc = buildCueTranscript(cues, TranscriptFormat::Srt);
    EXPECT_EQ(doc.text, u"[00:00:00] Music plays.\n[00:01:01] Silence.\n[00:01:02] Dana: Hi."_s);
    EXPECT_EQ(test::turnSpeakers(doc), (QStringList{QString(), QString(), u"Dana"_s}));
    EXPECT_EQ(test::turnTexts(doc), (QStringList{u"Music plays."_s, u"Silence."_s, u"Hi."_s}));
}

TEST(CueBlocks, SplitAtBlankAndWhitespaceOnlyLines)
{
    const QList<CueBlock> blocks = splitCueBlocks(u"a\nb\n\n \n\nc\n"_s);
    ASSERT_EQ(blocks.size(), 2);
    EXPECT_EQ(blocks.at(0).lines, (QStringList{u"a"_s, u"b"_s}));
    EXPECT_EQ(blocks.at(1).firstLineNumber, 6);
}

} // namespace
} // namespace tessera
