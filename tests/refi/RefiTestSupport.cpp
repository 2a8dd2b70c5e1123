#include "RefiTestSupport.h"

#include "support/TestPaths.h"

#include <QBuffer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <zlib.h>

namespace tessera::test {

QString refiSamplePath(const QString& name)
{
    return sharedPath(QStringLiteral("refi/samples/") + name);
}

QByteArray refiSample(const QString& name)
{
    return readFileBytes(refiSamplePath(name));
}

std::optional<QString> xmllintUnavailable()
{
    if (QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty()) {
        return QStringLiteral("xmllint is not installed (Debian/Ubuntu package libxml2-utils), so "
                              "schema validation cannot run");
    }
    return std::nullopt;
}

SchemaCheck validateWithSchema(const QByteArray& xml, const QString& schemaName)
{
    QTemporaryFile file;
    file.setFileTemplate(QStringLiteral("refi-XXXXXX.xml"));
    if (!file.open()) {
        return {false, QStringLiteral("cannot write a temporary file")};
    }
    file.write(xml);
    file.flush();
    QProcess lint;
    lint.setProcessChannelMode(QProcess::MergedChannels);
    lint.start(QStringLiteral("xmllint"),
               {QStringLiteral("--noout"), QStringLiteral("--schema"),
                sharedPath(QStringLiteral("refi/") + schemaName), file.fileName()});
    if (!lint.waitForFinished(60000)) {
        return {false, QStringLiteral("xmllint did not finish")};
    }
    return {lint.exitStatus() == QProcess::NormalExit && lint.exitCode() == 0,
            QString::fromUtf8(lint.readAll())};
}

namespace {

// Raw deflate (no zlib header), as zip entries hold it.
QByteArray rawDeflate(const QByteArray& data)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

} // namespace

QByteArray buildZip(const QList<TestZipEntry>& entries)
{
    QBuffer buffer;
    QuaZip zip(&buffer);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate)) {
        return {};
    }
    zip.setDataDescriptorWritingEnabled(false);
    for (const TestZipEntry& entry : entries) {
        QuaZipNewInfo info(entry.name);
        if (!entry.password.isEmpty()) {
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, info, entry.password.constData())) {
                return {};
            }
            file.write(entry.data);
            file.close();
            continue;
        }
        // Raw mode: the test supplies the stored bytes, and the CRC and unpacked size the
        // headers claim.
        info.uncompressedSize = ulong(entry.declaredSize.value_or(quint64(entry.data.size())));
        const auto crc = quint32(crc32(0, reinterpret_cast<const Bytef*>(entry.data.constData()),
                                       uInt(entry.data.size())));
        QuaZipFile file(&zip);
        const int method = entry.deflate ? Z_DEFLATED : 0;
        if (!file.open(QIODevice::WriteOnly, info, nullptr, crc, method, Z_BEST_COMPRESSION,
                       true)) {
            return {};
        }
        file.write(entry.deflate ? rawDeflate(entry.data) : entry.data);
        file.close();
    }
    zip.close();
    return buffer.data();
}

QByteArray zipEntry(const QByteArray& bytes, const QString& name)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name)) {
        return {};
    }
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

QStringList zipEntryNames(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip)) {
        return {};
    }
    return zip.getFileNameList();
}

} // namespace tessera::test
