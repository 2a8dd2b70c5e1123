// The PDF read back with poppler (pdfinfo, pdftotext): pages, metadata, and every theme, quote
// and code in extractable text. Skipped with the reason where poppler-utils is missing.

#include "report/PdfReportWriter.h"

#include "ExternalTools.h"
#include "QtPrinters.h"
#include "ReportFixtures.h"
#include "report/ReportWriters.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

void collectThemeTexts(const QList<ReportTheme>& themes, QStringList& texts)
{
    for (const ReportTheme& theme : themes) {
        texts << theme.name;
        for (const ReportQuote& quote : theme.quotes) {
            texts << quote.text;
        }
        collectThemeTexts(theme.subthemes, texts);
    }
}

class PdfReport : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (test::findTool({u"pdftotext"_s}).isEmpty() ||
            test::findTool({u"pdfinfo"_s}).isEmpty()) {
            GTEST_SKIP() << "pdftotext/pdfinfo (poppler-utils) are not installed; "
                            "scripts/dependencies.sh installs them.";
        }
        ASSERT_TRUE(m_dir.isValid());
    }

    QString save(const QByteArray& pdf, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        return path;
    }

    static void expectContainsAll(const QString& text, const QStringList& wanted)
    {
        const QString squeezed = test::withoutWhitespace(text);
        for (const QString& item : wanted) {
            EXPECT_TRUE(squeezed.contains(test::withoutWhitespace(item)))
                << "PDF text lacks: " << item.toStdString();
        }
    }

    QTemporaryDir m_dir;
};

TEST_F(PdfReport, ThemeSummaryHasEveryThemeAndQuoteAsText)
{
    const ThemeSummaryReport report = test::sampleThemeSummary();
    const QByteArray pdf = writeThemeSummaryPdf(report);
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_EQ(writeThemeSummary(report, ReportFormat::Pdf).size(), pdf.size());
    const QString path = save(pdf, u"summary.pdf"_s);
    const auto pages = test::pdfPageCount(path);
    ASSERT_TRUE(pages.has_value());
    EXPECT_GE(*pages, 2); // the title page and the themes

    QStringList wanted{report.title,
                       u"Theme summary"_s,
                       u"Generated 2024-01-01 09:00 UTC"_s,
                       u"11 of 15"_s,
                       u"(Focus group 2, P3) [00:12:31]"_s,
                       u"Key quote:"_s,
                       u"Keeping in touch"_s,
                       u"3 further quotes not shown."_s};
    collectThemeTexts(report.themes, wanted);
    const auto text = test::pdfText(path);
    ASSERT_TRUE(text.has_value());
    expectContainsAll(*text, wanted);
    // Every page after the title page is numbered; the title page is not.
    EXPECT_TRUE(text->contains(u"Page 2 of %1"_s.arg(*pages)));
    EXPECT_FALSE(text->contains(u"Page 1 of"_s));
    // Each line once: nothing drawn twice across a page boundary.
    EXPECT_EQ(text->count(u"I never saw the kitchen"_s), 1);
}

TEST_F(PdfReport, IsA4WithTitleMetadata)
{
    const QString path = save(writeThemeSummaryPdf(test::sampleThemeSummary()), u"a4.pdf"_s);
    const test::ToolRun info = test::runTool(test::findTool({u"pdfinfo"_s}), {path});
    const QString text = QString::fromUtf8(info.out);
    EXPECT_TRUE(text.contains(u"(A4)"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Staying connected: social care practice with families during "
                              u"COVID-19"_s))
        << text.toStdString();
    EXPECT_TRUE(text.contains(u"Creator:         Tessera"_s)) << text.toStdString();
}

TEST_F(PdfReport, CodebookHasEveryCodeAndDefinitionAsText)
{
    const CodebookReport report = test::sampleCodebook();
    const QString path = save(writeCodebookPdf(report), u"codebook.pdf"_s);
    const auto pages = test::pdfPageCount(path);
    ASSERT_TRUE(pages.has_value());
    EXPECT_GE(*pages, 1);
    QStringList wanted{u"Codebook"_s, u"Page 1 of"_s};
    for (const CodebookEntry& code : report.codes) {
        wanted << code.name << code.description << code.inclusion << code.exclusion
               << code.themes.join(u"; "_s);
    }
    wanted.removeAll(QString());
    const auto text = test::pdfText(path);
    ASSERT_TRUE(text.has_value());
    expectContainsAll(*text, wanted);
}

TEST_F(PdfReport, EmptyReportsStillMakeAPage)
{
    ThemeSummaryReport report = test::sampleThemeSummary();
    report.themes.clear();
    const QString path = save(writeThemeSummaryPdf(report), u"empty.pdf"_s);
    EXPECT_EQ(test::pdfPageCount(path), 1);
    EXPECT_TRUE(test::pdfText(path).value_or(QString()).contains(u"No themes yet."_s));
}

} // namespace
} // namespace tessera
