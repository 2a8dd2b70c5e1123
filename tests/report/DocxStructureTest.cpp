// The DOCX package read back as Word would: zip, content types, relationships, styles, and the
// document's headings, quotes and tables. Independent of the writer's code (see OfficePackage).

#include "OfficePackage.h"
#include "QtPrinters.h"
#include "ReportFixtures.h"
#include "report/DocxReportWriter.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

const QString W = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s;
const QString kRelationshipsNs = u"http://schemas.openxmlformats.org/package/2006/relationships"_s;
const QString kContentTypesNs = u"http://schemas.openxmlformats.org/package/2006/content-types"_s;
const QString kOfficeRelNs =
    u"http://schemas.openxmlformats.org/officeDocument/2006/relationships"_s;

struct Paragraph {
    QString style;
    QString text;
    bool pageBreakBefore = false;
    QDomElement element;
};

QDomElement wChild(const QDomElement& parent, const QString& localName)
{
    return test::childElement(parent, W, localName);
}

QString attributeW(const QDomElement& element, const QString& name)
{
    return element.attributeNS(W, name);
}

QString paragraphText(const QDomElement& paragraph)
{
    QString text;
    for (const QDomElement& run : test::descendants(paragraph, W, u"r"_s)) {
        for (QDomElement child = run.firstChildElement(); !child.isNull();
             child = child.nextSiblingElement()) {
            if (child.localName() == u"t"_s) {
                text += child.text();
            } else if (child.localName() == u"br"_s) {
                text += u'\n';
            } else if (child.localName() == u"tab"_s) {
                text += u'\t';
            }
        }
    }
    return text;
}

Paragraph paragraphOf(const QDomElement& element)
{
    Paragraph p;
    p.element = element;
    const QDomElement properties = wChild(element, u"pPr"_s);
    p.style = attributeW(wChild(properties, u"pStyle"_s), u"val"_s);
    p.pageBreakBefore = !wChild(properties, u"pageBreakBefore"_s).isNull();
    p.text = paragraphText(element);
    return p;
}

class DocxPackage {
public:
    explicit DocxPackage(const QByteArray& bytes)
    {
        if (auto read = test::readPackage(bytes)) {
            entries = *read;
        }
        document = test::parseXml(part(u"word/document.xml"_s));
    }

    QByteArray part(const QString& name) const
    {
        const auto entry = test::packageEntry(entries, name);
        return entry ? entry->data : QByteArray();
    }

    QDomElement body() const { return wChild(document.documentElement(), u"body"_s); }

    // The body's own paragraphs (not those inside table cells), in order.
    QList<Paragraph> paragraphs() const
    {
        QList<Paragraph> list;
        for (const QDomElement& element : test::childElements(body(), W, u"p"_s)) {
            list << paragraphOf(element);
        }
        return list;
    }

    QStringList textsInStyle(const QString& style) const
    {
        QStringList texts;
        for (const Paragraph& p : paragraphs()) {
            if (p.style == style) {
                texts << p.text;
            }
        }
        return texts;
    }

    QList<test::PackageEntry> entries;
    // Kept for the package's lifetime: QDom nodes must not outlive their document.
    QDomDocument document;
};

QStringList tableRowTexts(const QDomElement& table, int column)
{
    QStringList texts;
    for (const QDomElement& row : test::childElements(table, W, u"tr"_s)) {
        const QList<QDomElement> cells = test::childElements(row, W, u"tc"_s);
        texts << (column < cells.size() ? paragraphText(cells[column]) : QString());
    }
    return texts;
}

