#include "RefiArchive.h"

#include "io/DocxArchive.h"

#include <QBuffer>
#include <QRegularExpression>
#include <quazip/quazip.h>
#include <quazip/quazipfileinfo.h>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

constexpr quint16 kEncryptedFlag = 0x0001;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

Error refused(const QString& sourceName, const QString& why)
{
    return makeError(ErrorCode::Corrupt,
                     u"Cannot import '%1': %2 Nothing was imported. Ask for a fresh export from "
                     "the application that made the file."_s.arg(sourceName, why));
}

// Why an entry name is unsafe, or empty. Names are never used as file system paths by Tessera,
// but a name that climbs out of the archive or names an absolute path only occurs in files
// crafted to attack extractors, so the whole archive is refused.
QString unsafeNameReason(const QString& name)
{
    if (name.isEmpty()) {
        return u"an entry has an empty name"_s;
    }
    static const QRegularExpression control(u"[\\x00-\\x1F\\x7F]"_s);
    if (control.match(name).hasMatch()) {
        return u"an entry name contains control characters"_s;
    }
    QString path = name;
    path.replace(u'\\', u'/');
    static const QRegularExpression drive(u"^[A-Za-z]:"_s);
    if (path.startsWith(u'/') || drive.match(path).hasMatch()) {
        return u"the entry '%1' has an absolute path"_s.arg(name);
    }
    const QStringList parts = path.split(u'/');
    if (parts.contains(u".."_s)) {
        return u"the entry '%1' points outside the archive (it contains \"..\")"_s.arg(name);
    }
    return {};
}

} // namespace

Result<RefiArchive> RefiArchive::open(const QByteArray& bytes, const QString& sourceName,
                                      const RefiArchiveLimits& limits)
{
    if (!bytes.startsWith("PK")) {
        return makeError(
            ErrorCode::UnsupportedFormat,
            u"Cannot import '%1': it is not a REFI-QDA project (.qdpx files are zip "
            "archives). Export the project again as .qdpx and retry."_s.arg(sourceName));
    }
    RefiArchive archive;
    archive.m_bytes = bytes;
    archive.m_sourceName = sourceName;
    archive.m_limits = limits;

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip)) {
        return refused(sourceName, u"the zip archive is damaged."_s);
    }
    if (zip.getEntriesCount() > limits.maxEntries) {
        return refused(sourceName,
                       u"it holds %1 entries; the limit is %2."_s.arg(zip.getEntriesCount())
                           .arg(limits.maxEntries));
    }
    qint64 declaredTotal = 0;
    int count = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        if (++count > limits.maxEntries) {
            return refused(sourceName, u"it holds more than %1 entries."_s.arg(limits.maxEntries));
        }
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info)) {
            return refused(sourceName, u"the zip archive is damaged."_s);
        }
        if (const QString why = unsafeNameReason(info.name); !why.isEmpty()) {
            return refused(sourceName, why + u"."_s);
        }
        const auto declared = qint64(info.uncompressedSize);
        if (declared > limits.maxEntryBytes) {
            return makeError(
                ErrorCode::TooLarge,
                u"Cannot import '%1': the entry '%2' unpacks to %3 MB; the limit is "
                "%4 MB per file. Nothing was imported."_s.arg(
                    sourceName, info.name, megabytes(declared), megabytes(limits.maxEntryBytes)));
        }
        declaredTotal += declared;
        if (declaredTotal > limits.maxTotalBytes) {
            return makeError(ErrorCode::TooLarge,
                             u"Cannot import '%1': its files unpack to more than %2 MB in "
                             "total. Nothing was imported. Export fewer sources at a time."_s.arg(
                                 sourceName, megabytes(limits.maxTotalBytes)));
        }
        const qint64 packed = qMax<qint64>(1, qint64(info.compressedSize));
        if (declared > limits.ratioFloorBytes && declared / packed > limits.maxRatio) {
            return refused(sourceName, u"the entry '%1' unpacks to %2 times its stored size, "
                                       "which is how zip bombs look."_s.arg(info.name)
                                           .arg(declared / packed));
        }
        if (info.name.endsWith(u'/') || info.name.endsWith(u'\\')) {
            continue; // a directory
        }
        if (info.flags & kEncryptedFlag) {
            return refused(
                sourceName,
                u"the entry '%1' is encrypted; REFI-QDA files are not."_s.arg(info.name));
        }
        archive.m_entries.append(info.name);
        archive.m_byFoldedName.insert(info.name.toCaseFolded(), info.name);
    }
    if (zip.getZipError() != UNZ_OK) {
        return refused(sourceName, u"the zip archive is damaged."_s);
    }
    return archive;
}

QString RefiArchive::find(const QString& path) const
{
    QString key = path;
    key.replace(u'\\', u'/');
    while (key.startsWith(u"./"_s)) {
        key.remove(0, 2);
    }
    return m_byFoldedName.value(key.toCaseFolded());
}

QStringList RefiArchive::withSuffix(const QString& suffix) const
{
    QStringList found;
    for (const QString& entry : m_entries) {
        if (entry.endsWith(suffix, Qt::CaseInsensitive)) {
            found.append(entry);
        }
    }
    return found;
}

Result<QByteArray> RefiArchive::read(const QString& entry)
{
    const qint64 remaining = m_limits.maxTotalBytes - m_bytesRead;
    DocxArchiveLimits limits;
    limits.maxPartBytes = qMin(m_limits.maxEntryBytes, remaining);
    limits.maxRatio = m_limits.maxRatio;
    limits.ratioFloorBytes = m_limits.ratioFloorBytes;
    // The zip reading (declared and real sizes, CRC) is shared with the .docx importer; only
    // its messages, which speak of Word files, are replaced.
    auto content = readDocxPart(m_bytes, entry, m_sourceName, limits);
    if (!content) {
        if (content.error().code == ErrorCode::TooLarge) {
            return makeError(
                ErrorCode::TooLarge,
                remaining < m_limits.maxEntryBytes
                    ? u"Cannot import '%1': its files unpack to more than %2 MB in total (the "
                      "limit was passed while reading '%3'). Nothing was imported."_s.arg(
                          m_sourceName, megabytes(m_limits.maxTotalBytes), entry)
                    : u"Cannot import '%1': the entry '%2' unpacks to more than %3 MB, the limit "
                      "per file. Nothing was imported."_s.arg(m_sourceName, entry,
                                                              megabytes(m_limits.maxEntryBytes)));
        }
        return refused(m_sourceName,
                       u"the entry '%1' is damaged (its data or checksum is wrong)."_s.arg(entry));
    }
    m_bytesRead += content->size();
    return content;
}

} // namespace tessera
