#include "io/VttImporter.h"

#include "ImportTestSupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

ImportedDocument importOrFail(const QString& vtt)
{
    auto result = importWebVtt(vtt.toUtf8(), u"call.vtt"_s);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message.toStdString());
    return result.ok() ? std::move(result).value() : ImportedDocument{};
}

TEST(VttImporter, IgnoresNoteStyleRegionBlocksAndCueSettings)
{
    const ImportedDocument doc = importOrFail(
        u"WEBVTT - Zoom meeting\nKind: captions\n\n"
        "NOTE written by hand\nspanning --> two lines\n\n"
        "STYLE\n::cue { color: yellow }\n\n"
        "REGION\nid:left width:40%\n\n"
        "1\n00:00:01.000 --> 00:00:02.000 align:start position:10%\n<v Dana>Hi <i>all</i>.\n\n"
        "00:01:00.000 --> 00:01:02.000\n<c.blue>Dana:</c> Bye.\n"_s);
    // The "Dana:" prefix inside a <c> tag names the same speaker, so the two cues are one turn.
    EXPECT_EQ(doc.text, u"[00:00:01] Dana: Hi all. Bye."_s);
    EXPECT_EQ(test::turnTexts(doc), (QStringList{u"Hi all. Bye."_s}));
    EXPECT_TRUE(doc.warnings.isEmpty());
}

TEST(VttImporter, ConsecutiveCuesOfOneSpeakerMerge)
{
    const ImportedDocument doc =
        importOrFail(u"WEBVTT\n\n"
                     "a/1-0\n00:00:01.000 --> 00:00:02.000\n<v Dana>One\n\n"
                     "a/1-1\n00:00:02.000 --> 00:00:03.000\n<v Dana>two.\n\n"
                     "a/2-0\n00:00:04.000 --> 00:00:05.000\n<v Sam>Three.\n"_s);
    EXPECT_EQ(doc.text, u"[00:00:01] Dana: One two.\n[00:00:04] Sam: Three."_s);
    EXPECT_EQ(test::turnTexts(doc), (QStringList{u"One two."_s, u"Three."_s}));
    EXPECT_EQ(test::turnBeginMs(doc), (QList<std::optional<qint64>>{1000, 4000}));
}

TEST(VttImporter, SeveralVoicesInOneCue)
{
    const ImportedDocument doc = importOrFail(
        u"WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Dana>Ready?</v>\n<v Sam>Yes.</v>\n"_s);
    EXPECT_EQ(test::turnSpeakers(doc), (QStringList{u"Dana"_s, u"Sam"_s}));
    EXPECT_EQ(test::turnBeginMs(doc), (QList<std::optional<qint64>>{1000, 1000}));
}

TEST(VttImporter, BrokenCueIsSkippedWithWarning)
{
    const ImportedDocument doc = importOrFail(u"WEBVTT\n\n"
                                              "1\n00:00:xx --> 00:00:02.000\nLost.\n\n"
                                              "2\n00:00:03.000 --> 00:00:04.000\nP1: Kept.\n"_s);
    EXPECT_EQ(test::turnTexts(doc), (QStringList{u"Kept."_s}));
    ASSERT_EQ(doc.warnings.size(), 1);
    EXPECT_TRUE(doc.warnings.first().contains(u"call.vtt"_s));
    EXPECT_TRUE(doc.warnings.first().contains(u"line 3"_s));
}

TEST(VttImporter, CrlfAndBomAreHandled)
{
    const QByteArray bytes =
        "\xEF\xBB\xBFWEBVTT\r\n\r\n1\r\n00:00:01.000 --> 00:00:02.000\r\nP1: Hi.\r\n";
    const auto result = importWebVtt(bytes, u"call.vtt"_s);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->text, u"[00:00:01] P1: Hi."_s);
}

TEST(VttImporter, RejectsFilesWithoutTheWebVttHeader)
{
    const auto result = importWebVtt("1\n00:00:01,000 --> 00:00:02,000\nHi\n", u"sub.vtt"_s);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(result.error().message.contains(u"'sub.vtt'"_s));
    EXPECT_TRUE(result.error().message.contains(u".srt"_s));
    EXPECT_FALSE(importWebVtt("WEBVTTX\n\n00:00:01.000 --> 00:00:02.000\nHi\n", u"x.vtt"_s).ok());
}

TEST(VttImporter, HeaderOnlyFileHasNoCaptions)
{
    const auto result = importWebVtt("WEBVTT\n\nNOTE nothing here\n", u"empty.vtt"_s);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(u"no captions"_s));
}

} // namespace
} // namespace tessera
