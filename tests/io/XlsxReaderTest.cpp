#include "DocxFixture.h"
#include "ImportTestSupport.h"
#include "io/DataTable.h"
#include "support/TestPaths.h"

#include <QBuffer>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

// Workbooks built in memory, so each test shows the XML it feeds the reader.

const QByteArray kMainNs = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                           "relationships\"";
const QByteArray kRelType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

QByteArray relationshipsXml(const QList<std::array<QByteArray, 3>>& relationships)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://"
                     "schemas.openxmlformats.org/package/2006/relationships\">";
    for (const auto& [id, type, target] : relationships) {
        xml += "<Relationship Id=\"" + id + "\" Type=\"" + kRelType + type + "\" Target=\"" +
               target + "\"/>";
    }
    return xml + "</Relationships>";
}

QByteArray packageRels()
{
    return relationshipsXml({{"rId1", "officeDocument", "xl/workbook.xml"}});
}

// sheets: (name, relationship id[, extra attributes])
QByteArray workbookXml(const QList<std::pair<QByteArray, QByteArray>>& sheets)
{
    QByteArray xml = "<?xml version=\"1.0\"?><workbook " + kMainNs + "><sheets>";
    int sheetId = 1;
    for (const auto& [name, attributes] : sheets) {
        xml += "<sheet name=\"" + name + "\" sheetId=\"" + QByteArray::number(sheetId++) + "\" " +
               attributes + "/>";
    }
    return xml + "</sheets></workbook>";
}

QByteArray sheetXml(const QByteArray& sheetData)
{
    return "<?xml version=\"1.0\"?><worksheet " + kMainNs + "><dimension ref=\"A1\"/><sheetData>" +
           sheetData + "</sheetData></worksheet>";
}

QByteArray sharedStringsXml(const QByteArray& items)
{
    return "<?xml version=\"1.0\"?><sst " + kMainNs + ">" + items + "</sst>";
}

// A one-sheet workbook laid out the way Excel writes it.
QByteArray simpleWorkbook(const QByteArray& sheetData, const QByteArray& sharedStrings = {})
{
    QList<std::pair<QString, QByteArray>> entries = {
        {u"_rels/.rels"_s, packageRels()},
        {u"xl/workbook.xml"_s, workbookXml({{"Answers", "r:id=\"rId1\""}})},
        {u"xl/_rels/workbook.xml.rels"_s,
         relationshipsXml({{"rId1", "worksheet", "worksheets/sheet1.xml"},
                           {"rId2", "sharedStrings", "sharedStrings.xml"}})},
        {u"xl/worksheets/sheet1.xml"_s, sheetXml(sheetData)}};
    if (!sharedStrings.isEmpty()) {
        entries.append({u"xl/sharedStrings.xml"_s, sharedStringsXml(sharedStrings)});
    }
    return test::zipEntries(entries);
}

DataTable readOrFail(const QByteArray& bytes, const QString& name = u"answers.xlsx"_s)
{
    auto table = readXlsx(bytes, name);
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
    auto table = readXlsx(bytes, u"answers.xlsx"_s);
    if (table) {
        ADD_FAILURE() << "expected an error";
        return {};
    }
    return table.error();
}

// A zip whose one entry's local and central headers declare `declaredSize` bytes unpacked,
// whatever the stored data really unpacks to: how zip bombs and damaged files look.
QByteArray zipWithDeclaredSize(const QList<std::pair<QString, QByteArray>>& honest,
                               const QString& name, const QByteArray& content, qint64 declaredSize)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    {
        QuaZip zip(&buffer);
        zip.open(QuaZip::mdCreate);
        for (const auto& [path, data] : honest) {
            QuaZipFile file(&zip);
            file.open(QIODevice::WriteOnly, QuaZipNewInfo(path));
            file.write(data);
            file.close();
        }
        // qCompress: 4-byte size, 2-byte zlib header, raw deflate, 4-byte Adler-32.
        const QByteArray zlib = qCompress(content);
        const QByteArray deflated = zlib.mid(6, zlib.size() - 10);
        QuaZipNewInfo info(name);
        info.uncompressedSize = quint64(declaredSize);
        QuaZipFile file(&zip);
        file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, Z_DEFAULT_COMPRESSION, true);
        file.write(deflated);
        file.close();
        zip.close();
    }
    return buffer.data();
}

