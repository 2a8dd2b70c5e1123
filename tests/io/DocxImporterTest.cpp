#include "io/DocxImporter.h"

#include "DocxFixture.h"
#include "ImportTestSupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

using test::boldLeadParagraphXml;
using test::docxWithBody;
using test::docxWithDocumentXml;
using test::headingXml;
using test::paragraphXml;
using test::tableXml;

ImportedDocument importOrFail(const QByteArray& docx)
{
    auto result = importDocx(docx, u"interview.docx"_s);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message.toStdString());
    return result.ok() ? std::move(result).value() : ImportedDocument{};
}

Error importError(const QByteArray& docx, const DocxArchiveLimits& limits = {})
{
    auto result = importDocx(docx, u"interview.docx"_s, limits);
    EXPECT_FALSE(result.ok());
    return result.ok() ? Error{} : result.error();
}

TEST(DocxImporter, ParagraphsBecomeLinesAndLabelsBecomeTurns)
{
    const ImportedDocument doc =
        importOrFail(docxWithBody(paragraphXml(u"Interviewer: How long?"_s) +
                                  paragraphXml(u"P1: Two years & more."_s) + u"<w:p/><w:p/>"_s));
    EXPECT_EQ(doc.format, TranscriptFormat::Docx);
    EXPECT_EQ(doc.text, u"Interviewer: How long?\nP1: Two years & more."_s); // trailing empties go
    EXPECT_EQ(test::turnSpeakers(doc), (QStringList{u"Interviewer"_s, u"P1"_s}));
    EXPECT_EQ(test::turnTexts(doc), (QStringList{u"How long?"_s, u"Two years & more."_s}));
}

TEST(DocxImporter, TwoColumnSpeakerTableWithHeaderRow)
{
    const ImportedDocument doc = importOrFail(
        docxWithBody(paragraphXml(u"Focus group 3"_s) +
                     tableXml({{u"Speaker"_s, u"Text"_s},
                               {u"Interviewer"_s, u"How long have you used the clinic?"_s},
                               {u"Okafor, Sam (Guest)"_s, u"Two years."_s},
                               {QString(), u"Maybe three."_s},
                               {u"P2:"_s, u"Same."_s}})));
    EXPECT_EQ(doc.text, u"Focus group 3\n"
                        "Interviewer: How long have you used the clinic?\n"
                        "Okafor, Sam (Guest): Two years.\n"
                        "Maybe three.\n"
                        "P2: Same."_s);
    EXPECT_EQ(test::turnSpeakers(doc),
              (QStringList{u"Interviewer"_s, u"Okafor, Sam (Guest)"_s, u"P2"_s}));
    EXPECT_EQ(test::turnTexts(doc), (QStringList{u"How long have you used the clinic?"_s,
                                                 u"Two years.\nMaybe three."_s, u"Same."_s}));
}

TEST(DocxImporter, ThreeColumnTableWithTimes)
{
    const ImportedDocument doc = importOrFail(docxWithBody(
        tableXml({{u"00:01:02"_s, u"Dana"_s, u"Hi."_s}, {u"00:01:10"_s, u"Sam"_s, u"Hello."_s}})));
    EXPECT_EQ(doc.text, u"[00:01:02] Dana: Hi.\n[00:01:10] Sam: Hello."_s);
    EXPECT_EQ(test::turnBeginMs(doc), (QList<std::optional<qint64>>{62000, 70000}));
}

TEST(DocxImporter, OtherTablesBecomeTabSeparatedRows)
{
    const ImportedDocument doc = importOrFail(docxWithBody(
        tableXml({{u"Site"_s, u"Group"_s, u"People"_s}, {u"Leeds"_s, u"FG1"_s, u"6"_s}})));
    EXPECT_EQ(doc.text, u"Site\tGroup\tPeople\nLeeds\tFG1\t6"_s);
    EXPECT_TRUE(doc.turns.isEmpty());
}

