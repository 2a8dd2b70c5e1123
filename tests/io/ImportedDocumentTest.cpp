#include "io/ImportedDocument.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

TEST(TranscriptFormatNames, RoundTripAndAliases)
{
    for (const auto format :
         {TranscriptFormat::Txt, TranscriptFormat::Markdown, TranscriptFormat::Vtt,
          TranscriptFormat::Srt, TranscriptFormat::Docx}) {
        EXPECT_EQ(formatFromName(formatName(format)), format);
    }
    EXPECT_EQ(formatName(TranscriptFormat::Markdown), u"md"_s);
    EXPECT_EQ(formatFromName(u"Markdown"_s), TranscriptFormat::Markdown);
    EXPECT_EQ(formatFromName(u"WEBVTT"_s), TranscriptFormat::Vtt);
    EXPECT_EQ(formatFromName(u"pdf"_s), std::nullopt);
}

TEST(TranscriptFormatNames, FromFileExtensionCaseInsensitive)
{
    EXPECT_EQ(formatFromFileName(u"/a/b/Focus Group 3.TXT"_s), TranscriptFormat::Txt);
    EXPECT_EQ(formatFromFileName(u"notes.markdown"_s), TranscriptFormat::Markdown);
    EXPECT_EQ(formatFromFileName(u"call.vtt"_s), TranscriptFormat::Vtt);
    EXPECT_EQ(formatFromFileName(u"film.srt"_s), TranscriptFormat::Srt);
    EXPECT_EQ(formatFromFileName(u"Interview.docx"_s), TranscriptFormat::Docx);
    EXPECT_EQ(formatFromFileName(u"old.doc"_s), std::nullopt);
    EXPECT_EQ(formatFromFileName(u"README"_s), std::nullopt);
    EXPECT_EQ(formatFromFileName(u"archive.tar.gz"_s), std::nullopt);
}

TEST(TurnProblems, SoundTurnsPass)
{
    ImportedDocument document;
    document.text = u"P1: a\nP2: b"_s;
    document.turns = {{u"P1"_s, 4, 5, {}}, {u"P2"_s, 10, 11, {}}};
    EXPECT_EQ(findTurnProblem(document), std::nullopt);
}

TEST(TurnProblems, EachBrokenInvariantIsReported)
{
    ImportedDocument document;
    document.text = u"ab\U0001F60Acd"_s; // the emoji is at 2..4
    document.turns = {{u"x"_s, 3, 5, {}}};
    EXPECT_NE(findTurnProblem(document), std::nullopt) << "start inside a surrogate pair";
    document.turns = {{u"x"_s, 0, 3, {}}};
    EXPECT_NE(findTurnProblem(document), std::nullopt) << "end inside a surrogate pair";
    document.turns = {{u"x"_s, 2, 1, {}}};
    EXPECT_NE(findTurnProblem(document), std::nullopt) << "start after end";
    document.turns = {{u"x"_s, 0, 7, {}}};
    EXPECT_NE(findTurnProblem(document), std::nullopt) << "end past the text";
    document.turns = {{u"x"_s, -1, 1, {}}};
    EXPECT_NE(findTurnProblem(document), std::nullopt) << "negative start";
    document.turns = {{u"x"_s, 2, 5, {}}, {u"y"_s, 4, 6, {}}};
    EXPECT_NE(findTurnProblem(document), std::nullopt) << "overlap / out of order";
    document.turns = {{u"x"_s, 0, 2, {}}, {u"y"_s, 2, 4, {}}, {u"z"_s, 6, 6, {}}};
    EXPECT_EQ(findTurnProblem(document), std::nullopt) << "touching and empty turns are fine";
}

} // namespace
} // namespace tessera
