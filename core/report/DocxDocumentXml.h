#pragma once

#include "ReportDocument.h"

#include <QByteArray>
#include <QString>

namespace tessera {

// word/document.xml: every block as a paragraph in its style (DocxStyles) or as a table, then
// one A4 section whose pages carry the footer `footerRelationshipId` points to (except the
// title page, when the document has one).
QByteArray docxDocumentXml(const ReportDocument& document, const QString& footerRelationshipId);

// word/footer1.xml: the title and subject on the left, "Page N of M" on the right, as fields
// that Word and LibreOffice fill in when they lay the pages out.
QByteArray docxFooterXml(const ReportDocument& document);

} // namespace tessera
