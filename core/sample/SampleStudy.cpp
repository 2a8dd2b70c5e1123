#include "SampleStudy.h"

#include "io/DataTable.h"
#include "io/TranscriptImporter.h"
#include "project/Project.h"
#include "survey/SurveyPlan.h"

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

QStringList strings(const QJsonObject& o, const char* key)
{
    QStringList list;
    for (const QJsonValue& value : o.value(QLatin1String(key)).toArray()) {
        list << value.toString();
    }
    return list;
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

// The practitioner survey. Its id, closed and open columns are named in study.json rather than
// detected, so a change to the detection heuristics cannot turn a question into something else.
Result<SurveyId> importSurvey(Project& project, const QJsonObject& survey)
{
    const QString file = str(survey, "file");
    auto bytes = readResource(file);
    if (!bytes) {
        return bytes.error();
    }
    auto table = readCsv(*bytes, file);
    if (!table) {
        return table.error();
    }
    SurveyPlanOptions options;
    options.idColumn = str(survey, "id_column");
    options.closed = strings(survey, "closed");
    options.open = strings(survey, "open");
    auto plan = planSurvey(*table, options);
    if (!plan) {
        return plan.error();
    }
    auto id = project.importSurvey(str(survey, "name"), *table, *plan);
    if (!id) {
        return id.error();
    }
    const QString memo = str(survey, "memo");
    for (const SurveyQuestion& q : project.survey(*id).value_or(Survey{}).questions) {
        if (q.document && !memo.isEmpty()) {
            if (auto st = project.setDocumentMemo(*q.document, memo); !st) {
                return st.error();
            }
        }
    }
    return id;
}

// Codings on open answers name their question; the document holding its answers is the
// survey's to name, so it is looked up here and the codings join the transcripts' batch.
Result<QJsonArray> surveyCodings(const Project& project, SurveyId id, const QJsonArray& codings)
{
    const std::optional<Survey> survey = project.survey(id);
    QJsonArray resolved;
    for (const QJsonValue& value : codings) {
        QJsonObject c = value.toObject();
        const QString question = str(c, "question");
        std::optional<Document> document;
        for (const SurveyQuestion& q : survey ? survey->questions : QList<SurveyQuestion>{}) {
            if (q.name == question && q.document) {
                document = project.document(*q.document);
            }
        }
        if (!document) {
            return sampleError(
                QStringLiteral("the survey has no open question “%1”.").arg(question));
        }
        c.insert(QStringLiteral("document"), document->name);
        resolved.append(c);
    }
    return resolved;
}

// Participant attributes. A survey question already defined by the import keeps its survey
// and multi-select settings; only its type and category order are set from study.json.
Status defineAttributes(Project& project, const QJsonArray& attributes)
{
    for (const QJsonValue& value : attributes) {
        const QJsonObject a = value.toObject();
        const QString name = str(a, "name");
        const auto type = attributeTypeFromName(str(a, "type"));
        if (!type) {
            return sampleError(QStringLiteral("attribute “%1” has an unknown type.").arg(name));
        }
        AttributeDefinition definition =
            project.attribute(AttributeScope::Participant, name).value_or(AttributeDefinition{});
        definition.scope = AttributeScope::Participant;
        definition.name = name;
        definition.type = *type;
        if (a.contains(QLatin1String("categories"))) {
            definition.categories = strings(a, "categories");
        }
        if (auto st = project.defineAttribute(definition); !st) {
            return st;
        }
    }
    return {};
}

// Focus-group speakers become participants ("FG1 P3"), linked in one action; facilitators are
// left unlinked, so they have no attributes and count in no prevalence.
Status addParticipants(Project& project, const QJsonArray& participants)
{
    QList<SpeakerLink> links;
    for (const QJsonValue& value : participants) {
        const QJsonObject p = value.toObject();
        auto doc = project.findDocument(str(p, "document"));
        if (!doc) {
            return doc.error();
        }
        std::optional<SpeakerId> speaker;
        for (const Speaker& s : project.speakers(doc->id)) {
            if (s.label == str(p, "speaker")) {
                speaker = s.id;
            }
        }
        if (!speaker) {
            return sampleError(
                QStringLiteral("“%1” has no speaker “%2”.").arg(doc->name, str(p, "speaker")));
        }
        links << SpeakerLink{*speaker, SpeakerRole::Participant, str(p, "pseudonym")};
    }
    if (auto st = project.applySpeakerLinks(links); !st) {
        return st;
    }
    for (const QJsonValue& value : participants) {
        const QJsonObject p = value.toObject();
        auto participant = project.findParticipant(str(p, "pseudonym"));
        if (!participant) {
            return participant.error();
        }
        const QJsonObject attributes = p.value(QLatin1String("attributes")).toObject();
        for (auto it = attributes.begin(); it != attributes.end(); ++it) {
            const QString text = it->isDouble() ? QString::number(it->toDouble()) : it->toString();
            if (auto st = project.setParticipantAttribute(participant->id, it.key(), text); !st) {
                return st;
            }
        }
        if (const QString memo = str(p, "memo"); !memo.isEmpty()) {
            if (auto st = project.setParticipantMemo(participant->id, memo); !st) {
                return st;
            }
        }
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
    const auto array = [&study](const char* key) {
        return study.value(QLatin1String(key)).toArray();
    };
    if (auto st = importDocuments(project, array("documents")); !st) {
        return st;
    }
    const QJsonObject survey = study.value(QLatin1String("survey")).toObject();
    auto surveyId = importSurvey(project, survey);
    if (!surveyId) {
        return surveyId.error();
    }
    auto onSurvey =
        surveyCodings(project, *surveyId, survey.value(QLatin1String("codings")).toArray());
    if (!onSurvey) {
        return onSurvey.error();
    }
    QJsonArray codings = array("codings");
    for (const QJsonValue& value : *onSurvey) {
        codings.append(value);
    }
    using Step = Status (*)(Project&, const QJsonArray&);
    const std::pair<QJsonArray, Step> steps[] = {{array("codes"), &addCodes},
                                                 {array("themes"), &addThemes},
                                                 {codings, &addCodings},
                                                 {array("attributes"), &defineAttributes},
                                                 {array("participants"), &addParticipants}};
    for (const auto& [values, step] : steps) {
        if (auto st = step(project, values); !st) {
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

// The sample's current coder, so the new project starts with that analyst rather than a
// default "Coder 1" who never coded anything. Any problem with study.json is reported by
// loadSampleStudy; here it just means the default first coder.
static Coder sampleFirstCoder()
{
    Coder first;
    const auto bytes = readResource(QStringLiteral("study.json"));
    if (!bytes) {
        return first;
    }
    const QJsonObject study = QJsonDocument::fromJson(*bytes).object();
    const QString current = str(study, "current_coder");
    for (const QJsonValue& value : study.value(QLatin1String("coders")).toArray()) {
        const QJsonObject c = value.toObject();
        if (str(c, "name") == current) {
            first.name = current;
            first.color = str(c, "color");
        }
    }
    return first;
}

Result<std::unique_ptr<Project>> createSampleStudy(const QString& path)
{
    auto project = Project::create(path, {}, sampleFirstCoder());
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
