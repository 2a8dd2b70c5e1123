#include "report/ReportText.h"

#include "QtPrinters.h"
#include "ReportFixtures.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

TEST(ReportText, PrevalenceSentenceNamesEveryMeasure)
{
    const Prevalence prevalence{2, 3, 2, 3, 7, 15, 12};
    EXPECT_EQ(prevalenceSentence(prevalence),
              u"Documents: 2 of 3 · Focus groups: 2 of 3 · Participants: 7 of 15 · Excerpts: 12"_s);
}

TEST(ReportText, PrevalenceSentenceLeavesOutGroupsWhenTheProjectHasNone)
{
    const Prevalence prevalence{2, 3, 0, 0, 7, 15, 12};
    EXPECT_EQ(prevalenceSentence(prevalence),
              u"Documents: 2 of 3 · Participants: 7 of 15 · Excerpts: 12"_s);
}

TEST(ReportText, ProjectFactsLeaveOutGroupsWhenThereAreNone)
{
    ThemeSummaryReport report = test::sampleThemeSummary();
    report.groupCount = 0;
    for (const ReportFact& fact : projectFacts(report)) {
        EXPECT_NE(fact.label, u"Focus groups"_s);
    }
}

TEST(ReportText, SubtitleUsesUtcAndAFixedFormat)
{
    const QDateTime paris(QDate(2024, 1, 1), QTime(10, 0),
                          QTimeZone(QByteArrayLiteral("Europe/Paris")));
    EXPECT_EQ(reportSubtitle(u"Theme summary"_s, paris),
              u"Theme summary · Generated 2024-01-01 09:00 UTC"_s);
    EXPECT_EQ(reportSubtitle(u"Codebook"_s, QDateTime()), u"Codebook"_s);
}

TEST(ReportText, CountsArePluralisedInEnglish)
{
    EXPECT_EQ(codeCountsPhrase(1, 1, 1), u"1 coding · 1 document · 1 speaker"_s);
    EXPECT_EQ(codeCountsPhrase(12, 0, 7), u"12 codings · 0 documents · 7 speakers"_s);
    EXPECT_EQ(omittedQuotesSentence(1), u"1 further quote not shown."_s);
    EXPECT_EQ(omittedQuotesSentence(3), u"3 further quotes not shown."_s);
}

TEST(ReportText, KeyQuotesComeFirstInStableOrder)
{
    QList<ReportQuote> quotes(4);
    for (int i = 0; i < quotes.size(); ++i) {
        quotes[i].text = QString::number(i);
    }
    quotes[1].keyQuote = true;
    quotes[3].keyQuote = true;
    QStringList order;
    for (const ReportQuote& quote : keyQuotesFirst(quotes)) {
        order << quote.text;
    }
    EXPECT_EQ(order, (QStringList{u"1"_s, u"3"_s, u"0"_s, u"2"_s}));
}

TEST(ReportText, TimestampTextIsBracketedAndOnlyPresentWhenKnown)
{
    ReportQuote quote = test::kitchenQuote();
    EXPECT_EQ(quoteTimestampText(quote), u"[00:12:31]"_s);
    quote.beginMs.reset();
    EXPECT_EQ(quoteTimestampText(quote), QString());
}

TEST(ReportText, OnlyHashAndSixHexDigitsIsAColour)
{
    EXPECT_TRUE(isValidHexColor(u"#1F77B4"_s));
    EXPECT_TRUE(isValidHexColor(u"#ff7f0e"_s));
    EXPECT_FALSE(isValidHexColor(u"red"_s));
    EXPECT_FALSE(isValidHexColor(u"#FFF"_s));
    EXPECT_FALSE(isValidHexColor(u"#1F77B4;"_s));
    EXPECT_FALSE(isValidHexColor(u"#1F77G4"_s));
    EXPECT_FALSE(isValidHexColor(u" #1F77B4"_s));
    EXPECT_FALSE(isValidHexColor(QString()));
}

TEST(ReportText, DefinitionsLeaveOutEmptyFields)
{
    const QList<ReportFact> facts = codeDefinitionFacts(u"d"_s, {}, u"  "_s, u"e"_s);
    ASSERT_EQ(facts.size(), 2);
    EXPECT_EQ(facts[0].label, u"Description"_s);
    EXPECT_EQ(facts[1].label, u"Example"_s);
}

} // namespace
} // namespace tessera
