#include "ZipPackage.h"

#include <QBuffer>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <zlib.h>

namespace tessera {

namespace {

// MS-DOS date-time, the only timestamp a plain zip header has, covers 1980 to 2107.
const QDate kDosEpoch(1980, 1, 1);
const QDate kDosEnd(2107, 12, 31);

// QuaZip turns the entry's QDateTime into MS-DOS fields from its date() and time(), which
// is wall-clock time in the QDateTime's own zone. A report's time is UTC; handing over the UTC
// wall clock as a zone-less (local) time keeps the bytes independent of the machine's zone.
QDateTime entryTime(const QDateTime& timestamp)
{
    const QDateTime utc = timestamp.isValid() ? timestamp.toUTC() : QDateTime();
    if (!utc.isValid() || utc.date() < kDosEpoch || utc.date() > kDosEnd) {
        return QDateTime(kDosEpoch, QTime(0, 0));
    }
    // DOS time has two-second resolution; round down here so every reader shows the same.
    const QTime time = utc.time();
    return QDateTime(utc.date(),
                     QTime(time.hour(), time.minute(), time.second() - time.second() % 2));
}

} // namespace

QByteArray zipPackage(const QList<ZipEntry>& entries, const QDateTime& timestamp)
{
    QBuffer buffer;
    QuaZip zip(&buffer);
    // Names in UTF-8 with the language-encoding flag; ours are ASCII, but say what they are.
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate)) {
        return {};
    }
    // Sizes and CRC go into the local header (the buffer is seekable), not a trailing
    // descriptor: ODF readers look for "mimetype" and its value at fixed offsets.
    zip.setDataDescriptorWritingEnabled(false);
    const QDateTime time = entryTime(timestamp);
    for (const ZipEntry& entry : entries) {
        QuaZipNewInfo info(entry.name);
        info.dateTime = time;
        QuaZipFile file(&zip);
        const int method = entry.compressed ? Z_DEFLATED : 0;
        const int level = entry.compressed ? Z_BEST_COMPRESSION : 0;
        if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, method, level)) {
            return {};
        }
        const bool written = file.write(entry.data) == entry.data.size();
        file.close();
        if (!written || file.getZipError() != ZIP_OK) {
            return {};
        }
    }
    zip.close();
    if (zip.getZipError() != ZIP_OK) {
        return {};
    }
    return buffer.data();
}

} // namespace tessera
