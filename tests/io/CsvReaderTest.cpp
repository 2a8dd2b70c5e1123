#include "ImportTestSupport.h"
#include "io/DataTable.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

DataTable readOrFail(const QByteArray& bytes)
{
    auto table = readCsv(bytes, u"answers.csv"_s);
    if (!table) {
        ADD_FAILURE() << table.error().message.toStdString();
        return {};
    }
    EXPECT_EQ(table->rows.size(), table->sourceLines.size());
    for (const QStringList& row : table->rows) {
        EXPECT_EQ(row.size(), table->header.size());
    }
    return *table;
}

Error readError(const QByteArray& bytes)
{
    auto table = readCsv(bytes, u"answers.csv"_s);
    if (table) {
        ADD_FAILURE() << "expected an error";
        return {};
    }
    return table.error();
}

TEST(CsvReader, QuotedFieldsHoldSeparatorsQuotesAndLineBreaks)
{
    const DataTable table = readOrFail("id,answer\r\n"
                                       "1,\"Yes, mostly\"\r\n"
                                       "2,\"She said \"\"enough\"\"\"\r\n"
                                       "3,\"first line\r\nsecond line\nthird\"\r\n"
                                       "4,plain\r\n");
    EXPECT_EQ(table.header, (QStringList{u"id"_s, u"answer"_s}));
    ASSERT_EQ(table.rows.size(), 4);
    EXPECT_EQ(table.rows[0], (QStringList{u"1"_s, u"Yes, mostly"_s}));
    EXPECT_EQ(table.rows[1][1], u"She said \"enough\""_s);
    EXPECT_EQ(table.rows[2][1], u"first line\nsecond line\nthird"_s); // stored text has LF only
    EXPECT_EQ(table.rows[3][1], u"plain"_s);
    // The row of a multi-line field starts on line 4; the next row starts after its 3 lines.
    EXPECT_EQ(table.sourceLines, (QList<int>{2, 3, 4, 7}));
    EXPECT_TRUE(table.warnings.isEmpty());
    EXPECT_EQ(table.sourceName, u"answers.csv"_s);
}

TEST(CsvReader, LineEndsMayBeLfCrLfOrLoneCr)
{
    for (const QByteArray& bytes : {QByteArray("a,b\n1,2\n3,4\n"), QByteArray("a,b\r\n1,2\r\n3,4"),
                                    QByteArray("a,b\r1,2\r3,4\r")}) {
        const DataTable table = readOrFail(bytes);
        EXPECT_EQ(table.rows, (QList<QStringList>{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}}));
        EXPECT_EQ(table.sourceLines, (QList<int>{2, 3}));
    }
}

TEST(CsvReader, Utf8ByteOrderMarkIsRemoved)
{
    const DataTable table = readOrFail("\xEF\xBB\xBFname,city\nZo\xC3\xAB,K\xC3\xB6ln\n");
    EXPECT_EQ(table.header.first(), u"name"_s);
    EXPECT_EQ(table.rows[0], (QStringList{u"Zoë"_s, u"Köln"_s}));
    EXPECT_TRUE(table.warnings.isEmpty());
}

TEST(CsvReader, InvalidUtf8IsReadAsWindows1252WithAWarning)
{
    // 0xE9 is é and 0x93/0x94 are curly quotes in Windows-1252; none is valid UTF-8 here.
    const DataTable table = readOrFail("name,comment\nCaf\xE9,\x93great\x94\n");
    EXPECT_EQ(table.rows[0], (QStringList{u"Café"_s, u"\u201Cgreat\u201D"_s}));
    ASSERT_EQ(table.warnings.size(), 1);
    EXPECT_TRUE(table.warnings[0].contains(u"Windows-1252"_s));
    EXPECT_TRUE(table.warnings[0].contains(u"answers.csv"_s));
}

TEST(CsvReader, MixedUtf8AndStray1252BytesKeepTheUtf8Characters)
{
    const DataTable table = readOrFail("a\nM\xC3\xBCller \xE9t\xE9\n");
    EXPECT_EQ(table.rows[0][0], u"Müller été"_s);
    EXPECT_EQ(table.warnings.size(), 1);
}

