#include "report/CsvReportWriter.h"

#include "CsvTestParser.h"
#include "QtPrinters.h"
#include "ReportFixtures.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

// Header + rows as maps from column name to value, read back with the independent parser.
struct ParsedCsv {
    QStringList header;
    QList<QStringList> rows;

    QString value(const QStringList& row, const QString& column) const
    {
        const qsizetype index = header.indexOf(column);
        return index < 0 ? u"<no column %1>"_s.arg(column) : row.value(index);
    }

    QList<QStringList> rowsWhere(const QString& column, const QString& wanted) const
    {
        QList<QStringList> matching;
        for (const QStringList& row : rows) {
            if (value(row, column) == wanted) {
                matching << row;
            }
        }
        return matching;
    }
};

ParsedCsv parse(const QByteArray& bytes)
{
    EXPECT_TRUE(bytes.startsWith(kBom));
    const std::optional<QList<QStringList>> records =
        test::parseRfc4180(QString::fromUtf8(bytes.mid(kBom.size())));
    EXPECT_TRUE(records.has_value()) << "not RFC 4180";
    if (!records || records->isEmpty()) {
        return {};
    }
    ParsedCsv csv{records->front(), records->mid(1)};
    for (const QStringList& row : csv.rows) {
        EXPECT_EQ(row.size(), csv.header.size());
    }
    return csv;
}

ParsedCsv themeSummaryCsv(const ThemeSummaryReport& report = test::sampleThemeSummary())
{
    return parse(writeThemeSummaryCsv(report));
}

TEST(CsvReportWriter, ThemeSummaryHeaderNamesEveryColumn)
{
    EXPECT_EQ(themeSummaryCsv().header.join(u','),
              u"record,theme_path,theme_status,theme_concept,theme_memo,documents,"
              u"total_documents,groups,total_groups,participants,total_participants,excerpts,"
              u"omitted_quotes,code_path,codings,speakers,document,group,speaker,timestamp,"
              u"key_quote,text,coder,quote_memo"_s);
}

TEST(CsvReportWriter, RoundTripKeepsQuotesCommasLineBreaksAndUnicode)
{
    const ParsedCsv csv = themeSummaryCsv();
    const QList<QStringList> quotes = csv.rowsWhere(u"record"_s, u"quote"_s);
    QStringList texts;
    for (const QStringList& row : quotes) {
        texts << csv.value(row, u"text"_s);
    }
    EXPECT_TRUE(
        texts.contains(u"My own kids were \"quotes\", commas, the lot — they heard everything."_s));
    EXPECT_TRUE(texts.contains(u"Messages came in at 11 at night.\nYou can't not read them."_s));
    EXPECT_TRUE(texts.contains(u"# not a heading\n> not a quote either\n- nor a list | pipe"_s));
    EXPECT_TRUE(texts.contains(
        u"He typed <script>alert(1)</script> into the chat to make the kids laugh."_s));
    EXPECT_TRUE(texts.contains(u"Some weeks the video call was the only time anyone saw that "
                               u"baby."_s));
    const QList<QStringList> exclusion =
        csv.rowsWhere(u"theme_path"_s, u"Digital exclusion – Renée's ½ of the caseload"_s);
    ASSERT_FALSE(exclusion.isEmpty());
    EXPECT_EQ(csv.value(exclusion.front(), u"theme_concept"_s),
              u"Families without data 📱 or a quiet room were harder to reach."_s);
}

TEST(CsvReportWriter, FormulaLikeCellsGetAnApostrophe)
{
    const ParsedCsv csv = themeSummaryCsv();
    bool found = false;
    for (const QStringList& row : csv.rowsWhere(u"record"_s, u"quote"_s)) {
        const QString text = csv.value(row, u"text"_s);
        EXPECT_FALSE(text.startsWith(u'='));
        found = found || text == u"'=SUM(A1) is what my spreadsheet of visits looked like by "
                                 u"April"_s;
    }
    EXPECT_TRUE(found);
}

