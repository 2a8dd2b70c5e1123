// Table reports as DOCX and ODT, read back independently of the writers (OfficePackage): each
// table's caption as a Label paragraph before it, a repeated header row, the cells' text with
// tree rows indented, the note after it; and, where LibreOffice is installed, the files opened
// and converted by a real office suite.

#include "ExternalTools.h"
#include "OfficePackage.h"
#include "QtPrinters.h"
#include "TableReportFixtures.h"
#include "report/ReportWriters.h"
#include "report/TableReportDocument.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

const QString W = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s;
const QString kOffice = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s;
const QString kText = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s;
const QString kTable = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_s;
const QString kEmSpace = QString(QChar(0x2003));

// The text of a WordprocessingML element: its w:t runs joined.
QString wText(const QDomElement& element)
{
    QString text;
    for (const QDomElement& t : test::descendants(element, W, u"t"_s)) {
        text += t.text();
    }
    return text;
}

// The text of an ODF element: characters, text:s spaces and text:line-break breaks.
QString odfText(const QDomNode& node)
{
    QString text;
    for (QDomNode child = node.firstChild(); !child.isNull(); child = child.nextSibling()) {
        if (child.isText()) {
            text += child.toText().data();
        } else if (const QDomElement e = child.toElement();
                   e.namespaceURI() == kText && e.localName() == u"s"_s) {
            text += QString(qMax(1, e.attributeNS(kText, u"c"_s, u"1"_s).toInt()), u' ');
        } else if (e.namespaceURI() == kText && e.localName() == u"line-break"_s) {
            text += u'\n';
        } else {
            text += odfText(child);
        }
    }
    return text;
}

// Each table as rows of cell texts.
using Grid = QList<QStringList>;

TEST(TableReportDocument, LaysOutCaptionTableAndNote)
{
    const ReportDocument document = tableReportDocument(test::sampleTableReport());
    EXPECT_EQ(document.subject, u"Joint display"_s);
    QList<BlockStyle> styles;
    for (const DocumentBlock& block : document.blocks) {
        styles << block.style;
    }
    EXPECT_EQ(styles, (QList<BlockStyle>{BlockStyle::Title, BlockStyle::Subtitle, BlockStyle::Body,
                                         BlockStyle::Body, BlockStyle::Body, BlockStyle::Label,
                                         BlockStyle::Table, BlockStyle::Note, BlockStyle::Label,
                                         BlockStyle::Table, BlockStyle::Note, BlockStyle::Label}));
    const DocumentTable& joint = document.blocks[6].table;
    EXPECT_TRUE(joint.headerRow);
    EXPECT_TRUE(joint.headerColumn);
    EXPECT_EQ(joint.rows.size(), 5);
    EXPECT_EQ(joint.columnPercents, (QList<int>{30, 17, 17, 17, 17}));
    EXPECT_EQ(joint.rows[3][0].size(), 1);
    EXPECT_EQ(plainText(joint.rows[3][0]),
              kEmSpace.repeated(4) %
                  u"Digital contact as a lifeline/Seeing only what the camera shows/"
                  u"<script>alert(1)</script>"_s);
}

class DocxTables : public ::testing::Test {
protected:
    void SetUp() override
    {
        const auto entries =
            test::readPackage(writeTableReport(test::sampleTableReport(), ReportFormat::Docx));
        ASSERT_TRUE(entries.has_value());
        const auto document = test::packageEntry(*entries, u"word/document.xml"_s);
        ASSERT_TRUE(document.has_value());
        ASSERT_EQ(test::xmlProblem(document->data), QString());
        m_xml = test::parseXml(document->data);
        m_body = test::childElement(m_xml.documentElement(), W, u"body"_s);
    }

    QList<QDomElement> tables() const { return test::childElements(m_body, W, u"tbl"_s); }

