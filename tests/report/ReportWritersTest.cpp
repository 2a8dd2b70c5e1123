#include "report/ReportWriters.h"

#include "QtPrinters.h"
#include "ReportFixtures.h"
#include "report/CsvReportWriter.h"
#include "report/DocxReportWriter.h"
#include "report/HtmlReportWriter.h"
#include "report/MarkdownReportWriter.h"
#include "report/OdtReportWriter.h"
#include "report/PdfReportWriter.h"

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
    EXPECT_EQ(reportFormatFromName(u"DOCX"), ReportFormat::Docx);
    EXPECT_EQ(reportFormatFromName(u"odt"), ReportFormat::Odt);
    EXPECT_EQ(reportFormatFromName(u" Pdf "), ReportFormat::Pdf);
    EXPECT_EQ(reportFormatFromName(u"doc"), std::nullopt);
    EXPECT_EQ(reportFormatFromName(u"pptx"), std::nullopt);
    EXPECT_EQ(reportFormatFromName(u""), std::nullopt);
}

TEST(ReportWriters, SuffixRoundTripsThroughFormatFromName)
{
    for (const ReportFormat format : {ReportFormat::Markdown, ReportFormat::Html, ReportFormat::Csv,
                                      ReportFormat::Docx, ReportFormat::Odt, ReportFormat::Pdf}) {
        EXPECT_EQ(reportFormatFromName(reportFormatSuffix(format)), format);
        EXPECT_EQ(reportFormatNeedsGui(format), format == ReportFormat::Pdf);
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
    EXPECT_EQ(writeThemeSummary(summary, ReportFormat::Docx), writeThemeSummaryDocx(summary));
    EXPECT_EQ(writeThemeSummary(summary, ReportFormat::Odt), writeThemeSummaryOdt(summary));
    EXPECT_EQ(writeCodebook(codebook, ReportFormat::Docx), writeCodebookDocx(codebook));
    EXPECT_EQ(writeCodebook(codebook, ReportFormat::Odt), writeCodebookOdt(codebook));
}

TEST(ReportWriters, PdfNeedsAGuiApplication)
{
    // This binary runs on a QCoreApplication: no fonts, so no PDF, and no crash either.
    EXPECT_TRUE(writeThemeSummary(test::sampleThemeSummary(), ReportFormat::Pdf).isEmpty());
    EXPECT_TRUE(writeCodebook(test::sampleCodebook(), ReportFormat::Pdf).isEmpty());
}

TEST(ReportWriters, OutputIsDeterministic)
{
    for (const ReportFormat format : {ReportFormat::Markdown, ReportFormat::Html, ReportFormat::Csv,
                                      ReportFormat::Docx, ReportFormat::Odt}) {
        EXPECT_EQ(writeThemeSummary(test::sampleThemeSummary(), format),
                  writeThemeSummary(test::sampleThemeSummary(), format));
        EXPECT_EQ(writeCodebook(test::sampleCodebook(), format),
                  writeCodebook(test::sampleCodebook(), format));
    }
}

} // namespace
} // namespace tessera
