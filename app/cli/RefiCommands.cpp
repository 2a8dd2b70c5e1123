#include "Cli.h"
#include "common/AtomicFile.h"
#include "project/Project.h"
#include "refi/RefiProjectExport.h"
#include "refi/RefiProjectImport.h"
#include "refi/RefiWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace tessera::cli {
namespace {

// REFI-QDA exchange with NVivo, ATLAS.ti, MAXQDA and others (docs/refi-qda.md).

int countCodes(const QList<RefiCode>& codes)
{
    int count = 0;
    for (const RefiCode& code : codes) {
        count += 1 + countCodes(code.children);
    }
    return count;
}

int countCodings(const QList<RefiTextSource>& sources)
{
    int count = 0;
    for (const RefiTextSource& source : sources) {
        for (const RefiSelection& selection : source.selections) {
            count += int(selection.codings.size());
        }
    }
    return count;
}

// QSaveFile would only say "Filename refers to a directory".
std::optional<Error> folderTarget(const QString& path, const QString& example)
{
    if (!QFileInfo(path).isDir()) {
        return std::nullopt;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    return makeError(ErrorCode::Io,
                     QStringLiteral("Cannot write %1: it is a folder. Give a file name, e.g. %2.")
                         .arg(absolute, QDir(absolute).filePath(example)));
}

// Warnings go to stderr in both output modes, so a script that reads the JSON still shows them.
void warnAll(const Output& out, const QString& file, const QStringList& warnings)
{
    for (const QString& warning : warnings) {
        out.warn(QStringLiteral("warning: %1: %2").arg(file, warning));
    }
}

int exportQdcCommand(const CommandLine& line, const Output& out)
{
    const QString path = line.at(1);
    if (auto problem = folderTarget(path, QStringLiteral("codebook.qdc"))) {
        return out.fail(*problem);
    }
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    if (auto st = exportQdc(**project, path); !st) {
        return out.fail(st.error());
    }
    const RefiCodebook codebook = toRefiCodebook(**project);
    const QFileInfo written(path);
    const int codes = countCodes(codebook.codes);
    return out.print(QJsonObject{{QStringLiteral("file"), written.absoluteFilePath()},
                                 {QStringLiteral("bytes"), double(written.size())},
                                 {QStringLiteral("codes"), codes},
                                 {QStringLiteral("sets"), int(codebook.sets.size())}},
                     QStringLiteral("Wrote the codebook (%1 codes, %2 themes as sets) to %3")
                         .arg(codes)
                         .arg(codebook.sets.size())
                         .arg(written.absoluteFilePath()));
}

int exportQdpxCommand(const CommandLine& line, const Output& out)
{
    const QString path = line.at(1);
    if (auto problem = folderTarget(path, QStringLiteral("project.qdpx"))) {
        return out.fail(*problem);
    }
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    // exportQdpx() without building the model twice: the counts come from what was written.
    const RefiProject refi = toRefi(**project);
    auto bytes = writeQdpx(refi);
    if (!bytes) {
        return out.fail(bytes.error());
    }
    if (auto st = writeFileAtomically(path, *bytes); !st) {
        return out.fail(st.error());
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const int codes = countCodes(refi.codes);
    const int codings = countCodings(refi.sources);
    return out.print(
        QJsonObject{{QStringLiteral("file"), absolute},
                    {QStringLiteral("bytes"), double(bytes->size())},
                    {QStringLiteral("sources"), int(refi.sources.size())},
                    {QStringLiteral("codes"), codes},
                    {QStringLiteral("codings"), codings},
                    {QStringLiteral("users"), int(refi.users.size())},
                    {QStringLiteral("cases"), int(refi.cases.size())},
                    {QStringLiteral("sets"), int(refi.sets.size())},
                    {QStringLiteral("notes"), int(refi.notes.size())}},
        QStringLiteral("Wrote %1: %2 documents, %3 codes, %4 codings by %5 users, %6 cases")
            .arg(absolute)
            .arg(refi.sources.size())
            .arg(codes)
            .arg(codings)
            .arg(refi.users.size())
            .arg(refi.cases.size()));
}

int importQdcCommand(const CommandLine& line, const Output& out)
{
    const QString file = line.at(1);
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    auto report = importQdcFileInto(**project, file);
    if (!report) {
        return out.fail(report.error());
    }
    const QString name = QFileInfo(file).fileName();
    warnAll(out, name, report->warnings);
    QString human = QStringLiteral("Added %1 codes and %2 themes from %3 to %4")
                        .arg(report->codesAdded)
                        .arg(report->themesAdded)
                        .arg(name, line.at(0));
    if (!report->matched.isEmpty()) {
        human += QStringLiteral("; already in the project: ") +
                 report->matched.join(QStringLiteral(", "));
    }
    return out.print(
        QJsonObject{{QStringLiteral("project"), QFileInfo(line.at(0)).absoluteFilePath()},
                    {QStringLiteral("file"), QFileInfo(file).absoluteFilePath()},
                    {QStringLiteral("codes_added"), report->codesAdded},
                    {QStringLiteral("themes_added"), report->themesAdded},
                    {QStringLiteral("matched"), QJsonArray::fromStringList(report->matched)},
                    {QStringLiteral("warnings"), QJsonArray::fromStringList(report->warnings)}},
        human);
}

int importQdpxCommand(const CommandLine& line, const Output& out)
{
    const QString file = line.at(0);
    const QString projectPath = line.at(1);
    auto report = importQdpxAsNewProject(file, projectPath);
    if (!report) {
        return out.fail(report.error());
    }
    const QString name = QFileInfo(file).fileName();
    warnAll(out, name, report->warnings);
    // The totals of the new project: the report counts what the import added, which leaves out
    // the first coder (created with the project).
    auto project = openProject(projectPath);
    if (!project) {
        return out.fail(project.error());
    }
    const Project& p = **project;
    const int documents = int(p.documents().size());
    const int codes = int(p.codes().size());
    const int codings = int(p.codings().size());
    const int coders = int(p.coders().size());
    const int participants = int(p.participants().size());
    const int themes = int(p.themes().size());
    return out.print(
        QJsonObject{{QStringLiteral("project"), QFileInfo(projectPath).absoluteFilePath()},
                    {QStringLiteral("file"), QFileInfo(file).absoluteFilePath()},
                    {QStringLiteral("documents"), documents},
                    {QStringLiteral("codes"), codes},
                    {QStringLiteral("codings"), codings},
                    {QStringLiteral("coders"), coders},
                    {QStringLiteral("participants"), participants},
                    {QStringLiteral("themes"), themes},
                    {QStringLiteral("memos"), report->memosImported},
                    {QStringLiteral("journal_entries"), report->journalEntriesAdded},
                    {QStringLiteral("matched"), QJsonArray::fromStringList(report->matched)},
                    {QStringLiteral("warnings"), QJsonArray::fromStringList(report->warnings)}},
        QStringLiteral("Created %1 from %2: %3 documents, %4 codes, %5 codings by %6 coders, %7 "
                       "participants, %8 themes (%9 warnings)")
            .arg(projectPath, name)
            .arg(documents)
            .arg(codes)
            .arg(codings)
            .arg(coders)
            .arg(participants)
            .arg(themes)
            .arg(report->warnings.size()));
}

} // namespace

QList<Command> refiCommands()
{
    return {
        {{QStringLiteral("export-qdc"), QStringLiteral("PROJECT FILE"), 2, 2, {}, {}},
         QStringLiteral("Write the codebook as a REFI-QDA codebook (.qdc) for NVivo, ATLAS.ti, "
                        "MAXQDA and others."),
         &exportQdcCommand},
        {{QStringLiteral("export-qdpx"), QStringLiteral("PROJECT FILE"), 2, 2, {}, {}},
         QStringLiteral("Write the project as a REFI-QDA project (.qdpx): documents, codes, "
                        "codings by coder, participants as cases, memos as notes, themes."),
         &exportQdpxCommand},
        {{QStringLiteral("import-qdc"), QStringLiteral("PROJECT FILE"), 2, 2, {}, {}},
         QStringLiteral("Add a REFI-QDA codebook's codes (and its sets, as themes) to a project; "
                        "codes it already has are matched, not duplicated."),
         &importQdcCommand},
        {{QStringLiteral("import-qdpx"), QStringLiteral("FILE PROJECT"), 2, 2, {}, {}},
         QStringLiteral("Create a new project from a REFI-QDA project (.qdpx); an existing "
                        "PROJECT is refused."),
         &importQdpxCommand},
    };
}

} // namespace tessera::cli