    static Grid grid(const QDomElement& table)
    {
        Grid rows;
        for (const QDomElement& row : test::childElements(table, W, u"tr"_s)) {
            QStringList cells;
            for (const QDomElement& cell : test::childElements(row, W, u"tc"_s)) {
                cells << wText(cell);
            }
            rows << cells;
        }
        return rows;
    }

    // The body's paragraphs and tables in order: "Style: text", or "[table]".
    QStringList outline() const
    {
        QStringList list;
        for (QDomElement e = m_body.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
            if (e.localName() == u"tbl"_s) {
                list << u"[table]"_s;
            } else if (e.localName() == u"p"_s) {
                const QDomElement style =
                    test::childElement(test::childElement(e, W, u"pPr"_s), W, u"pStyle"_s);
                list << style.attributeNS(W, u"val"_s) % u": "_s % wText(e);
            }
        }
        return list;
    }

    QDomDocument m_xml;
    QDomElement m_body;
};

TEST_F(DocxTables, CaptionsLabelTablesAndNotesFollow)
{
    const QStringList outline = this->outline();
    const qsizetype first = outline.indexOf(u"Label: Table 1. Joint display by Role"_s);
    ASSERT_GE(first, 0) << outline.join(u'\n').toStdString();
    EXPECT_EQ(outline.value(first + 1), u"[table]"_s);
    EXPECT_TRUE(outline.value(first + 2).startsWith(u"Note: Theme rows: participants"_s));
    const qsizetype second =
        outline.indexOf(u"Label: Table 2. =HYPERLINK(\"http://x\") tools, used (N = 102)"_s);
    ASSERT_GE(second, 0);
    EXPECT_EQ(outline.value(second + 1), u"[table]"_s);
    EXPECT_TRUE(outline.contains(u"Label: Table 3. Codes by Setting (participants)"_s));
    EXPECT_TRUE(
        outline.contains(u"Title: Staying connected | social care <practice> & families"_s));
    EXPECT_TRUE(outline.contains(u"Subtitle: Joint display"_s));
}

TEST_F(DocxTables, CellsHoldEveryValueWithARepeatedHeaderRow)
{
    const QList<QDomElement> list = tables();
    ASSERT_EQ(list.size(), 2); // the empty third table writes no table
    const Grid joint = grid(list[0]);
    ASSERT_EQ(joint.size(), 5);
    EXPECT_EQ(joint[0], (QStringList{u"Theme, code or survey answer"_s, u"Social worker"_s,
                                     u"Family support | outreach"_s, u"(not set)"_s, u"All"_s}));
    EXPECT_EQ(joint[2][0],
              kEmSpace.repeated(2) %
                  u"Digital contact as a lifeline/Seeing only what the camera shows"_s);
    EXPECT_EQ(joint[4], (QStringList{u"Confident = Yes"_s, u"20/35 (57.1%)"_s, u"12/30 (40.0%)"_s,
                                     u"22/37 (59.5%)"_s, u"54/102 (52.9%)"_s}));
    const Grid question = grid(list[1]);
    EXPECT_EQ(question[2], (QStringList{u"Phone, \"mostly\""_s, u"47"_s, u"102"_s, u"46.1"_s,
                                        u"47/102 (46.1%)"_s}));
    for (const QDomElement& table : list) {
        const QDomElement header = test::childElement(table, W, u"tr"_s);
        EXPECT_FALSE(test::childElement(test::childElement(header, W, u"trPr"_s), W, u"tblHeader"_s)
                         .isNull());
    }
}

