// Table reports (survey summary, joint display, code × attribute matrix) in Markdown, HTML and
// CSV: whole-file goldens, plus the properties a golden would only show by accident.

#include "report/TableReportWriters.h"

#include "CsvTestParser.h"
#include "GoldenFile.h"
#include "QtPrinters.h"
#include "TableReportFixtures.h"
#include "report/ReportWriters.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

const QString kEmSpace = QString(QChar(0x2003));

TEST(TableReportGolden, Markdown)
{
    test::expectMatchesGolden(writeTableReportMarkdown(test::sampleTableReport()),
                              u"table_report.md"_s);
}

TEST(TableReportGolden, Html)
{
    test::expectMatchesGolden(writeTableReportHtml(test::sampleTableReport()),
                              u"table_report.html"_s);
}

TEST(TableReportGolden, Csv)
{
    test::expectMatchesGolden(writeTableReportCsv(test::sampleTableReport()),
                              u"table_report.csv"_s);
}

TEST(TableReportWriters, DispatchGivesEveryFormat)
{
    const TableReport report = test::sampleTableReport();
    EXPECT_EQ(writeTableReport(report, ReportFormat::Markdown), writeTableReportMarkdown(report));
    EXPECT_EQ(writeTableReport(report, ReportFormat::Html), writeTableReportHtml(report));
    EXPECT_EQ(writeTableReport(report, ReportFormat::Csv), writeTableReportCsv(report));
    EXPECT_TRUE(writeTableReport(report, ReportFormat::Docx).startsWith("PK\x03\x04"));
    EXPECT_TRUE(writeTableReport(report, ReportFormat::Odt).startsWith("PK\x03\x04"));
    // PDF needs a QGuiApplication, which this binary does not create (see the PDF tests).
    EXPECT_TRUE(writeTableReport(report, ReportFormat::Pdf).isEmpty());
}

// The number of cell separators in a pipe-table line: '|' not escaped by a backslash.
int unescapedPipes(const QString& line)
{
    int pipes = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u'\\') {
            ++i;
        } else if (line[i] == u'|') {
            ++pipes;
        }
    }
    return pipes;
}

TEST(TableReportMarkdown, EveryTableLineHasOneCellPerColumn)
{
    const QString markdown = QString::fromUtf8(writeTableReportMarkdown(test::sampleTableReport()));
    const QStringList lines = markdown.split(u'\n');
    QList<int> pipesPerLine;
    for (const QString& line : lines) {
        if (line.startsWith(u'|')) {
            pipesPerLine << unescapedPipes(line);
        }
    }
    // Table 1: header, delimiter and 4 rows of 5 cells; table 2: 2 + 4 lines of 5; table 3 none.
    EXPECT_EQ(pipesPerLine, QList<int>(12, 6));
    EXPECT_TRUE(markdown.contains(u"| Family support \\| outreach |"_s));
    EXPECT_TRUE(markdown.contains(u"| Theme, code or survey answer | Social worker |"_s));
}

TEST(TableReportMarkdown, TreeRowsAreIndentedAndNumbersRightAligned)
{
    const QString markdown = QString::fromUtf8(writeTableReportMarkdown(test::sampleTableReport()));
    EXPECT_TRUE(markdown.contains(u"\n| Digital contact as a lifeline | 4/6"_s));
    EXPECT_TRUE(markdown.contains(u"\n| "_s % kEmSpace.repeated(2) %
                                  u"Digital contact as a lifeline/Seeing only"_s));
    EXPECT_TRUE(markdown.contains(u"\n| "_s % kEmSpace.repeated(4) % u"Digital contact"_s));
    // n, N and % hold only numbers; the label columns stay left-aligned.
    EXPECT_TRUE(markdown.contains(u"| --- | ---: | ---: | ---: | --- |\n"_s));
    EXPECT_TRUE(markdown.contains(u"| --- | --- | --- | --- | --- |\n"_s));
}

TEST(TableReportMarkdown, UserTextStaysLiteral)
{
    const QString markdown = QString::fromUtf8(writeTableReportMarkdown(test::sampleTableReport()));
    EXPECT_TRUE(
        markdown.startsWith(u"# Staying connected \\| social care \\<practice> & families\n\n"_s));
    EXPECT_TRUE(markdown.contains(u"\\<script>alert(1)\\</script>"_s));
    // Every '<' is escaped, so no HTML reaches a renderer.
    EXPECT_FALSE(markdown.contains(QRegularExpression(u"(^|[^\\\\])<"_s)));
    // Cells are inline content: no line-start escapes ("52.9" is no list item, "-1" no bullet),
    // and a cell with a line break stays on its row.
    EXPECT_TRUE(markdown.contains(u"\n| Video calls | 54 | 102 | 52.9 | 54/102 (52.9%) |\n"_s));
    EXPECT_TRUE(markdown.contains(u"\n| -1 = none at all | 1 | 102 | 1.0 | 1/102 (1.0%) |\n"_s));
    EXPECT_TRUE(markdown.contains(u"Renée's team \\*merged\\* two roles;\\\nsee the memo."_s));
    // A table with no columns keeps its caption and writes no empty table.
    EXPECT_TRUE(markdown.endsWith(u"**Table 3. Codes by Setting (participants)**\n"_s));
}

