#include "OoxmlPackage.h"

#include "XmlPartWriter.h"

using namespace Qt::StringLiterals;

namespace tessera {

QByteArray ooxmlContentTypes(const QList<OoxmlPart>& parts)
{
    XmlPartWriter xml;
    xml.start(u"Types");
    xml.attribute(u"xmlns", u"http://schemas.openxmlformats.org/package/2006/content-types");
    xml.newline();
    xml.start(u"Default");
    xml.attribute(u"Extension", u"rels");
    xml.attribute(u"ContentType", u"application/vnd.openxmlformats-package.relationships+xml");
    xml.end();
    xml.newline();
    xml.start(u"Default");
    xml.attribute(u"Extension", u"xml");
    xml.attribute(u"ContentType", u"application/xml");
    xml.end();
    xml.newline();
    for (const OoxmlPart& part : parts) {
        xml.start(u"Override");
        // Part names in [Content_Types].xml are absolute (ECMA-376 Part 2, 10.1.2.4).
        xml.attribute(u"PartName", u'/' % part.name);
        xml.attribute(u"ContentType", part.contentType);
        xml.end();
        xml.newline();
    }
    xml.end();
    return xml.finish();
}

QByteArray ooxmlRelationships(const QList<OoxmlRelationship>& relationships)
{
    XmlPartWriter xml;
    xml.start(u"Relationships");
    xml.attribute(u"xmlns", u"http://schemas.openxmlformats.org/package/2006/relationships");
    xml.newline();
    for (const OoxmlRelationship& relationship : relationships) {
        xml.start(u"Relationship");
        xml.attribute(u"Id", relationship.id);
        xml.attribute(u"Type", relationship.type);
        xml.attribute(u"Target", relationship.target);
        xml.end();
        xml.newline();
    }
    xml.end();
    return xml.finish();
}

QByteArray ooxmlCoreProperties(const QString& title, const QString& subject,
                               const QDateTime& created)
{
    XmlPartWriter xml;
    xml.start(u"cp:coreProperties");
    xml.attribute(u"xmlns:cp",
                  u"http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    xml.attribute(u"xmlns:dc", u"http://purl.org/dc/elements/1.1/");
    xml.attribute(u"xmlns:dcterms", u"http://purl.org/dc/terms/");
    xml.attribute(u"xmlns:xsi", u"http://www.w3.org/2001/XMLSchema-instance");
    xml.newline();
    xml.textElement(u"dc:title", title);
    xml.newline();
    xml.textElement(u"dc:subject", subject);
    xml.newline();
    xml.textElement(u"dc:creator", u"Tessera"_s);
    xml.newline();
    if (created.isValid()) {
        // W3CDTF in UTC, the only date form core properties allow (ECMA-376 Part 2, 11.1).
        const QString stamp = created.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
        for (const auto name : {u"dcterms:created", u"dcterms:modified"}) {
            xml.start(name);
            xml.attribute(u"xsi:type", u"dcterms:W3CDTF");
            xml.text(stamp);
            xml.end();
            xml.newline();
        }
    }
    xml.end();
    return xml.finish();
}

} // namespace tessera
