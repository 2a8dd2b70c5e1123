#include "OdtStyles.h"

#include "OdfNames.h"
#include "PageGeometry.h"
#include "XmlPartWriter.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

constexpr QStringView kBodyFont = u"Liberation Serif";
constexpr QStringView kHeadingFont = u"Liberation Sans";
constexpr QStringView kHeadingColor = u"#1f3a5f";
constexpr QStringView kMutedColor = u"#555555";
constexpr QStringView kPageLayout = u"pm1";

using Properties = QList<std::pair<QStringView, QString>>;

// A named paragraph style: its paragraph and text properties, attribute by attribute.
struct ParagraphStyle {
    QString name;
    QString displayName; // empty when the name has no escaped characters
    QString parent;
    Properties paragraph;
    Properties text;
    int outlineLevel = 0;
    QString next;
};

void writeProperties(XmlPartWriter& xml, QStringView element, const Properties& properties)
{
    if (properties.isEmpty()) {
        return;
    }
    xml.start(element);
    for (const auto& [name, value] : properties) {
        xml.attribute(name, value);
    }
    xml.end();
}

void writeStyle(XmlPartWriter& xml, const ParagraphStyle& style)
{
    xml.start(u"style:style");
    xml.attribute(u"style:name", style.name);
    if (!style.displayName.isEmpty()) {
        xml.attribute(u"style:display-name", style.displayName);
    }
    xml.attribute(u"style:family", u"paragraph");
    if (!style.parent.isEmpty()) {
        xml.attribute(u"style:parent-style-name", style.parent);
    }
    if (!style.next.isEmpty()) {
        xml.attribute(u"style:next-style-name", style.next);
    }
    if (style.outlineLevel > 0) {
        xml.attribute(u"style:default-outline-level", QString::number(style.outlineLevel));
    }
    writeProperties(xml, u"style:paragraph-properties", style.paragraph);
    writeProperties(xml, u"style:text-properties", style.text);
    xml.end();
    xml.newline();
}

QString cm(double value)
{
    return QString::number(value, 'f', 2) % u"cm"_s;
}

Properties bold()
{
    return {{u"fo:font-weight", u"bold"_s},
            {u"style:font-weight-asian", u"bold"_s},
            {u"style:font-weight-complex", u"bold"_s}};
}

Properties italic()
{
    return {{u"fo:font-style", u"italic"_s},
            {u"style:font-style-asian", u"italic"_s},
            {u"style:font-style-complex", u"italic"_s}};
}

Properties spacing(double topCm, double bottomCm)
{
    return {{u"fo:margin-top", cm(topCm)}, {u"fo:margin-bottom", cm(bottomCm)}};
}

