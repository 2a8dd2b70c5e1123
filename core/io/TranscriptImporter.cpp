#include "TranscriptImporter.h"

#include "DocxImporter.h"
#include "SrtImporter.h"
#include "TextImporter.h"
#include "VttImporter.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

Error tooLarge(const QString& sourceName, qint64 size, qint64 maxBytes)
{
    return makeError(
        ErrorCode::TooLarge,
        u"Cannot import '%1': the file is %2 MB, over the %3 MB limit for "
        "transcripts. Check that it is a transcript; if it is, split it into "
        "smaller files and retry."_s.arg(sourceName, megabytes(size), megabytes(maxBytes)));
}

Error emptyFile(const QString& sourceName)
{
    return makeError(ErrorCode::InvalidInput,
                     u"Cannot import '%1': it is empty (it contains no text). Choose the file "
                     "that holds the transcript and retry."_s.arg(sourceName));
}

Result<ImportedDocument> importByFormat(const QByteArray& bytes, TranscriptFormat format,
                                        const QString& sourceName)
{
    switch (format) {
    case TranscriptFormat::Txt:
        return importPlainText(bytes, sourceName);
    case TranscriptFormat::Markdown:
        return importMarkdown(bytes, sourceName);
    case TranscriptFormat::Vtt:
        return importWebVtt(bytes, sourceName);
    case TranscriptFormat::Srt:
        return importSrt(bytes, sourceName);
    case TranscriptFormat::Docx:
        return importDocx(bytes, sourceName);
    }
    return makeError(ErrorCode::UnsupportedFormat,
                     u"Cannot import '%1': unknown transcript format."_s.arg(sourceName));
}

} // namespace

Result<ImportedDocument>
importTranscriptFile(const QString& path, std::optional<TranscriptFormat> format, qint64 maxBytes)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!format) {
        format = formatFromFileName(name);
        if (!format) {
            return makeError(
                ErrorCode::UnsupportedFormat,
                u"Cannot import '%1': Tessera does not know this kind of file. "
                "Supported transcript files: %2. Save or export the transcript in "
                "one of these formats and retry."_s.arg(name, supportedExtensions().join(u", "_s)));
        }
    }
    if (!info.exists()) {
        return makeError(ErrorCode::Io, u"Cannot import '%1': the file does not exist (%2). "
                                        "Check the name and folder and retry."_s.arg(
                                            name, info.absoluteFilePath()));
    }
    if (!info.isFile()) {
        return makeError(ErrorCode::Io, u"Cannot import '%1': it is a folder, not a file (%2). "
                                        "Choose a transcript file and retry."_s.arg(
                                            name, info.absoluteFilePath()));
    }
    // Check the size before reading, so a huge file is never loaded into memory.
    if (info.size() > maxBytes) {
        return tooLarge(name, info.size(), maxBytes);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, u"Cannot import '%1': it cannot be read (%2: %3). Check "
                                        "that you may read it and retry."_s.arg(
                                            name, info.absoluteFilePath(), file.errorString()));
    }
    // Read one byte more than allowed: the file may have grown since it was measured.
    const QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        return makeError(ErrorCode::Io, u"Cannot import '%1': reading it failed (%2: %3). Check "
                                        "the disk or network drive and retry."_s.arg(
                                            name, info.absoluteFilePath(), file.errorString()));
    }
    return importTranscriptBytes(bytes, *format, name, maxBytes);
}

Result<ImportedDocument> importTranscriptBytes(const QByteArray& bytes, TranscriptFormat format,
                                               const QString& sourceName, qint64 maxBytes)
{
    if (bytes.size() > maxBytes) {
        return tooLarge(sourceName, bytes.size(), maxBytes);
    }
    if (bytes.isEmpty()) {
        return emptyFile(sourceName);
    }
    auto document = importByFormat(bytes, format, sourceName);
    if (!document) {
        return document;
    }
    if (document->text.trimmed().isEmpty()) {
        return emptyFile(sourceName);
    }
    if (const auto problem = findTurnProblem(*document)) {
        // Importers guarantee sound turns; reaching this is a Tessera bug, never bad input, and
        // storing bad positions would corrupt every coding made on the document.
        return makeError(ErrorCode::Corrupt,
                         u"Cannot import '%1': Tessera found inconsistent speaker turns (%2). "
                         "This is a bug in Tessera; please report it with the file. Meanwhile, "
                         "import the file as plain text."_s.arg(sourceName, *problem));
    }
    return document;
}

} // namespace tessera
