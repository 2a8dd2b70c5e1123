#include "DocxStyles.h"

#include "PageGeometry.h"
#include "XmlPartWriter.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

constexpr QStringView kBodyFont = u"Calibri";
constexpr QStringView kHeadingFont = u"Calibri Light";
constexpr QStringView kHeadingColor = u"1F3A5F";
constexpr QStringView kMutedColor = u"555555";
constexpr int kBodyHalfPoints = 22;
constexpr int kQuoteIndentTwips = 567; // 1 cm

// A paragraph style; zero or empty fields are left out of the XML.
struct ParagraphStyle {
    ParagraphStyle(const QString& styleId, const QString& styleName) : id(styleId), name(styleName)
    {
    }

    QString id;
    QString name; // Word's own (lower-case) name for built-in styles: "heading 1"
    QString basedOn = u"Normal"_s;
    QString next;
    int outlineLevel = -1; // 0 for Heading 1
    bool keepNext = false;
    int spaceBefore = -1;
    int spaceAfter = -1;
    int indentLeft = 0;
    int indentRight = 0;
    bool leftRule = false; // the block-quote bar
    bool rightTabAtTextEnd = false;
    QString font;
    bool bold = false;
    bool italic = false;
    QString color;
    int halfPoints = 0;
};

void writeFonts(XmlPartWriter& xml, QStringView font)
{
    xml.start(u"w:rFonts");
    for (const auto attribute : {u"w:ascii", u"w:hAnsi", u"w:eastAsia", u"w:cs"}) {
        xml.attribute(attribute, font);
    }
    xml.end();
}

void writeSize(XmlPartWriter& xml, int halfPoints)
{
    xml.emptyWith(u"w:sz", u"w:val", QString::number(halfPoints));
    xml.emptyWith(u"w:szCs", u"w:val", QString::number(halfPoints));
}

// Child order follows the schema (CT_PPrBase, CT_RPr): Word rejects a file whose elements are
// out of order, even where LibreOffice would not mind.
void writeParagraphProperties(XmlPartWriter& xml, const ParagraphStyle& s)
{
    xml.start(u"w:pPr");
    if (s.keepNext) {
        xml.empty(u"w:keepNext");
        xml.empty(u"w:keepLines");
    }
    if (s.leftRule) {
        xml.start(u"w:pBdr");
        xml.start(u"w:left");
        xml.attribute(u"w:val", u"single");
        xml.attribute(u"w:sz", u"18"); // eighths of a point: 2.25 pt
        xml.attribute(u"w:space", u"8");
        xml.attribute(u"w:color", u"8C8C8C");
        xml.end();
        xml.end();
    }
    if (s.rightTabAtTextEnd) {
        xml.start(u"w:tabs");
        xml.start(u"w:tab");
        xml.attribute(u"w:val", u"right");
        xml.attribute(u"w:pos", QString::number(page::twips(page::kTextWidthMm)));
        xml.end();
        xml.end();
    }
    if (s.spaceBefore >= 0 || s.spaceAfter >= 0) {
        xml.start(u"w:spacing");
        if (s.spaceBefore >= 0) {
            xml.attribute(u"w:before", QString::number(s.spaceBefore));
        }
        if (s.spaceAfter >= 0) {
            xml.attribute(u"w:after", QString::number(s.spaceAfter));
        }
        xml.end();
    }
    if (s.indentLeft > 0 || s.indentRight > 0) {
        xml.start(u"w:ind");
        xml.attribute(u"w:left", QString::number(s.indentLeft));
        xml.attribute(u"w:right", QString::number(s.indentRight));
        xml.end();
    }
    if (s.outlineLevel >= 0) {
        xml.emptyWith(u"w:outlineLvl", u"w:val", QString::number(s.outlineLevel));
    }
    xml.end();
}

void writeRunProperties(XmlPartWriter& xml, const ParagraphStyle& s)
{
    xml.start(u"w:rPr");
    if (!s.font.isEmpty()) {
        writeFonts(xml, s.font);
    }
    if (s.bold) {
        xml.empty(u"w:b");
        xml.empty(u"w:bCs");
    }
    if (s.italic) {
        xml.empty(u"w:i");
        xml.empty(u"w:iCs");
    }
    if (!s.color.isEmpty()) {
        xml.emptyWith(u"w:color", u"w:val", s.color);
    }
    if (s.halfPoints > 0) {
        writeSize(xml, s.halfPoints);
    }
    xml.end();
}

