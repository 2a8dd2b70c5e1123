// Opens the DOCX and ODT in LibreOffice (headless), converts them to PDF and checks the text:
// a real office suite reads every theme, quote and code. Skipped, with the reason, where
// LibreOffice or pdftotext is not installed; the structure tests run everywhere.

#include "ExternalTools.h"
#include "QtPrinters.h"
#include "ReportFixtures.h"
#include "report/DocxReportWriter.h"
#include "report/OdtReportWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>

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

class LibreOfficeConversion : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_office = test::findTool({u"soffice"_s, u"libreoffice"_s});
        if (m_office.isEmpty()) {
            GTEST_SKIP() << "LibreOffice (soffice) is not installed; the DOCX/ODT structure "
                            "tests still ran. Install libreoffice-writer-nogui to run this.";
        }
        if (test::findTool({u"pdftotext"_s}).isEmpty()) {
            GTEST_SKIP() << "pdftotext (poppler-utils) is not installed.";
        }
        ASSERT_TRUE(m_dir.isValid());
    }

    // The text of `bytes` saved as `name`, converted to PDF by LibreOffice.
    QString convertedText(const QByteArray& bytes, const QString& name)
    {
        const QString input = m_dir.filePath(name);
        QFile file(input);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        // A profile of its own: a user's running LibreOffice (or a parallel test) would
        // otherwise receive the conversion, or lock the profile.
        const QString profile = QUrl::fromLocalFile(m_dir.filePath(u"profile"_s)).toString();
        const test::ToolRun run = test::runTool(
            m_office, {u"-env:UserInstallation="_s + profile, u"--headless"_s, u"--convert-to"_s,
                       u"pdf"_s, u"--outdir"_s, m_dir.filePath(u"out"_s), input});
        EXPECT_TRUE(run.finished) << run.err.toStdString();
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        const QString pdf =
            m_dir.filePath(u"out/"_s + QFileInfo(name).completeBaseName() + u".pdf"_s);
        EXPECT_TRUE(QFileInfo::exists(pdf))
            << "LibreOffice wrote no PDF: " << run.out.toStdString() << run.err.toStdString();
        const auto pages = test::pdfPageCount(pdf);
        EXPECT_TRUE(pages && *pages > 1) << name.toStdString();
        return test::pdfText(pdf).value_or(QString());
    }

    static void expectContainsAll(const QString& text, const QStringList& wanted,
                                  const QString& what)
    {
        const QString squeezed = test::withoutWhitespace(text);
        for (const QString& item : wanted) {
            EXPECT_TRUE(squeezed.contains(test::withoutWhitespace(item)))
                << what.toStdString() << " lacks: " << item.toStdString();
        }
    }

    QString m_office;
    QTemporaryDir m_dir;
};

TEST_F(LibreOfficeConversion, ThemeSummaryDocxAndOdtShowEveryThemeAndQuote)
{
    const ThemeSummaryReport report = test::sampleThemeSummary();
    QStringList wanted{report.title, u"Theme summary"_s, u"4 of 4"_s, u"11 of 15"_s,
                       u"(Focus group 2, P3) [00:12:31]"_s};
    collectThemeTexts(report.themes, wanted);
    expectContainsAll(convertedText(writeThemeSummaryDocx(report), u"summary-docx.docx"_s), wanted,
                      u"DOCX"_s);
    expectContainsAll(convertedText(writeThemeSummaryOdt(report), u"summary-odt.odt"_s), wanted,
                      u"ODT"_s);
}

TEST_F(LibreOfficeConversion, CodebookDocxAndOdtShowEveryCodeAndDefinition)
{
    const CodebookReport report = test::sampleCodebook();
    QStringList wanted{u"Codebook"_s};
    for (const CodebookEntry& code : report.codes) {
        wanted << code.name << code.description << code.inclusion << code.exclusion;
    }
    wanted.removeAll(QString());
    expectContainsAll(convertedText(writeCodebookDocx(report), u"codebook-docx.docx"_s), wanted,
                      u"DOCX"_s);
    expectContainsAll(convertedText(writeCodebookOdt(report), u"codebook-odt.odt"_s), wanted,
                      u"ODT"_s);
}

} // namespace
} // namespace tessera
