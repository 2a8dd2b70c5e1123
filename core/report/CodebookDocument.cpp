#include "CodebookDocument.h"

#include "ReportText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

const QList<int> kFieldColumns = {22, 78};

DocumentTable fieldTable(const CodebookEntry& code)
{
    DocumentTable table;
    table.headerColumn = true;
    table.columnPercents = kFieldColumns;
    const auto addRow = [&table](const QString& label, const TextRuns& value) {
        table.rows.append({{plainRun(label)}, value});
    };
    if (!code.path.isEmpty()) {
        addRow(u"Path"_s, {textRun(code.path)});
    }
    if (isValidHexColor(code.color)) {
        addRow(u"Colour"_s, swatchRuns(code.color) << plainRun(code.color));
    }
    addRow(u"Counts"_s, {plainRun(codeCountsPhrase(code.codings, code.documents, code.speakers))});
    if (!code.themes.isEmpty()) {
        addRow(u"Themes"_s, {textRun(code.themes.join(u"; "_s))});
    }
    for (const ReportFact& fact :
         codeDefinitionFacts(code.description, code.inclusion, code.exclusion, code.example)) {
        addRow(fact.label, {textRun(fact.value)});
    }
    if (!code.reviewStatus.isEmpty()) {
        addRow(u"Review status"_s, {plainRun(code.reviewStatus)});
    }
    if (!code.comments.isEmpty()) {
        // One comment per line inside the cell: "Ana, 2024-03-05: " in bold, then the text.
        TextRuns runs;
        for (const ReportComment& comment : code.comments) {
            if (!runs.isEmpty()) {
                runs << plainRun(u"\n"_s);
            }
            if (const QString by = commentAttribution(comment); !by.isEmpty()) {
                runs << boldRun(by % u": "_s);
            }
            runs << textRun(comment.text);
        }
        addRow(u"Comments"_s, runs);
    }
    return table;
}

} // namespace

ReportDocument codebookDocument(const CodebookReport& report)
{
    ReportDocument document;
    document.title = reportTitleText(report.title);
    document.subject = u"Codebook"_s;
    document.created = report.generatedAt;

    QList<DocumentBlock>& blocks = document.blocks;
    blocks.append(paragraphBlock(BlockStyle::Title, {plainRun(document.title)}));
    blocks.append(paragraphBlock(BlockStyle::Subtitle, {plainRun(document.subject)}));
    if (const QString generated = generatedText(report.generatedAt); !generated.isEmpty()) {
        blocks.append(paragraphBlock(BlockStyle::Body, {plainRun(generated)}));
    }
    if (report.codes.isEmpty()) {
        blocks.append(paragraphBlock(BlockStyle::Note, {plainRun(noCodesSentence())}));
    }
    for (const CodebookEntry& code : report.codes) {
        blocks.append(headingBlock(std::max(code.depth, 0) + 1, codeNameText(code.name)));
        blocks.append(tableBlock(fieldTable(code)));
    }
    return document;
}

} // namespace tessera
