// The ODT package read back as an OpenDocument reader would: mimetype, manifest, well-formed
// parts, headings on outline levels, Quotations paragraphs, tables and the styles they name.

#include "OfficePackage.h"
#include "QtPrinters.h"
#include "ReportFixtures.h"
#include "report/OdtReportWriter.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

const QString kOffice = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s;
const QString kStyle = u"urn:oasis:names:tc:opendocument:xmlns:style:1.0"_s;
const QString kText = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s;
const QString kTable = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_s;
const QString kFo = u"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"_s;
const QString kManifest = u"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"_s;
const QByteArray kMimeType = "application/vnd.oasis.opendocument.text";

// A paragraph's text as ODF defines it: text:s is spaces, text:tab a tab, text:line-break a
// line break; the characters themselves as written (the writer never relies on collapsing).
QString odfText(const QDomNode& node)
{
    QString text;
    for (QDomNode child = node.firstChild(); !child.isNull(); child = child.nextSibling()) {
        if (child.isText()) {
            text += child.toText().data();
            continue;
        }
        const QDomElement e = child.toElement();
        if (e.namespaceURI() == kText && e.localName() == u"s"_s) {
            text += QString(qMax(1, e.attributeNS(kText, u"c"_s, u"1"_s).toInt()), u' ');
        } else if (e.namespaceURI() == kText && e.localName() == u"tab"_s) {
            text += u'\t';
        } else if (e.namespaceURI() == kText && e.localName() == u"line-break"_s) {
            text += u'\n';
        } else {
            text += odfText(e);
        }
    }
    return text;
}

class OdtPackage {
public:
    explicit OdtPackage(const QByteArray& bytes) : zip(bytes)
    {
        if (auto read = test::readPackage(bytes)) {
            entries = *read;
        }
        content = test::parseXml(part(u"content.xml"_s));
        styles = test::parseXml(part(u"styles.xml"_s));
    }

    QByteArray part(const QString& name) const
    {
        const auto entry = test::packageEntry(entries, name);
        return entry ? entry->data : QByteArray();
    }

    QDomElement text() const
    {
        return test::childElement(test::childElement(content.documentElement(), kOffice, u"body"_s),
                                  kOffice, u"text"_s);
    }

    // Automatic (content.xml) and common (styles.xml) styles by name and family.
    QDomElement style(const QString& name) const
    {
        for (const QDomDocument* document : {&content, &styles}) {
            for (const QDomElement& s : test::descendants(*document, kStyle, u"style"_s)) {
                if (s.attributeNS(kStyle, u"name"_s) == name) {
                    return s;
                }
            }
        }
        return {};
    }

    // The named style a paragraph shows in, looking through an automatic style to its parent.
    QString namedStyle(const QDomElement& paragraph) const
    {
        const QString name = paragraph.attributeNS(kText, u"style-name"_s);
        const QDomElement s = style(name);
        const bool automatic = s.parentNode().toElement().localName() == u"automatic-styles"_s &&
                               s.ownerDocument() == content;
        return automatic ? s.attributeNS(kStyle, u"parent-style-name"_s) : name;
    }

    QStringList textsInStyle(const QString& localName, const QString& style) const
    {
        QStringList texts;
        for (const QDomElement& p : test::childElements(text(), kText, localName)) {
            if (namedStyle(p) == style) {
                texts << odfText(p);
            }
        }
        return texts;
    }

    QByteArray zip;
    QList<test::PackageEntry> entries;
    QDomDocument content;
    QDomDocument styles;
};

