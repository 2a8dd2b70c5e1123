#include "transcript/CodingIndex.h"

#include "transcript/CodingToolTip.h"
#include "transcript/SpeakerLabels.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <set>

namespace tessera::ui {
namespace {

CodingDisplay display(qint64 id, qsizetype start, qsizetype end)
{
    CodingDisplay d;
    d.coding.id = CodingId(id);
    d.coding.start = start;
    d.coding.end = end;
    d.color = QColor(Qt::red);
    d.codeName = QStringLiteral("Code %1").arg(id);
    d.codePath = d.codeName;
    return d;
}

std::set<qint64> ids(const QList<const CodingDisplay*>& list)
{
    std::set<qint64> result;
    for (const CodingDisplay* c : list) {
        result.insert(c->coding.id.value);
    }
    return result;
}

TEST(CodingIndexTest, overlappingMatchesBruteForceOnRandomCodings)
{
    QRandomGenerator random(20210216);
    QList<CodingDisplay> codings;
    for (int i = 1; i <= 600; ++i) {
        const qsizetype start = random.bounded(10000);
        // A few very long codings: the case a prefix maximum handles badly.
        const qsizetype length = i % 50 == 0 ? 8000 : 1 + random.bounded(300);
        codings << display(i, start, start + length);
    }
    const CodingIndex index(codings);
    ASSERT_EQ(index.size(), 600);
    for (int q = 0; q < 300; ++q) {
        const qsizetype from = random.bounded(18000);
        const qsizetype to = from + random.bounded(400);
        std::set<qint64> expected;
        for (const CodingDisplay& c : codings) {
            if (c.coding.start < to && c.coding.end > from) {
                expected.insert(c.coding.id.value);
            }
        }
        EXPECT_EQ(ids(index.overlapping(from, to)), expected) << from << ".." << to;
    }
}

TEST(CodingIndexTest, overlappingIsInStartOrder)
{
    const CodingIndex index({display(1, 50, 60), display(2, 10, 100), display(3, 30, 40)});
    const auto found = index.overlapping(0, 1000);
    ASSERT_EQ(found.size(), 3);
    EXPECT_EQ(found[0]->coding.start, 10);
    EXPECT_EQ(found[1]->coding.start, 30);
    EXPECT_EQ(found[2]->coding.start, 50);
}

TEST(CodingIndexTest, rangesAreHalfOpen)
{
    const CodingIndex index({display(1, 10, 20)});
    EXPECT_TRUE(index.overlapping(20, 30).isEmpty());
    EXPECT_TRUE(index.overlapping(0, 10).isEmpty());
    EXPECT_EQ(index.overlapping(19, 20).size(), 1);
    EXPECT_TRUE(index.covering(20).isEmpty());
    EXPECT_EQ(index.covering(10).size(), 1);
}

TEST(CodingIndexTest, coveringListsOutermostFirst)
{
    const CodingIndex index({display(1, 12, 14), display(2, 0, 100), display(3, 10, 20)});
    const auto found = index.covering(13);
    ASSERT_EQ(found.size(), 3);
    EXPECT_EQ(found[0]->coding.id, CodingId(2));
    EXPECT_EQ(found[1]->coding.id, CodingId(3));
    EXPECT_EQ(found[2]->coding.id, CodingId(1));
}

TEST(CodingIndexTest, overlappingCodingsGetDistinctColumnsAndColumnsAreReused)
{
    const CodingIndex index({display(1, 0, 100), display(2, 10, 20), display(3, 15, 30),
                             display(4, 40, 50), display(5, 200, 300)});
    EXPECT_EQ(index.columnCount(), 3);
    EXPECT_EQ(index.find(CodingId(1))->column, 0); // the outer one takes the left column
    EXPECT_EQ(index.find(CodingId(2))->column, 1);
    EXPECT_EQ(index.find(CodingId(3))->column, 2);
    EXPECT_EQ(index.find(CodingId(4))->column, 1); // 2 has ended: its column is free again
    EXPECT_EQ(index.find(CodingId(5))->column, 0);
}

TEST(CodingIndexTest, emptyIndexAnswersNothing)
{
    const CodingIndex index;
    EXPECT_TRUE(index.overlapping(0, 100).isEmpty());
    EXPECT_EQ(index.find(CodingId(1)), nullptr);
    EXPECT_EQ(index.columnCount(), 0);
}

TEST(SpeakerLabelsTest, findsLabelAndTimestampOnTheSpeechLine)
{
    const QString text = QStringLiteral("Title line\n\n[00:00:04] P1: Hello there.\n\n"
                                        "[00:01:02] Facilitator: Thanks.\n");
    Turn first;
    first.start = text.indexOf(QStringLiteral("Hello"));
    first.end = first.start + 12;
    first.speakerId = SpeakerId(1);
    Turn second;
    second.start = text.indexOf(QStringLiteral("Thanks"));
    second.end = second.start + 7;
    second.speakerId = SpeakerId(2);
    const auto regions = findLabelRegions(text, {first, second}, {SpeakerId(2)});
    ASSERT_EQ(regions.size(), 2);
    // The title above the first label is not part of it.
    EXPECT_EQ(text.mid(regions[0].start, regions[0].end - regions[0].start),
              QStringLiteral("[00:00:04] P1:"));
    EXPECT_EQ(text.mid(regions[0].timeStart, regions[0].timeEnd - regions[0].timeStart),
              QStringLiteral("[00:00:04]"));
    EXPECT_FALSE(regions[0].facilitator);
    EXPECT_EQ(text.mid(regions[1].start, regions[1].end - regions[1].start),
              QStringLiteral("[00:01:02] Facilitator:"));
    EXPECT_TRUE(regions[1].facilitator);
}

TEST(SpeakerLabelsTest, findsANameOnTheLineAboveTheSpeech)
{
    const QString text = QStringLiteral("Dana Lee  0:05\nSo we started.\n\nSam  1:02:15\nRight.");
    Turn first;
    first.start = text.indexOf(QStringLiteral("So we"));
    first.end = first.start + 14;
    Turn second;
    second.start = text.indexOf(QStringLiteral("Right"));
    second.end = second.start + 6;
    const auto regions = findLabelRegions(text, {first, second}, {});
    ASSERT_EQ(regions.size(), 2);
    EXPECT_EQ(text.mid(regions[0].start, regions[0].end - regions[0].start),
              QStringLiteral("Dana Lee  0:05"));
    EXPECT_EQ(text.mid(regions[0].timeStart, regions[0].timeEnd - regions[0].timeStart),
              QStringLiteral("0:05"));
    EXPECT_EQ(text.mid(regions[1].timeStart, regions[1].timeEnd - regions[1].timeStart),
              QStringLiteral("1:02:15"));
}

TEST(SpeakerLabelsTest, turnsWithoutAGapHaveNoLabel)
{
    const QString text = QStringLiteral("abcdef");
    Turn first;
    first.start = 0;
    first.end = 3;
    Turn second;
    second.start = 3;
    second.end = 6;
    EXPECT_TRUE(findLabelRegions(text, {first, second}, {}).isEmpty());
}

TEST(CodingToolTipTest, listsCodeCoderKeyQuoteAndEscapedMemo)
{
    CodingDisplay c = display(1, 0, 10);
    c.codePath = QStringLiteral("Wellbeing/Isolation");
    c.coderName = QStringLiteral("Sam");
    c.coding.keyQuote = true;
    c.coding.memo = QStringLiteral("Compare <with> FG2");
    const QString html = codingToolTip({&c});
    EXPECT_TRUE(html.contains(QStringLiteral("Wellbeing/Isolation")));
    EXPECT_TRUE(html.contains(QStringLiteral("Sam")));
    EXPECT_TRUE(html.contains(QStringLiteral("Key quote")));
    EXPECT_TRUE(html.contains(QStringLiteral("Compare &lt;with&gt; FG2")));
    EXPECT_TRUE(codingToolTip({}).isEmpty());
}

} // namespace
} // namespace tessera::ui
