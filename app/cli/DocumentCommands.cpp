#include "Cli.h"
#include "JsonViews.h"
#include "io/TranscriptImporter.h"
#include "project/Project.h"
#include "sample/SampleStudy.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace tessera::cli {
namespace {

int newProject(const CommandLine& line, const Output& out)
{
    auto project = Project::create(line.at(0), line.value(QStringLiteral("title")));
    if (!project) {
        return out.fail(project.error());
    }
    const QString path = QFileInfo(line.at(0)).absoluteFilePath();
    return out.print(QJsonObject{{QStringLiteral("project"), path},
                                 {QStringLiteral("title"), (*project)->title()}},
                     QStringLiteral("Created %1").arg(path));
}

int sampleProject(const CommandLine& line, const Output& out)
{
    auto project = createSampleStudy(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    const Project& p = **project;
    const QString path = QFileInfo(line.at(0)).absoluteFilePath();
    return out.print(QJsonObject{{QStringLiteral("project"), path},
                                 {QStringLiteral("title"), p.title()},
                                 {QStringLiteral("documents"), int(p.documents().size())},
                                 {QStringLiteral("codes"), int(p.codes().size())},
                                 {QStringLiteral("themes"), int(p.themes().size())},
                                 {QStringLiteral("codings"), int(p.codings().size())}},
                     QStringLiteral("Created the sample study “%1” in %2: %3 documents, %4 codes, "
                                    "%5 themes, %6 codings.")
                         .arg(p.title(), path)
                         .arg(p.documents().size())
                         .arg(p.codes().size())
                         .arg(p.themes().size())
                         .arg(p.codings().size()));
}

int importFiles(const CommandLine& line, const Output& out)
{
    std::optional<TranscriptFormat> format;
    if (auto name = line.optional(QStringLiteral("format"))) {
        format = formatFromName(*name);
        if (!format) {
            return out.usage(
                QStringLiteral("Unknown format “%1”; use txt, md, vtt, srt or docx.").arg(*name),
                QStringLiteral("import PROJECT FILE... [--group NAME] [--format FORMAT]"));
        }
    }
    const QStringList files = line.positional().mid(1);
    if (line.has(QStringLiteral("name")) && files.size() != 1) {
        return out.usage(QStringLiteral("--name applies to a single file."),
                         QStringLiteral("import PROJECT FILE [--name NAME]"));
    }
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    QJsonArray imported;
    QJsonArray errors;
    QStringList human;
    // Each file is its own action: a bad file is reported and skipped, the others still land.
    for (const QString& file : files) {
        auto document = importTranscriptFile(file, format);
        const QString name = line.has(QStringLiteral("name")) ? line.value(QStringLiteral("name"))
                                                              : QFileInfo(file).completeBaseName();
        Result<DocumentId> id =
            document ? (*project)->addDocument(name, *document, QFileInfo(file).fileName(),
                                               line.value(QStringLiteral("group")))
                     : Result<DocumentId>(document.error());
        if (!id) {
            out.warn(QStringLiteral("error: ") + id.error().message);
            errors.append(QJsonObject{{QStringLiteral("file"), file},
                                      {QStringLiteral("code"), errorCodeName(id.error().code)},
                                      {QStringLiteral("error"), id.error().message}});
            continue;
        }
        const Document doc = *(*project)->document(*id);
        QJsonObject entry = documentJson(**project, doc);
        entry.insert(QStringLiteral("file"), file);
        entry.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(document->warnings));
        imported.append(entry);
        for (const QString& warning : std::as_const(document->warnings)) {
            out.warn(QStringLiteral("warning: %1: %2").arg(file, warning));
        }
        human << QStringLiteral("Imported %1 as “%2” (%3 turns, %4 speakers)")
                     .arg(file, doc.name)
                     .arg(doc.turnCount)
                     .arg((*project)->speakers(*id).size());
    }
    out.print(
        QJsonObject{{QStringLiteral("imported"), imported}, {QStringLiteral("errors"), errors}},
        human.join(QLatin1Char('\n')));
    return errors.isEmpty() ? ExitOk : ExitBadInput;
}

int listDocuments(const CommandLine& line, const Output& out)
{
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    QJsonArray list;
    QStringList human;
    for (const Document& d : (*project)->documents()) {
        const QJsonObject json = documentJson(**project, d);
        list.append(json);
        QStringList speakers;
        for (const QJsonValue& s : json.value(QStringLiteral("speakers")).toArray()) {
            speakers << s.toString();
        }
        human << QStringLiteral("%1\t%2\t%3\t%4\t%5 turns\t%6")
                     .arg(d.id.value)
                     .arg(d.name, d.groupName.isEmpty() ? QStringLiteral("-") : d.groupName,
                          d.format)
                     .arg(d.turnCount)
                     .arg(speakers.join(QStringLiteral(", ")));
    }
    return out.print(list, human.isEmpty() ? QStringLiteral("No documents.")
                                           : human.join(QLatin1Char('\n')));
}

int showText(const CommandLine& line, const Output& out)
{
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    auto doc = (*project)->findDocument(line.at(1));
    if (!doc) {
        return out.fail(doc.error());
    }
    const QString text = (*project)->documentText(doc->id);
    return out.print(QJsonObject{{QStringLiteral("id"), double(doc->id.value)},
                                 {QStringLiteral("name"), doc->name},
                                 {QStringLiteral("text"), text}},
                     text);
}

int showTurns(const CommandLine& line, const Output& out)
{
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    auto doc = (*project)->findDocument(line.at(1));
    if (!doc) {
        return out.fail(doc.error());
    }
    const QString text = (*project)->documentText(doc->id);
    QJsonArray list;
    QStringList human;
    for (const Turn& t : (*project)->turns(doc->id)) {
        list.append(turnJson(t, text));
        human << QStringLiteral("%1\t%2\t%3:%4\t%5")
                     .arg(t.index)
                     .arg(t.speaker.isEmpty() ? QStringLiteral("-") : t.speaker)
                     .arg(t.start)
                     .arg(t.end)
                     .arg(text.mid(t.start, t.end - t.start).simplified().left(80));
    }
    return out.print(list,
                     human.isEmpty() ? QStringLiteral("No turns.") : human.join(QLatin1Char('\n')));
}

} // namespace

