#include "DocxFixture.h"

#include <QBuffer>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Qt::StringLiterals;

namespace tessera::test {

namespace {

QString escapeXml(const QString& text)
{
    return text.toHtmlEscaped();
}

QString runXml(const QString& text, bool bold)
{
    return u"<w:r>"_s + (bold ? u"<w:rPr><w:b/></w:rPr>"_s : QString()) +
           u"<w:t xml:space=\"preserve\">"_s + escapeXml(text) + u"</w:t></w:r>"_s;
}

} // namespace

QByteArray zipEntries(const QList<std::pair<QString, QByteArray>>& entries)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    {
        QuaZip zip(&buffer);
        zip.open(QuaZip::mdCreate);
        for (const auto& [path, content] : entries) {
            QuaZipFile file(&zip);
            file.open(QIODevice::WriteOnly, QuaZipNewInfo(path));
            file.write(content);
            file.close();
        }
        zip.close();
    }
    return buffer.data();
}

QByteArray documentXml(const QString& bodyXml)
{
    return (u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
            "<w:body>"_s +
            bodyXml + u"<w:sectPr/></w:body></w:document>"_s)
        .toUtf8();
}

QByteArray docxWithDocumentXml(const QByteArray& xml)
{
    const QByteArray contentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    const QByteArray rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    return zipEntries({{u"[Content_Types].xml"_s, contentTypes},
                       {u"_rels/.rels"_s, rels},
                       {u"word/document.xml"_s, xml}});
}

QByteArray docxWithBody(const QString& bodyXml)
{
    return docxWithDocumentXml(documentXml(bodyXml));
}

QString paragraphXml(const QString& text)
{
    return u"<w:p>"_s + runXml(text, false) + u"</w:p>"_s;
}

QString headingXml(const QString& styleId, const QString& text)
{
    return u"<w:p><w:pPr><w:pStyle w:val=\""_s + styleId + u"\"/></w:pPr>"_s + runXml(text, false) +
           u"</w:p>"_s;
}

QString boldLeadParagraphXml(const QString& boldText, const QString& plainText)
{
    return u"<w:p>"_s + runXml(boldText, true) + runXml(plainText, false) + u"</w:p>"_s;
}

QString tableXml(const QList<QStringList>& rows)
{
    QString xml = u"<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"_s;
    for (const QStringList& row : rows) {
        xml += u"<w:tr>"_s;
        for (const QString& cell : row) {
            xml += u"<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>"_s +
                   paragraphXml(cell) + u"</w:tc>"_s;
        }
        xml += u"</w:tr>"_s;
    }
    return xml + u"</w:tbl>"_s;
}

} // namespace tessera::test
