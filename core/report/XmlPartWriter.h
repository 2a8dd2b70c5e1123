#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>
#include <QXmlStreamWriter>

namespace tessera {

// Writes one XML part of an office package (DOCX or ODT) as UTF-8. A thin layer over
// QXmlStreamWriter, which escapes markup characters; this adds what it does not do: dropping
// characters that XML 1.0 forbids (a transcript can carry a stray control character, and one
// such character makes Word refuse the whole file). Names are qualified ("w:p"); each part
// declares its prefixes on its root element.
class XmlPartWriter {
public:
    XmlPartWriter();

    void start(QStringView qualifiedName);
    void attribute(QStringView qualifiedName, const QString& value);
    void attribute(QStringView qualifiedName, QStringView value);
    void empty(QStringView qualifiedName);
    // An element with only an attribute, the commonest shape in WordprocessingML:
    // <w:pStyle w:val="Quote"/>.
    void emptyWith(QStringView qualifiedName, QStringView attributeName, const QString& value);
    void text(const QString& text);
    void textElement(QStringView qualifiedName, const QString& text);
    // A line break between block-level elements, where XML whitespace has no meaning: it keeps
    // the parts (and their golden files) readable a paragraph per line.
    void newline();
    void end();

    // Closes open elements and returns the part's bytes, starting with an XML declaration.
    QByteArray finish();

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_writer;
};

// `text` without the characters XML 1.0 (section 2.2) does not allow: C0 controls other than
// TAB, LF and CR, U+FFFE, U+FFFF and unpaired surrogates.
QString xmlSafeText(const QString& text);

// A run's text cut where word processors need an element instead of a character.
struct TextPiece {
    enum class Kind { Text, LineBreak, Tab };
    Kind kind = Kind::Text;
    QString text; // for Kind::Text; never empty
};

// Line breaks in any convention become LineBreak, tabs Tab; the text is made XML-safe.
QList<TextPiece> textPieces(const QString& text);

} // namespace tessera