TEST(XlsxReader, LibreOfficeWorkbookFirstSheet)
{
    const QByteArray bytes = test::readFileBytes(test::testsPath(u"data/surveys/workbook.xlsx"_s));
    ASSERT_FALSE(bytes.isEmpty());
    const DataTable table = readOrFail(bytes, u"workbook.xlsx"_s);
    EXPECT_EQ(table.header, (QStringList{u"ID"_s, u"Name"_s, u"Age"_s, u"Score"_s, u"Consent"_s,
                                         u"Comment"_s, u"Double score"_s}));
    ASSERT_EQ(table.rows.size(), 3);
    EXPECT_EQ(table.rows[0], (QStringList{u"R1"_s, u"Zoë Müller"_s, u"34"_s, u"2.5"_s, u"1"_s,
                                          u"First line\nsecond line, with a comma"_s, u"5"_s}));
    // C3 and E5 are missing from the sheet: their cells stay empty, later cells keep their column.
    EXPECT_EQ(table.rows[1], (QStringList{u"R2"_s, u"José Núñez"_s, QString(), u"4"_s, u"0"_s,
                                          u"Some bold words"_s, u"8"_s}));
    EXPECT_EQ(table.rows[2], (QStringList{u"R3"_s, u"Élodie"_s, u"1234567"_s, u"0.1"_s, QString(),
                                          u"  spaces kept  "_s, u"0.2"_s}));
    // Sheet row 4 is blank and dropped; rows keep their sheet row numbers.
    EXPECT_EQ(table.sourceLines, (QList<int>{2, 3, 5}));
    ASSERT_EQ(table.warnings.size(), 1);
    EXPECT_TRUE(table.warnings[0].contains(u"has 2 sheets; only the sheet 'Responses' was read"_s))
        << table.warnings[0].toStdString();
}

TEST(XlsxReader, LibreOfficeWorkbookMatchesTheCsvItCameFrom)
{
    const auto csv = readDataTableFile(test::testsPath(u"data/surveys/survey.csv"_s));
    const auto xlsx = readDataTableFile(test::testsPath(u"data/surveys/survey.xlsx"_s));
    ASSERT_TRUE(csv.ok() && xlsx.ok());
    EXPECT_EQ(xlsx->header, csv->header);
    EXPECT_EQ(xlsx->rows, csv->rows);
    EXPECT_EQ(xlsx->sourceLines.first(), 2);
    EXPECT_EQ(xlsx->sourceLines.last(), 21); // sheet rows, unlike the CSV's text lines
    EXPECT_TRUE(xlsx->warnings.isEmpty());
}

TEST(XlsxReader, CellTypesAsExcelWritesThem)
{
    const QByteArray sheet =
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
        "<c r=\"C1\" t=\"inlineStr\"><is><t>Inline</t></is></c><c r=\"D1\" t=\"s\"><v>2</v></c>"
        "<c r=\"E1\" t=\"str\"><f>A2&amp;\"!\"</f><v>ok_x000D_\r\n!</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"b\"><v>1</v></c><c r=\"B2\" t=\"b\"><v>0</v></c>"
        "<c r=\"C2\" t=\"inlineStr\"><is><r><t>rich </t></r><r><rPr><b/></rPr><t>inline</t></r>"
        "</is></c><c r=\"D2\" t=\"e\"><v>#DIV/0!</v></c><c r=\"E2\" t=\"s\"><v>3</v></c></row>";
    const QByteArray strings =
        "<si><t>Flag</t></si><si><r><t>Ot</t></r><r><rPr><i/></rPr><t>her</t></r></si>"
        "<si><t>Formula</t></si>"
        "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si>";
    const DataTable table = readOrFail(simpleWorkbook(sheet, strings));
    EXPECT_EQ(table.header,
              (QStringList{u"Flag"_s, u"Other"_s, u"Inline"_s, u"Formula"_s, u"ok\n!"_s}));
    EXPECT_EQ(table.rows[0],
              (QStringList{u"TRUE"_s, u"FALSE"_s, u"rich inline"_s, QString(), u"東京"_s}));
    ASSERT_EQ(table.warnings.size(), 1);
    EXPECT_TRUE(table.warnings[0].contains(u"Cell D2 of sheet 'Answers'"_s));
    EXPECT_TRUE(table.warnings[0].contains(u"#DIV/0!"_s));
}