TEST(CsvReader, Utf16WithByteOrderMarkIsRead)
{
    const QString text = u"id\tanswer\r\n1\tJa, gern\r\n"_s;
    QByteArray bytes("\xFF\xFE", 2);
    bytes.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    const DataTable table = readOrFail(bytes);
    EXPECT_EQ(table.header, (QStringList{u"id"_s, u"answer"_s}));
    EXPECT_EQ(table.rows[0], (QStringList{u"1"_s, u"Ja, gern"_s}));
}

TEST(CsvReader, SemicolonAndTabSeparatorsAreDetectedFromTheHeader)
{
    const DataTable semicolons = readOrFail("id;Alter, Jahre;Note\n1;34;2,5\n");
    EXPECT_EQ(semicolons.header, (QStringList{u"id"_s, u"Alter, Jahre"_s, u"Note"_s}));
    EXPECT_EQ(semicolons.rows[0], (QStringList{u"1"_s, u"34"_s, u"2,5"_s}));

    const DataTable tabs = readOrFail("id\tanswer\n1\tyes; no, maybe\n");
    EXPECT_EQ(tabs.rows[0], (QStringList{u"1"_s, u"yes; no, maybe"_s}));

    // Separators inside quotes do not count: this header has two ';' and no comma outside.
    const DataTable quoted = readOrFail("\"a,b,c,d\";x;y\n1;2;3\n");
    EXPECT_EQ(quoted.header, (QStringList{u"a,b,c,d"_s, u"x"_s, u"y"_s}));

    // Leading blank lines do not hide the header.
    const DataTable leading = readOrFail("\n\n a;b\n1;2\n");
    EXPECT_EQ(leading.header, (QStringList{u"a"_s, u"b"_s}));
    EXPECT_EQ(leading.sourceLines, (QList<int>{4}));
}

TEST(CsvReader, ShortRowsArePaddedAndLongRowsWarnNamingTheRow)
{
    const DataTable table = readOrFail("a,b,c\n"
                                       "1\n"
                                       "2,x,y,stray,more\n"
                                       "3,x,y,,\n");
    EXPECT_EQ(table.rows[0], (QStringList{u"1"_s, QString(), QString()}));
    EXPECT_EQ(table.rows[1], (QStringList{u"2"_s, u"x"_s, u"y"_s}));
    EXPECT_EQ(table.rows[2], (QStringList{u"3"_s, u"x"_s, u"y"_s}));
    // Only row 2 had something in the extra cells; trailing empty cells are not worth a warning.
    ASSERT_EQ(table.warnings.size(), 1);
    EXPECT_TRUE(table.warnings[0].startsWith(u"Row 2 (line 3) of 'answers.csv'"_s))
        << table.warnings[0].toStdString();
    EXPECT_TRUE(table.warnings[0].contains(u"3 columns"_s));
}

TEST(CsvReader, RowWithValuesOnlyPastTheHeaderIsLeftOutWithAWarning)
{
    // An unquoted line break in an answer: the second half lands in a row of its own.
    const DataTable table = readOrFail("comment,score\n"
                                       "first half\n"
                                       ",,second half\n"
                                       "ok,3\n");
    EXPECT_EQ(table.rows, (QList<QStringList>{{u"first half"_s, QString()}, {u"ok"_s, u"3"_s}}));
    EXPECT_EQ(table.sourceLines, (QList<int>{2, 4}));
    ASSERT_EQ(table.warnings.size(), 1);
    EXPECT_TRUE(table.warnings[0].startsWith(u"The row at line 3 of 'answers.csv' has values only "
                                             "past the header's 2 columns"_s))
        << table.warnings[0].toStdString();
}

