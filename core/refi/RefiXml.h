#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace tessera {

// A parsed XML element, names without namespace: REFI-QDA files use several namespace spellings
// ("urn:QDA-XML:project:1.0", "...:1:0", none at all), so readers match local names only.
struct XmlElement {
    QString name;
    QHash<QString, QString> attributes; // by local name
    QString text;                       // character data directly inside the element
    std::vector<XmlElement> children;
    qint64 line = 0;

    QString attribute(const QString& localName) const { return attributes.value(localName); }
    bool hasAttribute(const QString& localName) const { return attributes.contains(localName); }
    // The first child with this name, or nullptr.
    const XmlElement* child(const QString& localName) const;
    QList<const XmlElement*> childrenNamed(const QString& localName) const;
    // The text of the first child with this name; empty when absent.
    QString childText(const QString& localName) const;
};

// Parses XML from an untrusted file. Refused, with a message naming `sourceName` and the line:
// malformed XML, any document type declaration (DTDs are how entity-expansion attacks and
// external entities get in; REFI-QDA files never need one), and nesting deeper than 256.
Result<XmlElement> parseUntrustedXml(const QByteArray& bytes, const QString& sourceName);

} // namespace tessera