TEST(DocxStructure, PackageHoldsWellFormedPartsInAFixedOrder)
{
    const DocxPackage docx(writeThemeSummaryDocx(test::sampleThemeSummary()));
    QStringList names;
    for (const test::PackageEntry& entry : docx.entries) {
        names << entry.name;
        EXPECT_EQ(test::xmlProblem(entry.data), QString()) << entry.name.toStdString();
        EXPECT_EQ(entry.modified, QDateTime(QDate(2024, 1, 1), QTime(9, 0)))
            << entry.name.toStdString();
    }
    EXPECT_EQ(names,
              (QStringList{u"[Content_Types].xml"_s, u"_rels/.rels"_s, u"word/document.xml"_s,
                           u"word/_rels/document.xml.rels"_s, u"word/styles.xml"_s,
                           u"word/footer1.xml"_s, u"docProps/core.xml"_s}));
}

TEST(DocxStructure, ContentTypesNameEveryPart)
{
    const DocxPackage docx(writeThemeSummaryDocx(test::sampleThemeSummary()));
    const QDomDocument typesXml = test::parseXml(docx.part(u"[Content_Types].xml"_s));
    const QDomElement types = typesXml.documentElement();
    QHash<QString, QString> defaults;
    for (const QDomElement& d : test::childElements(types, kContentTypesNs, u"Default"_s)) {
        defaults.insert(d.attribute(u"Extension"_s), d.attribute(u"ContentType"_s));
    }
    EXPECT_EQ(defaults.value(u"rels"_s),
              u"application/vnd.openxmlformats-package.relationships+xml"_s);
    EXPECT_EQ(defaults.value(u"xml"_s), u"application/xml"_s);
    QHash<QString, QString> overrides;
    for (const QDomElement& o : test::childElements(types, kContentTypesNs, u"Override"_s)) {
        overrides.insert(o.attribute(u"PartName"_s), o.attribute(u"ContentType"_s));
    }
    const QString ml = u"application/vnd.openxmlformats-officedocument.wordprocessingml"_s;
    EXPECT_EQ(overrides.value(u"/word/document.xml"_s), ml + u".document.main+xml"_s);
    EXPECT_EQ(overrides.value(u"/word/styles.xml"_s), ml + u".styles+xml"_s);
    EXPECT_EQ(overrides.value(u"/word/footer1.xml"_s), ml + u".footer+xml"_s);
    EXPECT_EQ(overrides.value(u"/docProps/core.xml"_s),
              u"application/vnd.openxmlformats-package.core-properties+xml"_s);
    // Every part in the zip has a content type, and every override names a part in the zip.
    for (const test::PackageEntry& entry : docx.entries) {
        const bool covered = overrides.contains(u'/' + entry.name) ||
                             entry.name.endsWith(u".rels"_s) ||
                             entry.name == u"[Content_Types].xml"_s;
        EXPECT_TRUE(covered) << entry.name.toStdString();
    }
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        EXPECT_TRUE(test::packageEntry(docx.entries, it.key().mid(1))) << it.key().toStdString();
    }
}

TEST(DocxStructure, RelationshipsPointAtPartsThatExist)
{
    const DocxPackage docx(writeThemeSummaryDocx(test::sampleThemeSummary()));
    const auto targets = [&](const QString& relsPart, const QString& base) {
        QHash<QString, QString> byType;
        const QDomDocument rels = test::parseXml(docx.part(relsPart));
        const QDomElement root = rels.documentElement();
        for (const QDomElement& r :
             test::childElements(root, kRelationshipsNs, u"Relationship"_s)) {
            const QString target = base + r.attribute(u"Target"_s);
            EXPECT_TRUE(test::packageEntry(docx.entries, target)) << target.toStdString();
            byType.insert(r.attribute(u"Type"_s).section(u'/', -1), r.attribute(u"Id"_s));
        }
        return byType;
    };
    const QHash<QString, QString> package = targets(u"_rels/.rels"_s, {});
    EXPECT_TRUE(package.contains(u"officeDocument"_s));
    EXPECT_TRUE(package.contains(u"core-properties"_s));
    const QHash<QString, QString> document = targets(u"word/_rels/document.xml.rels"_s, u"word/"_s);
    EXPECT_TRUE(document.contains(u"styles"_s));
    ASSERT_TRUE(document.contains(u"footer"_s));
    const QDomElement section = wChild(docx.body(), u"sectPr"_s);
    const QDomElement footer = wChild(section, u"footerReference"_s);
    EXPECT_EQ(footer.attributeNS(kOfficeRelNs, u"id"_s), document.value(u"footer"_s));
}