TEST(DocxImporter, BoldLeadingRunsAreSpeakerLabels)
{
    const ImportedDocument doc =
        importOrFail(docxWithBody(boldLeadParagraphXml(u"Interviewer:"_s, u" How are you?"_s) +
                                  boldLeadParagraphXml(u"Dr. Okafor, Sam"_s, u" Fine, thanks."_s) +
                                  boldLeadParagraphXml(u"Interviewer"_s, u": Good."_s) +
                                  boldLeadParagraphXml(u"Dr. Okafor, Sam"_s, u" Bye."_s)));
    EXPECT_EQ(doc.text, u"Interviewer: How are you?\nDr. Okafor, Sam: Fine, thanks.\n"
                        "Interviewer: Good.\nDr. Okafor, Sam: Bye."_s);
    EXPECT_EQ(test::turnSpeakers(doc), (QStringList{u"Interviewer"_s, u"Dr. Okafor, Sam"_s,
                                                    u"Interviewer"_s, u"Dr. Okafor, Sam"_s}));
    EXPECT_EQ(test::turnTexts(doc),
              (QStringList{u"How are you?"_s, u"Fine, thanks."_s, u"Good."_s, u"Bye."_s}));
}

TEST(DocxImporter, BoldEmphasisOnceIsNotASpeaker)
{
    const ImportedDocument doc = importOrFail(docxWithBody(
        boldLeadParagraphXml(u"Never"_s, u" again, she said."_s) +
        u"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Section 2: Findings</w:t></w:r></w:p>"_s));
    EXPECT_EQ(doc.text, u"Never again, she said.\nSection 2: Findings"_s);
    EXPECT_TRUE(doc.turns.isEmpty());
}

TEST(DocxImporter, BoldOffIsNotBold)
{
    const ImportedDocument doc = importOrFail(
        docxWithBody(u"<w:p><w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>Never</w:t></w:r>"
                     "<w:r><w:t xml:space=\"preserve\"> mind.</w:t></w:r></w:p>"_s.repeated(2)));
    EXPECT_EQ(doc.text, u"Never mind.\nNever mind."_s);
}

TEST(DocxImporter, HeadingsAreLinesButNeverTurns)
{
    const ImportedDocument doc = importOrFail(docxWithBody(
        headingXml(u"Title"_s, u"Interview 3"_s) +
        headingXml(u"Heading1"_s, u"Participant 1: Background"_s) + paragraphXml(u"P1: Hello."_s) +
        headingXml(u"berschrift2"_s, u"Speaker 2: Views"_s) + paragraphXml(u"P2: Hi."_s)));
    EXPECT_EQ(doc.text, u"Interview 3\nParticipant 1: Background\nP1: Hello.\nSpeaker 2: Views\n"
                        "P2: Hi."_s);
    EXPECT_EQ(test::turnSpeakers(doc), (QStringList{u"P1"_s, u"P2"_s}));
    // A heading is a section break: it ends P1's turn instead of becoming part of it.
    EXPECT_EQ(test::turnTexts(doc), (QStringList{u"Hello."_s, u"Hi."_s}));
}

TEST(DocxImporter, OnlyRealHeadingStylesAndOutlineLevelsAreHeadings)
{
    const QString outline = u"<w:p><w:pPr><w:outlineLvl w:val=\"%1\"/></w:pPr>"
                            "<w:r><w:t>Participant 1: %2</w:t></w:r></w:p>"_s;
    const ImportedDocument doc = importOrFail(
        docxWithBody(outline.arg(u"0"_s, u"outlined"_s) + outline.arg(u"9"_s, u"body level"_s) +
                     headingXml(u"Kopfzeile"_s, u"Participant 1: header style"_s) +
                     headingXml(u"Kop2"_s, u"Participant 1: Dutch heading"_s)));
    EXPECT_EQ(test::turnTexts(doc), (QStringList{u"body level"_s, u"header style"_s}));
}

