#pragma once

#include "ReportDocument.h"
#include "ReportModel.h"

namespace tessera {

// The codebook as a paged document, for the DOCX, ODT and PDF writers: the title, "Codebook"
// and when it was generated, then one heading per code (top-level codes Heading 1, their
// children Heading 2, ...) followed by a two-column table a team can go through in a meeting:
// path, colour, counts, linked themes, description, inclusion, exclusion, example, and
// the review status and comments when the team reviewed the code.
ReportDocument codebookDocument(const CodebookReport& report);

} // namespace tessera