TEST(DocxStructure, StylesDefineHeadingsQuoteAndTableAndEveryStyleUsed)
{
    const DocxPackage docx(writeThemeSummaryDocx(test::sampleThemeSummary()));
    const QDomDocument styles = test::parseXml(docx.part(u"word/styles.xml"_s));
    QHash<QString, QDomElement> byId;
    for (const QDomElement& style : test::descendants(styles, W, u"style"_s)) {
        byId.insert(attributeW(style, u"styleId"_s), style);
    }
    for (int level = 1; level <= 6; ++level) {
        const QDomElement heading = byId.value(u"Heading%1"_s.arg(level));
        ASSERT_FALSE(heading.isNull()) << level;
        // Word's built-in name, so its navigation pane and table of contents see the headings.
        EXPECT_EQ(attributeW(wChild(heading, u"name"_s), u"val"_s), u"heading %1"_s.arg(level));
        const QDomElement outline = wChild(wChild(heading, u"pPr"_s), u"outlineLvl"_s);
        EXPECT_EQ(attributeW(outline, u"val"_s), QString::number(level - 1));
    }
    const QDomElement quote = byId.value(u"Quote"_s);
    ASSERT_FALSE(quote.isNull());
    const QDomElement quotePpr = wChild(quote, u"pPr"_s);
    EXPECT_FALSE(wChild(wChild(quotePpr, u"pBdr"_s), u"left"_s).isNull());
    EXPECT_GT(attributeW(wChild(quotePpr, u"ind"_s), u"left"_s).toInt(), 0);
    EXPECT_FALSE(wChild(wChild(quote, u"rPr"_s), u"i"_s).isNull());
    EXPECT_FALSE(byId.value(u"Title"_s).isNull());
    EXPECT_EQ(attributeW(byId.value(u"ReportTable"_s), u"type"_s), u"table"_s);

    for (const QString& part : {u"word/document.xml"_s, u"word/footer1.xml"_s}) {
        const QDomDocument xml = test::parseXml(docx.part(part));
        for (const QString& kind : {u"pStyle"_s, u"tblStyle"_s}) {
            for (const QDomElement& used : test::descendants(xml, W, kind)) {
                EXPECT_TRUE(byId.contains(attributeW(used, u"val"_s)))
                    << attributeW(used, u"val"_s).toStdString();
            }
        }
    }
}

TEST(DocxStructure, ThemesAreRealHeadings)
{
    const DocxPackage docx(writeThemeSummaryDocx(test::sampleThemeSummary()));
    EXPECT_EQ(docx.textsInStyle(u"Title"_s),
              (QStringList{u"Staying connected: social care practice with families during "
                           u"COVID-19"_s}));
    EXPECT_EQ(docx.textsInStyle(u"Subtitle"_s), QStringList{u"Theme summary"_s});
    EXPECT_EQ(docx.textsInStyle(u"Heading1"_s),
              (QStringList{u"Digital contact as a lifeline"_s,
                           u"Blurred boundaries between work and home"_s,
                           u"Digital exclusion – Renée's ½ of the caseload"_s}));
    EXPECT_EQ(docx.textsInStyle(u"Heading2"_s),
              QStringList{u"Seeing only what the camera shows"_s});
    EXPECT_EQ(docx.textsInStyle(u"Heading3"_s), QStringList{u"The ceiling view"_s});
    // The themes start after the title page.
    for (const Paragraph& p : docx.paragraphs()) {
        if (p.style == u"Heading1"_s) {
            EXPECT_EQ(p.pageBreakBefore, p.text == u"Digital contact as a lifeline"_s);
        }
    }
    const QDomElement section = wChild(docx.body(), u"sectPr"_s);
    EXPECT_FALSE(wChild(section, u"titlePg"_s).isNull());
    const QDomElement size = wChild(section, u"pgSz"_s);
    EXPECT_EQ(attributeW(size, u"w"_s), u"11906"_s); // A4 in twips
    EXPECT_EQ(attributeW(size, u"h"_s), u"16838"_s);
}

