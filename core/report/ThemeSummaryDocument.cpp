#include "ThemeSummaryDocument.h"

#include "ReportText.h"

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

// Column shares of the text width: narrow two-column tables read better than full-width ones.
const QList<int> kFactColumns = {30, 45};
const QList<int> kPrevalenceColumns = {32, 24};

// "Label: value" as one paragraph, the label in bold.
DocumentBlock factParagraph(const QString& label, const QString& value)
{
    return paragraphBlock(BlockStyle::Body, {boldRun(label % u": "_s), textRun(value)});
}

DocumentTable factTable(const QList<ReportFact>& facts, bool headerRow, const QList<int>& columns)
{
    DocumentTable table;
    table.headerRow = headerRow;
    table.headerColumn = true;
    table.columnPercents = columns;
    for (const ReportFact& fact : facts) {
        table.rows.append({{plainRun(fact.label)}, {plainRun(fact.value)}});
    }
    return table;
}

DocumentTable prevalenceTable(const Prevalence& prevalence)
{
    DocumentTable table = factTable(prevalenceFacts(prevalence), true, kPrevalenceColumns);
    table.rows.prepend({{plainRun(u"Prevalence"_s)}, {plainRun(u"Count"_s)}});
    return table;
}

void appendCode(QList<DocumentBlock>& blocks, const ReportCode& code)
{
    TextRuns item = swatchRuns(code.color);
    item.append(boldRun(codeNameText(code.name)));
    if (!code.path.isEmpty() && code.path != code.name) {
        item.append(plainRun(u" ("_s % code.path.simplified() % u')'));
    }
    item.append(plainRun(u" · "_s % codeCountsPhrase(code.codings, code.documents, code.speakers)));
    blocks.append(paragraphBlock(BlockStyle::Item, item));
    for (const ReportFact& fact :
         codeDefinitionFacts(code.description, code.inclusion, code.exclusion, code.example)) {
        blocks.append(paragraphBlock(BlockStyle::Definition,
                                     {italicRun(fact.label % u": "_s), textRun(fact.value)}));
    }
}

void appendQuote(QList<DocumentBlock>& blocks, const ReportQuote& quote)
{
    TextRuns text;
    if (quote.keyQuote) {
        text.append(boldRun(keyQuoteLabel() % u": "_s));
    }
    text.append(textRun(quote.text));
    blocks.append(paragraphBlock(BlockStyle::Quote, text));
    if (const QString line = attributionLine(quote); !line.isEmpty()) {
        blocks.append(paragraphBlock(BlockStyle::Attribution, {plainRun(line)}));
    }
    if (!quote.memo.trimmed().isEmpty()) {
        blocks.append(
            paragraphBlock(BlockStyle::Attribution, {italicRun(u"Memo: "_s), textRun(quote.memo)}));
    }
}

void appendTheme(QList<DocumentBlock>& blocks, const ReportTheme& theme, int level,
                 bool pageBreakBefore)
{
    DocumentBlock heading = headingBlock(level, themeNameText(theme.name));
    heading.pageBreakBefore = pageBreakBefore;
    blocks.append(heading);
    if (!theme.status.trimmed().isEmpty()) {
        blocks.append(factParagraph(u"Status"_s, themeStatusLabel(theme.status)));
    }
    if (!theme.organisingConcept.trimmed().isEmpty()) {
        blocks.append(factParagraph(u"Central organising concept"_s, theme.organisingConcept));
    }
    if (!theme.memo.trimmed().isEmpty()) {
        blocks.append(factParagraph(u"Memo"_s, theme.memo));
    }
    blocks.append(tableBlock(prevalenceTable(theme.prevalence)));

    if (!theme.codes.isEmpty()) {
        blocks.append(paragraphBlock(BlockStyle::Label, {plainRun(u"Codes"_s)}));
        for (const ReportCode& code : theme.codes) {
            appendCode(blocks, code);
        }
    }
    if (!theme.quotes.isEmpty() || theme.omittedQuotes > 0) {
        blocks.append(paragraphBlock(BlockStyle::Label, {plainRun(u"Quotes"_s)}));
        for (const ReportQuote& quote : keyQuotesFirst(theme.quotes)) {
            appendQuote(blocks, quote);
        }
        if (theme.omittedQuotes > 0) {
            blocks.append(paragraphBlock(BlockStyle::Note,
                                         {plainRun(omittedQuotesSentence(theme.omittedQuotes))}));
        }
    }
    for (const ReportTheme& subtheme : theme.subthemes) {
        appendTheme(blocks, subtheme, level + 1, false);
    }
}

} // namespace

QString attributionLine(const ReportQuote& quote)
{
    QStringList parts;
    if (const QString attribution = quoteAttribution(quote); !attribution.isEmpty()) {
        parts << attribution;
    }
    if (const QString timestamp = quoteTimestampText(quote); !timestamp.isEmpty()) {
        parts << timestamp;
    }
    if (parts.isEmpty()) {
        return {};
    }
    return u"— "_s % parts.join(u' ');
}

ReportDocument themeSummaryDocument(const ThemeSummaryReport& report)
{
    ReportDocument document;
    document.title = reportTitleText(report.title);
    document.subject = u"Theme summary"_s;
    document.created = report.generatedAt;
    document.titlePage = true;

    QList<DocumentBlock>& blocks = document.blocks;
    blocks.append(paragraphBlock(BlockStyle::Title, {plainRun(document.title)}));
    blocks.append(paragraphBlock(BlockStyle::Subtitle, {plainRun(document.subject)}));
    if (const QString generated = generatedText(report.generatedAt); !generated.isEmpty()) {
        blocks.append(paragraphBlock(BlockStyle::Body, {plainRun(generated)}));
    }
    blocks.append(tableBlock(factTable(projectFacts(report), false, kFactColumns)));
    if (report.themes.isEmpty()) {
        blocks.append(paragraphBlock(BlockStyle::Note, {plainRun(noThemesSentence())}));
    }
    bool first = true;
    for (const ReportTheme& theme : report.themes) {
        // The themes start on a fresh page, so the title page stands on its own.
        appendTheme(blocks, theme, 1, first);
        first = false;
    }
    return document;
}

} // namespace tessera
