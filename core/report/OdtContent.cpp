#include "OdtContent.h"

#include "OdfNames.h"
#include "PageGeometry.h"
#include "ReportText.h"
#include "XmlPartWriter.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

constexpr QStringView kCellStyle = u"Cell";
constexpr QStringView kHeaderCellStyle = u"HeaderCell";

struct SpanFormat {
    bool bold = false;
    bool italic = false;
    QString color; // validated "#RRGGBB" or empty

    bool operator==(const SpanFormat&) const = default;
};

SpanFormat spanFormat(const TextRun& run)
{
    return {run.bold, run.italic, isValidHexColor(run.color) ? run.color.toLower() : QString()};
}

// A paragraph that needs more than its named style: a page break before it, or (the first
// paragraph of a document with a title page) the first page's master page.
struct ParagraphVariant {
    QString parent;
    bool breakBefore = false;
    bool firstPage = false;

    bool operator==(const ParagraphVariant&) const = default;
};

QString cm(double value)
{
    return QString::number(value, 'f', 2) % u"cm"_s;
}

QString columnLetter(qsizetype index)
{
    return QString(QChar(u'A' + int(index % 26)));
}

QString blockStyleName(const DocumentBlock& block)
{
    return odtParagraphStyleName(block.style, block.level);
}

// The automatic styles the body needs, named in document order (T1, T2 ... for spans, P1 ...
// for paragraphs), so the same document always gives the same names.
class AutomaticStyles {
public:
    explicit AutomaticStyles(const ReportDocument& document) : m_document(document)
    {
        for (qsizetype i = 0; i < document.blocks.size(); ++i) {
            const DocumentBlock& block = document.blocks[i];
            if (const auto variant = paragraphVariant(block, i);
                variant && !m_paragraphs.contains(*variant)) {
                m_paragraphs.append(*variant);
            }
            registerRuns(block.runs);
            for (const QList<TextRuns>& row : block.table.rows) {
                for (const TextRuns& cell : row) {
                    registerRuns(cell);
                }
            }
        }
    }

    QString paragraphStyle(const DocumentBlock& block, qsizetype index) const
    {
        if (const auto variant = paragraphVariant(block, index)) {
            return u'P' % QString::number(m_paragraphs.indexOf(*variant) + 1);
        }
        return blockStyleName(block);
    }

    QString spanStyle(const TextRun& run) const
    {
        const SpanFormat format = spanFormat(run);
        if (format == SpanFormat{}) {
            return {};
        }
        return u'T' % QString::number(m_spans.indexOf(format) + 1);
    }

    void write(XmlPartWriter& xml) const
    {
        xml.start(u"office:automatic-styles");
        xml.newline();
        for (qsizetype i = 0; i < m_paragraphs.size(); ++i) {
            writeParagraphVariant(xml, u'P' % QString::number(i + 1), m_paragraphs[i]);
        }
        for (qsizetype i = 0; i < m_spans.size(); ++i) {
            writeSpan(xml, u'T' % QString::number(i + 1), m_spans[i]);
        }
        writeCellStyle(xml, kCellStyle, false);
        writeCellStyle(xml, kHeaderCellStyle, true);
        int tableNumber = 0;
        for (const DocumentBlock& block : m_document.blocks) {
            if (block.style == BlockStyle::Table) {
                writeTableStyles(xml, ++tableNumber, block.table);
            }
        }
        xml.end();
        xml.newline();
    }

private:
    std::optional<ParagraphVariant> paragraphVariant(const DocumentBlock& block,
                                                     qsizetype index) const
    {
        if (block.style == BlockStyle::Table) {
            return std::nullopt;
        }
        const bool firstPage = index == 0 && m_document.titlePage;
        if (!firstPage && !block.pageBreakBefore) {
            return std::nullopt;
        }
        return ParagraphVariant{blockStyleName(block), block.pageBreakBefore, firstPage};
    }

    void registerRuns(const TextRuns& runs)
    {
        for (const TextRun& run : runs) {
            const SpanFormat format = spanFormat(run);
            if (format != SpanFormat{} && !m_spans.contains(format)) {
                m_spans.append(format);
            }
        }
    }

