#include "DocxDocumentXml.h"

#include "DocxStyles.h"
#include "PageGeometry.h"
#include "ReportText.h"
#include "XmlPartWriter.h"

#include <numeric>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

constexpr QStringView kWordNamespace =
    u"http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr QStringView kRelationshipNamespace =
    u"http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr double kFooterDistanceMm = 10.0;
// w:tblLook bits: conditional formats of the table style that apply.
constexpr int kLookFirstRow = 0x0020;
constexpr int kLookFirstColumn = 0x0080;
constexpr int kLookNoBands = 0x0200 | 0x0400;

void declareNamespaces(XmlPartWriter& xml)
{
    xml.attribute(u"xmlns:w", kWordNamespace);
    xml.attribute(u"xmlns:r", kRelationshipNamespace);
}

void writeRun(XmlPartWriter& xml, const TextRun& run)
{
    const QList<TextPiece> pieces = textPieces(run.text);
    if (pieces.isEmpty()) {
        return;
    }
    xml.start(u"w:r");
    const bool colored = isValidHexColor(run.color);
    if (run.bold || run.italic || colored) {
        xml.start(u"w:rPr");
        if (run.bold) {
            xml.empty(u"w:b");
            xml.empty(u"w:bCs");
        }
        if (run.italic) {
            xml.empty(u"w:i");
            xml.empty(u"w:iCs");
        }
        if (colored) {
            xml.emptyWith(u"w:color", u"w:val", run.color.mid(1).toUpper());
        }
        xml.end();
    }
    for (const TextPiece& piece : pieces) {
        switch (piece.kind) {
        case TextPiece::Kind::Text:
            // "preserve", or Word drops the spaces at either end of the run.
            xml.start(u"w:t");
            xml.attribute(u"xml:space", u"preserve");
            xml.text(piece.text);
            xml.end();
            break;
        case TextPiece::Kind::LineBreak:
            xml.empty(u"w:br");
            break;
        case TextPiece::Kind::Tab:
            xml.empty(u"w:tab");
            break;
        }
    }
    xml.end();
}

void writeParagraph(XmlPartWriter& xml, const QString& styleId, const TextRuns& runs,
                    bool pageBreakBefore = false)
{
    xml.start(u"w:p");
    xml.start(u"w:pPr");
    xml.emptyWith(u"w:pStyle", u"w:val", styleId);
    if (pageBreakBefore) {
        xml.empty(u"w:pageBreakBefore");
    }
    xml.end();
    for (const TextRun& run : runs) {
        writeRun(xml, run);
    }
    xml.end();
    xml.newline();
}

QList<int> columnWidths(const DocumentTable& table)
{
    const int textWidth = page::twips(page::kTextWidthMm);
    qsizetype columns = 0;
    for (const QList<TextRuns>& row : table.rows) {
        columns = std::max(columns, row.size());
    }
    QList<int> widths;
    for (qsizetype i = 0; i < columns; ++i) {
        const int percent = i < table.columnPercents.size()
                                ? table.columnPercents[i]
                                : 100 / int(std::max<qsizetype>(columns, 1));
        widths << textWidth * percent / 100;
    }
    return widths;
}

void writeCell(XmlPartWriter& xml, const TextRuns& runs, int width, bool header, bool shaded)
{
    xml.start(u"w:tc");
    xml.start(u"w:tcPr");
    xml.start(u"w:tcW");
    xml.attribute(u"w:w", QString::number(width));
    xml.attribute(u"w:type", u"dxa");
    xml.end();
    if (shaded) {
        xml.start(u"w:shd");
        xml.attribute(u"w:val", u"clear");
        xml.attribute(u"w:color", u"auto");
        xml.attribute(u"w:fill", kDocxHeaderFill);
        xml.end();
    }
    xml.end();
    xml.start(u"w:p");
    xml.start(u"w:pPr");
    xml.emptyWith(u"w:pStyle", u"w:val",
                  (header ? kDocxTableHeadingStyleId : kDocxTableTextStyleId).toString());
    xml.end();
    for (const TextRun& run : runs) {
        writeRun(xml, run);
    }
    xml.end();
    xml.end();
}