TEST(CsvReader, ManyLongRowsAreSummarised)
{
    QByteArray bytes = "a,b\n";
    for (int i = 0; i < 8; ++i) {
        bytes += "1,2,3\n";
    }
    const DataTable table = readOrFail(bytes);
    ASSERT_EQ(table.warnings.size(), 6);
    EXPECT_TRUE(table.warnings[4].startsWith(u"Row 5 (line 6)"_s));
    EXPECT_TRUE(table.warnings[5].startsWith(u"3 more rows"_s));
}

TEST(CsvReader, BlankRowsAreDroppedAndCellsAreNotTrimmed)
{
    const DataTable table = readOrFail("a,b\n"
                                       "\n"
                                       ",\n"
                                       " x , y\n"
                                       "  ,\t\n"
                                       "z,\n");
    EXPECT_EQ(table.rows, (QList<QStringList>{{u" x "_s, u" y"_s}, {u"z"_s, QString()}}));
    EXPECT_EQ(table.sourceLines, (QList<int>{4, 6}));
}

TEST(CsvReader, HeaderNamesAreTrimmedBlankOnesNamedAndRepeatsRenamed)
{
    const DataTable table = readOrFail(" id ,,Comments,comments ,Column 2\n1,2,3,4,5\n");
    EXPECT_EQ(table.header, (QStringList{u"id"_s, u"Column 2"_s, u"Comments"_s, u"comments (2)"_s,
                                         u"Column 2 (2)"_s}));
    ASSERT_EQ(table.warnings.size(), 2);
    EXPECT_TRUE(table.warnings[0].contains(u"column 3 and column 4 are both named 'comments'"_s))
        << table.warnings[0].toStdString();
    EXPECT_TRUE(table.warnings[0].contains(u"'comments (2)'"_s));
    EXPECT_TRUE(table.warnings[1].contains(u"column 2 and column 5"_s));
}

TEST(CsvReader, TrailingColumnsWithoutNameOrValueAreDropped)
{
    const DataTable table = readOrFail("a,b,,\n1,2,,\n3,4,,\n");
    EXPECT_EQ(table.header, (QStringList{u"a"_s, u"b"_s}));
    // An unnamed column with a value stays, under a made-up name.
    const DataTable kept = readOrFail("a,b,\n1,2,note\n");
    EXPECT_EQ(kept.header, (QStringList{u"a"_s, u"b"_s, u"Column 3"_s}));
    EXPECT_EQ(kept.rows[0][2], u"note"_s);
}

TEST(CsvReader, LenientWhereExcelIsLenient)
{
    // A quote inside an unquoted field is text; text after a closing quote joins the field.
    const DataTable table = readOrFail("a,b\n5\" tall,\"quoted\" rest\n");
    EXPECT_EQ(table.rows[0], (QStringList{u"5\" tall"_s, u"quoted rest"_s}));
}

TEST(CsvReader, UnterminatedQuoteIsAnErrorNamingItsLine)
{
    const Error error = readError("id,answer\n1,fine\n2,\"never closed\n3,more\n4,text\n");
    EXPECT_EQ(error.code, ErrorCode::InvalidInput);
    EXPECT_TRUE(error.message.contains(u"'answers.csv'"_s));
    EXPECT_TRUE(error.message.contains(u"starts on line 3"_s)) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(u"\"\""_s)); // says how to write a quote inside quotes
}

TEST(CsvReader, EmptyAndBinaryInputsAreRefused)
{
    for (const QByteArray& bytes :
         {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray(" \r\n,,\n")}) {
        const Error error = readError(bytes);
        EXPECT_EQ(error.code, ErrorCode::InvalidInput);
        EXPECT_TRUE(error.message.contains(u"empty"_s)) << error.message.toStdString();
    }
    const Error zip = readError(QByteArray("PK\x03\x04\0\0rest", 10));
    EXPECT_TRUE(zip.message.contains(u".xlsx"_s)) << zip.message.toStdString();
    const Error binary = readError(QByteArray("a,b\n\0\0\0", 7));
    EXPECT_TRUE(binary.message.contains(u"not a text file"_s));
}