QList<Command> documentCommands()
{
    const auto project = QStringLiteral("PROJECT");
    return {
        {{QStringLiteral("new"),
          QStringLiteral("PROJECT [--title T]"),
          1,
          1,
          {QStringLiteral("title")},
          {}},
         QStringLiteral("Create an empty project file."),
         &newProject},
        {{QStringLiteral("sample"), QStringLiteral("PROJECT"), 1, 1, {}, {}},
         QStringLiteral("Create a project holding the bundled sample study."),
         &sampleProject},
        {{QStringLiteral("import"),
          QStringLiteral(
              "PROJECT FILE... [--group NAME] [--format txt|md|vtt|srt|docx] [--name NAME]"),
          2,
          -1,
          {QStringLiteral("group"), QStringLiteral("format"), QStringLiteral("name")},
          {}},
         QStringLiteral(
             "Import transcripts; each file is named after the file without its extension."),
         &importFiles},
        {{QStringLiteral("documents"), project, 1, 1, {}, {}},
         QStringLiteral("List documents with group, format, length, turns and speakers."),
         &listDocuments},
        {{QStringLiteral("text"), QStringLiteral("PROJECT DOC"), 2, 2, {}, {}},
         QStringLiteral("Print a document's text (DOC = id or exact name)."),
         &showText},
        {{QStringLiteral("turns"), QStringLiteral("PROJECT DOC"), 2, 2, {}, {}},
         QStringLiteral("List a document's speaker turns with positions and timestamps."),
         &showTurns},
    };
}

} // namespace tessera::cli
