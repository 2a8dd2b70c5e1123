// Golden files of the paged formats. DOCX and ODT are compared part by part (packageDump): the
// XML is exact, while the zip's compressed bytes depend on the zlib version. Their dates come
// from the fixture's fixed generatedAt, so nothing needs masking. The PDF's layout input (the
// print HTML) is compared instead of the PDF, whose bytes depend on fonts and Qt's version.

#include "GoldenFile.h"
#include "OfficePackage.h"
#include "ReportFixtures.h"
#include "report/CodebookDocument.h"
#include "report/DocxReportWriter.h"
#include "report/OdtReportWriter.h"
#include "report/PrintHtml.h"
#include "report/ThemeSummaryDocument.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

QByteArray dumpOf(const QByteArray& package)
{
    const auto entries = test::readPackage(package);
    EXPECT_TRUE(entries.has_value());
    return entries ? test::packageDump(*entries) : QByteArray();
}

TEST(OfficeGolden, ThemeSummaryDocx)
{
    test::expectMatchesGolden(dumpOf(writeThemeSummaryDocx(test::sampleThemeSummary())),
                              u"theme_summary.docx.parts"_s);
}

TEST(OfficeGolden, ThemeSummaryOdt)
{
    test::expectMatchesGolden(dumpOf(writeThemeSummaryOdt(test::sampleThemeSummary())),
                              u"theme_summary.odt.parts"_s);
}

TEST(OfficeGolden, ThemeSummaryPdfLayout)
{
    test::expectMatchesGolden(printHtml(themeSummaryDocument(test::sampleThemeSummary())).toUtf8(),
                              u"theme_summary.pdf.html"_s);
}

TEST(OfficeGolden, CodebookDocx)
{
    test::expectMatchesGolden(dumpOf(writeCodebookDocx(test::sampleCodebook())),
                              u"codebook.docx.parts"_s);
}

TEST(OfficeGolden, CodebookOdt)
{
    test::expectMatchesGolden(dumpOf(writeCodebookOdt(test::sampleCodebook())),
                              u"codebook.odt.parts"_s);
}

TEST(OfficeGolden, CodebookPdfLayout)
{
    test::expectMatchesGolden(printHtml(codebookDocument(test::sampleCodebook())).toUtf8(),
                              u"codebook.pdf.html"_s);
}

} // namespace
} // namespace tessera
