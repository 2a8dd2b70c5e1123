#pragma once

#include "ReportDocument.h"
#include "ReportModel.h"

#include <QByteArray>

namespace tessera {

// Office Open XML WordprocessingML (.docx, ECMA-376 transitional), written by hand: real
// Heading 1-6 styles, quotes in Word's "Quote" style with their attribution in the paragraph
// after, prevalence and codebook fields as tables, A4 pages with "Page N of M" footers. The
// parts are listed in [Content_Types].xml first and zipped in a fixed order with the report's
// time, so the same report always gives the same bytes. See docs/exports.md.
QByteArray writeThemeSummaryDocx(const ThemeSummaryReport& report);
QByteArray writeCodebookDocx(const CodebookReport& report);
QByteArray writeDocx(const ReportDocument& document);

} // namespace tessera