TEST(OdtTables, CaptionsTablesAndHeaderRows)
{
    const auto entries =
        test::readPackage(writeTableReport(test::sampleTableReport(), ReportFormat::Odt));
    ASSERT_TRUE(entries.has_value());
    ASSERT_EQ(entries->first().name, u"mimetype"_s);
    const auto content = test::packageEntry(*entries, u"content.xml"_s);
    ASSERT_TRUE(content.has_value());
    ASSERT_EQ(test::xmlProblem(content->data), QString());
    const QDomDocument xml = test::parseXml(content->data);
    const QDomElement text = test::childElement(
        test::childElement(xml.documentElement(), kOffice, u"body"_s), kOffice, u"text"_s);

    QStringList outline;
    QList<Grid> grids;
    for (QDomElement e = text.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (e.namespaceURI() == kTable && e.localName() == u"table"_s) {
            outline << u"[table]"_s;
            Grid grid;
            const QDomElement headerRows = test::childElement(e, kTable, u"table-header-rows"_s);
            EXPECT_EQ(test::childElements(headerRows, kTable, u"table-row"_s).size(), 1);
            for (const QDomElement& row : test::descendants(e, kTable, u"table-row"_s)) {
                QStringList cells;
                for (const QDomElement& cell : test::childElements(row, kTable, u"table-cell"_s)) {
                    cells << odfText(cell);
                }
                grid << cells;
            }
            grids << grid;
        } else if (e.namespaceURI() == kText) {
            outline << odfText(e);
        }
    }
    const qsizetype first = outline.indexOf(u"Table 1. Joint display by Role"_s);
    ASSERT_GE(first, 0) << outline.join(u'\n').toStdString();
    EXPECT_EQ(outline.value(first + 1), u"[table]"_s);
    EXPECT_TRUE(outline.value(first + 2).startsWith(u"Theme rows: participants"_s));
    EXPECT_TRUE(outline.contains(u"Table 3. Codes by Setting (participants)"_s));
    ASSERT_EQ(grids.size(), 2);
    ASSERT_EQ(grids[0].size(), 5);
    EXPECT_EQ(grids[0][3][0],
              kEmSpace.repeated(4) %
                  u"Digital contact as a lifeline/Seeing only what the camera shows/"
                  u"<script>alert(1)</script>"_s);
    EXPECT_EQ(grids[1][3],
              (QStringList{u"-1 = none\nat all"_s, u"1"_s, u"102"_s, u"1.0"_s, u"1/102 (1.0%)"_s}));
}

// LibreOffice opens both files and converts them to PDF with every caption and cell.
TEST(TableReportLibreOffice, DocxAndOdtOpenWithEveryCell)
{
    const QString office = test::findTool({u"soffice"_s, u"libreoffice"_s});
    if (office.isEmpty() || test::findTool({u"pdftotext"_s}).isEmpty()) {
        GTEST_SKIP() << "LibreOffice (soffice) or pdftotext is not installed; the DOCX/ODT "
                        "structure tests still ran.";
    }
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const TableReport report = test::sampleTableReport();
    QStringList wanted{
        u"Joint display"_s,  u"Table 1. Joint display by Role"_s, u"Family support | outreach"_s,
        u"54/102 (52.9%)"_s, u"<script>alert(1)</script>"_s,      u"Table 3. Codes by Setting"_s};
    for (const ReportFormat format : {ReportFormat::Docx, ReportFormat::Odt}) {
        const QString input = dir.filePath(u"tables."_s + reportFormatSuffix(format));
        QFile file(input);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(writeTableReport(report, format));
        file.close();
        const QString profile = QUrl::fromLocalFile(dir.filePath(u"profile"_s)).toString();
        const QString out = dir.filePath(u"out-"_s + reportFormatSuffix(format));
        const test::ToolRun run =
            test::runTool(office, {u"-env:UserInstallation="_s + profile, u"--headless"_s,
                                   u"--convert-to"_s, u"pdf"_s, u"--outdir"_s, out, input});
        ASSERT_TRUE(run.finished) << run.err.toStdString();
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        const QString text =
            test::withoutWhitespace(test::pdfText(out + u"/tables.pdf"_s).value_or(QString()));
        for (const QString& item : wanted) {
            EXPECT_TRUE(text.contains(test::withoutWhitespace(item)))
                << reportFormatSuffix(format).toStdString() << " lacks " << item.toStdString();
        }
    }
}

} // namespace
} // namespace tessera