    static void writeParagraphVariant(XmlPartWriter& xml, const QString& name,
                                      const ParagraphVariant& variant)
    {
        xml.start(u"style:style");
        xml.attribute(u"style:name", name);
        xml.attribute(u"style:family", u"paragraph");
        xml.attribute(u"style:parent-style-name", variant.parent);
        if (variant.firstPage) {
            xml.attribute(u"style:master-page-name", odf::kFirstPageMaster);
        }
        if (variant.breakBefore) {
            xml.start(u"style:paragraph-properties");
            xml.attribute(u"fo:break-before", u"page");
            xml.end();
        }
        xml.end();
        xml.newline();
    }

    static void writeSpan(XmlPartWriter& xml, const QString& name, const SpanFormat& format)
    {
        xml.start(u"style:style");
        xml.attribute(u"style:name", name);
        xml.attribute(u"style:family", u"text");
        xml.start(u"style:text-properties");
        if (format.bold) {
            for (const auto attribute :
                 {u"fo:font-weight", u"style:font-weight-asian", u"style:font-weight-complex"}) {
                xml.attribute(attribute, u"bold");
            }
        }
        if (format.italic) {
            for (const auto attribute :
                 {u"fo:font-style", u"style:font-style-asian", u"style:font-style-complex"}) {
                xml.attribute(attribute, u"italic");
            }
        }
        if (!format.color.isEmpty()) {
            xml.attribute(u"fo:color", format.color);
        }
        xml.end();
        xml.end();
        xml.newline();
    }

    static void writeCellStyle(XmlPartWriter& xml, QStringView name, bool header)
    {
        xml.start(u"style:style");
        xml.attribute(u"style:name", name);
        xml.attribute(u"style:family", u"table-cell");
        xml.start(u"style:table-cell-properties");
        xml.attribute(u"fo:padding-top", cm(0.07));
        xml.attribute(u"fo:padding-bottom", cm(0.07));
        xml.attribute(u"fo:padding-left", cm(0.18));
        xml.attribute(u"fo:padding-right", cm(0.18));
        xml.attribute(u"fo:border", u"0.5pt solid #bfbfbf");
        if (header) {
            xml.attribute(u"fo:background-color", u"#f2f2f2");
        }
        xml.end();
        xml.end();
        xml.newline();
    }

    static void writeTableStyles(XmlPartWriter& xml, int number, const DocumentTable& table)
    {
        const QString name = u"Table"_s % QString::number(number);
        const QList<double> widths = columnWidthsCm(table);
        double total = 0;
        for (const double width : widths) {
            total += width;
        }
        xml.start(u"style:style");
        xml.attribute(u"style:name", name);
        xml.attribute(u"style:family", u"table");
        xml.start(u"style:table-properties");
        xml.attribute(u"style:width", cm(total));
        xml.attribute(u"table:align", u"left");
        xml.attribute(u"fo:margin-top", cm(0.1));
        xml.attribute(u"fo:margin-bottom", cm(0.25));
        // Neighbouring cells share one border line instead of drawing two.
        xml.attribute(u"table:border-model", u"collapsing");
        xml.end();
        xml.end();
        xml.newline();
        for (qsizetype c = 0; c < widths.size(); ++c) {
            xml.start(u"style:style");
            xml.attribute(u"style:name", name % u'.' % columnLetter(c));
            xml.attribute(u"style:family", u"table-column");
            xml.start(u"style:table-column-properties");
            xml.attribute(u"style:column-width", cm(widths[c]));
            xml.end();
            xml.end();
            xml.newline();
        }
    }

public:
    static QList<double> columnWidthsCm(const DocumentTable& table)
    {
        qsizetype columns = 0;
        for (const QList<TextRuns>& row : table.rows) {
            columns = std::max(columns, row.size());
        }
        QList<double> widths;
        for (qsizetype c = 0; c < columns; ++c) {
            const int percent =
                c < table.columnPercents.size() ? table.columnPercents[c] : int(100 / columns);
            widths << page::kTextWidthMm / 10.0 * percent / 100.0;
        }
        return widths;
    }

private:
    const ReportDocument& m_document;
    QList<ParagraphVariant> m_paragraphs;
    QList<SpanFormat> m_spans;
};

// Writes text the way ODF reads it (ODF 1.2 Part 1, 6.1.2): runs of spaces collapse to one and
// leading spaces vanish, so every space after the first, or at the start, is a text:s.
// `afterSpace` carries that state from run to run within a paragraph.
void writeSpacedText(XmlPartWriter& xml, const QString& text, bool& afterSpace)
{
    QString pending;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] == u' ' && afterSpace) {
            qsizetype count = 0;
            while (i < text.size() && text[i] == u' ') {
                ++count;
                ++i;
            }
            if (!pending.isEmpty()) {
                xml.text(pending);
                pending.clear();
            }
            xml.start(u"text:s");
            if (count > 1) {
                xml.attribute(u"text:c", QString::number(count));
            }
            xml.end();
            continue;
        }
        afterSpace = text[i] == u' ';
        pending.append(text[i]);
        ++i;
    }
    if (!pending.isEmpty()) {
        xml.text(pending);
    }
}