TEST(TableReportHtml, TablesHaveCaptionHeadAndScopedHeaders)
{
    const QString html = QString::fromUtf8(writeTableReportHtml(test::sampleTableReport()));
    EXPECT_EQ(html.count(u"<table class=\"data\">"_s), 2);
    EXPECT_EQ(html.count(u"<caption>"_s), 2);
    EXPECT_EQ(html.count(u"<thead><tr>"_s), 2);
    EXPECT_EQ(html.count(u"<th scope=\"col\">"_s), 10);
    EXPECT_EQ(html.count(u"<th scope=\"row\""_s), 8);
    EXPECT_TRUE(html.contains(u"<caption>Table 1. Joint display by Role</caption>"_s));
    EXPECT_TRUE(html.contains(u"<th scope=\"col\">Family support | outreach</th>"_s));
    EXPECT_TRUE(html.contains(u"<td class=\"num\">54</td>"_s));
    EXPECT_TRUE(html.contains(u"<td>54/102 (52.9%)</td>"_s));
    EXPECT_TRUE(html.contains(u"<th scope=\"row\" style=\"padding-left: 3.1rem\">"_s));
    EXPECT_TRUE(html.contains(u"<p class=\"note\">N counts respondents who answered;"_s));
    // The shared report style sheet, and the table rules it lacks.
    EXPECT_TRUE(html.contains(u"table.prevalence caption"_s));
    EXPECT_TRUE(html.contains(u"table.data caption"_s));
}

TEST(TableReportHtml, UserTextIsEscaped)
{
    const QString html = QString::fromUtf8(writeTableReportHtml(test::sampleTableReport()));
    EXPECT_FALSE(html.contains(u"<script>"_s));
    EXPECT_FALSE(html.contains(u"<practice>"_s));
    EXPECT_TRUE(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
    EXPECT_TRUE(html.contains(
        u"<title>Staying connected | social care &lt;practice&gt; &amp; families · Joint "
        u"display</title>"_s));
    EXPECT_TRUE(html.contains(u"<th scope=\"row\">Phone, &quot;mostly&quot;</th>"_s));
    EXPECT_TRUE(html.contains(u"<p>Renée's team *merged* two roles;<br>\nsee the memo.</p>"_s));
}

TEST(TableReportCsv, EachTableIsABlockOfCaptionHeaderAndRows)
{
    const QByteArray bytes = writeTableReportCsv(test::sampleTableReport());
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const auto records = test::parseRfc4180(QString::fromUtf8(bytes.mid(3)));
    ASSERT_TRUE(records.has_value());
    // Caption, header, 4 rows; blank; caption, header, 4 rows; blank; caption.
    ASSERT_EQ(records->size(), 6 + 1 + 6 + 1 + 1);
    EXPECT_EQ(records->at(0), QStringList{u"Table 1. Joint display by Role"_s});
    EXPECT_EQ(records->at(1),
              (QStringList{u"Theme, code or survey answer"_s, u"Social worker"_s,
                           u"Family support | outreach"_s, u"(not set)"_s, u"All"_s}));
    // The path says the depth; no indentation in the data.
    EXPECT_EQ(records->at(3)[0],
              u"Digital contact as a lifeline/Seeing only what the camera shows"_s);
    EXPECT_EQ(records->at(5)[4], u"54/102 (52.9%)"_s);
    EXPECT_EQ(records->at(6), QStringList{QString()});
    // A formula is defused; quotes, commas and line breaks survive.
    EXPECT_EQ(records->at(7),
              QStringList{u"Table 2. =HYPERLINK(\"http://x\") tools, used (N = 102)"_s});
    EXPECT_EQ(records->at(11)[0], u"'-1 = none\nat all"_s);
    EXPECT_EQ(records->at(10)[0], u"Phone, \"mostly\""_s);
    EXPECT_EQ(records->at(14), QStringList{u"Table 3. Codes by Setting (participants)"_s});
}

} // namespace
} // namespace tessera