TEST(XlsxReader, NumbersAreShownAsExcelShowsThem)
{
    const QByteArray sheet = "<row r=\"1\"><c t=\"inlineStr\"><is><t>n</t></is></c></row>"
                             "<row r=\"2\"><c><v>3</v></c></row>"
                             "<row r=\"3\"><c><v>2.5</v></c></row>"
                             "<row r=\"4\"><c><v>3.0</v></c></row>"
                             "<row r=\"5\"><c><v>1.5E-3</v></c></row>"
                             "<row r=\"6\"><c><v>0.30000000000000004</v></c></row>"
                             "<row r=\"7\"><c t=\"n\"><v>1E+20</v></c></row>"
                             "<row r=\"8\"><c><v>-0</v></c></row>"
                             "<row r=\"9\"><c><v>-12.75</v></c></row>"
                             "<row r=\"10\"><c t=\"d\"><v>2024-03-01T00:00:00</v></c></row>"
                             "<row r=\"11\"><c><v>45352</v></c></row>";
    const DataTable table = readOrFail(simpleWorkbook(sheet));
    QStringList values;
    for (const QStringList& row : table.rows) {
        values << row[0];
    }
    EXPECT_EQ(values, (QStringList{u"3"_s, u"2.5"_s, u"3"_s, u"0.0015"_s, u"0.3"_s,
                                   u"100000000000000000000"_s, u"0"_s, u"-12.75"_s,
                                   u"2024-03-01T00:00:00"_s, u"45352"_s}));
}

TEST(XlsxReader, CellsArePlacedByReferenceAndRowsByNumber)
{
    const QByteArray sheet =
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>id</t></is></c>"
        "<c r=\"AB2\" t=\"inlineStr\"><is><t>far</t></is></c></row>"
        "<row r=\"7\"><c r=\"A7\"><v>1</v></c><c r=\"C7\"><v>3</v></c><c><v>4</v></c>"
        "<c r=\"AB7\"><v>28</v></c></row>"
        "<row><c r=\"B8\"><v>2</v></c></row>";
    const DataTable table = readOrFail(simpleWorkbook(sheet));
    ASSERT_EQ(table.header.size(), 28);
    EXPECT_EQ(table.header[0], u"id"_s);
    EXPECT_EQ(table.header[2], u"Column 3"_s);
    EXPECT_EQ(table.header[27], u"far"_s);
    EXPECT_EQ(table.rows[0][2], u"3"_s);
    EXPECT_EQ(table.rows[0][3], u"4"_s); // no reference: the column after the previous cell
    EXPECT_EQ(table.rows[0][27], u"28"_s);
    EXPECT_EQ(table.rows[1][1], u"2"_s);
    EXPECT_EQ(table.sourceLines, (QList<int>{7, 8}));
    // Generated names say which spreadsheet column they came from when they repeat.
    EXPECT_TRUE(table.warnings.isEmpty());
}