TEST(OdtStructure, MimetypeComesFirstUncompressedAndReadable)
{
    const OdtPackage odt(writeThemeSummaryOdt(test::sampleThemeSummary()));
    ASSERT_FALSE(odt.entries.isEmpty());
    const test::PackageEntry& first = odt.entries.first();
    EXPECT_EQ(first.name, u"mimetype"_s);
    EXPECT_FALSE(first.compressed);
    EXPECT_EQ(first.data, kMimeType);
    EXPECT_EQ(first.localExtraFieldSize, 0);
    // ODF 1.2 Part 3, 3.3: identifiable from the file's first bytes.
    EXPECT_EQ(odt.zip.mid(30, 8), "mimetype");
    EXPECT_EQ(odt.zip.mid(38, kMimeType.size()), kMimeType);
    QStringList names;
    for (const test::PackageEntry& entry : odt.entries) {
        names << entry.name;
        if (entry.name != u"mimetype"_s) {
            EXPECT_EQ(test::xmlProblem(entry.data), QString()) << entry.name.toStdString();
        }
    }
    EXPECT_EQ(names, (QStringList{u"mimetype"_s, u"META-INF/manifest.xml"_s, u"content.xml"_s,
                                  u"styles.xml"_s, u"meta.xml"_s}));
}

TEST(OdtStructure, ManifestListsEveryPart)
{
    const OdtPackage odt(writeThemeSummaryOdt(test::sampleThemeSummary()));
    const QDomDocument manifestXml = test::parseXml(odt.part(u"META-INF/manifest.xml"_s));
    const QDomElement manifest = manifestXml.documentElement();
    QHash<QString, QString> listed;
    for (const QDomElement& entry : test::childElements(manifest, kManifest, u"file-entry"_s)) {
        listed.insert(entry.attributeNS(kManifest, u"full-path"_s),
                      entry.attributeNS(kManifest, u"media-type"_s));
    }
    EXPECT_EQ(listed.value(u"/"_s), QString::fromLatin1(kMimeType));
    for (const test::PackageEntry& entry : odt.entries) {
        if (entry.name == u"mimetype"_s || entry.name.startsWith(u"META-INF/"_s)) {
            continue;
        }
        EXPECT_EQ(listed.value(entry.name), u"text/xml"_s) << entry.name.toStdString();
    }
    EXPECT_EQ(listed.size(), 4);
}

TEST(OdtStructure, ThemesAreHeadingsOnOutlineLevels)
{
    const OdtPackage odt(writeThemeSummaryOdt(test::sampleThemeSummary()));
    QStringList headings;
    for (const QDomElement& h : test::childElements(odt.text(), kText, u"h"_s)) {
        const QString level = h.attributeNS(kText, u"outline-level"_s);
        EXPECT_EQ(odt.namedStyle(h), u"Heading_20_"_s + level);
        headings << level + u' ' + odfText(h);
    }
    EXPECT_EQ(
        headings,
        (QStringList{u"1 Digital contact as a lifeline"_s, u"2 Seeing only what the camera shows"_s,
                     u"3 The ceiling view"_s, u"1 Blurred boundaries between work and home"_s,
                     u"1 Digital exclusion – Renée's ½ of the caseload"_s}));
    for (int level = 1; level <= 6; ++level) {
        const QDomElement heading = odt.style(u"Heading_20_%1"_s.arg(level));
        ASSERT_FALSE(heading.isNull()) << level;
        EXPECT_EQ(heading.attributeNS(kStyle, u"display-name"_s), u"Heading %1"_s.arg(level));
        EXPECT_EQ(heading.attributeNS(kStyle, u"default-outline-level"_s), QString::number(level));
    }
    // The first theme starts a page; the title page has the footer-less master page.
    const QDomElement first = test::childElements(odt.text(), kText, u"h"_s).first();
    const QDomElement breakStyle = odt.style(first.attributeNS(kText, u"style-name"_s));
    EXPECT_EQ(test::childElement(breakStyle, kStyle, u"paragraph-properties"_s)
                  .attributeNS(kFo, u"break-before"_s),
              u"page"_s);
    const QDomElement title = test::childElement(odt.text(), kText, u"p"_s);
    EXPECT_EQ(odt.namedStyle(title), u"Title"_s);
    EXPECT_EQ(odt.style(title.attributeNS(kText, u"style-name"_s))
                  .attributeNS(kStyle, u"master-page-name"_s),
              u"First_20_Page"_s);
}

