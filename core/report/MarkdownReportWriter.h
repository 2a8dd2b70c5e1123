#pragma once

#include "ReportModel.h"

#include <QByteArray>

namespace tessera {

// CommonMark (with GitHub's extensions in mind) as UTF-8 without a BOM. Every model string is
// escaped so it renders literally; see docs/exports.md for the layout.
QByteArray writeThemeSummaryMarkdown(const ThemeSummaryReport& report);
QByteArray writeCodebookMarkdown(const CodebookReport& report);

} // namespace tessera
