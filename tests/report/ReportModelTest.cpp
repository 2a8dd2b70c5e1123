#include "report/ReportModel.h"

#include "QtPrinters.h"
#include "ReportFixtures.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

TEST(QuoteAttribution, NamesGroupAndSpeaker)
{
    EXPECT_EQ(quoteAttribution(test::kitchenQuote()), u"(Focus group 2, P3)"_s);
}

TEST(QuoteAttribution, FallsBackToDocumentNameWithoutGroup)
{
    ReportQuote quote = test::kitchenQuote();
    quote.group.clear();
    quote.documentName = u"Interview 4 Family support worker"_s;
    EXPECT_EQ(quoteAttribution(quote), u"(Interview 4 Family support worker, P3)"_s);
}

TEST(QuoteAttribution, LeavesOutAMissingSpeaker)
{
    ReportQuote quote = test::kitchenQuote();
    quote.speaker.clear();
    EXPECT_EQ(quoteAttribution(quote), u"(Focus group 2)"_s);
}

TEST(QuoteAttribution, NeverContainsTheTimestamp)
{
    ReportQuote quote = test::kitchenQuote();
    ASSERT_TRUE(quote.beginMs.has_value());
    EXPECT_FALSE(quoteAttribution(quote).contains(u"00:12:31"_s));
}

TEST(QuoteAttribution, IsEmptyWhenNothingIsKnown)
{
    EXPECT_TRUE(quoteAttribution(ReportQuote{}).isEmpty());
}

TEST(FormatTimestamp, WritesHoursMinutesSeconds)
{
    EXPECT_EQ(formatTimestamp(751'000), u"00:12:31"_s);
    EXPECT_EQ(formatTimestamp(0), u"00:00:00"_s);
    EXPECT_EQ(formatTimestamp(3'723'999), u"01:02:03"_s); // milliseconds are dropped
}

TEST(FormatTimestamp, KeepsLongRecordingsAndClampsNegatives)
{
    EXPECT_EQ(formatTimestamp(100LL * 3600 * 1000), u"100:00:00"_s);
    EXPECT_EQ(formatTimestamp(-5000), u"00:00:00"_s);
}

} // namespace
} // namespace tessera
