#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace tessera {

// A paged document in the abstract: paragraphs in named roles, runs of text and tables. The
// report models are turned into one of these once (ThemeSummaryDocument, CodebookDocument), and
// the DOCX, ODT and PDF writers only map its roles onto their own styles. So the three
// word-processor formats cannot disagree about what a report says or in which order.

// Text with emphasis. The text may hold '\n' (a line break inside the paragraph) and '\t'.
struct TextRun {
    QString text;
    bool bold = false;
    bool italic = false;
    QString color; // "#RRGGBB"; writers ignore anything that is not (isValidHexColor)
};

using TextRuns = QList<TextRun>;

// The role of a block. Each writer defines one named style per role, so a reader who restyles
// "Quote" in Word restyles every quote.
enum class BlockStyle {
    Title,       // the report title
    Subtitle,    // "Theme summary"
    Heading,     // DocumentBlock::level 1..kDeepestDocumentHeading; a theme or a code
    Body,        // ordinary text and "Label: value" facts
    Label,       // "Codes", "Quotes": a small heading kept with what follows, not in the outline
    Item,        // one code in a theme: swatch, name, path and counts
    Definition,  // a code's description, inclusion, ... indented under its item
    Quote,       // a block quote: indented, italic, with a rule on the left
    Attribution, // "— (Focus group 2, P3) [00:12:31]" and the quote's memo, under the quote
    Note,        // "3 further quotes not shown."
    Table,
};

// Heading 1 to Heading 6: Word and LibreOffice both have these built in; deeper trees are
// shown at level 6.
constexpr int kDeepestDocumentHeading = 6;

struct DocumentTable {
    QList<QList<TextRuns>> rows; // each cell is a paragraph of runs
    bool headerRow = false;      // the first row names the columns, repeated on every page
    bool headerColumn = false;   // the first column names the rows
    // Share of the text width per column, in percent; less than 100 in all for a narrow table.
    QList<int> columnPercents;
};

struct DocumentBlock {
    BlockStyle style = BlockStyle::Body;
    int level = 0; // heading level, for BlockStyle::Heading
    TextRuns runs;
    DocumentTable table; // for BlockStyle::Table
    bool pageBreakBefore = false;
};

struct ReportDocument {
    QString title;     // document properties and page footers
    QString subject;   // "Theme summary" or "Codebook"
    QDateTime created; // UTC; also the package timestamps, so the same report gives the same file
    // The first page is a title page: it gets no page footer.
    bool titlePage = false;
    QList<DocumentBlock> blocks;
};

TextRun plainRun(const QString& text);
// User text (a quote, a memo, a definition) as a run: line breaks in any convention made '\n'
// and the spaces and breaks at either end dropped, as every other report format does.
TextRun textRun(const QString& userText);
TextRun boldRun(const QString& text);
TextRun italicRun(const QString& text);
// "■ " in the colour, for a code's swatch; nothing when the colour is not "#RRGGBB".
TextRuns swatchRuns(const QString& color);

DocumentBlock paragraphBlock(BlockStyle style, const TextRuns& runs);
DocumentBlock headingBlock(int level, const QString& text); // level clamped to 1..6
DocumentBlock tableBlock(const DocumentTable& table);

// The text of a block's runs joined.
QString plainText(const TextRuns& runs);

// "Staying connected · Theme summary" for page footers, the title shortened with "…" so the
// footer stays on one line beside the page number.
QString footerCaption(const ReportDocument& document);

} // namespace tessera
