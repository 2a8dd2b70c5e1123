#include "XmlPartWriter.h"

#include "ReportEscaping.h"

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

} // namespace

XmlPartWriter::XmlPartWriter() : m_writer(&m_bytes)
{
    // standalone="yes" as Word writes it: the parts have no DTD to consult.
    m_writer.writeStartDocument(u"1.0"_s, true);
    m_writer.writeCharacters(u"\n"_s);
}

void XmlPartWriter::start(QStringView qualifiedName)
{
    m_writer.writeStartElement(qualifiedName.toString());
}

void XmlPartWriter::attribute(QStringView qualifiedName, const QString& value)
{
    m_writer.writeAttribute(qualifiedName.toString(), xmlSafeText(value));
}

void XmlPartWriter::attribute(QStringView qualifiedName, QStringView value)
{
    attribute(qualifiedName, value.toString());
}

void XmlPartWriter::empty(QStringView qualifiedName)
{
    m_writer.writeEmptyElement(qualifiedName.toString());
}

void XmlPartWriter::emptyWith(QStringView qualifiedName, QStringView attributeName,
                              const QString& value)
{
    empty(qualifiedName);
    attribute(attributeName, value);
}

void XmlPartWriter::text(const QString& text)
{
    m_writer.writeCharacters(xmlSafeText(text));
}

void XmlPartWriter::textElement(QStringView qualifiedName, const QString& text)
{
    m_writer.writeTextElement(qualifiedName.toString(), xmlSafeText(text));
}

void XmlPartWriter::newline()
{
    m_writer.writeCharacters(u"\n"_s);
}

void XmlPartWriter::end()
{
    m_writer.writeEndElement();
}

QByteArray XmlPartWriter::finish()
{
    m_writer.writeEndDocument();
    if (!m_bytes.endsWith('\n')) {
        m_bytes.append('\n');
    }
    return m_bytes;
}

QString xmlSafeText(const QString& text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t codePoint = QChar::surrogateToUcs4(c, text.at(i + 1));
            if (isXmlChar(codePoint)) {
                safe.append(c);
                safe.append(text.at(i + 1));
            }
            ++i;
            continue;
        }
        if (!c.isSurrogate() && isXmlChar(c.unicode())) {
            safe.append(c);
        }
    }
    return safe;
}

QList<TextPiece> textPieces(const QString& text)
{
    QList<TextPiece> pieces;
    QString pending;
    const auto flush = [&] {
        if (!pending.isEmpty()) {
            pieces.append({TextPiece::Kind::Text, pending});
            pending.clear();
        }
    };
    for (const QChar c : xmlSafeText(normalizedLineBreaks(text))) {
        if (c == u'\n' || c == u'\t') {
            flush();
            pieces.append({c == u'\n' ? TextPiece::Kind::LineBreak : TextPiece::Kind::Tab, {}});
        } else {
            pending.append(c);
        }
    }
    flush();
    return pieces;
}

} // namespace tessera