TEST(OdtStructure, QuotesAreQuotationsFollowedByTheirAttribution)
{
    const OdtPackage odt(writeThemeSummaryOdt(test::sampleThemeSummary()));
    const QList<QDomElement> blocks = test::childElements(odt.text(), kText, u"p"_s);
    int quotes = 0;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (odt.namedStyle(blocks[i]) == u"Quotations"_s) {
            ++quotes;
            EXPECT_EQ(odt.namedStyle(blocks[i].nextSiblingElement()), u"Quote_20_Attribution"_s);
        }
    }
    EXPECT_EQ(quotes, 9);
    const QStringList texts = odt.textsInStyle(u"p"_s, u"Quotations"_s);
    EXPECT_EQ(texts[0], u"Key quote: I never saw the kitchen, only the ceiling."_s);
    EXPECT_TRUE(texts.contains(u"# not a heading\n> not a quote either\n- nor a list | pipe"_s));
    EXPECT_TRUE(odt.textsInStyle(u"p"_s, u"Quote_20_Attribution"_s)
                    .contains(u"— (Focus group 2, P3) [00:12:31]"_s));
    const QDomElement quotations = odt.style(u"Quotations"_s);
    const QDomElement paragraph = test::childElement(quotations, kStyle, u"paragraph-properties"_s);
    EXPECT_FALSE(paragraph.attributeNS(kFo, u"border-left"_s).isEmpty());
    EXPECT_FALSE(paragraph.attributeNS(kFo, u"margin-left"_s).isEmpty());
    EXPECT_EQ(test::childElement(quotations, kStyle, u"text-properties"_s)
                  .attributeNS(kFo, u"font-style"_s),
              u"italic"_s);
}

TEST(OdtStructure, EveryThemeHasAPrevalenceTableWithAHeaderRow)
{
    const OdtPackage odt(writeThemeSummaryOdt(test::sampleThemeSummary()));
    const QList<QDomElement> tables = test::childElements(odt.text(), kTable, u"table"_s);
    ASSERT_EQ(tables.size(), 6);
    for (qsizetype i = 1; i < tables.size(); ++i) {
        const QDomElement header = test::childElement(tables[i], kTable, u"table-header-rows"_s);
        ASSERT_FALSE(header.isNull());
        EXPECT_EQ(odfText(header), u"PrevalenceCount"_s);
    }
    QStringList cells;
    for (const QDomElement& cell : test::descendants(tables[1], kTable, u"table-cell"_s)) {
        cells << odfText(cell);
    }
    EXPECT_EQ(cells, (QStringList{u"Prevalence"_s, u"Count"_s, u"Documents"_s, u"4 of 4"_s,
                                  u"Focus groups"_s, u"3 of 3"_s, u"Participants"_s, u"11 of 15"_s,
                                  u"Excerpts"_s, u"16"_s}));
}

TEST(OdtStructure, EveryStyleUsedIsDefined)
{
    for (const QByteArray& bytes : {writeThemeSummaryOdt(test::sampleThemeSummary()),
                                    writeCodebookOdt(test::sampleCodebook())}) {
        const OdtPackage odt(bytes);
        QSet<QString> used;
        for (const QDomDocument* document : {&odt.content, &odt.styles}) {
            for (const QString& tag : {u"p"_s, u"h"_s, u"span"_s}) {
                for (const QDomElement& e : test::descendants(*document, kText, tag)) {
                    used.insert(e.attributeNS(kText, u"style-name"_s));
                }
            }
            for (const QString& tag : {u"table"_s, u"table-column"_s, u"table-cell"_s}) {
                for (const QDomElement& e : test::descendants(*document, kTable, tag)) {
                    used.insert(e.attributeNS(kTable, u"style-name"_s));
                }
            }
            for (const QDomElement& s : test::descendants(*document, kStyle, u"style"_s)) {
                if (s.hasAttributeNS(kStyle, u"parent-style-name"_s)) {
                    used.insert(s.attributeNS(kStyle, u"parent-style-name"_s));
                }
            }
        }
        for (const QString& name : std::as_const(used)) {
            EXPECT_FALSE(odt.style(name).isNull()) << name.toStdString();
        }
    }
}

