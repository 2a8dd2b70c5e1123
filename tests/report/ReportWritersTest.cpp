#include "report/ReportWriters.h"

#include "QtPrinters.h"
#include "ReportFixtures.h"
#include "report/CsvReportWriter.h"
#include "report/HtmlReportWriter.h"
#include "report/MarkdownReportWriter.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

TEST(ReportWriters, FormatFromNameKnowsTheSuffixes)
{
    EXPECT_EQ(reportFormatFromName(u"md"), ReportFormat::Markdown);
    EXPECT_EQ(reportFormatFromName(u"Markdown"), ReportFormat::Markdown);
    EXPECT_EQ(reportFormatFromName(u"html"), ReportFormat::Html);
    EXPECT_EQ(reportFormatFromName(u"HTM"), ReportFormat::Html);
    EXPECT_EQ(reportFormatFromName(u"csv"), ReportFormat::Csv);
    EXPECT_EQ(reportFormatFromName(u"docx"), std::nullopt);
    EXPECT_EQ(reportFormatFromName(u""), std::nullopt);
}

TEST(ReportWriters, SuffixRoundTripsThroughFormatFromName)
{
    for (const ReportFormat format :
         {ReportFormat::Markdown, ReportFormat::Html, ReportFormat::Csv}) {
        EXPECT_EQ(reportFormatFromName(reportFormatSuffix(format)), format);
    }
}

TEST(ReportWriters, DispatchReachesTheRightWriter)
{
    const ThemeSummaryReport summary = test::sampleThemeSummary();
    EXPECT_EQ(writeThemeSummary(summary, ReportFormat::Markdown),
              writeThemeSummaryMarkdown(summary));
    EXPECT_EQ(writeThemeSummary(summary, ReportFormat::Html), writeThemeSummaryHtml(summary));
    EXPECT_EQ(writeThemeSummary(summary, ReportFormat::Csv), writeThemeSummaryCsv(summary));
    const CodebookReport codebook = test::sampleCodebook();
    EXPECT_EQ(writeCodebook(codebook, ReportFormat::Markdown), writeCodebookMarkdown(codebook));
    EXPECT_EQ(writeCodebook(codebook, ReportFormat::Html), writeCodebookHtml(codebook));
    EXPECT_EQ(writeCodebook(codebook, ReportFormat::Csv), writeCodebookCsv(codebook));
}

TEST(ReportWriters, OutputIsDeterministic)
{
    for (const ReportFormat format :
         {ReportFormat::Markdown, ReportFormat::Html, ReportFormat::Csv}) {
        EXPECT_EQ(writeThemeSummary(test::sampleThemeSummary(), format),
                  writeThemeSummary(test::sampleThemeSummary(), format));
    }
}

} // namespace
} // namespace tessera