void writeParagraphStyle(XmlPartWriter& xml, const ParagraphStyle& s)
{
    xml.start(u"w:style");
    xml.attribute(u"w:type", u"paragraph");
    xml.attribute(u"w:styleId", s.id);
    xml.emptyWith(u"w:name", u"w:val", s.name);
    xml.emptyWith(u"w:basedOn", u"w:val", s.basedOn);
    if (!s.next.isEmpty()) {
        xml.emptyWith(u"w:next", u"w:val", s.next);
    }
    xml.empty(u"w:qFormat");
    writeParagraphProperties(xml, s);
    writeRunProperties(xml, s);
    xml.end();
    xml.newline();
}

void writeDocDefaults(XmlPartWriter& xml)
{
    xml.start(u"w:docDefaults");
    xml.start(u"w:rPrDefault");
    xml.start(u"w:rPr");
    writeFonts(xml, kBodyFont);
    writeSize(xml, kBodyHalfPoints);
    xml.end();
    xml.end();
    xml.start(u"w:pPrDefault");
    xml.start(u"w:pPr");
    xml.start(u"w:spacing");
    xml.attribute(u"w:after", u"120");
    xml.attribute(u"w:line", u"264"); // 1.1 lines
    xml.attribute(u"w:lineRule", u"auto");
    xml.end();
    xml.end();
    xml.end();
    xml.end();
    xml.newline();
}

void writeNormalStyles(XmlPartWriter& xml)
{
    xml.start(u"w:style");
    xml.attribute(u"w:type", u"paragraph");
    xml.attribute(u"w:default", u"1");
    xml.attribute(u"w:styleId", u"Normal");
    xml.emptyWith(u"w:name", u"w:val", u"Normal"_s);
    xml.empty(u"w:qFormat");
    xml.end();
    xml.newline();
    xml.start(u"w:style");
    xml.attribute(u"w:type", u"table");
    xml.attribute(u"w:default", u"1");
    xml.attribute(u"w:styleId", u"TableNormal");
    xml.emptyWith(u"w:name", u"w:val", u"Normal Table"_s);
    xml.empty(u"w:semiHidden");
    xml.end();
    xml.newline();
}

void writeTableStyle(XmlPartWriter& xml)
{
    xml.start(u"w:style");
    xml.attribute(u"w:type", u"table");
    xml.attribute(u"w:styleId", kDocxTableStyleId);
    xml.emptyWith(u"w:name", u"w:val", u"Report Table"_s);
    xml.emptyWith(u"w:basedOn", u"w:val", u"TableNormal"_s);
    xml.start(u"w:tblPr");
    xml.start(u"w:tblBorders");
    for (const auto edge :
         {u"w:top", u"w:left", u"w:bottom", u"w:right", u"w:insideH", u"w:insideV"}) {
        xml.start(edge);
        xml.attribute(u"w:val", u"single");
        xml.attribute(u"w:sz", u"4");
        xml.attribute(u"w:space", u"0");
        xml.attribute(u"w:color", u"BFBFBF");
        xml.end();
    }
    xml.end();
    xml.start(u"w:tblCellMar");
    for (const auto& [edge, width] : {std::pair{u"w:top", 40}, std::pair{u"w:left", 100},
                                      std::pair{u"w:bottom", 40}, std::pair{u"w:right", 100}}) {
        xml.start(edge);
        xml.attribute(u"w:w", QString::number(width));
        xml.attribute(u"w:type", u"dxa");
        xml.end();
    }
    xml.end();
    xml.end();
    xml.end();
    xml.newline();
}