TEST(DocxStructure, QuotesAreBlockQuotesFollowedByTheirAttribution)
{
    const DocxPackage docx(writeThemeSummaryDocx(test::sampleThemeSummary()));
    const QList<Paragraph> paragraphs = docx.paragraphs();
    int quotes = 0;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (paragraphs[i].style != u"Quote"_s) {
            continue;
        }
        ++quotes;
        ASSERT_LT(i + 1, paragraphs.size());
        EXPECT_EQ(paragraphs[i + 1].style, u"QuoteAttribution"_s)
            << paragraphs[i].text.toStdString();
        EXPECT_TRUE(paragraphs[i + 1].text.startsWith(u"— ("_s));
    }
    EXPECT_EQ(quotes, 9);
    const QStringList quoteTexts = docx.textsInStyle(u"Quote"_s);
    EXPECT_EQ(quoteTexts[0], u"Key quote: I never saw the kitchen, only the ceiling."_s);
    EXPECT_TRUE(
        docx.textsInStyle(u"QuoteAttribution"_s).contains(u"— (Focus group 2, P3) [00:12:31]"_s));
    // The key-quote label is bold.
    const Paragraph key = [&] {
        for (const Paragraph& p : paragraphs) {
            if (p.style == u"Quote"_s) {
                return p;
            }
        }
        return Paragraph{};
    }();
    const QDomElement firstRun = wChild(key.element, u"r"_s);
    EXPECT_FALSE(wChild(wChild(firstRun, u"rPr"_s), u"b"_s).isNull());
    // A quote's own line breaks are kept as breaks.
    EXPECT_TRUE(
        quoteTexts.contains(u"# not a heading\n> not a quote either\n- nor a list | pipe"_s));
}

TEST(DocxStructure, EveryThemeHasAPrevalenceTable)
{
    const DocxPackage docx(writeThemeSummaryDocx(test::sampleThemeSummary()));
    const QList<QDomElement> tables = test::childElements(docx.body(), W, u"tbl"_s);
    ASSERT_EQ(tables.size(), 1 + 5); // the title page's facts, then one per theme
    for (qsizetype i = 1; i < tables.size(); ++i) {
        EXPECT_EQ(tableRowTexts(tables[i], 0),
                  (QStringList{u"Prevalence"_s, u"Documents"_s, u"Focus groups"_s,
                               u"Participants"_s, u"Excerpts"_s}));
        const QDomElement header = wChild(tables[i], u"tr"_s);
        EXPECT_FALSE(wChild(wChild(header, u"trPr"_s), u"tblHeader"_s).isNull());
    }
    EXPECT_EQ(tableRowTexts(tables[1], 1),
              (QStringList{u"Count"_s, u"4 of 4"_s, u"3 of 3"_s, u"11 of 15"_s, u"16"_s}));
    EXPECT_EQ(tableRowTexts(tables[0], 1),
              (QStringList{u"4"_s, u"3"_s, u"15"_s, u"48"_s, u"2 (Renée Dubois, Sam Okafor)"_s}));
}

