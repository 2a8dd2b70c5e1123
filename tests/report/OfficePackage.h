#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QDomDocument>
#include <QDomElement>
#include <QList>
#include <QString>

#include <optional>

namespace tessera::test {

// Reading back what the DOCX and ODT writers produce, independently of the writers' code:
// QuaZip for the zip, QXmlStreamReader for well-formedness, QDom for structure checks.

struct PackageEntry {
    QString name;
    QByteArray data;
    bool compressed = false;
    QDateTime modified;
    int localExtraFieldSize = 0; // from the local file header
    qint64 localHeaderOffset = 0;
};

// Every entry in the order of the zip's central directory; nullopt when it is no valid zip.
std::optional<QList<PackageEntry>> readPackage(const QByteArray& zip);
// The entry called `name`; nullopt when there is none.
std::optional<PackageEntry> packageEntry(const QList<PackageEntry>& entries, const QString& name);

// Why `xml` is not well-formed XML ("line 3: ..."); empty when it is.
QString xmlProblem(const QByteArray& xml);
// A namespace-aware DOM of a well-formed part.
QDomDocument parseXml(const QByteArray& xml);
// The direct child elements of `parent` with this namespace and local name.
QList<QDomElement> childElements(const QDomElement& parent, const QString& ns,
                                 const QString& localName);
// The first such child; a null element when there is none. (QDomElement::firstChildElement
// matches qualified names only without namespace processing.)
QDomElement childElement(const QDomElement& parent, const QString& ns, const QString& localName);
// Every descendant element with this namespace and local name, in document order.
QList<QDomElement> descendants(const QDomNode& root, const QString& ns, const QString& localName);

// The package as text for a golden file: per entry "==== name (stored|deflated)" and then its
// bytes. The XML parts are compared exactly; the zip's compressed bytes, which depend on the
// zlib version, are not.
QByteArray packageDump(const QList<PackageEntry>& entries);

} // namespace tessera::test
