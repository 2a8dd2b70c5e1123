#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace tessera::test {

// Builds .docx inputs in memory, so the tests show the XML they feed the importer instead of
// hiding it in binary fixture files.

// A zip archive holding the given entries (path, content), in order.
QByteArray zipEntries(const QList<std::pair<QString, QByteArray>>& entries);

// A complete word/document.xml whose w:body holds bodyXml ("w:" prefix bound to WordprocessingML).
QByteArray documentXml(const QString& bodyXml);

// A minimal valid .docx ([Content_Types].xml, _rels/.rels, word/document.xml) with that body.
QByteArray docxWithBody(const QString& bodyXml);
// The same with word/document.xml given verbatim (for malformed or hostile XML).
QByteArray docxWithDocumentXml(const QByteArray& xml);

// Body snippets.
QString paragraphXml(const QString& text);
QString headingXml(const QString& styleId, const QString& text);
// A paragraph of a bold run followed by a plain run ("P1:" + " text").
QString boldLeadParagraphXml(const QString& boldText, const QString& plainText);
// A table; each row is a list of cells, each cell one paragraph of text.
QString tableXml(const QList<QStringList>& rows);

} // namespace tessera::test
