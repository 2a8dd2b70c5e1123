#pragma once

#include "ReportDocument.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace tessera {

// word/styles.xml for the report documents: Word's built-in paragraph styles where one fits
// (Title, Subtitle, Heading 1-6, Quote, footer), so Word's navigation pane, table of contents
// and style gallery work on the export, and a few named ones of our own (Label, Item,
// Definition, Quote Attribution, Note, Table Text, Table Heading, Report Table).
QByteArray docxStylesXml();

// The style id (w:styleId) a block of this role uses; "Heading1" ... "Heading6" for headings.
QString docxParagraphStyleId(BlockStyle style, int headingLevel);

inline constexpr QStringView kDocxTableStyleId = u"ReportTable";
inline constexpr QStringView kDocxTableTextStyleId = u"TableText";
inline constexpr QStringView kDocxTableHeadingStyleId = u"TableHeading";
inline constexpr QStringView kDocxFooterStyleId = u"Footer";
// Shading of header-row cells (w:shd w:fill); also written on the cells themselves, because
// LibreOffice applies table-style conditional formatting only partly.
inline constexpr QStringView kDocxHeaderFill = u"F2F2F2";

} // namespace tessera
