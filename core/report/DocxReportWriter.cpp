#include "DocxReportWriter.h"

#include "CodebookDocument.h"
#include "DocxDocumentXml.h"
#include "DocxStyles.h"
#include "OoxmlPackage.h"
#include "ThemeSummaryDocument.h"
#include "ZipPackage.h"

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

constexpr QStringView kWordprocessingType =
    u"application/vnd.openxmlformats-officedocument.wordprocessingml";

QString wordContentType(QStringView part)
{
    return kWordprocessingType % part % u"+xml"_s;
}

} // namespace

QByteArray writeDocx(const ReportDocument& document)
{
    const QString footerId = u"rId2"_s;
    const QList<OoxmlPart> parts = {
        {u"word/document.xml"_s, wordContentType(u".document.main")},
        {u"word/styles.xml"_s, wordContentType(u".styles")},
        {u"word/footer1.xml"_s, wordContentType(u".footer")},
        {u"docProps/core.xml"_s, ooxml::kCorePropertiesType.toString()},
    };
    const QByteArray packageRelationships = ooxmlRelationships({
        {u"rId1"_s, ooxml::kOfficeDocumentRelationship.toString(), u"word/document.xml"_s},
        {u"rId2"_s, ooxml::kCorePropertiesRelationship.toString(), u"docProps/core.xml"_s},
    });
    const QByteArray documentRelationships = ooxmlRelationships({
        {u"rId1"_s, ooxml::kStylesRelationship.toString(), u"styles.xml"_s},
        {footerId, ooxml::kFooterRelationship.toString(), u"footer1.xml"_s},
    });
    // [Content_Types].xml first: some readers sniff a package by its first entry.
    return zipPackage(
        {
            {u"[Content_Types].xml"_s, ooxmlContentTypes(parts)},
            {u"_rels/.rels"_s, packageRelationships},
            {u"word/document.xml"_s, docxDocumentXml(document, footerId)},
            {u"word/_rels/document.xml.rels"_s, documentRelationships},
            {u"word/styles.xml"_s, docxStylesXml()},
            {u"word/footer1.xml"_s, docxFooterXml(document)},
            {u"docProps/core.xml"_s,
             ooxmlCoreProperties(document.title, document.subject, document.created)},
        },
        document.created);
}

QByteArray writeThemeSummaryDocx(const ThemeSummaryReport& report)
{
    return writeDocx(themeSummaryDocument(report));
}

QByteArray writeCodebookDocx(const CodebookReport& report)
{
    return writeDocx(codebookDocument(report));
}

} // namespace tessera