QList<ParagraphStyle> paragraphStyles()
{
    const QString body = u"Text_20_body"_s;
    const Properties keepWithNext = {{u"fo:keep-with-next", u"always"_s}};
    QList<ParagraphStyle> styles;
    styles << ParagraphStyle{u"Standard"_s, {}, {}, {}, {}, 0, {}};
    styles << ParagraphStyle{body,
                             u"Text body"_s,
                             u"Standard"_s,
                             spacing(0, 0.21) << std::pair{u"fo:line-height", u"115%"_s},
                             {},
                             0,
                             {}};
    styles << ParagraphStyle{
        u"Heading"_s,
        {},
        u"Standard"_s,
        spacing(0.42, 0.21) + keepWithNext,
        {{u"style:font-name", kHeadingFont.toString()}, {u"fo:color", kHeadingColor.toString()}},
        0,
        body};
    styles << ParagraphStyle{
        u"Title"_s, {},           u"Heading"_s, spacing(2.0, 0.42), {{u"fo:font-size", u"28pt"_s}},
        0,          u"Subtitle"_s};
    styles << ParagraphStyle{u"Subtitle"_s,
                             {},
                             u"Heading"_s,
                             spacing(0, 0.85),
                             {{u"fo:font-size", u"16pt"_s}, {u"fo:color", kMutedColor.toString()}},
                             0,
                             body};
    const char16_t* const headingSizes[] = {u"18pt", u"15pt", u"13pt", u"12pt", u"11pt", u"11pt"};
    const double headingSpaceAbove[] = {0.85, 0.64, 0.49, 0.42, 0.35, 0.35};
    for (int level = 1; level <= kDeepestDocumentHeading; ++level) {
        Properties text = {{u"fo:font-size", QString::fromUtf16(headingSizes[level - 1])}};
        if (level >= 3) {
            text += bold();
        }
        if (level >= 5) {
            text += italic();
        }
        styles << ParagraphStyle{u"Heading_20_%1"_s.arg(level),
                                 u"Heading %1"_s.arg(level),
                                 u"Heading"_s,
                                 spacing(headingSpaceAbove[level - 1], 0.21),
                                 text,
                                 level,
                                 body};
    }
    styles << ParagraphStyle{u"Label"_s,
                             {},
                             body,
                             spacing(0.42, 0.14) + keepWithNext,
                             bold() << std::pair{u"fo:color", u"#444444"_s},
                             0,
                             {}};
    styles << ParagraphStyle{u"Item"_s, {}, body, spacing(0.21, 0.07) + keepWithNext, {}, 0, {}};
    styles << ParagraphStyle{u"Definition"_s,
                             {},
                             body,
                             spacing(0, 0.07) << std::pair{u"fo:margin-left", cm(0.75)},
                             {{u"fo:font-size", u"10pt"_s}},
                             0,
                             {}};
    // The block quote: indented both sides, a bar on the left, italic, kept with the
    // attribution paragraph that follows.
    styles << ParagraphStyle{u"Quotations"_s,
                             {},
                             body,
                             spacing(0.35, 0.07) + keepWithNext +
                                 Properties{{u"fo:margin-left", cm(1.0)},
                                            {u"fo:margin-right", cm(1.0)},
                                            {u"fo:padding-left", cm(0.25)},
                                            {u"fo:border-left", u"2.25pt solid #8c8c8c"_s},
                                            {u"fo:border-right", u"none"_s},
                                            {u"fo:border-top", u"none"_s},
                                            {u"fo:border-bottom", u"none"_s}},
                             italic() << std::pair{u"fo:color", u"#262626"_s},
                             0,
                             u"Quote_20_Attribution"_s};
    styles << ParagraphStyle{
        u"Quote_20_Attribution"_s,
        u"Quote Attribution"_s,
        body,
        spacing(0, 0.11) + Properties{{u"fo:margin-left", cm(1.0)}, {u"fo:margin-right", cm(1.0)}},
        {{u"fo:font-size", u"10pt"_s}, {u"fo:color", kMutedColor.toString()}},
        0,
        body};
    styles << ParagraphStyle{u"Note"_s,
                             {},
                             body,
                             spacing(0.21, 0.21),
                             italic() << std::pair{u"fo:color", kMutedColor.toString()},
                             0,
                             {}};
    styles << ParagraphStyle{odf::kTableContentsStyle.toString(),
                             u"Table Contents"_s,
                             u"Standard"_s,
                             spacing(0, 0),
                             {{u"fo:font-size", u"10pt"_s}},
                             0,
                             {}};
    styles << ParagraphStyle{odf::kTableHeadingStyle.toString(),
                             u"Table Heading"_s,
                             odf::kTableContentsStyle.toString(),
                             {},
                             bold(),
                             0,
                             {}};
    return styles;
}

void writeDefaultStyle(XmlPartWriter& xml)
{
    xml.start(u"style:default-style");
    xml.attribute(u"style:family", u"paragraph");
    writeProperties(xml, u"style:paragraph-properties",
                    {{u"fo:orphans", u"2"_s}, {u"fo:widows", u"2"_s}});
    writeProperties(xml, u"style:text-properties",
                    {{u"style:font-name", kBodyFont.toString()}, {u"fo:font-size", u"11pt"_s}});
    xml.end();
    xml.newline();
}

// Headings are numbered by nothing: the outline style only ties them to outline levels.
void writeOutlineStyle(XmlPartWriter& xml)
{
    xml.start(u"text:outline-style");
    xml.attribute(u"style:name", u"Outline");
    for (int level = 1; level <= kDeepestDocumentHeading; ++level) {
        xml.start(u"text:outline-level-style");
        xml.attribute(u"text:level", QString::number(level));
        xml.attribute(u"style:num-format", u"");
        xml.end();
    }
    xml.end();
    xml.newline();
}