TEST(DocxStructure, FooterNumbersPagesAndPropertiesNameTheReport)
{
    const DocxPackage docx(writeThemeSummaryDocx(test::sampleThemeSummary()));
    const QDomDocument footer = test::parseXml(docx.part(u"word/footer1.xml"_s));
    QStringList fields;
    for (const QDomElement& field : test::descendants(footer, W, u"fldSimple"_s)) {
        fields << attributeW(field, u"instr"_s).trimmed();
    }
    EXPECT_EQ(fields, (QStringList{u"PAGE"_s, u"NUMPAGES"_s}));
    EXPECT_TRUE(paragraphText(wChild(footer.documentElement(), u"p"_s))
                    .startsWith(u"Staying connected: social care practice with families… · Theme "
                                u"summary\tPage "_s));
    const QDomDocument core = test::parseXml(docx.part(u"docProps/core.xml"_s));
    EXPECT_EQ(
        test::descendants(core, u"http://purl.org/dc/elements/1.1/"_s, u"title"_s).value(0).text(),
        u"Staying connected: social care practice with families during COVID-19"_s);
    EXPECT_EQ(test::descendants(core, u"http://purl.org/dc/terms/"_s, u"created"_s).value(0).text(),
              u"2024-01-01T09:00:00Z"_s);
}

TEST(DocxStructure, TextKeepsSpacesBreaksAndDropsForbiddenCharacters)
{
    ThemeSummaryReport report = test::sampleThemeSummary();
    QString hostile = u"  two  spaces\tand a bell\u0007 "_s;
    hostile.append(QChar(0xDC00)); // a lone low surrogate
    hostile.append(u"end"_s);
    report.themes[0].quotes[0].text = hostile;
    const DocxPackage docx(writeThemeSummaryDocx(report));
    EXPECT_EQ(test::xmlProblem(docx.part(u"word/document.xml"_s)), QString());
    EXPECT_TRUE(docx.textsInStyle(u"Quote"_s).contains(u"two  spaces\tand a bell end"_s));
    for (const QDomElement& t :
         test::descendants(test::parseXml(docx.part(u"word/document.xml"_s)), W, u"t"_s)) {
        EXPECT_EQ(t.attributeNS(u"http://www.w3.org/XML/1998/namespace"_s, u"space"_s),
                  u"preserve"_s);
    }
    const QStringList body = docx.textsInStyle(u"Normal"_s);
    EXPECT_TRUE(body.contains(u"Memo: Strongest in FG2.\nCheck against the interview: is "
                              u"\"lifeline\" our word or theirs?"_s));
}

TEST(DocxStructure, CodebookHeadingsFollowTheCodeTree)
{
    const DocxPackage docx(writeCodebookDocx(test::sampleCodebook()));
    for (const test::PackageEntry& entry : docx.entries) {
        EXPECT_EQ(test::xmlProblem(entry.data), QString()) << entry.name.toStdString();
    }
    EXPECT_EQ(docx.textsInStyle(u"Subtitle"_s), QStringList{u"Codebook"_s});
    EXPECT_EQ(docx.textsInStyle(u"Heading1"_s),
              (QStringList{u"Benefits"_s, u"Boundaries"_s, u"Barriers"_s}));
    EXPECT_EQ(docx.textsInStyle(u"Heading2"_s),
              (QStringList{u"Keeping in touch"_s, u"Seeing the home"_s, u"Kitchen table"_s,
                           u"No device or data"_s}));
    EXPECT_EQ(docx.textsInStyle(u"Heading3"_s), QStringList{u"Camera angles"_s});
    const QList<QDomElement> tables = test::childElements(docx.body(), W, u"tbl"_s);
    ASSERT_EQ(tables.size(), 8);
    EXPECT_TRUE(tableRowTexts(tables[5], 1).contains(u"# not a heading\n| pipe | table |"_s));
    // Word needs a paragraph after the last table, and there is no title page.
    const QDomElement section = wChild(docx.body(), u"sectPr"_s);
    EXPECT_EQ(section.previousSiblingElement().localName(), u"p"_s);
    EXPECT_TRUE(wChild(section, u"titlePg"_s).isNull());
}

TEST(DocxStructure, SameReportGivesTheSameBytes)
{
    EXPECT_EQ(writeThemeSummaryDocx(test::sampleThemeSummary()),
              writeThemeSummaryDocx(test::sampleThemeSummary()));
    EXPECT_EQ(writeCodebookDocx(test::sampleCodebook()), writeCodebookDocx(test::sampleCodebook()));
}

} // namespace
} // namespace tessera
