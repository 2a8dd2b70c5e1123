#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

namespace tessera {

// The Open Packaging Conventions layer of a DOCX (ECMA-376 Part 2): which part has which
// content type, how parts point to each other, and the document properties. Nothing here
// knows about WordprocessingML.

struct OoxmlPart {
    QString name;        // "word/document.xml"
    QString contentType; // "application/vnd.openxmlformats-officedocument...+xml"
};

struct OoxmlRelationship {
    QString id;     // "rId1"
    QString type;   // a relationship type URI
    QString target; // relative to the source part's folder
};

// [Content_Types].xml: defaults for .rels and .xml, and an override per part.
QByteArray ooxmlContentTypes(const QList<OoxmlPart>& parts);
// A .rels part ("_rels/.rels", "word/_rels/document.xml.rels").
QByteArray ooxmlRelationships(const QList<OoxmlRelationship>& relationships);
// docProps/core.xml: title, subject, creator "Tessera" and, when valid, the created time.
QByteArray ooxmlCoreProperties(const QString& title, const QString& subject,
                               const QDateTime& created);

// Relationship types and content types used by the DOCX writer.
namespace ooxml {
inline constexpr QStringView kOfficeDocumentRelationship =
    u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
inline constexpr QStringView kCorePropertiesRelationship =
    u"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
inline constexpr QStringView kStylesRelationship =
    u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
inline constexpr QStringView kFooterRelationship =
    u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
inline constexpr QStringView kCorePropertiesType =
    u"application/vnd.openxmlformats-package.core-properties+xml";
} // namespace ooxml

} // namespace tessera
