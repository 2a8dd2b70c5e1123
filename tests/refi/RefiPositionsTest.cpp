// Position conventions: how each reading maps file positions into the stored text, and which
// reading the detector picks for files made the way NVivo and ATLAS.ti make them.

#include "refi/RefiPositions.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera::test {
namespace {

RawSourceText rawOf(const QByteArray& bytes)
{
    return decodeSourceText(bytes);
}

TEST(RefiPositions, decodeKeepsRawTextAndNormalisesForStorage)
{
    const RawSourceText raw = rawOf("\xEF\xBB\xBFone\r\ntwo\rthree\n");
    EXPECT_TRUE(raw.hasBom);
    EXPECT_EQ(raw.body, u"one\r\ntwo\rthree\n"_s);
    EXPECT_EQ(normalizedSourceText(raw), u"one\ntwo\nthree\n"_s);
    const RawSourceText utf16 = rawOf(QByteArray("\xFF\xFE"
                                                 "a\0b\0",
                                                 6));
    EXPECT_TRUE(utf16.hasBom);
    EXPECT_EQ(utf16.body, u"ab"_s);
    const RawSourceText latin = rawOf("caf\xE9");
    EXPECT_TRUE(latin.usedFallback);
    EXPECT_EQ(latin.body, u"café"_s);
}

TEST(RefiPositions, eachReadingMapsToTheSameStoredRange)
{
    // BOM, "ab", CRLF, "😀", " cd": stored text "ab\n😀 cd", where "cd" is UTF-16 [6, 8).
    const RawSourceText raw = rawOf("\xEF\xBB\xBF"
                                    "ab\r\n\xF0\x9F\x98\x80 cd");
    ASSERT_EQ(normalizedSourceText(raw), u"ab\n😀 cd"_s);
    struct Case {
        PositionReading reading;
        qint64 start;
    };
    const QList<Case> cases = {
        {{true, false, 2}, 6},                        // code points: a b CR LF 😀 space
        {{true, false, 1}, 5},                        // CRLF as one
        {{false, false, 2}, 7},                       // UTF-16: the emoji counts two
        {{false, false, 1}, 6}, {{true, true, 2}, 7}, // BOM counted
        {{false, true, 1}, 7},
    };
    for (const Case& c : cases) {
        const QList<MappedRange> mapped = mapRanges(raw, c.reading, {{c.start, c.start + 2, {}}});
        ASSERT_EQ(mapped.size(), 1);
        EXPECT_EQ(mapped.first().start, 6) << c.reading.describe().toStdString();
        EXPECT_EQ(mapped.first().end, 8) << c.reading.describe().toStdString();
        EXPECT_FALSE(mapped.first().clamped);
    }
}

TEST(RefiPositions, positionsInsideACharacterWidenAndOutOfRangeClamp)
{
    const RawSourceText raw = rawOf("a\r\nb\xF0\x9F\x98\x80");
    // Between CR and LF (CRLF as 2): the start falls back before the line break.
    auto mapped = mapRanges(raw, {true, false, 2}, {{2, 4, {}}});
    EXPECT_EQ(mapped.first().start, 1);
    EXPECT_EQ(mapped.first().end, 3);
    // Inside the surrogate pair (UTF-16): the end moves past the whole emoji.
    mapped = mapRanges(raw, {false, false, 2}, {{3, 5, {}}});
    EXPECT_EQ(mapped.first().start, 2);
    EXPECT_EQ(mapped.first().end, 5);
    // Beyond the end, and negative: clamped and flagged.
    mapped = mapRanges(raw, {true, false, 2}, {{1, 50, {}}, {-3, 1, {}}});
    EXPECT_EQ(mapped.at(0).end, 5);
    EXPECT_TRUE(mapped.at(0).clamped);
    EXPECT_EQ(mapped.at(1).start, 0);
    EXPECT_TRUE(mapped.at(1).clamped);
}

QByteArray nvivoLikeText()
{
    QString text;
    for (int i = 0; i < 30; ++i) {
        text += u"Comment %1 😀 says something 🙈 about vaccines.\r\n"_s.arg(i);
    }
    return "\xEF\xBB\xBF" + text.toUtf8();
}

TEST(RefiPositions, detectsUtf16ForNvivoStyleFiles)
{
    const RawSourceText raw = rawOf(nvivoLikeText());
    const QString stored = normalizedSourceText(raw);
    // Positions the way NVivo writes them: UTF-16 units of the file text after the BOM, CRLF 2.
    const QString fileText = raw.body;
    QList<RawRange> ranges;
    for (int i = 0; i < 30; i += 3) {
        const QString needle = u"says something"_s;
        qsizetype at = -1;
        for (int n = 0; n <= i; ++n) {
            at = fileText.indexOf(needle, at + 1);
        }
        ranges.append({at, at + needle.size(), {}});
    }
    const ReadingChoice choice = choosePositionReading(raw, ranges, u"NVivo for Windows 12.6"_s);
    EXPECT_EQ(choice.chosen.reading, (PositionReading{false, false, 2}));
    EXPECT_EQ(choice.chosen.onWordEdges, 10);
    EXPECT_FALSE(choice.ambiguous);
    // Without the origin hint the evidence alone decides the same way.
    EXPECT_EQ(choosePositionReading(raw, ranges, {}).chosen.reading,
              (PositionReading{false, false, 2}));
    const QList<MappedRange> mapped = mapRanges(raw, choice.chosen.reading, ranges);
    for (const MappedRange& range : mapped) {
        EXPECT_EQ(stored.mid(range.start, range.end - range.start), u"says something"_s);
    }
}

TEST(RefiPositions, detectsCrlfAsOneFromQuotedNames)
{
    QString text;
    for (int i = 0; i < 12; ++i) {
        text += u"Line %1: breakfast is mayhem, she says.\r\n"_s.arg(i);
    }
    const RawSourceText raw = rawOf(text.toUtf8());
    // ATLAS.ti style: code points with CRLF counted once, names quoting the text.
    const QString oneLineEnds = QString(text).replace(u"\r\n"_s, u"\n"_s);
    QList<RawRange> ranges;
    qsizetype at = -1;
    for (int i = 0; i < 12; ++i) {
        at = oneLineEnds.indexOf(u"breakfast is mayhem"_s, at + 1);
        if (i % 2 == 0) {
            ranges.append({at, at + 19, u"breakfast is mayhem"_s});
        }
    }
    const ReadingChoice choice = choosePositionReading(raw, ranges, {});
    EXPECT_EQ(choice.chosen.reading.crlfWidth, 1);
    EXPECT_EQ(choice.chosen.nameMatches, ranges.size());
}

TEST(RefiPositions, plainTextIsAmbiguousAndUsesTheStandard)
{
    const RawSourceText raw = rawOf("plain ascii text\nwith lines\n");
    const ReadingChoice choice = choosePositionReading(raw, {{0, 5, {}}}, u"NVivo"_s);
    EXPECT_TRUE(choice.ambiguous);
    EXPECT_EQ(choice.chosen.reading, (PositionReading{true, false, 2}));
}

TEST(RefiPositions, codePointIndexCountsSurrogatePairsOnce)
{
    const CodePointIndex index(u"a😀b👍🏽c"_s);
    EXPECT_EQ(index.toCodePoints(0), 0);
    EXPECT_EQ(index.toCodePoints(1), 1);
    EXPECT_EQ(index.toCodePoints(3), 2); // after the first emoji
    EXPECT_EQ(index.toCodePoints(4), 3); // after "b"
    EXPECT_EQ(index.toCodePoints(8), 5); // after 👍🏽 (two code points, four units)
    EXPECT_EQ(index.toCodePoints(9), 6);
}

TEST(RefiPositions, wordEdges)
{
    const QString text = u"Ész nélkül, 😀 ok"_s;
    EXPECT_TRUE(isWordEdge(text, 0));
    EXPECT_TRUE(isWordEdge(text, 3));
    EXPECT_FALSE(isWordEdge(text, 2)); // inside "Ész"
    EXPECT_FALSE(isWordEdge(text, 6)); // inside "nélkül"
    EXPECT_TRUE(isWordEdge(text, 10)); // before the comma
    EXPECT_TRUE(isWordEdge(text, text.size()));
}

} // namespace
} // namespace tessera::test
