#pragma once

#include "ReportDocument.h"

#include <QByteArray>

namespace tessera {

// content.xml of the ODT: headings as text:h with their outline level, every other block as a
// text:p in its named style (OdtStyles), tables with a repeated header row, and the automatic
// styles the body needs (bold, italic and coloured spans; page breaks; the title page's master
// page; table and column widths).
QByteArray odtContentXml(const ReportDocument& document);

} // namespace tessera
