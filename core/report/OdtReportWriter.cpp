#include "OdtReportWriter.h"

#include "CodebookDocument.h"
#include "OdfNames.h"
#include "OdtContent.h"
#include "OdtStyles.h"
#include "ThemeSummaryDocument.h"
#include "XmlPartWriter.h"
#include "ZipPackage.h"

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

const QStringList kXmlParts = {u"content.xml"_s, u"styles.xml"_s, u"meta.xml"_s};

QByteArray manifestXml()
{
    XmlPartWriter xml;
    xml.start(u"manifest:manifest");
    xml.attribute(u"xmlns:manifest", u"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
    xml.attribute(u"manifest:version", odf::kVersion);
    xml.newline();
    xml.start(u"manifest:file-entry");
    xml.attribute(u"manifest:full-path", u"/");
    xml.attribute(u"manifest:version", odf::kVersion);
    xml.attribute(u"manifest:media-type", odf::kTextMimeType);
    xml.end();
    xml.newline();
    for (const QString& part : kXmlParts) {
        xml.start(u"manifest:file-entry");
        xml.attribute(u"manifest:full-path", part);
        xml.attribute(u"manifest:media-type", u"text/xml");
        xml.end();
        xml.newline();
    }
    xml.end();
    return xml.finish();
}

QByteArray metaXml(const ReportDocument& document)
{
    XmlPartWriter xml;
    xml.start(u"office:document-meta");
    declareOdfNamespaces(xml);
    xml.newline();
    xml.start(u"office:meta");
    xml.newline();
    xml.textElement(u"meta:generator", u"Tessera"_s);
    xml.newline();
    xml.textElement(u"dc:title", document.title);
    xml.newline();
    xml.textElement(u"dc:subject", document.subject);
    xml.newline();
    if (document.created.isValid()) {
        const QString stamp = document.created.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
        xml.textElement(u"meta:creation-date", stamp);
        xml.newline();
        xml.textElement(u"dc:date", stamp);
        xml.newline();
    }
    xml.end();
    xml.newline();
    xml.end();
    return xml.finish();
}

} // namespace

QByteArray writeOdt(const ReportDocument& document)
{
    ZipEntry mimetype{u"mimetype"_s, odf::kTextMimeType.toString().toUtf8()};
    // ODF 1.2 Part 3, 3.3: first in the zip, not compressed, so a reader can identify the
    // file from its first bytes.
    mimetype.compressed = false;
    return zipPackage(
        {
            mimetype,
            {u"META-INF/manifest.xml"_s, manifestXml()},
            {kXmlParts[0], odtContentXml(document)},
            {kXmlParts[1], odtStylesXml(document)},
            {kXmlParts[2], metaXml(document)},
        },
        document.created);
}

QByteArray writeThemeSummaryOdt(const ThemeSummaryReport& report)
{
    return writeOdt(themeSummaryDocument(report));
}

QByteArray writeCodebookOdt(const CodebookReport& report)
{
    return writeOdt(codebookDocument(report));
}

} // namespace tessera
