#pragma once

#include "ReportModel.h"

#include <QByteArray>

namespace tessera {

// RFC 4180 CSV (CRLF, minimal quoting) as UTF-8 with a byte order mark, because Excel reads
// BOM-less CSV in the machine's legacy code page and garbles accents. Cells that a
// spreadsheet would run as a formula get a leading apostrophe. See docs/exports.md.

// One row per theme, per code of a theme and per quote, told apart by the "record" column.
QByteArray writeThemeSummaryCsv(const ThemeSummaryReport& report);
// One row per code, parents before their children.
QByteArray writeCodebookCsv(const CodebookReport& report);

} // namespace tessera
