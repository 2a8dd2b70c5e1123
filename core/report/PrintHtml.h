#pragma once

#include "ReportDocument.h"

#include <QString>

namespace tessera {

// The document in the HTML subset that QTextDocument lays out (Qt's "Supported HTML Subset":
// no CSS grid, figures or borders on paragraphs), for the PDF writer. Headings are h1-h6,
// quotes indented italic paragraphs on a tinted background, tables have a repeated header row.
// Every string from the document is escaped (ReportEscaping), and only validated colours reach
// style attributes.
QString printHtml(const ReportDocument& document);

} // namespace tessera
