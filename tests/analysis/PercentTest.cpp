#include "analysis/SurveySummary.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

struct Share {
    int n;
    int total;
    int tenths;
    const char* percent;
};

// Every row was checked by hand: 100·n/N to one decimal, a 5 in the second decimal rounding up.
constexpr Share kShares[] = {
    {54, 102, 529, "52.9"}, // 52.94…
    {1, 8, 125, "12.5"},    // exactly 12.5
    {1, 16, 63, "6.3"},     // exactly 6.25: half up
    {3, 16, 188, "18.8"},   // exactly 18.75: half up
    {5, 16, 313, "31.3"},   // exactly 31.25
    {1, 40, 25, "2.5"},     // exactly 2.5
    {1, 80, 13, "1.3"},     // exactly 1.25
    {1, 400, 3, "0.3"},     // exactly 0.25
    {1, 2000, 1, "0.1"},    // exactly 0.05: the smallest half
    {1, 2001, 0, "0.0"},    // just under 0.05
    {1, 3, 333, "33.3"},    // 33.33…
    {2, 3, 667, "66.7"},    // 66.66…
    {0, 7, 0, "0.0"},       {7, 7, 1000, "100.0"}, {1, 6, 167, "16.7"},
    {5, 6, 833, "83.3"},    {1, 7, 143, "14.3"},   {20, 35, 571, "57.1"},
    {12, 30, 400, "40.0"},  {6, 11, 545, "54.5"},  {4, 6, 667, "66.7"},
    {2, 5, 400, "40.0"},    {1, 102, 10, "1.0"},   {101, 102, 990, "99.0"},
    {7, 1000, 7, "0.7"},    {45, 1000, 45, "4.5"}, {9999, 10000, 1000, "100.0"}, // 99.99 → 100.0
};

TEST(Percent, RoundsHalfUpToOneDecimal)
{
    for (const Share& s : kShares) {
        EXPECT_EQ(percentTenths(s.n, s.total), s.tenths) << s.n << "/" << s.total;
        EXPECT_EQ(formatPercent(s.n, s.total), QString::fromLatin1(s.percent))
            << s.n << "/" << s.total;
    }
}

TEST(Percent, ExactHalvesRoundUpNotToEven)
{
    // printf-style formatting (QString::number(6.25, 'f', 1)) rounds exact halves to even and
    // would print 6.2 and 56.2; papers round half up.
    EXPECT_EQ(formatPercent(1, 16), u"6.3"_s);
    EXPECT_EQ(formatPercent(7, 16), u"43.8"_s);  // 43.75
    EXPECT_EQ(formatPercent(9, 16), u"56.3"_s);  // 56.25
    EXPECT_EQ(formatPercent(11, 80), u"13.8"_s); // 13.75
    EXPECT_EQ(formatPercent(29, 400), u"7.3"_s); // 7.25
}

TEST(Percent, LargeCountsDoNotOverflow)
{
    EXPECT_EQ(percentTenths(2000000000, 2000000000), 1000);
    EXPECT_EQ(percentTenths(1000000000, 2000000000), 500);
}

TEST(Percent, ShareLabels)
{
    EXPECT_EQ(formatShare(54, 102), u"54/102 (52.9%)"_s);
    EXPECT_EQ(formatShare(0, 35), u"0/35 (0.0%)"_s);
    EXPECT_EQ(formatShare(1, 8), u"1/8 (12.5%)"_s);
    EXPECT_EQ(formatShare(0, 0), u"0/0 (–)"_s);
    EXPECT_EQ(formatPercent(0, 0), u"0.0"_s);
}

} // namespace
} // namespace tessera