TEST(XlsxReader, FirstWorksheetInWorkbookOrderNotFileName)
{
    const QByteArray bytes = test::zipEntries({
        {u"_rels/.rels"_s, packageRels()},
        {u"xl/workbook.xml"_s, workbookXml({{"Lookup", "state=\"hidden\" r:id=\"rId3\""},
                                            {"Chart", "r:id=\"rId4\""},
                                            {"Survey", "r:id=\"rId1\""},
                                            {"Old", "r:id=\"rId2\""}})},
        {u"xl/_rels/workbook.xml.rels"_s,
         relationshipsXml({{"rId1", "worksheet", "/xl/worksheets/sheet3.xml"},
                           {"rId2", "worksheet", "worksheets/sheet1.xml"},
                           {"rId3", "worksheet", "worksheets/sheet2.xml"},
                           {"rId4", "chartsheet", "chartsheets/sheet1.xml"}})},
        {u"xl/worksheets/sheet1.xml"_s, sheetXml("<row r=\"1\"><c><v>1</v></c></row>")},
        {u"xl/worksheets/sheet2.xml"_s, sheetXml("<row r=\"1\"><c><v>2</v></c></row>")},
        {u"xl/worksheets/sheet3.xml"_s,
         sheetXml("<row r=\"1\"><c t=\"inlineStr\"><is><t>right</t></is></c></row>")},
    });
    const DataTable table = readOrFail(bytes);
    EXPECT_EQ(table.header, (QStringList{u"right"_s}));
    ASSERT_EQ(table.warnings.size(), 1);
    EXPECT_TRUE(table.warnings[0].contains(u"'Survey'"_s));
}

TEST(XlsxReader, WithoutWorkbookRelationshipsTheFirstSheetPartIsRead)
{
    const QByteArray bytes = test::zipEntries({
        {u"xl/workbook.xml"_s, workbookXml({{"Sheet1", "r:id=\"rId1\""}})},
        {u"xl/worksheets/sheet1.xml"_s,
         sheetXml("<row r=\"1\"><c t=\"inlineStr\"><is><t>only</t></is></c></row>")},
    });
    EXPECT_EQ(readOrFail(bytes).header, (QStringList{u"only"_s}));
}

TEST(XlsxReader, DtdAndEntitiesAreRefused)
{
    const QByteArray strings = "<?xml version=\"1.0\"?>"
                               "<!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\">"
                               "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                               "<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>"
                               "<sst " +
                               kMainNs + "><si><t>&b;&ext;</t></si></sst>";
    const QByteArray bytes = test::zipEntries({
        {u"xl/workbook.xml"_s, workbookXml({{"Sheet1", "r:id=\"rId1\""}})},
        {u"xl/_rels/workbook.xml.rels"_s,
         relationshipsXml({{"rId1", "worksheet", "worksheets/sheet1.xml"},
                           {"rId2", "sharedStrings", "sharedStrings.xml"}})},
        {u"xl/worksheets/sheet1.xml"_s, sheetXml("<row r=\"1\"><c t=\"s\"><v>0</v></c></row>")},
        {u"xl/sharedStrings.xml"_s, strings},
    });
    const Error error = readError(bytes);
    EXPECT_EQ(error.code, ErrorCode::Corrupt);
    EXPECT_TRUE(error.message.contains(u"xl/sharedStrings.xml"_s));
    EXPECT_TRUE(error.message.contains(u"document type declaration"_s));
    EXPECT_TRUE(error.message.contains(u"save the sheet as .xlsx or .csv"_s));
    EXPECT_FALSE(error.message.contains(u"aaaa"_s));
    EXPECT_FALSE(error.message.contains(u"root:"_s));
}

TEST(XlsxReader, DeclaredSizeOverTheLimitIsRefusedBeforeUnpacking)
{
    const QByteArray bytes = zipWithDeclaredSize(
        {{u"xl/workbook.xml"_s, workbookXml({{"Sheet1", "r:id=\"rId1\""}})}},
        u"xl/worksheets/sheet1.xml"_s, sheetXml("<row r=\"1\"><c><v>1</v></c></row>"),
        qint64(kMaxDataTableBytes) * 3);
    const Error error = readError(bytes);
    EXPECT_EQ(error.code, ErrorCode::TooLarge);
    EXPECT_TRUE(error.message.contains(u"xl/worksheets/sheet1.xml"_s));
    EXPECT_TRUE(error.message.contains(u"64.0 MB"_s)) << error.message.toStdString();
}

