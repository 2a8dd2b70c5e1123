#include "RefiProjectImport.h"

#include "RefiImporter.h"
#include "project/Project.h"
#include "refi/RefiReader.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

using refi_detail::RefiImporter;

// Taguette keeps the hierarchy in the names ("parent\child").
QList<RefiCode> codesOf(const QString& origin, const QList<RefiCode>& codes, RefiImporter& importer)
{
    if (!origin.startsWith(u"Taguette"_s, Qt::CaseInsensitive)) {
        return codes;
    }
    const QList<RefiCode> nested = refi_detail::nestBackslashNames(codes);
    const bool hadPaths = std::any_of(codes.cbegin(), codes.cend(), [](const RefiCode& code) {
        return code.children.isEmpty() && code.name.contains(u'\\');
    });
    if (hadPaths) {
        importer.warn(u"Code names of the form “parent\\child” (Taguette's hierarchy) were nested "
                      "under their parent code."_s);
    }
    return nested;
}

Result<QByteArray> readInput(const QString& path, qint64 limit)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.exists()) {
        return makeError(ErrorCode::Io,
                         u"Cannot import '%1': there is no such file. Check the path."_s.arg(path));
    }
    if (file.size() > limit) {
        return makeError(ErrorCode::TooLarge,
                         u"Cannot import '%1': it is %2 MB; the limit is %3 MB."_s.arg(name)
                             .arg(file.size() / (1024 * 1024))
                             .arg(limit / (1024 * 1024)));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, u"Cannot read '%1': %2. Check that you may read it."_s.arg(
                                            path, file.errorString()));
    }
    return file.readAll();
}

} // namespace

Result<RefiImportReport> importQdpxInto(Project& project, const RefiProject& refi)
{
    RefiImportReport report;
    report.warnings = refi.warnings;
    RefiImporter importer(project, report);
    importer.setSourceName(refi.name.isEmpty() ? u"REFI-QDA project"_s
                                               : u"REFI-QDA project “%1”"_s.arg(refi.name));
    importer.setNotes(refi.notes);
    if (auto st = importer.importUsers(refi.users, refi.creatingUser); !st) {
        return st.error();
    }
    if (auto st = importer.importCodes(codesOf(refi.origin, refi.codes, importer)); !st) {
        return st.error();
    }
    if (auto st = importer.importVariables(refi); !st) {
        return st.error();
    }
    if (auto st = importer.importSources(refi); !st) {
        return st.error();
    }
    if (auto st = importer.importCases(refi); !st) {
        return st.error();
    }
    if (auto st = importer.importThemes(refi.sets); !st) {
        return st.error();
    }
    if (auto st = importer.importProjectNotes(refi); !st) {
        return st.error();
    }
    return report;
}

Result<RefiImportReport> importQdcInto(Project& project, const RefiCodebook& codebook)
{
    RefiImportReport report;
    report.warnings = codebook.warnings;
    RefiImporter importer(project, report);
    if (auto st = importer.importCodes(codesOf(codebook.origin, codebook.codes, importer)); !st) {
        return st.error();
    }
    if (auto st = importer.importThemes(codebook.sets); !st) {
        return st.error();
    }
    return report;
}

Result<RefiImportReport> importQdcFileInto(Project& project, const QString& qdcPath)
{
    RefiReadOptions options;
    options.sourceName = QFileInfo(qdcPath).fileName();
    auto bytes = readInput(qdcPath, options.limits.maxEntryBytes);
    if (!bytes) {
        return bytes.error();
    }
    auto codebook = readQdc(*bytes, options);
    if (!codebook) {
        return codebook.error();
    }
    return importQdcInto(project, *codebook);
}

Result<RefiImportReport> importQdpxAsNewProject(const QString& qdpxPath, const QString& projectPath)
{
    if (QFileInfo::exists(projectPath)) {
        return makeError(ErrorCode::Conflict,
                         u"Cannot create the project '%1': the file already exists. Importing a "
                         ".qdpx creates a new project; choose a new file name (or merge the "
                         ".qdpx into the existing project)."_s.arg(projectPath));
    }
    RefiReadOptions options;
    options.sourceName = QFileInfo(qdpxPath).fileName();
    auto bytes = readInput(qdpxPath, options.limits.maxTotalBytes);
    if (!bytes) {
        return bytes.error();
    }
    // Everything is read and checked before the project file exists.
    auto refi = readQdpx(*bytes, options);
    if (!refi) {
        return refi.error();
    }
    const QString title = refi->name.trimmed().isEmpty() ? QFileInfo(qdpxPath).completeBaseName()
                                                         : refi->name.trimmed();
    // The file's creating user (or its first user) becomes the project's first coder, keeping
    // its GUID, instead of a coder named after the system user that the file does not know.
    Coder firstCoder;
    for (const RefiUser& user : refi->users) {
        if (firstCoder.guid.isEmpty() || user.guid == refi->creatingUser) {
            firstCoder.guid = refi_detail::projectGuid(user.guid);
            firstCoder.name = refi_detail::cleanName(user.name, u"User 1"_s);
        }
    }
    auto created = Project::create(projectPath, title, firstCoder);
    if (!created) {
        return created.error();
    }
    std::unique_ptr<Project> project = std::move(created).value();
    auto report = importQdpxInto(*project, *refi);
    if (!report) {
        project.reset(); // closes the database before its files are removed
        for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
            QFile::remove(projectPath + suffix);
        }
        return report.error();
    }
    return report;
}

} // namespace tessera
