#include "GoldenFile.h"
#include "QtPrinters.h"
#include "ReportFixtures.h"
#include "report/ReportWriters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

// Whole-file snapshots of the sample study in every format; see GoldenFile.h for updating.
TEST(ReportGolden, ThemeSummaryMarkdown)
{
    test::expectMatchesGolden(writeThemeSummary(test::sampleThemeSummary(), ReportFormat::Markdown),
                              u"theme_summary.md"_s);
}

TEST(ReportGolden, ThemeSummaryHtml)
{
    test::expectMatchesGolden(writeThemeSummary(test::sampleThemeSummary(), ReportFormat::Html),
                              u"theme_summary.html"_s);
}

TEST(ReportGolden, ThemeSummaryCsv)
{
    test::expectMatchesGolden(writeThemeSummary(test::sampleThemeSummary(), ReportFormat::Csv),
                              u"theme_summary.csv"_s);
}

TEST(ReportGolden, CodebookMarkdown)
{
    test::expectMatchesGolden(writeCodebook(test::sampleCodebook(), ReportFormat::Markdown),
                              u"codebook.md"_s);
}

TEST(ReportGolden, CodebookHtml)
{
    test::expectMatchesGolden(writeCodebook(test::sampleCodebook(), ReportFormat::Html),
                              u"codebook.html"_s);
}

TEST(ReportGolden, CodebookCsv)
{
    test::expectMatchesGolden(writeCodebook(test::sampleCodebook(), ReportFormat::Csv),
                              u"codebook.csv"_s);
}

} // namespace
} // namespace tessera