void writeFooterStyle(XmlPartWriter& xml)
{
    xml.start(u"style:style");
    xml.attribute(u"style:name", odf::kFooterStyle);
    xml.attribute(u"style:family", u"paragraph");
    xml.attribute(u"style:parent-style-name", u"Standard");
    xml.start(u"style:paragraph-properties");
    xml.start(u"style:tab-stops");
    xml.start(u"style:tab-stop");
    xml.attribute(u"style:position", cm(page::kTextWidthMm / 10.0));
    xml.attribute(u"style:type", u"right");
    xml.end();
    xml.end();
    xml.end();
    writeProperties(xml, u"style:text-properties",
                    {{u"fo:font-size", u"9pt"_s}, {u"fo:color", u"#666666"_s}});
    xml.end();
    xml.newline();
}

void writeFontFaces(XmlPartWriter& xml)
{
    xml.start(u"office:font-face-decls");
    for (const auto& [font, generic] :
         {std::pair{kBodyFont, u"roman"}, std::pair{kHeadingFont, u"swiss"}}) {
        xml.start(u"style:font-face");
        xml.attribute(u"style:name", font);
        xml.attribute(u"svg:font-family", u'\'' % font % u'\'');
        xml.attribute(u"style:font-family-generic", generic);
        xml.attribute(u"style:font-pitch", u"variable");
        xml.end();
    }
    xml.end();
    xml.newline();
}

// Footers sit inside the page margins in ODF (in DOCX they sit in the margin), so the bottom
// margin is smaller here and the footer takes up the difference: the text area matches.
void writePageLayout(XmlPartWriter& xml)
{
    xml.start(u"office:automatic-styles");
    xml.start(u"style:page-layout");
    xml.attribute(u"style:name", kPageLayout);
    xml.start(u"style:page-layout-properties");
    xml.attribute(u"fo:page-width", cm(page::kWidthMm / 10.0));
    xml.attribute(u"fo:page-height", cm(page::kHeightMm / 10.0));
    xml.attribute(u"style:print-orientation", u"portrait");
    xml.attribute(u"fo:margin-top", cm(page::kMarginMm / 10.0));
    xml.attribute(u"fo:margin-bottom", cm(1.0));
    xml.attribute(u"fo:margin-left", cm(page::kMarginMm / 10.0));
    xml.attribute(u"fo:margin-right", cm(page::kMarginMm / 10.0));
    xml.end();
    xml.start(u"style:footer-style");
    xml.start(u"style:header-footer-properties");
    xml.attribute(u"fo:min-height", cm(0.6));
    xml.attribute(u"fo:margin-top", cm(0.4));
    xml.end();
    xml.end();
    xml.end();
    xml.end();
    xml.newline();
}

void writeMasterPages(XmlPartWriter& xml, const ReportDocument& document)
{
    xml.start(u"office:master-styles");
    xml.start(u"style:master-page");
    xml.attribute(u"style:name", u"Standard");
    xml.attribute(u"style:page-layout-name", kPageLayout);
    xml.start(u"style:footer");
    xml.start(u"text:p");
    xml.attribute(u"text:style-name", odf::kFooterStyle);
    xml.text(footerCaption(document));
    xml.empty(u"text:tab");
    xml.text(u"Page "_s);
    xml.start(u"text:page-number");
    xml.attribute(u"text:select-page", u"current");
    xml.text(u"1"_s);
    xml.end();
    xml.text(u" of "_s);
    xml.textElement(u"text:page-count", u"1"_s);
    xml.end();
    xml.end();
    xml.end();
    xml.newline();
    xml.start(u"style:master-page");
    xml.attribute(u"style:name", odf::kFirstPageMaster);
    xml.attribute(u"style:display-name", u"First Page");
    xml.attribute(u"style:page-layout-name", kPageLayout);
    xml.attribute(u"style:next-style-name", u"Standard");
    xml.end();
    xml.newline();
    xml.end();
    xml.newline();
}

} // namespace

QByteArray odtStylesXml(const ReportDocument& document)
{
    XmlPartWriter xml;
    xml.start(u"office:document-styles");
    declareOdfNamespaces(xml);
    xml.newline();
    writeFontFaces(xml);
    xml.start(u"office:styles");
    xml.newline();
    writeDefaultStyle(xml);
    for (const ParagraphStyle& style : paragraphStyles()) {
        writeStyle(xml, style);
    }
    writeFooterStyle(xml);
    writeOutlineStyle(xml);
    xml.end();
    xml.newline();
    writePageLayout(xml);
    writeMasterPages(xml, document);
    xml.end();
    return xml.finish();
}

} // namespace tessera