void writeRuns(XmlPartWriter& xml, const TextRuns& runs, const AutomaticStyles& styles)
{
    bool afterSpace = true; // the paragraph's start
    for (const TextRun& run : runs) {
        const QList<TextPiece> pieces = textPieces(run.text);
        if (pieces.isEmpty()) {
            continue;
        }
        const QString span = styles.spanStyle(run);
        if (!span.isEmpty()) {
            xml.start(u"text:span");
            xml.attribute(u"text:style-name", span);
        }
        for (const TextPiece& piece : pieces) {
            switch (piece.kind) {
            case TextPiece::Kind::Text:
                writeSpacedText(xml, piece.text, afterSpace);
                break;
            case TextPiece::Kind::LineBreak:
                xml.empty(u"text:line-break");
                afterSpace = true;
                break;
            case TextPiece::Kind::Tab:
                xml.empty(u"text:tab");
                afterSpace = true;
                break;
            }
        }
        if (!span.isEmpty()) {
            xml.end();
        }
    }
}

void writeRow(XmlPartWriter& xml, const DocumentTable& table, qsizetype row, qsizetype columns,
              const AutomaticStyles& styles)
{
    const bool headerRow = table.headerRow && row == 0;
    xml.start(u"table:table-row");
    for (qsizetype c = 0; c < columns; ++c) {
        const bool header = headerRow || (table.headerColumn && c == 0);
        xml.start(u"table:table-cell");
        xml.attribute(u"table:style-name", headerRow ? kHeaderCellStyle : kCellStyle);
        xml.attribute(u"office:value-type", u"string");
        xml.start(u"text:p");
        xml.attribute(u"text:style-name",
                      header ? odf::kTableHeadingStyle : odf::kTableContentsStyle);
        writeRuns(xml, table.rows[row].value(c), styles);
        xml.end();
        xml.end();
    }
    xml.end();
    xml.newline();
}

void writeTable(XmlPartWriter& xml, const DocumentTable& table, int number,
                const AutomaticStyles& styles)
{
    const QString name = u"Table"_s % QString::number(number);
    const qsizetype columns = AutomaticStyles::columnWidthsCm(table).size();
    xml.start(u"table:table");
    xml.attribute(u"table:name", name);
    xml.attribute(u"table:style-name", name);
    for (qsizetype c = 0; c < columns; ++c) {
        xml.start(u"table:table-column");
        xml.attribute(u"table:style-name", name % u'.' % columnLetter(c));
        xml.end();
    }
    xml.newline();
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        if (table.headerRow && r == 0) {
            // Repeated at the top of each page the table runs onto.
            xml.start(u"table:table-header-rows");
            writeRow(xml, table, r, columns, styles);
            xml.end();
            xml.newline();
        } else {
            writeRow(xml, table, r, columns, styles);
        }
    }
    xml.end();
    xml.newline();
}

} // namespace

QByteArray odtContentXml(const ReportDocument& document)
{
    const AutomaticStyles styles(document);
    XmlPartWriter xml;
    xml.start(u"office:document-content");
    declareOdfNamespaces(xml);
    xml.newline();
    styles.write(xml);
    xml.start(u"office:body");
    xml.start(u"office:text");
    xml.newline();
    int tableNumber = 0;
    for (qsizetype i = 0; i < document.blocks.size(); ++i) {
        const DocumentBlock& block = document.blocks[i];
        if (block.style == BlockStyle::Table) {
            writeTable(xml, block.table, ++tableNumber, styles);
            continue;
        }
        const bool heading = block.style == BlockStyle::Heading;
        xml.start(heading ? u"text:h" : u"text:p");
        xml.attribute(u"text:style-name", styles.paragraphStyle(block, i));
        if (heading) {
            xml.attribute(u"text:outline-level",
                          QString::number(std::clamp(block.level, 1, kDeepestDocumentHeading)));
        }
        writeRuns(xml, block.runs, styles);
        xml.end();
        xml.newline();
    }
    xml.end();
    xml.end();
    xml.end();
    return xml.finish();
}

} // namespace tessera
