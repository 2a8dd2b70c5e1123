#include "io/ClockTime.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

TEST(ClockTime, ParsesTheTimesTranscriptsWrite)
{
    EXPECT_EQ(parseClockTime(u"0:05"), 5000);
    EXPECT_EQ(parseClockTime(u"12:34"), 754000);
    EXPECT_EQ(parseClockTime(u"1:02:15"), 3735000);
    EXPECT_EQ(parseClockTime(u"00:00:01.350"), 1350);
    EXPECT_EQ(parseClockTime(u"00:00:01,350"), 1350);
    EXPECT_EQ(parseClockTime(u"00:00:01.5"), 1500);
    EXPECT_EQ(parseClockTime(u"100:00:00"), 360000000);
}

TEST(ClockTime, RejectsWhatIsNotExactlyATime)
{
    EXPECT_EQ(parseClockTime(u""), std::nullopt);
    EXPECT_EQ(parseClockTime(u"12"), std::nullopt);
    EXPECT_EQ(parseClockTime(u"1:2"), std::nullopt);
    EXPECT_EQ(parseClockTime(u"00:60"), std::nullopt);
    EXPECT_EQ(parseClockTime(u"00:00:01."), std::nullopt);
    EXPECT_EQ(parseClockTime(u"00:00:01 "), std::nullopt);
    EXPECT_EQ(parseClockTime(u"id1"), std::nullopt);
    EXPECT_EQ(parseClockTime(u"1:02:03:04"), std::nullopt);
}

TEST(ClockTime, FormatsWholeSecondsWithTwoDigitHours)
{
    EXPECT_EQ(formatClockTime(1350), u"00:00:01"_s);
    EXPECT_EQ(formatClockTime(3735999), u"01:02:15"_s);
    EXPECT_EQ(formatClockTime(360000000), u"100:00:00"_s);
    EXPECT_EQ(formatClockTime(-5), u"00:00:00"_s);
}

} // namespace
} // namespace tessera
