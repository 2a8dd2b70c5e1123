#pragma once

#include "ReportDocument.h"

#include <QString>
#include <QStringView>

namespace tessera {

// Names the ODT parts share: namespaces (ODF 1.2) and the paragraph style of each block role.

class XmlPartWriter;

namespace odf {
inline constexpr QStringView kVersion = u"1.2";
inline constexpr QStringView kTextMimeType = u"application/vnd.oasis.opendocument.text";
inline constexpr QStringView kTableContentsStyle = u"Table_20_Contents";
inline constexpr QStringView kTableHeadingStyle = u"Table_20_Heading";
inline constexpr QStringView kFooterStyle = u"Footer";
// The master page of a title page: the same page layout, no footer.
inline constexpr QStringView kFirstPageMaster = u"First_20_Page";
} // namespace odf

// xmlns declarations for office, style, text, table, fo, svg, meta and dc, and office:version,
// on the root element just started.
void declareOdfNamespaces(XmlPartWriter& xml);

// "Heading_20_1" (shown as "Heading 1"), "Quotations", "Text_20_body", ...: LibreOffice's own
// names where it has the style, so the document fits in with a user's templates.
QString odtParagraphStyleName(BlockStyle style, int headingLevel);

} // namespace tessera
