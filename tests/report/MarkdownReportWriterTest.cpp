#include "report/MarkdownReportWriter.h"

#include "QtPrinters.h"
#include "ReportFixtures.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

QString themeSummaryMarkdown(const ThemeSummaryReport& report = test::sampleThemeSummary())
{
    return QString::fromUtf8(writeThemeSummaryMarkdown(report));
}

TEST(MarkdownReportWriter, StartsWithTitleAndGeneratedLine)
{
    const QString markdown = themeSummaryMarkdown();
    EXPECT_TRUE(markdown.startsWith(
        u"# Staying connected: social care practice with families during COVID-19\n\n"
        u"Theme summary · Generated 2024-01-01 09:00 UTC\n\n"_s));
    EXPECT_TRUE(markdown.contains(u"- Coders: 2 (Renée Dubois, Sam Okafor)\n"_s));
    EXPECT_TRUE(markdown.endsWith(u"\n"_s));
    EXPECT_FALSE(markdown.endsWith(u"\n\n"_s));
}

TEST(MarkdownReportWriter, HeadingLevelFollowsNesting)
{
    const QString markdown = themeSummaryMarkdown();
    EXPECT_TRUE(markdown.contains(u"\n## Digital contact as a lifeline\n"_s));
    EXPECT_TRUE(markdown.contains(u"\n### Seeing only what the camera shows\n"_s));
    EXPECT_TRUE(markdown.contains(u"\n#### The ceiling view\n"_s));
}

TEST(MarkdownReportWriter, StructureCharactersInQuotesRenderLiterally)
{
    const QString markdown = themeSummaryMarkdown();
    EXPECT_TRUE(markdown.contains(
        u"> \\# not a heading\\\n> \\> not a quote either\\\n> \\- nor a list \\| pipe\n"_s));
    EXPECT_TRUE(markdown.contains(u"\\<script>alert(1)\\</script>"_s));
    for (const QString& line : markdown.split(u'\n')) {
        EXPECT_FALSE(line.startsWith(u"# not"_s)) << line.toStdString();
        EXPECT_FALSE(line.startsWith(u"<"_s)) << line.toStdString();
    }
}

TEST(MarkdownReportWriter, EveryLineOfAMultiLineQuoteIsQuoted)
{
    const QString markdown = themeSummaryMarkdown();
    EXPECT_TRUE(markdown.contains(u"> She walked me round the flat on her phone.\\\n"
                                  u"> Then she just... put it face down.\n"_s));
}

TEST(MarkdownReportWriter, QuoteIsFollowedByItsAttributionAndTimestamp)
{
    EXPECT_TRUE(themeSummaryMarkdown().contains(
        u"> **Key quote:** I never saw the kitchen, only the ceiling.\n"
        u">\n"
        u"> — (Focus group 2, P3) [00:12:31]\n"_s));
}

TEST(MarkdownReportWriter, QuoteWithoutTimestampOrGroupUsesDocumentName)
{
    EXPECT_TRUE(
        themeSummaryMarkdown().contains(u"> — (Interview 4 Family support worker, Renée)\n"_s));
}

TEST(MarkdownReportWriter, KeyQuotesComeFirst)
{
    const QString markdown = themeSummaryMarkdown();
    const qsizetype key = markdown.indexOf(u"I never saw the kitchen"_s);
    const qsizetype normal = markdown.indexOf(u"We did a quiz on Teams every Friday. The kids"_s);
    ASSERT_GE(key, 0);
    ASSERT_GE(normal, 0);
    EXPECT_LT(key, normal);
}

TEST(MarkdownReportWriter, SaysHowManyQuotesWereLeftOut)
{
    const QString markdown = themeSummaryMarkdown();
    EXPECT_TRUE(markdown.contains(u"*3 further quotes not shown.*"_s));
    EXPECT_TRUE(markdown.contains(u"*1 further quote not shown.*"_s));
}

TEST(MarkdownReportWriter, PrevalenceLineLeavesOutGroupsWithoutGroups)
{
    ThemeSummaryReport report = test::sampleThemeSummary();
    report.groupCount = 0;
    report.themes.resize(1);
    report.themes[0].prevalence = {2, 3, 0, 0, 7, 15, 12};
    const QString markdown = themeSummaryMarkdown(report);
    EXPECT_TRUE(markdown.contains(
        u"**Prevalence:** Documents: 2 of 3 · Participants: 7 of 15 · Excerpts: 12\n"_s));
    EXPECT_FALSE(markdown.contains(u"- Focus groups:"_s));
}

TEST(MarkdownReportWriter, CodesCarryDefinitionsAndCounts)
{
    const QString markdown = themeSummaryMarkdown();
    EXPECT_TRUE(markdown.contains(
        u"- **Keeping in touch** (Benefits/Keeping in touch) · 12 codings · 4 documents · "
        u"9 speakers\n"
        u"  - **Description:** Contact with a family that happened only because it could be "
        u"digital.\n"_s));
    EXPECT_TRUE(markdown.contains(
        u"  - **Example:** \\# not a heading, but \"what mum pointed the camera at\"\n"_s));
}

TEST(MarkdownReportWriter, EmptyNamesNeverLeaveDanglingSyntax)
{
    ThemeSummaryReport report;
    ReportTheme theme;
    theme.codes = {ReportCode{}};
    report.themes = {theme};
    const QString markdown = themeSummaryMarkdown(report);
    EXPECT_TRUE(markdown.contains(u"\n## Untitled theme\n"_s));
    EXPECT_TRUE(markdown.contains(u"\n- **Unnamed code** · 0 codings"_s));
}

TEST(MarkdownReportWriter, EmptyReportSaysSo)
{
    ThemeSummaryReport empty;
    const QString markdown = themeSummaryMarkdown(empty);
    EXPECT_TRUE(markdown.startsWith(u"# Untitled project\n"_s));
    EXPECT_TRUE(markdown.contains(u"No themes yet."_s));
    EXPECT_TRUE(QString::fromUtf8(writeCodebookMarkdown({})).contains(u"No codes yet."_s));
}

TEST(MarkdownReportWriter, CodebookNestsByHeadingLevelAndListsEveryField)
{
    const QString markdown = QString::fromUtf8(writeCodebookMarkdown(test::sampleCodebook()));
    EXPECT_TRUE(markdown.contains(u"\n## Benefits\n"_s));
    EXPECT_TRUE(markdown.contains(u"\n### Keeping in touch\n"_s));
    EXPECT_TRUE(markdown.contains(u"\n#### Camera angles\n"_s));
    EXPECT_TRUE(markdown.contains(u"- **Colour:** `#2CA02C`\n"_s));
    // Six valid colours; "red" (Camera angles) and the empty one (Barriers) are left out.
    EXPECT_EQ(markdown.count(u"- **Colour:**"_s), 6);
    EXPECT_TRUE(markdown.contains(
        u"- **Themes:** Blurred boundaries between work and home; Digital exclusion; access\n"_s));
    EXPECT_TRUE(
        markdown.contains(u"- **Exclusion:** \\# not a heading\\\n  \\| pipe \\| table \\|\n"_s));
}

} // namespace
} // namespace tessera