QList<ParagraphStyle> paragraphStyles()
{
    QList<ParagraphStyle> styles;
    ParagraphStyle title{u"Title"_s, u"Title"_s};
    title.next = u"Normal"_s;
    title.spaceBefore = 1200;
    title.spaceAfter = 240;
    title.font = kHeadingFont.toString();
    title.color = kHeadingColor.toString();
    title.halfPoints = 56;
    styles << title;

    ParagraphStyle subtitle{u"Subtitle"_s, u"Subtitle"_s};
    subtitle.next = u"Normal"_s;
    subtitle.spaceAfter = 480;
    subtitle.font = kHeadingFont.toString();
    subtitle.color = kMutedColor.toString();
    subtitle.halfPoints = 32;
    styles << subtitle;

    const int headingHalfPoints[] = {36, 30, 26, 24, 22, 22};
    const int headingSpaceBefore[] = {480, 360, 280, 240, 200, 200};
    for (int level = 1; level <= kDeepestDocumentHeading; ++level) {
        ParagraphStyle heading{u"Heading%1"_s.arg(level), u"heading %1"_s.arg(level)};
        heading.next = u"Normal"_s;
        heading.outlineLevel = level - 1;
        heading.keepNext = true;
        heading.spaceBefore = headingSpaceBefore[level - 1];
        heading.spaceAfter = 120;
        heading.font = kHeadingFont.toString();
        heading.bold = level >= 3;
        heading.italic = level >= 5;
        heading.color = kHeadingColor.toString();
        heading.halfPoints = headingHalfPoints[level - 1];
        styles << heading;
    }

    ParagraphStyle label{u"Label"_s, u"Label"_s};
    label.keepNext = true;
    label.spaceBefore = 240;
    label.spaceAfter = 80;
    label.bold = true;
    label.color = u"444444"_s;
    styles << label;

    ParagraphStyle item{u"Item"_s, u"Item"_s};
    item.keepNext = true;
    item.spaceBefore = 120;
    item.spaceAfter = 40;
    styles << item;

    ParagraphStyle definition{u"Definition"_s, u"Definition"_s};
    definition.spaceAfter = 40;
    definition.indentLeft = 425;
    definition.halfPoints = 20;
    styles << definition;

    ParagraphStyle quote{u"Quote"_s, u"Quote"_s};
    quote.next = u"QuoteAttribution"_s;
    quote.keepNext = true; // never separated from its attribution
    quote.spaceBefore = 200;
    quote.spaceAfter = 40;
    quote.indentLeft = kQuoteIndentTwips;
    quote.indentRight = kQuoteIndentTwips;
    quote.leftRule = true;
    quote.italic = true;
    quote.color = u"262626"_s;
    styles << quote;

    ParagraphStyle attribution{u"QuoteAttribution"_s, u"Quote Attribution"_s};
    attribution.spaceAfter = 60;
    attribution.indentLeft = kQuoteIndentTwips;
    attribution.indentRight = kQuoteIndentTwips;
    attribution.color = kMutedColor.toString();
    attribution.halfPoints = 20;
    styles << attribution;

    ParagraphStyle note{u"Note"_s, u"Note"_s};
    note.spaceBefore = 120;
    note.italic = true;
    note.color = kMutedColor.toString();
    styles << note;

    ParagraphStyle tableText{kDocxTableTextStyleId.toString(), u"Table Text"_s};
    tableText.spaceBefore = 0;
    tableText.spaceAfter = 0;
    tableText.halfPoints = 20;
    styles << tableText;

    ParagraphStyle tableHeading{kDocxTableHeadingStyleId.toString(), u"Table Heading"_s};
    tableHeading.basedOn = kDocxTableTextStyleId.toString();
    tableHeading.bold = true;
    styles << tableHeading;

    ParagraphStyle footer{kDocxFooterStyleId.toString(), u"footer"_s};
    footer.spaceAfter = 0;
    footer.rightTabAtTextEnd = true;
    footer.color = u"666666"_s;
    footer.halfPoints = 18;
    styles << footer;
    return styles;
}

} // namespace

QByteArray docxStylesXml()
{
    XmlPartWriter xml;
    xml.start(u"w:styles");
    xml.attribute(u"xmlns:w", u"http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    xml.newline();
    writeDocDefaults(xml);
    writeNormalStyles(xml);
    for (const ParagraphStyle& style : paragraphStyles()) {
        writeParagraphStyle(xml, style);
    }
    writeTableStyle(xml);
    xml.end();
    return xml.finish();
}

QString docxParagraphStyleId(BlockStyle style, int headingLevel)
{
    switch (style) {
    case BlockStyle::Title:
        return u"Title"_s;
    case BlockStyle::Subtitle:
        return u"Subtitle"_s;
    case BlockStyle::Heading:
        return u"Heading%1"_s.arg(std::clamp(headingLevel, 1, kDeepestDocumentHeading));
    case BlockStyle::Body:
        return u"Normal"_s;
    case BlockStyle::Label:
        return u"Label"_s;
    case BlockStyle::Item:
        return u"Item"_s;
    case BlockStyle::Definition:
        return u"Definition"_s;
    case BlockStyle::Quote:
        return u"Quote"_s;
    case BlockStyle::Attribution:
        return u"QuoteAttribution"_s;
    case BlockStyle::Note:
        return u"Note"_s;
    case BlockStyle::Table:
        return kDocxTableTextStyleId.toString();
    }
    return u"Normal"_s;
}

} // namespace tessera
