#pragma once

#include "ReportDocument.h"
#include "ReportModel.h"

#include <QByteArray>

namespace tessera {

// PDF through Qt's own text layout: the document as print HTML (PrintHtml) in a QTextDocument,
// paginated onto A4 with 2 cm margins by QPdfWriter, with "Page N of M" footers (none on a
// title page). The text is real text with embedded font subsets, so it can be searched, copied
// and extracted (pdftotext). Laying out text needs fonts, and Qt only has them with a
// QGuiApplication: without one these return empty bytes. Any thread may call them.
QByteArray writeThemeSummaryPdf(const ThemeSummaryReport& report);
QByteArray writeCodebookPdf(const CodebookReport& report);
QByteArray writePdf(const ReportDocument& document);

} // namespace tessera
