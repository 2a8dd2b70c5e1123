#include "DocxArchive.h"

#include <QBuffer>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

constexpr qint64 kReadChunk = 64 * 1024;
constexpr quint16 kEncryptedFlag = 0x0001;

Error damagedZip(const QString& sourceName)
{
    return makeError(ErrorCode::Corrupt,
                     u"Cannot import '%1': it is not a valid Word file (the zip archive is "
                     "damaged). Save it again from Word as .docx and retry."_s.arg(sourceName));
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

Result<QByteArray> readDocxPart(const QByteArray& bytes, const QString& partName,
                                const QString& sourceName, const DocxArchiveLimits& limits)
{
    // Word 97-2003 files and password-protected .docx files are both OLE compound documents;
    // say so instead of "damaged zip".
    if (bytes.startsWith(QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))) {
        return makeError(ErrorCode::UnsupportedFormat,
                         u"Cannot import '%1': it is an old Word 97-2003 document (.doc) or a "
                         "password-protected Word file. Open it in Word, remove any password, "
                         "save it as .docx and retry."_s.arg(sourceName));
    }
    if (!bytes.startsWith("PK")) {
        return makeError(
            ErrorCode::Corrupt,
            u"Cannot import '%1': it is not a Word .docx file (it is not a zip "
            "archive). Open it in Word, save it as .docx and retry."_s.arg(sourceName));
    }

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip)) {
        return damagedZip(sourceName);
    }
    if (!zip.setCurrentFile(partName, QuaZip::csInsensitive)) {
        if (zip.getZipError() != UNZ_OK && zip.getZipError() != UNZ_END_OF_LIST_OF_FILE) {
            return damagedZip(sourceName);
        }
        return makeError(
            ErrorCode::Corrupt,
            u"Cannot import '%1': it is a zip archive but not a Word document (%2 "
            "is missing). Save it from Word as .docx and retry."_s.arg(sourceName, partName));
    }
    QuaZipFileInfo64 info;
    if (!zip.getCurrentFileInfo(&info)) {
        return damagedZip(sourceName);
    }
    if (info.flags & kEncryptedFlag) {
        return makeError(
            ErrorCode::UnsupportedFormat,
            u"Cannot import '%1': it is password-protected. Remove the password in "
            "Word (File > Info > Protect Document), save and retry."_s.arg(sourceName));
    }
    const auto tooLarge = [&](qint64 size) {
        return makeError(ErrorCode::TooLarge,
                         u"Cannot import '%1': its text part is too large (%2 MB unpacked; the "
                         "limit is %3 MB). Split the document into smaller files and retry."_s.arg(
                             sourceName, megabytes(size), megabytes(limits.maxPartBytes)));
    };
    const auto declared = qint64(info.uncompressedSize);
    if (declared > limits.maxPartBytes) {
        return tooLarge(declared);
    }
    const qint64 packed = qMax<qint64>(1, qint64(info.compressedSize));
    if (declared > limits.ratioFloorBytes && declared / packed > limits.maxRatio) {
        return makeError(ErrorCode::Corrupt,
                         u"Cannot import '%1': its text part unpacks to %2 times its stored "
                         "size, which is how zip bombs look, not Word files. Save it again from "
                         "Word and retry."_s.arg(sourceName)
                             .arg(declared / packed));
    }

    QuaZipFile part(&zip);
    if (!part.open(QIODevice::ReadOnly)) {
        return damagedZip(sourceName);
    }
    QByteArray content;
    content.reserve(qMin(declared, limits.maxPartBytes));
    while (true) {
        const QByteArray chunk = part.read(kReadChunk);
        if (chunk.isEmpty()) {
            break;
        }
        content += chunk;
        // The header may understate the size; stop as soon as the real data passes the limit.
        if (content.size() > limits.maxPartBytes) {
            return tooLarge(content.size());
        }
    }
    part.close();
    if (part.getZipError() != UNZ_OK) {
        return damagedZip(sourceName); // includes a CRC mismatch detected at close
    }
    return content;
}

} // namespace tessera
