#include "analysis/SurveySummary.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

// "value n label" per category, for one readable comparison.
QStringList rows(const QuestionSummary& summary)
{
    QStringList list;
    for (const CategoryCount& c : summary.categories) {
        list << c.value % u' ' % QString::number(c.n) % u' ' % c.label;
    }
    return list;
}

TEST(QuestionSummary, BlankCellsAreNotAnswers)
{
    const QuestionSummary s = summariseQuestion(
        u"Confident"_s, {u"Yes"_s, u""_s, u"  "_s, u" No "_s, u"Yes"_s, u"\t"_s, u"Yes"_s}, false);
    EXPECT_EQ(s.question, u"Confident"_s);
    EXPECT_FALSE(s.multiSelect);
    EXPECT_EQ(s.answered, 4);
    EXPECT_EQ(rows(s), (QStringList{u"Yes 3 3/4 (75.0%)"_s, u"No 1 1/4 (25.0%)"_s}));
    EXPECT_DOUBLE_EQ(s.categories[0].percent, 75.0);
}

TEST(QuestionSummary, PercentIsOneDecimalHalfUp)
{
    QStringList cells(16, u"No"_s);
    cells[0] = u"Yes"_s;
    const QuestionSummary s = summariseQuestion(u"Q"_s, cells, false);
    EXPECT_EQ(rows(s), (QStringList{u"No 15 15/16 (93.8%)"_s, u"Yes 1 1/16 (6.3%)"_s}));
    EXPECT_DOUBLE_EQ(s.categories[1].percent, 6.3);
}

TEST(QuestionSummary, CategoryOrderFirstWithZerosThenOthersByCountThenValue)
{
    const QuestionSummary s = summariseQuestion(
        u"Confidence"_s,
        {u"Agree"_s, u"Unsure"_s, u"Agree"_s, u"Other"_s, u"Disagree"_s, u"Unsure"_s, u"Maybe"_s},
        false, {u"Strongly agree"_s, u"Agree"_s, u"Disagree"_s});
    EXPECT_EQ(s.answered, 7);
    EXPECT_EQ(rows(s), (QStringList{u"Strongly agree 0 0/7 (0.0%)"_s, u"Agree 2 2/7 (28.6%)"_s,
                                    u"Disagree 1 1/7 (14.3%)"_s, u"Unsure 2 2/7 (28.6%)"_s,
                                    u"Maybe 1 1/7 (14.3%)"_s, u"Other 1 1/7 (14.3%)"_s}));
}

TEST(QuestionSummary, RepeatedCategoriesInTheOrderAreListedOnce)
{
    const QuestionSummary s =
        summariseQuestion(u"Q"_s, {u"A"_s}, false, {u"A"_s, u"B"_s, u"A"_s, u" "_s});
    EXPECT_EQ(rows(s), (QStringList{u"A 1 1/1 (100.0%)"_s, u"B 0 0/1 (0.0%)"_s}));
}

TEST(QuestionSummary, MultiSelectCountsEachOptionOverRespondentsWhoChoseAny)
{
    const QuestionSummary s = summariseQuestion(
        u"Tools"_s,
        {u"Video; Phone"_s, u"Phone"_s, u""_s, u" ; "_s, u"Video;Video; Text"_s, u"Phone;"_s}, true,
        {u"Phone"_s, u"Video"_s, u"Email"_s});
    EXPECT_TRUE(s.multiSelect);
    // " ; " chooses nothing, so it is no answer; "Video;Video" counts Video once.
    EXPECT_EQ(s.answered, 4);
    EXPECT_EQ(rows(s), (QStringList{u"Phone 3 3/4 (75.0%)"_s, u"Video 2 2/4 (50.0%)"_s,
                                    u"Email 0 0/4 (0.0%)"_s, u"Text 1 1/4 (25.0%)"_s}));
}

TEST(QuestionSummary, SingleSelectKeepsSemicolonsInAValue)
{
    const QuestionSummary s = summariseQuestion(u"Q"_s, {u"A; B"_s, u"A; B"_s}, false);
    EXPECT_EQ(rows(s), (QStringList{u"A; B 2 2/2 (100.0%)"_s}));
}

TEST(QuestionSummary, NobodyAnswered)
{
    const QuestionSummary s = summariseQuestion(u"Q"_s, {u""_s, u""_s}, false, {u"Yes"_s});
    EXPECT_EQ(s.answered, 0);
    EXPECT_EQ(rows(s), (QStringList{u"Yes 0 0/0 (–)"_s}));
    EXPECT_DOUBLE_EQ(s.categories[0].percent, 0.0);
}

TEST(QuestionSummary, ValuesAreCaseSensitiveAndOrderedDeterministically)
{
    const QuestionSummary s =
        summariseQuestion(u"Q"_s, {u"b"_s, u"B"_s, u"a"_s, u"c"_s, u"c"_s}, false);
    EXPECT_EQ(rows(s), (QStringList{u"c 2 2/5 (40.0%)"_s, u"a 1 1/5 (20.0%)"_s,
                                    u"B 1 1/5 (20.0%)"_s, u"b 1 1/5 (20.0%)"_s}));
}

} // namespace
} // namespace tessera
