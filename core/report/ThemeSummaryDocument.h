#pragma once

#include "ReportDocument.h"
#include "ReportModel.h"

namespace tessera {

// The theme summary as a paged document, for the DOCX, ODT and PDF writers:
// - a title page: title, "Theme summary", when it was generated, and a table of project facts;
// - from a new page, each theme as a heading (top-level themes Heading 1, their subthemes
//   Heading 2, ...), its status, concept and memo, a prevalence table, its codes with their
//   definitions, and its quotes (key quotes first and marked), each followed by its
//   attribution paragraph.
// The wording comes from ReportText, as in the Markdown, HTML and CSV writers.
ReportDocument themeSummaryDocument(const ThemeSummaryReport& report);

// "— (Focus group 2, P3) [00:12:31]", or empty when the quote has neither attribution nor
// timestamp.
QString attributionLine(const ReportQuote& quote);

} // namespace tessera