TEST(DocxImporter, TabsBreaksAndHiddenContent)
{
    const ImportedDocument doc = importOrFail(docxWithBody(
        u"<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs>"
        "<w:rPr><w:b/></w:rPr></w:pPr>"
        "<w:r><w:t>P1:</w:t><w:tab/><w:t>line one</w:t><w:br/><w:t>line two</w:t></w:r>"
        "<w:del><w:r><w:delText>deleted</w:delText></w:r></w:del>"
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        "<w:r><w:instrText> PAGE </w:instrText></w:r>"
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing/></mc:Choice>"
        "<mc:Fallback><w:pict><w:t>textbox</w:t></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        "<w:hyperlink><w:r><w:t xml:space=\"preserve\"> (link)</w:t></w:r></w:hyperlink>"
        "</w:p>"_s +
        paragraphXml(u"P2: ok"_s)));
    EXPECT_EQ(doc.text, u"P1:\tline one\nline two (link)\nP2: ok"_s);
    EXPECT_EQ(test::turnTexts(doc), (QStringList{u"line one\nline two (link)"_s, u"ok"_s}));
}

TEST(DocxImporter, StrictOoxmlNamespaceIsRead)
{
    const QByteArray xml = "<?xml version=\"1.0\"?><w:document "
                           "xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\">"
                           "<w:body><w:p><w:r><w:t>P1: strict</w:t></w:r></w:p></w:body>"
                           "</w:document>";
    const ImportedDocument doc = importOrFail(docxWithDocumentXml(xml));
    EXPECT_EQ(doc.text, u"P1: strict"_s);
}

// --- hostile and broken files -------------------------------------------------------------

TEST(DocxImporter, PlainTextIsNotAZip)
{
    const Error error = importError("P1: this is just text saved as .docx");
    EXPECT_EQ(error.code, ErrorCode::Corrupt);
    EXPECT_TRUE(error.message.contains(u"'interview.docx'"_s));
    EXPECT_TRUE(error.message.contains(u"not a zip archive"_s));
}

TEST(DocxImporter, OldWordDocIsNamed)
{
    const Error error = importError(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12));
    EXPECT_EQ(error.code, ErrorCode::UnsupportedFormat);
    EXPECT_TRUE(error.message.contains(u"(.doc)"_s));
    EXPECT_TRUE(error.message.contains(u"password"_s));
}

TEST(DocxImporter, TruncatedZipIsDamaged)
{
    const QByteArray docx = docxWithBody(paragraphXml(u"P1: hello"_s));
    const Error error = importError(docx.left(docx.size() / 2));
    EXPECT_EQ(error.code, ErrorCode::Corrupt);
    EXPECT_TRUE(error.message.contains(u"damaged"_s)) << error.message.toStdString();
}

TEST(DocxImporter, ZipWithoutDocumentXml)
{
    const Error error = importError(test::zipEntries({{u"hello.txt"_s, "hi"}}));
    EXPECT_EQ(error.code, ErrorCode::Corrupt);
    EXPECT_TRUE(error.message.contains(u"word/document.xml is missing"_s));
}

TEST(DocxImporter, MalformedXmlSaysWhere)
{
    const Error error = importError(
        docxWithDocumentXml(test::documentXml(u"<w:p><w:r><w:t>P1: unclosed</w:r></w:p>"_s)));
    EXPECT_EQ(error.code, ErrorCode::Corrupt);
    EXPECT_TRUE(error.message.contains(u"damaged"_s));
    EXPECT_TRUE(error.message.contains(u"line"_s));
}

TEST(DocxImporter, TruncatedXmlIsDamaged)
{
    const QByteArray xml = test::documentXml(paragraphXml(u"P1: hello"_s));
    EXPECT_EQ(importError(docxWithDocumentXml(xml.left(xml.size() - 20))).code, ErrorCode::Corrupt);
}