void writeTable(XmlPartWriter& xml, const DocumentTable& table)
{
    const QList<int> widths = columnWidths(table);
    xml.start(u"w:tbl");
    xml.start(u"w:tblPr");
    xml.emptyWith(u"w:tblStyle", u"w:val", kDocxTableStyleId.toString());
    xml.start(u"w:tblW");
    xml.attribute(u"w:w", QString::number(std::accumulate(widths.cbegin(), widths.cend(), 0)));
    xml.attribute(u"w:type", u"dxa");
    xml.end();
    xml.emptyWith(u"w:tblLayout", u"w:type", u"fixed"_s);
    // Both the legacy bit mask (ECMA-376 Part 4) and the named flags, as Word writes them.
    const int look = (table.headerRow ? kLookFirstRow : 0) |
                     (table.headerColumn ? kLookFirstColumn : 0) | kLookNoBands;
    xml.start(u"w:tblLook");
    xml.attribute(u"w:val", u"%1"_s.arg(look, 4, 16, QLatin1Char('0')).toUpper());
    xml.attribute(u"w:firstRow", table.headerRow ? u"1" : u"0");
    xml.attribute(u"w:lastRow", u"0");
    xml.attribute(u"w:firstColumn", table.headerColumn ? u"1" : u"0");
    xml.attribute(u"w:lastColumn", u"0");
    xml.attribute(u"w:noHBand", u"1");
    xml.attribute(u"w:noVBand", u"1");
    xml.end();
    xml.end();
    xml.start(u"w:tblGrid");
    for (const int width : widths) {
        xml.emptyWith(u"w:gridCol", u"w:w", QString::number(width));
    }
    xml.end();
    xml.newline();
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const bool headerRow = table.headerRow && r == 0;
        xml.start(u"w:tr");
        xml.start(u"w:trPr");
        xml.empty(u"w:cantSplit");
        if (headerRow) {
            xml.empty(u"w:tblHeader"); // repeated at the top of each page
        }
        xml.end();
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const TextRuns runs = table.rows[r].value(c);
            writeCell(xml, runs, widths[c], headerRow || (table.headerColumn && c == 0), headerRow);
        }
        xml.end();
        xml.newline();
    }
    xml.end();
    xml.newline();
}

void writeSection(XmlPartWriter& xml, const ReportDocument& document,
                  const QString& footerRelationshipId)
{
    const QString margin = QString::number(page::twips(page::kMarginMm));
    xml.start(u"w:sectPr");
    xml.start(u"w:footerReference");
    xml.attribute(u"w:type", u"default");
    xml.attribute(u"r:id", footerRelationshipId);
    xml.end();
    xml.start(u"w:pgSz");
    xml.attribute(u"w:w", QString::number(page::twips(page::kWidthMm)));
    xml.attribute(u"w:h", QString::number(page::twips(page::kHeightMm)));
    xml.end();
    xml.start(u"w:pgMar");
    for (const auto edge : {u"w:top", u"w:right", u"w:bottom", u"w:left"}) {
        xml.attribute(edge, margin);
    }
    xml.attribute(u"w:header", QString::number(page::twips(kFooterDistanceMm)));
    xml.attribute(u"w:footer", QString::number(page::twips(kFooterDistanceMm)));
    xml.attribute(u"w:gutter", u"0");
    xml.end();
    if (document.titlePage) {
        // A different first page; with no first-page footer given, it has none.
        xml.empty(u"w:titlePg");
    }
    xml.end();
    xml.newline();
}

void writeField(XmlPartWriter& xml, QStringView instruction)
{
    xml.start(u"w:fldSimple");
    xml.attribute(u"w:instr", instruction);
    writeRun(xml, plainRun(u"1"_s)); // shown until the application updates the field
    xml.end();
}

} // namespace

QByteArray docxDocumentXml(const ReportDocument& document, const QString& footerRelationshipId)
{
    XmlPartWriter xml;
    xml.start(u"w:document");
    declareNamespaces(xml);
    xml.newline();
    xml.start(u"w:body");
    xml.newline();
    bool previousWasTable = false;
    for (const DocumentBlock& block : document.blocks) {
        const bool isTable = block.style == BlockStyle::Table;
        if (isTable) {
            // Word joins two tables with nothing between them into one.
            if (previousWasTable) {
                writeParagraph(xml, u"Normal"_s, {});
            }
            writeTable(xml, block.table);
        } else {
            writeParagraph(xml, docxParagraphStyleId(block.style, block.level), block.runs,
                           block.pageBreakBefore);
        }
        previousWasTable = isTable;
    }
    // The body must not end with a table: Word always keeps a paragraph after the last one.
    if (previousWasTable) {
        writeParagraph(xml, u"Normal"_s, {});
    }
    writeSection(xml, document, footerRelationshipId);
    xml.end();
    xml.end();
    return xml.finish();
}

QByteArray docxFooterXml(const ReportDocument& document)
{
    XmlPartWriter xml;
    xml.start(u"w:ftr");
    declareNamespaces(xml);
    xml.newline();
    xml.start(u"w:p");
    xml.start(u"w:pPr");
    xml.emptyWith(u"w:pStyle", u"w:val", kDocxFooterStyleId.toString());
    xml.end();
    writeRun(xml, plainRun(footerCaption(document) % u'\t' % u"Page "_s));
    writeField(xml, u" PAGE ");
    writeRun(xml, plainRun(u" of "_s));
    writeField(xml, u" NUMPAGES ");
    xml.end();
    xml.newline();
    xml.end();
    return xml.finish();
}

} // namespace tessera
