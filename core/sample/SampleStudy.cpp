#include "SampleStudy.h"

#include "io/TranscriptImporter.h"
#include "project/Project.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tessera {
namespace {

const QString kRoot = QStringLiteral(":/sample/");

Result<QByteArray> readResource(const QString& name)
{
    QFile file(kRoot + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorCode::NotFound,
            QStringLiteral("The sample study file %1 is missing from this build.").arg(name));
    }
    return file.readAll();
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

Error sampleError(const QString& what)
{
    return makeError(ErrorCode::Corrupt,
                     QStringLiteral("The bundled sample study is inconsistent: %1").arg(what));
}

Status importDocuments(Project& project, const QJsonArray& documents)
{
    for (const QJsonValue& value : documents) {
        const QJsonObject d = value.toObject();
        auto bytes = readResource(str(d, "file"));
        if (!bytes) {
            return bytes.error();
        }
        const auto format = formatFromName(str(d, "format"));
        if (!format) {
            return sampleError(QStringLiteral("unknown format of %1").arg(str(d, "file")));
        }
        auto imported = importTranscriptBytes(*bytes, *format, str(d, "file"));
        if (!imported) {
            return imported.error();
        }
        auto id = project.addDocument(str(d, "name"), *imported, str(d, "file"), str(d, "group"));
        if (!id) {
            return id.error();
        }
        if (const QString memo = str(d, "memo"); !memo.isEmpty()) {
            if (auto st = project.setDocumentMemo(*id, memo); !st) {
                return st;
            }
        }
    }
    return {};
}

Status addCodes(Project& project, const QJsonArray& codes)
{
    for (const QJsonValue& value : codes) {
        const QJsonObject c = value.toObject();
        CodeFields fields;
        fields.name = str(c, "name");
        fields.color = str(c, "color");
        fields.description = str(c, "description");
        fields.inclusion = str(c, "inclusion");
        fields.exclusion = str(c, "exclusion");
        fields.example = str(c, "example");
        std::optional<CodeId> parent;
        if (const QString parentPath = str(c, "parent"); !parentPath.isEmpty()) {
            auto p = project.findCodeByPath(parentPath);
            if (!p) {
                return p.error();
            }
            parent = p->id;
        }
        if (auto id = project.addCode(fields, parent); !id) {
            return id.error();
        }
    }
    return {};
}

Status addThemes(Project& project, const QJsonArray& themes)
{
    for (const QJsonValue& value : themes) {
        const QJsonObject t = value.toObject();
        ThemeFields fields;
        fields.name = str(t, "name");
        fields.organisingConcept = str(t, "concept");
        fields.status = themeStatusFromName(str(t, "status")).value_or(ThemeStatus::Candidate);
        fields.color = str(t, "color");
        fields.memo = str(t, "memo");
        std::optional<ThemeId> parent;
        if (const QString parentName = str(t, "parent"); !parentName.isEmpty()) {
            auto p = project.findTheme(parentName);
            if (!p) {
                return p.error();
            }
            parent = p->id;
        }
        auto id = project.addTheme(fields, parent);
        if (!id) {
            return id.error();
        }
        for (const QJsonValue& codePath : t.value(QLatin1String("codes")).toArray()) {
            auto code = project.findCodeByPath(codePath.toString());
            if (!code) {
                return code.error();
            }
            if (auto st = project.linkCodeToTheme(code->id, *id); !st) {
                return st;
            }
        }
    }
    return {};
}

// All codings in one action: one transaction instead of one per coding.
Status addCodings(Project& project, const QJsonArray& codings)
{
    QHash<QString, QString> texts;
    QList<NewCoding> batch;
    for (const QJsonValue& value : codings) {
        const QJsonObject c = value.toObject();
        auto doc = project.findDocument(str(c, "document"));
        if (!doc) {
            return doc.error();
        }
        auto code = project.findCodeByPath(str(c, "code"));
        if (!code) {
            return code.error();
        }
        auto coder = project.findCoder(str(c, "coder"));
        if (!coder) {
            return coder.error();
        }
        if (!texts.contains(doc->name)) {
            texts.insert(doc->name, project.documentText(doc->id));
        }
        const QString quote = str(c, "quote");
        const qsizetype start = texts.value(doc->name).indexOf(quote);
        if (quote.isEmpty() || start < 0) {
            return sampleError(
                QStringLiteral("the quote “%1” is not in “%2”.").arg(quote, doc->name));
        }
        NewCoding coding;
        coding.documentId = doc->id;
        coding.codeId = code->id;
        coding.coderId = coder->id;
        coding.start = start;
        coding.end = start + quote.size();
        coding.memo = str(c, "memo");
        coding.keyQuote = c.value(QLatin1String("key_quote")).toBool();
        batch << coding;
    }
    if (batch.isEmpty()) {
        return {};
    }
    auto ids = project.addCodings(batch, QObject::tr("Add the sample study's codings"));
    if (!ids) {
        return ids.error();
    }
    return {};
}

} // namespace

Status loadSampleStudy(Project& project)
{
    auto bytes = readResource(QStringLiteral("study.json"));
    if (!bytes) {
        return bytes.error();
    }
    QJsonParseError parseError;
    const QJsonObject study = QJsonDocument::fromJson(*bytes, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        return sampleError(parseError.errorString());
    }
    if (auto st = project.setTitle(str(study, "title")); !st) {
        return st;
    }
    if (auto st = project.setMemo(str(study, "project_memo")); !st) {
        return st;
    }
    for (const QJsonValue& value : study.value(QLatin1String("coders")).toArray()) {
        const QJsonObject c = value.toObject();
        if (project.findCoder(str(c, "name"))) {
            continue;
        }
        if (auto id = project.addCoder(str(c, "name"), str(c, "color")); !id) {
            return id.error();
        }
    }
    if (auto current = project.findCoder(str(study, "current_coder"))) {
        if (auto st = project.setCurrentCoder(current->id); !st) {
            return st;
        }
    }
    using Step = Status (*)(Project&, const QJsonArray&);
    const std::pair<const char*, Step> steps[] = {{"documents", &importDocuments},
                                                  {"codes", &addCodes},
                                                  {"themes", &addThemes},
                                                  {"codings", &addCodings}};
    for (const auto& [key, step] : steps) {
        if (auto st = step(project, study.value(QLatin1String(key)).toArray()); !st) {
            return st;
        }
    }
    for (const QJsonValue& value : study.value(QLatin1String("journal")).toArray()) {
        const QJsonObject j = value.toObject();
        const QDate date = QDate::fromString(str(j, "date"), Qt::ISODate);
        const QDateTime when(date, QTime(17, 0), Qt::UTC);
        if (auto id = project.addJournalEntry(str(j, "text"), when); !id) {
            return id.error();
        }
    }
    return {};
}

Result<std::unique_ptr<Project>> createSampleStudy(const QString& path)
{
    auto project = Project::create(path);
    if (!project) {
        return project.error();
    }
    if (auto st = loadSampleStudy(**project); !st) {
        const QString file = (*project)->filePath();
        project->reset();
        for (const char* suffix : {"", "-wal", "-shm"}) {
            QFile::remove(file + QString::fromLatin1(suffix));
        }
        return st.error();
    }
    return project;
}

} // namespace tessera
