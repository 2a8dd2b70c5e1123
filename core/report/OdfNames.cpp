#include "OdfNames.h"

#include "XmlPartWriter.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace tessera {

void declareOdfNamespaces(XmlPartWriter& xml)
{
    constexpr std::pair<QStringView, QStringView> kNamespaces[] = {
        {u"xmlns:office", u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
        {u"xmlns:style", u"urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
        {u"xmlns:text", u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
        {u"xmlns:table", u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
        {u"xmlns:fo", u"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
        {u"xmlns:svg", u"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
        {u"xmlns:meta", u"urn:oasis:names:tc:opendocument:xmlns:meta:1.0"},
        {u"xmlns:dc", u"http://purl.org/dc/elements/1.1/"},
    };
    for (const auto& [prefix, uri] : kNamespaces) {
        xml.attribute(prefix, uri);
    }
    xml.attribute(u"office:version", odf::kVersion);
}

QString odtParagraphStyleName(BlockStyle style, int headingLevel)
{
    switch (style) {
    case BlockStyle::Title:
        return u"Title"_s;
    case BlockStyle::Subtitle:
        return u"Subtitle"_s;
    case BlockStyle::Heading:
        return u"Heading_20_%1"_s.arg(std::clamp(headingLevel, 1, kDeepestDocumentHeading));
    case BlockStyle::Body:
        return u"Text_20_body"_s;
    case BlockStyle::Label:
        return u"Label"_s;
    case BlockStyle::Item:
        return u"Item"_s;
    case BlockStyle::Definition:
        return u"Definition"_s;
    case BlockStyle::Quote:
        return u"Quotations"_s;
    case BlockStyle::Attribution:
        return u"Quote_20_Attribution"_s;
    case BlockStyle::Note:
        return u"Note"_s;
    case BlockStyle::Table:
        return odf::kTableContentsStyle.toString();
    }
    return u"Text_20_body"_s;
}

} // namespace tessera