TEST(OdtStructure, SpacesTabsAndBreaksSurviveOdfWhitespaceRules)
{
    ThemeSummaryReport report = test::sampleThemeSummary();
    report.themes[0].quotes[0].text = u"two  spaces,\ta tab,   three\nand a break"_s;
    const OdtPackage odt(writeThemeSummaryOdt(report));
    EXPECT_TRUE(odt.textsInStyle(u"p"_s, u"Quotations"_s)
                    .contains(u"two  spaces,\ta tab,   three\nand a break"_s));
    // Collapsible spaces are never written as plain runs of spaces.
    EXPECT_FALSE(odt.part(u"content.xml"_s).contains("  "));
}

TEST(OdtStructure, PagesAndMetadata)
{
    const OdtPackage odt(writeThemeSummaryOdt(test::sampleThemeSummary()));
    QHash<QString, QDomElement> masters;
    for (const QDomElement& m : test::descendants(odt.styles, kStyle, u"master-page"_s)) {
        masters.insert(m.attributeNS(kStyle, u"name"_s), m);
    }
    ASSERT_TRUE(masters.contains(u"Standard"_s));
    const QDomElement footer =
        test::childElement(masters.value(u"Standard"_s), kStyle, u"footer"_s);
    EXPECT_FALSE(test::descendants(footer, kText, u"page-number"_s).isEmpty());
    EXPECT_FALSE(test::descendants(footer, kText, u"page-count"_s).isEmpty());
    EXPECT_TRUE(
        test::childElement(masters.value(u"First_20_Page"_s), kStyle, u"footer"_s).isNull());
    const QDomElement layout =
        test::descendants(odt.styles, kStyle, u"page-layout-properties"_s).value(0);
    EXPECT_EQ(layout.attributeNS(kFo, u"page-width"_s), u"21.00cm"_s);
    EXPECT_EQ(layout.attributeNS(kFo, u"page-height"_s), u"29.70cm"_s);

    const QDomDocument meta = test::parseXml(odt.part(u"meta.xml"_s));
    EXPECT_EQ(
        test::descendants(meta, u"http://purl.org/dc/elements/1.1/"_s, u"title"_s).value(0).text(),
        u"Staying connected: social care practice with families during COVID-19"_s);
    EXPECT_EQ(test::descendants(meta, u"urn:oasis:names:tc:opendocument:xmlns:meta:1.0"_s,
                                u"creation-date"_s)
                  .value(0)
                  .text(),
              u"2024-01-01T09:00:00Z"_s);
}

TEST(OdtStructure, CodebookHeadingsFollowTheCodeTree)
{
    const OdtPackage odt(writeCodebookOdt(test::sampleCodebook()));
    for (const test::PackageEntry& entry : odt.entries) {
        if (entry.name != u"mimetype"_s) {
            EXPECT_EQ(test::xmlProblem(entry.data), QString()) << entry.name.toStdString();
        }
    }
    EXPECT_EQ(odt.textsInStyle(u"h"_s, u"Heading_20_1"_s),
              (QStringList{u"Benefits"_s, u"Boundaries"_s, u"Barriers"_s}));
    EXPECT_EQ(odt.textsInStyle(u"h"_s, u"Heading_20_3"_s), QStringList{u"Camera angles"_s});
    EXPECT_EQ(test::childElements(odt.text(), kTable, u"table"_s).size(), 8);
    // No title page: the first paragraph uses the plain Title style and the default master.
    EXPECT_EQ(test::childElement(odt.text(), kText, u"p"_s).attributeNS(kText, u"style-name"_s),
              u"Title"_s);
}

TEST(OdtStructure, SameReportGivesTheSameBytes)
{
    EXPECT_EQ(writeThemeSummaryOdt(test::sampleThemeSummary()),
              writeThemeSummaryOdt(test::sampleThemeSummary()));
}

} // namespace
} // namespace tessera
