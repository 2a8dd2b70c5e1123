#include "IncomingProject.h"

#include "project/Project.h"
#include "refi/RefiReader.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace tessera {

namespace {

QString countOf(qsizetype count, const QString& one, const QString& many)
{
    return QStringLiteral("%1 %2").arg(count).arg(count == 1 ? one : many);
}

// Everything a merge reads from an open project, by GUID.
IncomingProject snapshot(const Project& project, const QString& sourcePath)
{
    IncomingProject incoming;
    incoming.sourcePath = sourcePath;
    incoming.title = project.title();

    QHash<qint64, QString> coderGuids;
    for (const Coder& c : project.coders()) {
        incoming.coders << IncomingCoder{c.guid.toUpper(), c.name, c.color};
        coderGuids.insert(c.id.value, c.guid.toUpper());
    }
    QHash<qint64, QString> codeGuids;
    const QList<Code> codes = project.codes();
    for (const Code& c : codes) {
        codeGuids.insert(c.id.value, c.guid.toUpper());
    }
    for (const Code& c : codes) {
        incoming.codes << IncomingCode{c.guid.toUpper(),
                                       c.parentId ? codeGuids.value(c.parentId->value) : QString(),
                                       c.fields};
    }
    QHash<qint64, QString> documentGuids;
    for (const Document& d : project.documents()) {
        IncomingDocument document;
        document.guid = d.guid.toUpper();
        document.name = d.name;
        document.groupName = d.groupName;
        document.sourceName = d.sourceName;
        document.format = d.format;
        document.text = project.documentText(d.id);
        for (const Turn& t : project.turns(d.id)) {
            document.turns << ImportedTurn{t.speaker, t.start, t.end, t.beginMs};
        }
        for (const Speaker& s : project.speakers(d.id)) {
            document.speakerRoles.insert(s.label, s.role);
        }
        documentGuids.insert(d.id.value, document.guid);
        incoming.documents << document;
    }
    for (const Coding& c : project.codings()) {
        IncomingCoding coding;
        coding.guid = c.guid.toUpper();
        coding.documentGuid = documentGuids.value(c.documentId.value);
        coding.codeGuid = codeGuids.value(c.codeId.value);
        coding.coderGuid = coderGuids.value(c.coderId.value);
        coding.start = c.start;
        coding.end = c.end;
        coding.memo = c.memo;
        coding.keyQuote = c.keyQuote;
        coding.createdAt = c.createdAt;
        incoming.codings << coding;
    }

    // Said, so nobody expects them in the merged project.
    if (const qsizetype n = project.themes().size()) {
        incoming.notMerged << countOf(n, QStringLiteral("theme"), QStringLiteral("themes"));
    }
    if (const qsizetype n = project.participants().size()) {
        incoming.notMerged << countOf(n, QStringLiteral("participant"),
                                      QStringLiteral("participants"));
    }
    if (const qsizetype n = project.journal().size()) {
        incoming.notMerged << countOf(n, QStringLiteral("journal entry"),
                                      QStringLiteral("journal entries"));
    }
    if (const qsizetype n = project.allCodeComments().size()) {
        incoming.notMerged << countOf(n, QStringLiteral("code comment"),
                                      QStringLiteral("code comments"));
    }
    return incoming;
}

} // namespace

Result<QByteArray> readRefiFile(const QString& path, qint64 limit)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!info.isFile()) {
        return makeError(
            ErrorCode::NotFound,
            QStringLiteral("%1 does not exist. Check the path.").arg(info.absoluteFilePath()));
    }
    if (file.size() > limit) {
        return makeError(ErrorCode::TooLarge,
                         QStringLiteral("%1 is %2 MB; REFI-QDA files are read up to %3 MB.")
                             .arg(info.absoluteFilePath())
                             .arg(file.size() / (1024 * 1024))
                             .arg(limit / (1024 * 1024)));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, QStringLiteral("Cannot read %1: %2. Check that you may "
                                                       "read it.")
                                            .arg(info.absoluteFilePath(), file.errorString()));
    }
    return file.readAll();
}

Result<IncomingProject> readIncomingTessera(const QString& path)
{
    const QFileInfo info(path);
    const QString file = info.absoluteFilePath();
    if (!info.exists()) {
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("%1 does not exist. Check the path.").arg(file));
    }
    if (!info.isFile()) {
        return makeError(ErrorCode::NotAProject,
                         QStringLiteral("%1 is a folder, not a Tessera project file.").arg(file));
    }
    if (info.size() == 0) {
        return makeError(
            ErrorCode::NotAProject,
            QStringLiteral("%1 is empty, not a Tessera project. It was not changed.").arg(file));
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        return makeError(ErrorCode::Io, QStringLiteral("Cannot create a temporary folder to read "
                                                       "%1 from (%2). Check free disk space.")
                                            .arg(file, dir.errorString()));
    }
    // The colleague's file is only copied, never opened: even a read-only SQLite connection
    // would leave "-wal" and "-shm" files beside it. The copy (upgraded when older) is read.
    const QString copy = dir.filePath(QStringLiteral("incoming.tessera"));
    for (const char* suffix : {"", "-wal"}) {
        const QString from = path + QString::fromLatin1(suffix);
        const QString to = copy + QString::fromLatin1(suffix);
        if ((*suffix == 0 || QFile::exists(from)) && !QFile::copy(from, to)) {
            return makeError(ErrorCode::Io, QStringLiteral("Cannot read %1 for merging: copying it "
                                                           "failed. Check that you may read it "
                                                           "and that the disk has space.")
                                                .arg(QFileInfo(from).absoluteFilePath()));
        }
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    }
    auto project = Project::open(copy);
    if (!project) {
        // Messages name the file the user gave, not the private copy.
        Error error = project.error();
        error.message.replace(QFileInfo(copy).absoluteFilePath(), file);
        return error;
    }
    return snapshot(**project, file);
}

Result<IncomingProject> readIncomingProject(const QString& path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("qdc")) {
        return makeError(ErrorCode::UnsupportedFormat,
                         QStringLiteral("%1 is a REFI-QDA codebook (.qdc): it holds codes but no "
                                        "documents or codings to merge. Add its codes with "
                                        "“import-qdc”, or compare it with “compare-codebooks”.")
                             .arg(info.absoluteFilePath()));
    }
    if (suffix != QLatin1String("qdpx")) {
        return readIncomingTessera(path);
    }
    RefiReadOptions options;
    options.sourceName = info.fileName();
    auto bytes = readRefiFile(path, options.limits.maxTotalBytes);
    if (!bytes) {
        return bytes.error();
    }
    auto refi = readQdpx(*bytes, options);
    if (!refi) {
        return refi.error();
    }
    return incomingFromRefi(*refi, info.absoluteFilePath());
}

} // namespace tessera
