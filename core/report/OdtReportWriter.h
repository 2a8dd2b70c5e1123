#pragma once

#include "ReportDocument.h"
#include "ReportModel.h"

#include <QByteArray>

namespace tessera {

// OpenDocument Text (.odt, ODF 1.2): the same document as the DOCX writer, with LibreOffice's
// own style names (Heading 1-6 on outline levels, Quotations, Text body). The package starts
// with the "mimetype" entry, stored uncompressed and without an extra field, then
// META-INF/manifest.xml listing content.xml, styles.xml and meta.xml. Timestamps come from the
// report, so the same report always gives the same bytes. See docs/exports.md.
QByteArray writeThemeSummaryOdt(const ThemeSummaryReport& report);
QByteArray writeCodebookOdt(const CodebookReport& report);
QByteArray writeOdt(const ReportDocument& document);

} // namespace tessera