TEST(CsvReader, FilesOverTheLimitAreRefusedBeforeParsing)
{
    const QByteArray bytes(kMaxDataTableBytes + 1, 'a');
    const Error error = readError(bytes);
    EXPECT_EQ(error.code, ErrorCode::TooLarge);
    EXPECT_TRUE(error.message.contains(u"64.0 MB"_s));
}

TEST(CsvReader, RealisticSurveyFixture)
{
    const QByteArray bytes = test::readFileBytes(test::testsPath(u"data/surveys/survey.csv"_s));
    ASSERT_FALSE(bytes.isEmpty());
    const DataTable table = readOrFail(bytes);
    EXPECT_EQ(table.header,
              (QStringList{u"Respondent ID"_s, u"Role"_s, u"Years in role"_s,
                           u"Do you feel supported by your team?"_s, u"My workload is manageable"_s,
                           u"Which supports have you used?"_s,
                           u"What would most improve your practice?"_s, u"Any other comments?"_s}));
    ASSERT_EQ(table.rows.size(), 20);
    EXPECT_EQ(table.rows[4][3], QString()); // P005 did not answer
    EXPECT_EQ(table.rows[4][0], u"P005"_s);
    EXPECT_EQ(table.rows[4][6],
              u"Training on working with \"hard to reach\" fathers, which we never get."_s);
    EXPECT_EQ(table.rows[7][6], u"Café-style drop-ins where parents can come without an "
                                "appointment.\nThey worked well before the funding stopped."_s);
    EXPECT_EQ(table.rows[15][2], u"2.5"_s);
    // The two-line answer of row 8 pushes every later row one line down.
    EXPECT_EQ(table.sourceLines[7], 9);
    EXPECT_EQ(table.sourceLines[8], 11);
    EXPECT_EQ(table.sourceLines.last(), 22);
    EXPECT_TRUE(table.warnings.isEmpty());
}

TEST(DataTableFile, ChoosesTheReaderByExtension)
{
    const auto csv = readDataTableFile(test::testsPath(u"data/surveys/survey.csv"_s));
    ASSERT_TRUE(csv.ok()) << csv.error().message.toStdString();
    EXPECT_EQ(csv->sourceName, u"survey.csv"_s);
    EXPECT_EQ(csv->rows.size(), 20);
    const auto xlsx = readDataTableFile(test::testsPath(u"data/surveys/workbook.xlsx"_s));
    ASSERT_TRUE(xlsx.ok()) << xlsx.error().message.toStdString();
    EXPECT_EQ(xlsx->header.first(), u"ID"_s);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile tsv(dir.filePath(u"answers.TSV"_s));
    ASSERT_TRUE(tsv.open(QIODevice::WriteOnly));
    tsv.write("id\tanswer\n1\tyes\n");
    tsv.close();
    const auto fromTsv = readDataTableFile(tsv.fileName());
    ASSERT_TRUE(fromTsv.ok());
    EXPECT_EQ(fromTsv->rows[0], (QStringList{u"1"_s, u"yes"_s}));
}

TEST(DataTableFile, RefusesWhatItCannotRead)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto missing = readDataTableFile(dir.filePath(u"gone.csv"_s));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::Io);
    EXPECT_TRUE(missing.error().message.contains(u"does not exist"_s));

    ASSERT_TRUE(QDir(dir.path()).mkdir(u"folder.csv"_s));
    const auto folder = readDataTableFile(dir.filePath(u"folder.csv"_s));
    ASSERT_FALSE(folder.ok());
    EXPECT_TRUE(folder.error().message.contains(u"folder"_s));

    const auto xls = readDataTableFile(dir.filePath(u"old.xls"_s));
    ASSERT_FALSE(xls.ok());
    EXPECT_EQ(xls.error().code, ErrorCode::UnsupportedFormat);
    EXPECT_TRUE(xls.error().message.contains(u"save the sheet as .xlsx or .csv"_s));
    const auto ods = readDataTableFile(dir.filePath(u"survey.ods"_s));
    ASSERT_FALSE(ods.ok());
    EXPECT_TRUE(ods.error().message.contains(u"OpenDocument"_s));
}

} // namespace
} // namespace tessera
