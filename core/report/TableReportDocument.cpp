#include "TableReportDocument.h"

#include "ReportText.h"
#include "TableReportWriters.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

// The row labels (question answers, theme paths) need more room than the counts beside them.
constexpr int kStubColumnPercent = 30;

QList<int> columnPercents(qsizetype columns)
{
    if (columns <= 1) {
        return {100};
    }
    QList<int> percents{kStubColumnPercent};
    const int each = (100 - kStubColumnPercent) / int(columns - 1);
    for (qsizetype c = 1; c < columns; ++c) {
        percents << each;
    }
    return percents;
}

DocumentTable documentTable(const ReportTable& table)
{
    qsizetype columns = table.header.size();
    for (const QStringList& row : table.rows) {
        columns = std::max(columns, row.size());
    }
    DocumentTable out;
    out.headerRow = true;
    out.headerColumn = table.firstColumnIsHeader;
    out.columnPercents = columnPercents(columns);
    QList<TextRuns> header;
    for (qsizetype c = 0; c < columns; ++c) {
        header << TextRuns{textRun(table.header.value(c))};
    }
    out.rows << header;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        QList<TextRuns> cells;
        for (qsizetype c = 0; c < columns; ++c) {
            cells << TextRuns{textRun(table.rows[r].value(c))};
        }
        // Added after textRun, which trims; in the same run, so no reader drops it as a
        // whitespace-only run.
        if (const int depth = table.rowDepths.value(r, 0); depth > 0 && !cells.isEmpty()) {
            cells[0][0].text.prepend(tableRowIndent(depth));
        }
        out.rows << cells;
    }
    return out;
}

} // namespace

ReportDocument tableReportDocument(const TableReport& report)
{
    ReportDocument document;
    document.title = reportTitleText(report.title);
    document.subject =
        report.subject.simplified().isEmpty() ? u"Tables"_s : report.subject.simplified();
    document.created = report.generatedAt;

    QList<DocumentBlock>& blocks = document.blocks;
    blocks.append(paragraphBlock(BlockStyle::Title, {plainRun(document.title)}));
    blocks.append(paragraphBlock(BlockStyle::Subtitle, {plainRun(document.subject)}));
    if (const QString generated = generatedText(report.generatedAt); !generated.isEmpty()) {
        blocks.append(paragraphBlock(BlockStyle::Body, {plainRun(generated)}));
    }
    for (const QString& paragraph : report.intro) {
        if (!paragraph.trimmed().isEmpty()) {
            blocks.append(paragraphBlock(BlockStyle::Body, {textRun(paragraph)}));
        }
    }
    for (const ReportTable& table : report.tables) {
        if (!table.caption.trimmed().isEmpty()) {
            blocks.append(paragraphBlock(BlockStyle::Label, {textRun(table.caption)}));
        }
        if (!table.header.isEmpty() || !table.rows.isEmpty()) {
            blocks.append(tableBlock(documentTable(table)));
        }
        if (!table.note.trimmed().isEmpty()) {
            blocks.append(paragraphBlock(BlockStyle::Note, {textRun(table.note)}));
        }
    }
    return document;
}

} // namespace tessera
