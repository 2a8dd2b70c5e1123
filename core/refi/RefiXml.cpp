#include "RefiXml.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

constexpr int kMaxDepth = 256;

Error xmlError(const QString& sourceName, qint64 line, const QString& why)
{
    return makeError(ErrorCode::Corrupt,
                     u"Cannot import '%1': %2 (line %3). Nothing was imported; export the file "
                     "again from the application that made it."_s.arg(sourceName, why)
                         .arg(line));
}

class Parser {
public:
    Parser(const QByteArray& bytes, const QString& sourceName)
        : m_reader(bytes), m_sourceName(sourceName)
    {
    }

    Result<XmlElement> parse()
    {
        while (!m_reader.atEnd()) {
            const auto token = m_reader.readNext();
            if (token == QXmlStreamReader::DTD) {
                return refuseDtd();
            }
            if (token == QXmlStreamReader::StartElement) {
                XmlElement root;
                if (auto st = readElement(root, 1); !st) {
                    return st.error();
                }
                // Anything after the root must still be well-formed (and DTD-free).
                while (!m_reader.atEnd()) {
                    if (m_reader.readNext() == QXmlStreamReader::DTD) {
                        return refuseDtd();
                    }
                }
                if (m_reader.hasError()) {
                    return malformed();
                }
                return root;
            }
        }
        if (m_reader.hasError()) {
            return malformed();
        }
        return xmlError(m_sourceName, m_reader.lineNumber(), u"the XML has no root element"_s);
    }

private:
    Error refuseDtd() const
    {
        return xmlError(m_sourceName, m_reader.lineNumber(),
                        u"the XML contains a document type declaration (DTD), which REFI-QDA "
                        "files never need and which can hide entity-expansion attacks; it was "
                        "refused for safety"_s);
    }

    Error malformed() const
    {
        return xmlError(m_sourceName, m_reader.lineNumber(),
                        u"the XML is not well-formed: %1"_s.arg(m_reader.errorString()));
    }

    // Reads the element whose start tag was just read, up to and including its end tag.
    Status readElement(XmlElement& element, int depth)
    {
        if (depth > kMaxDepth) {
            return xmlError(m_sourceName, m_reader.lineNumber(),
                            u"elements are nested more than %1 levels deep"_s.arg(kMaxDepth));
        }
        element.name = m_reader.name().toString();
        element.line = m_reader.lineNumber();
        for (const QXmlStreamAttribute& attribute : m_reader.attributes()) {
            element.attributes.insert(attribute.name().toString(), attribute.value().toString());
        }
        while (!m_reader.atEnd()) {
            switch (m_reader.readNext()) {
            case QXmlStreamReader::StartElement: {
                element.children.emplace_back();
                if (auto st = readElement(element.children.back(), depth + 1); !st) {
                    return st;
                }
                break;
            }
            case QXmlStreamReader::EndElement:
                return {};
            case QXmlStreamReader::Characters:
                element.text += m_reader.text();
                break;
            case QXmlStreamReader::DTD:
                return refuseDtd();
            case QXmlStreamReader::EntityReference:
                return xmlError(m_sourceName, m_reader.lineNumber(),
                                u"the XML uses an undeclared entity '&%1;'"_s.arg(m_reader.name()));
            default:
                break;
            }
        }
        return malformed();
    }

    QXmlStreamReader m_reader;
    QString m_sourceName;
};

} // namespace

const XmlElement* XmlElement::child(const QString& localName) const
{
    for (const XmlElement& c : children) {
        if (c.name == localName) {
            return &c;
        }
    }
    return nullptr;
}

QList<const XmlElement*> XmlElement::childrenNamed(const QString& localName) const
{
    QList<const XmlElement*> found;
    for (const XmlElement& c : children) {
        if (c.name == localName) {
            found.append(&c);
        }
    }
    return found;
}

QString XmlElement::childText(const QString& localName) const
{
    const XmlElement* c = child(localName);
    return c ? c->text : QString();
}

Result<XmlElement> parseUntrustedXml(const QByteArray& bytes, const QString& sourceName)
{
    return Parser(bytes, sourceName).parse();
}

} // namespace tessera
