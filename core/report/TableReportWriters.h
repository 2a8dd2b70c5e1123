#pragma once

#include "TableReport.h"

#include <QByteArray>
#include <QString>

namespace tessera {

// Table reports (survey summary, joint display, code × attribute matrix) in the text formats.
// Every cell is user text (question, category and code names) and is escaped for the format.
// The first cell of a tree row is indented by its depth (ReportTable::rowDepths) in the
// formats a person reads; CSV keeps the cell as it is, since it already names the whole path.

// CommonMark with GitHub pipe tables, UTF-8 without a BOM: title, subtitle, intro, then per
// table a bold caption, the table (numeric columns right-aligned) and its note in italics.
QByteArray writeTableReportMarkdown(const TableReport& report);
// One self-contained HTML file in the style of the other HTML reports: per table a <table> with
// <caption>, <thead>, column and row headers with scope, and the note after it.
QByteArray writeTableReportHtml(const TableReport& report);
// Each table as a block (caption line, header, rows), a blank line between tables; RFC 4180 as
// UTF-8 with a BOM, like the other CSV reports.
QByteArray writeTableReportCsv(const TableReport& report);

// The indentation of a tree row's first cell at `depth`, as characters that no format trims or
// collapses (em spaces).
QString tableRowIndent(int depth);

} // namespace tessera