TEST(DocxImporter, DoctypeIsRefused)
{
    const QByteArray xml =
        "<?xml version=\"1.0\"?><!DOCTYPE w:document>"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:body><w:p><w:r><w:t>P1: hi</w:t></w:r></w:p></w:body></w:document>";
    const Error error = importError(docxWithDocumentXml(xml));
    EXPECT_EQ(error.code, ErrorCode::Corrupt);
    EXPECT_TRUE(error.message.contains(u"document type declaration"_s));
}

TEST(DocxImporter, EntityExpansionIsRefused)
{
    const QByteArray xml =
        "<?xml version=\"1.0\"?>"
        "<!DOCTYPE w:document [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">"
        "<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:body><w:p><w:r><w:t>&lol2;&ext;</w:t></w:r></w:p></w:body></w:document>";
    const Error error = importError(docxWithDocumentXml(xml));
    EXPECT_EQ(error.code, ErrorCode::Corrupt);
    EXPECT_FALSE(error.message.contains(u"lol"_s));
    EXPECT_FALSE(error.message.contains(u"root:"_s));
}

TEST(DocxImporter, XmlThatIsNotAWordBody)
{
    const Error error = importError(docxWithDocumentXml("<?xml version=\"1.0\"?><html/>"));
    EXPECT_EQ(error.code, ErrorCode::Corrupt);
    EXPECT_TRUE(error.message.contains(u"not a Word document body"_s));
}

TEST(DocxImporter, PartOverTheSizeLimitIsRefused)
{
    const QByteArray docx = docxWithBody(paragraphXml(u"P1: "_s + u"words "_s.repeated(400)));
    DocxArchiveLimits limits;
    limits.maxPartBytes = 1000;
    const Error error = importError(docx, limits);
    EXPECT_EQ(error.code, ErrorCode::TooLarge);
    EXPECT_TRUE(error.message.contains(u"too large"_s));
}

TEST(DocxImporter, AbsurdCompressionRatioIsRefused)
{
    const QByteArray docx = docxWithBody(paragraphXml(u"P1: "_s + u"a"_s.repeated(100000)));
    DocxArchiveLimits limits;
    limits.maxRatio = 20;
    limits.ratioFloorBytes = 1000;
    const Error error = importError(docx, limits);
    EXPECT_EQ(error.code, ErrorCode::Corrupt);
    EXPECT_TRUE(error.message.contains(u"zip bombs"_s));
    // With the default limits the same (small) file is fine.
    EXPECT_TRUE(importDocx(docx, u"interview.docx"_s).ok());
}

TEST(DocxImporter, DeeplyNestedTablesAreRefused)
{
    const QString open = u"<w:tbl><w:tr><w:tc>"_s;
    const QString close = u"</w:tc></w:tr></w:tbl>"_s;
    const Error error =
        importError(docxWithBody(open.repeated(40) + paragraphXml(u"x"_s) + close.repeated(40)));
    EXPECT_EQ(error.code, ErrorCode::Corrupt);
    EXPECT_TRUE(error.message.contains(u"nested"_s));
}

TEST(DocxImporter, NestedTableRowsStayInTheirCell)
{
    const QString inner = tableXml({{u"a"_s, u"b"_s, u"c"_s}});
    const QString outer = u"<w:tbl><w:tr><w:tc>"_s + paragraphXml(u"P1"_s) + u"</w:tc><w:tc>"_s +
                          paragraphXml(u"See:"_s) + inner + u"</w:tc></w:tr></w:tbl>"_s;
    const ImportedDocument doc = importOrFail(docxWithBody(outer));
    EXPECT_EQ(doc.text, u"P1: See:\na\tb\tc"_s);
    EXPECT_EQ(test::turnTexts(doc), (QStringList{u"See:\na\tb\tc"_s}));
}

} // namespace
} // namespace tessera
