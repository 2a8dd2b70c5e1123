#include "io/SrtImporter.h"

#include "ImportTestSupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

TEST(SrtImporter, NumberedCuesWithNamePrefixesBecomeTurns)
{
    const QByteArray srt = "1\n00:00:01,000 --> 00:00:04,000\nInterviewer: How long have you\n"
                           "used the clinic?\n\n"
                           "2\n00:00:04,500 --> 00:00:06,000\nP1: <i>Two</i> years.\n\n"
                           "3\n00:00:06,000 --> 00:00:08,250\nMaybe three.\n\n"
                           "4\n01:02:15,000 --> 01:02:16,000\n<v Interviewer>Thanks.</v>\n";
    const auto result = importSrt(srt, u"film.srt"_s);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->format, TranscriptFormat::Srt);
    EXPECT_EQ(result->text, u"[00:00:01] Interviewer: How long have you used the clinic?\n"
                            "[00:00:04] P1: Two years. Maybe three.\n"
                            "[01:02:15] Interviewer: Thanks."_s);
    EXPECT_EQ(test::turnSpeakers(*result),
              (QStringList{u"Interviewer"_s, u"P1"_s, u"Interviewer"_s}));
    EXPECT_EQ(test::turnTexts(*result), (QStringList{u"How long have you used the clinic?"_s,
                                                     u"Two years. Maybe three."_s, u"Thanks."_s}));
    EXPECT_EQ(test::turnBeginMs(*result), (QList<std::optional<qint64>>{1000, 4500, 3735000}));
    EXPECT_TRUE(result->warnings.isEmpty());
}

TEST(SrtImporter, Windows1252SubtitlesAreDecoded)
{
    const QByteArray srt = "1\r\n00:00:01,000 --> 00:00:02,000\r\nRen\xE9"
                           "e: \x93Oui\x94\r\n";
    const auto result = importSrt(srt, u"film.srt"_s);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->text, u"[00:00:01] Ren\u00E9e: \u201COui\u201D"_s);
    EXPECT_EQ(result->warnings.size(), 1); // the fallback is reported
}

TEST(SrtImporter, TextWithoutCuesIsRefused)
{
    const auto result = importSrt("Just some text\nwith no times.\n", u"film.srt"_s);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(result.error().message.contains(u"'film.srt'"_s));
}

} // namespace
} // namespace tessera
