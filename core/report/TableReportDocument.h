#pragma once

#include "ReportDocument.h"
#include "TableReport.h"

namespace tessera {

// A table report as a paged document, for the DOCX, ODT and PDF writers: the title, the subject
// and when it was generated, the intro paragraphs, then per table its caption (a Label
// paragraph kept with the table), the table with a repeated header row, and its note.
ReportDocument tableReportDocument(const TableReport& report);

} // namespace tessera
