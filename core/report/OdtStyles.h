#pragma once

#include "ReportDocument.h"

#include <QByteArray>

namespace tessera {

// styles.xml of the ODT: the named paragraph styles for every block role (OdfNames.h), headings
// tied to outline levels 1-6 so they appear in LibreOffice's Navigator and tables of contents,
// and the A4 page with its "Page N of M" footer (the document's title and subject on the
// left). A title page gets a master page of its own, without the footer.
QByteArray odtStylesXml(const ReportDocument& document);

} // namespace tessera