TEST(XlsxReader, PartThatUnpacksBeyondItsDeclaredSizeIsRefused)
{
    // 2 MB of rows declared as 1 kB: reading stops at the declared size and the check fails.
    const QByteArray rows = QByteArray("<row><c><v>1</v></c></row>").repeated(80000);
    const QByteArray bytes =
        zipWithDeclaredSize({{u"xl/workbook.xml"_s, workbookXml({{"Sheet1", "r:id=\"rId1\""}})}},
                            u"xl/worksheets/sheet1.xml"_s, sheetXml(rows), 1024);
    const Error error = readError(bytes);
    EXPECT_EQ(error.code, ErrorCode::Corrupt) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(u"xl/worksheets/sheet1.xml"_s))
        << error.message.toStdString();
}

TEST(XlsxReader, FilesThatAreNotWorkbooksAreRefusedSayingWhatToDo)
{
    const Error notZip = readError("id,answer\n1,yes\n");
    EXPECT_EQ(notZip.code, ErrorCode::Corrupt);
    EXPECT_TRUE(notZip.message.contains(u"not a zip archive"_s));
    EXPECT_TRUE(notZip.message.contains(u"Save the sheet as .xlsx or .csv"_s));

    const Error xls = readError(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest", 13));
    EXPECT_EQ(xls.code, ErrorCode::UnsupportedFormat);
    EXPECT_TRUE(xls.message.contains(u"(.xls)"_s));

    const Error noWorkbook = readError(test::zipEntries({{u"notes.txt"_s, "hello"}}));
    EXPECT_EQ(noWorkbook.code, ErrorCode::UnsupportedFormat);
    EXPECT_TRUE(noWorkbook.message.contains(u"xl/workbook.xml is missing"_s));

    const Error ods = readError(
        test::zipEntries({{u"mimetype"_s, "application/vnd.oasis.opendocument.spreadsheet"},
                          {u"content.xml"_s, "<office:document-content/>"}}));
    EXPECT_TRUE(ods.message.contains(u"OpenDocument"_s));

    const Error docx = readError(test::docxWithBody(test::paragraphXml(u"P1: hi"_s)));
    EXPECT_TRUE(docx.message.contains(u"Word document"_s));

    QByteArray truncated = simpleWorkbook("<row r=\"1\"><c><v>1</v></c></row>");
    truncated.truncate(truncated.size() / 2);
    const Error damaged = readError(truncated);
    EXPECT_EQ(damaged.code, ErrorCode::Corrupt);
    EXPECT_TRUE(damaged.message.contains(u"damaged"_s));
}

TEST(XlsxReader, DamagedPartsAreNamed)
{
    const Error xml = readError(simpleWorkbook("<row r=\"1\"><c><v>1</v></row>"));
    EXPECT_EQ(xml.code, ErrorCode::Corrupt);
    EXPECT_TRUE(xml.message.contains(u"xl/worksheets/sheet1.xml is damaged"_s))
        << xml.message.toStdString();
    EXPECT_TRUE(xml.message.contains(u"line 1"_s));

    const Error index = readError(simpleWorkbook(
        "<row r=\"1\"><c r=\"B1\" t=\"s\"><v>5</v></c></row>", "<si><t>only one</t></si>"));
    EXPECT_TRUE(
        index.message.contains(u"cell B1 refers to shared text 5, but the workbook has 1"_s))
        << index.message.toStdString();

    const Error order = readError(simpleWorkbook("<row r=\"3\"><c><v>1</v></c></row>"
                                                 "<row r=\"2\"><c><v>1</v></c></row>"));
    EXPECT_TRUE(order.message.contains(u"row number \"2\" after row 3"_s));

    const Error column =
        readError(simpleWorkbook("<row r=\"1\"><c r=\"ZZZZ1\"><v>1</v></c></row>"));
    EXPECT_TRUE(column.message.contains(u"cell reference \"ZZZZ1\""_s));
}

TEST(XlsxReader, SheetWithoutCellsIsEmpty)
{
    const Error error = readError(simpleWorkbook(""));
    EXPECT_EQ(error.code, ErrorCode::InvalidInput);
    EXPECT_TRUE(error.message.contains(u"empty"_s));
}

} // namespace
} // namespace tessera
