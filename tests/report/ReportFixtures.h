#pragma once

#include "report/ReportModel.h"

namespace tessera::test {

// A realistic study: social care practitioners supporting families digitally during the
// pandemic. The text deliberately carries everything that could break an output format:
// HTML, Markdown structure, CSV separators and formulas, line breaks, non-ASCII and emoji.
ThemeSummaryReport sampleThemeSummary();
CodebookReport sampleCodebook();

// The quote "I never saw the kitchen, only the ceiling." from Focus group 2, P3 at 00:12:31.
ReportQuote kitchenQuote();

} // namespace tessera::test
