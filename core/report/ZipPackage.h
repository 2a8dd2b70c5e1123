#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tessera {

// One file inside a zip package.
struct ZipEntry {
    QString name; // "word/document.xml": forward slashes, no leading slash
    QByteArray data;
    bool compressed = true; // false = stored, as ODF requires for its "mimetype" entry
};

// The zip container that DOCX (ECMA-376 Part 2, Open Packaging Conventions) and ODT (ODF 1.2
// Part 3) share. Entries are written in the order given, every one with `timestamp` (not the
// current time) and without data descriptors or extra fields, so the same entries always give
// the same bytes and an ODT's stored "mimetype" can be read at a fixed offset, as ODF asks.
// Returns empty bytes if QuaZip fails, which only happens when memory runs out.
QByteArray zipPackage(const QList<ZipEntry>& entries, const QDateTime& timestamp);

} // namespace tessera
