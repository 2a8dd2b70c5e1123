#include "OfficePackage.h"

#include <QBuffer>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

using namespace Qt::StringLiterals;

namespace tessera::test {

namespace {

constexpr int kLocalHeaderSize = 30; // PKWARE APPNOTE 4.3.7: the fixed part
constexpr int kExtraLengthOffset = 28;

quint16 littleEndian16(const QByteArray& bytes, qint64 at)
{
    return quint16(quint8(bytes.at(at))) | quint16(quint8(bytes.at(at + 1)) << 8);
}

} // namespace

std::optional<QList<PackageEntry>> readPackage(const QByteArray& zip)
{
    QByteArray copy = zip;
    QBuffer buffer(&copy);
    QuaZip archive(&buffer);
    if (!archive.open(QuaZip::mdUnzip)) {
        return std::nullopt;
    }
    QList<PackageEntry> entries;
    for (bool more = archive.goToFirstFile(); more; more = archive.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!archive.getCurrentFileInfo(&info)) {
            return std::nullopt;
        }
        QuaZipFile file(&archive);
        if (!file.open(QIODevice::ReadOnly)) {
            return std::nullopt;
        }
        PackageEntry entry;
        entry.name = info.name;
        entry.data = file.readAll();
        entry.compressed = info.method != 0;
        entry.modified = info.dateTime;
        file.close();
        if (file.getZipError() != UNZ_OK) {
            return std::nullopt; // a CRC mismatch shows here
        }
        entries << entry;
    }
    if (archive.getZipError() != UNZ_OK) {
        return std::nullopt;
    }
    // Local header offsets are not in QuaZip's file info: walk the local headers in order. This
    // relies on sizes in the local headers, i.e. no data descriptors, which the writers promise.
    qint64 offset = 0;
    for (PackageEntry& entry : entries) {
        if (offset + kLocalHeaderSize > zip.size() || zip.mid(offset, 4) != "PK\x03\x04") {
            return std::nullopt;
        }
        const quint16 nameLength = littleEndian16(zip, offset + 26);
        entry.localHeaderOffset = offset;
        entry.localExtraFieldSize = littleEndian16(zip, offset + kExtraLengthOffset);
        const quint32 packedSize = quint32(littleEndian16(zip, offset + 18)) |
                                   (quint32(littleEndian16(zip, offset + 20)) << 16);
        offset += kLocalHeaderSize + nameLength + entry.localExtraFieldSize + packedSize;
    }
    return entries;
}

std::optional<PackageEntry> packageEntry(const QList<PackageEntry>& entries, const QString& name)
{
    for (const PackageEntry& entry : entries) {
        if (entry.name == name) {
            return entry;
        }
    }
    return std::nullopt;
}

QString xmlProblem(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
    }
    if (!reader.hasError()) {
        return {};
    }
    return u"line %1, column %2: %3"_s.arg(reader.lineNumber())
        .arg(reader.columnNumber())
        .arg(reader.errorString());
}

QDomDocument parseXml(const QByteArray& xml)
{
    QDomDocument document;
    document.setContent(xml, true);
    return document;
}

QList<QDomElement> childElements(const QDomElement& parent, const QString& ns,
                                 const QString& localName)
{
    QList<QDomElement> children;
    for (QDomElement child = parent.firstChildElement(); !child.isNull();
         child = child.nextSiblingElement()) {
        if (child.namespaceURI() == ns && child.localName() == localName) {
            children << child;
        }
    }
    return children;
}

QDomElement childElement(const QDomElement& parent, const QString& ns, const QString& localName)
{
    return childElements(parent, ns, localName).value(0);
}

QList<QDomElement> descendants(const QDomNode& root, const QString& ns, const QString& localName)
{
    QList<QDomElement> found;
    const QDomNodeList nodes = root.isDocument()
                                   ? root.toDocument().elementsByTagNameNS(ns, localName)
                                   : root.toElement().elementsByTagNameNS(ns, localName);
    for (int i = 0; i < nodes.size(); ++i) {
        found << nodes.at(i).toElement();
    }
    return found;
}

QByteArray packageDump(const QList<PackageEntry>& entries)
{
    QByteArray dump;
    for (const PackageEntry& entry : entries) {
        dump +=
            "==== " + entry.name.toUtf8() + (entry.compressed ? " (deflated)\n" : " (stored)\n");
        dump += entry.data;
        if (!entry.data.endsWith('\n')) {
            dump += '\n';
        }
    }
    return dump;
}

} // namespace tessera::test