TEST(CsvReportWriter, RowsFollowTheThemeTreeWithKeyQuotesFirst)
{
    const ParsedCsv csv = themeSummaryCsv();
    QStringList outline;
    for (const QStringList& row : csv.rows) {
        outline << csv.value(row, u"record"_s) % u' ' % csv.value(row, u"theme_path"_s);
    }
    const QString lifeline = u"Digital contact as a lifeline"_s;
    const QString camera = lifeline % u"/Seeing only what the camera shows"_s;
    const QString ceiling = camera % u"/The ceiling view"_s;
    const QString boundaries = u"Blurred boundaries between work and home"_s;
    const QString exclusion = u"Digital exclusion – Renée's ½ of the caseload"_s;
    EXPECT_EQ(outline,
              (QStringList{
                  u"theme "_s + lifeline,   u"code "_s + lifeline,    u"code "_s + lifeline,
                  u"quote "_s + lifeline,   u"quote "_s + lifeline,   u"quote "_s + lifeline,
                  u"theme "_s + camera,     u"code "_s + camera,      u"quote "_s + camera,
                  u"quote "_s + camera,     u"theme "_s + ceiling,    u"code "_s + ceiling,
                  u"quote "_s + ceiling,    u"theme "_s + boundaries, u"code "_s + boundaries,
                  u"quote "_s + boundaries, u"quote "_s + boundaries, u"quote "_s + boundaries,
                  u"theme "_s + exclusion,  u"code "_s + exclusion,
              }));
    const QStringList firstQuote = csv.rowsWhere(u"record"_s, u"quote"_s).front();
    EXPECT_EQ(csv.value(firstQuote, u"key_quote"_s), u"yes"_s);
    EXPECT_EQ(csv.value(firstQuote, u"text"_s), u"I never saw the kitchen, only the ceiling."_s);
    EXPECT_EQ(csv.value(firstQuote, u"timestamp"_s), u"00:12:31"_s);
    EXPECT_EQ(csv.value(firstQuote, u"group"_s), u"Focus group 2"_s);
    EXPECT_EQ(csv.value(firstQuote, u"speaker"_s), u"P3"_s);
}

TEST(CsvReportWriter, ThemeRowsCarryPrevalenceAndGroupsOnlyWhenThereAreGroups)
{
    ParsedCsv csv = themeSummaryCsv();
    const QStringList lifeline = csv.rowsWhere(u"record"_s, u"theme"_s).front();
    EXPECT_EQ(csv.value(lifeline, u"documents"_s), u"4"_s);
    EXPECT_EQ(csv.value(lifeline, u"groups"_s), u"3"_s);
    EXPECT_EQ(csv.value(lifeline, u"total_participants"_s), u"15"_s);
    EXPECT_EQ(csv.value(lifeline, u"theme_status"_s), u"final"_s);

    ThemeSummaryReport report = test::sampleThemeSummary();
    report.themes.resize(1);
    report.themes[0].prevalence = {2, 3, 0, 0, 7, 15, 12};
    csv = themeSummaryCsv(report);
    const QStringList withoutGroups = csv.rowsWhere(u"record"_s, u"theme"_s).front();
    EXPECT_EQ(csv.value(withoutGroups, u"groups"_s), QString());
    EXPECT_EQ(csv.value(withoutGroups, u"total_groups"_s), QString());
    EXPECT_EQ(csv.value(withoutGroups, u"excerpts"_s), u"12"_s);
}

TEST(CsvReportWriter, EveryRecordEndsWithCrLf)
{
    const QByteArray bytes = writeThemeSummaryCsv(test::sampleThemeSummary());
    EXPECT_TRUE(bytes.endsWith("\r\n"));
    EXPECT_TRUE(bytes.contains("\r\n"));
    const QByteArray empty = writeThemeSummaryCsv({});
    EXPECT_EQ(empty, kBom + QByteArrayLiteral("record,theme_path,theme_status,theme_concept,"
                                              "theme_memo,documents,total_documents,groups,"
                                              "total_groups,participants,total_participants,"
                                              "excerpts,omitted_quotes,code_path,codings,"
                                              "speakers,document,group,speaker,timestamp,"
                                              "key_quote,text,coder,quote_memo\r\n"));
}

TEST(CsvReportWriter, CodebookHasOneRowPerCodeWithJoinedThemes)
{
    const ParsedCsv csv = parse(writeCodebookCsv(test::sampleCodebook()));
    EXPECT_EQ(csv.header.join(u','),
              u"path,name,level,color,description,inclusion,exclusion,example,codings,"
              u"documents,speakers,themes,review_status,comments"_s);
    ASSERT_EQ(csv.rows.size(), 8);
    const QStringList kitchen = csv.rowsWhere(u"path"_s, u"Boundaries/Kitchen table"_s).front();
    EXPECT_EQ(csv.value(kitchen, u"level"_s), u"2"_s);
    EXPECT_EQ(csv.value(kitchen, u"themes"_s),
              u"Blurred boundaries between work and home; Digital exclusion; access"_s);
    EXPECT_EQ(csv.value(kitchen, u"description"_s),
              u"'=SUM(A1) style spreadsheets <script>alert(1)</script> on the table."_s);
    EXPECT_EQ(csv.value(kitchen, u"exclusion"_s), u"# not a heading\n| pipe | table |"_s);
    EXPECT_EQ(csv.value(kitchen, u"example"_s), u"Renée – ½ of my calls were from the car 🚗"_s);
    const QStringList angles = csv.rowsWhere(u"name"_s, u"Camera angles"_s).front();
    EXPECT_EQ(csv.value(angles, u"level"_s), u"3"_s);
    EXPECT_EQ(csv.value(angles, u"example"_s),
              u"'- \"Point it at the cooker, love.\"\n- \"It's on the ceiling again.\""_s);
}

} // namespace
} // namespace tessera
