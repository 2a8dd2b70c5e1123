#pragma once

#include "ReportModel.h"

#include <QByteArray>

namespace tessera {

// Self-contained HTML5 as UTF-8: inline CSS (screen and print), no scripts, no external
// resources. Every model string is escaped; colours reach style attributes only when they
// are "#RRGGBB". See docs/exports.md for the layout.
QByteArray writeThemeSummaryHtml(const ThemeSummaryReport& report);
QByteArray writeCodebookHtml(const CodebookReport& report);

} // namespace tessera
