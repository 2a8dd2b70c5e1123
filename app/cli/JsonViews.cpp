#include "JsonViews.h"

#include "project/Project.h"

#include <QHash>

namespace tessera::cli {

QJsonValue nullable(const std::optional<qint64>& value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullable(const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject documentJson(const Project& project, const Document& document)
{
    QJsonArray speakers;
    for (const Speaker& s : project.speakers(document.id)) {
        speakers.append(s.label);
    }
    return QJsonObject{{QStringLiteral("id"), double(document.id.value)},
                       {QStringLiteral("name"), document.name},
                       {QStringLiteral("group"), document.groupName.isEmpty()
                                                     ? QJsonValue(QJsonValue::Null)
                                                     : QJsonValue(document.groupName)},
                       {QStringLiteral("format"), document.format},
                       {QStringLiteral("length"), double(document.length)},
                       {QStringLiteral("turns"), document.turnCount},
                       {QStringLiteral("speakers"), speakers},
                       {QStringLiteral("source"), document.sourceName},
                       {QStringLiteral("guid"), document.guid}};
}

QJsonObject turnJson(const Turn& turn, const QString& text)
{
    return QJsonObject{{QStringLiteral("index"), turn.index},
                       {QStringLiteral("speaker"), turn.speaker},
                       {QStringLiteral("start"), double(turn.start)},
                       {QStringLiteral("end"), double(turn.end)},
                       {QStringLiteral("begin_ms"), nullable(turn.beginMs)},
                       {QStringLiteral("text"), text.mid(turn.start, turn.end - turn.start)}};
}

QJsonObject excerptJson(const Excerpt& e)
{
    return QJsonObject{{QStringLiteral("id"), double(e.coding.id.value)},
                       {QStringLiteral("document"), e.documentName},
                       {QStringLiteral("code"), e.codePath},
                       {QStringLiteral("coder"), e.coderName},
                       {QStringLiteral("start"), double(e.coding.start)},
                       {QStringLiteral("end"), double(e.coding.end)},
                       {QStringLiteral("speaker"),
                        e.speaker.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.speaker)},
                       {QStringLiteral("turn"),
                        e.turnIndex < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(e.turnIndex)},
                       {QStringLiteral("text"), e.text},
                       {QStringLiteral("memo"), e.coding.memo},
                       {QStringLiteral("key_quote"), e.coding.keyQuote}};
}

namespace {

template <typename Node, typename MakeObject>
QJsonArray treeJson(const QList<Node>& nodes, MakeObject makeObject)
{
    // nodes are depth-first; build children arrays bottom-up.
    QHash<qint64, QJsonArray> children;
    for (auto it = nodes.crbegin(); it != nodes.crend(); ++it) {
        QJsonObject object = makeObject(*it);
        object.insert(QStringLiteral("children"), children.take(it->id.value));
        QJsonArray& siblings = children[it->parentId ? it->parentId->value : 0];
        siblings.prepend(object);
    }
    return children.value(0);
}

} // namespace

QJsonArray codeTreeJson(const Project& project)
{
    const Retrieval retrieval(project);
    const auto counts = retrieval.countsForAllCodes();
    QHash<qint64, QString> themePaths;
    for (const Theme& t : project.themes()) {
        themePaths.insert(t.id.value, t.path);
    }
    return treeJson(project.codes(), [&](const Code& c) {
        const CodeCounts n = counts.value(c.id);
        QJsonArray themes;
        for (ThemeId t : project.themesOfCode(c.id)) {
            themes.append(themePaths.value(t.value));
        }
        return QJsonObject{{QStringLiteral("id"), double(c.id.value)},
                           {QStringLiteral("guid"), c.guid},
                           {QStringLiteral("name"), c.fields.name},
                           {QStringLiteral("path"), c.path},
                           {QStringLiteral("color"), c.fields.color},
                           {QStringLiteral("description"), c.fields.description},
                           {QStringLiteral("inclusion"), c.fields.inclusion},
                           {QStringLiteral("exclusion"), c.fields.exclusion},
                           {QStringLiteral("example"), c.fields.example},
                           {QStringLiteral("memo"), c.fields.memo},
                           {QStringLiteral("codings"), n.codings},
                           {QStringLiteral("documents"), n.documents},
                           {QStringLiteral("speakers"), n.speakers},
                           {QStringLiteral("themes"), themes}};
    });
}

QJsonArray themeTreeJson(const Project& project)
{
    const Retrieval retrieval(project);
    const auto counts = retrieval.countsForAllCodes();
    QHash<qint64, QString> codePaths;
    for (const Code& c : project.codes()) {
        codePaths.insert(c.id.value, c.path);
    }
    return treeJson(project.themes(), [&](const Theme& t) {
        QJsonArray codes;
        for (CodeId c : project.codesOfTheme(t.id)) {
            codes.append(QJsonObject{{QStringLiteral("id"), double(c.value)},
                                     {QStringLiteral("path"), codePaths.value(c.value)},
                                     {QStringLiteral("codings"), counts.value(c).codings}});
        }
        const CodeCounts total = retrieval.countsFor(retrieval.excerptsForTheme(t.id));
        return QJsonObject{{QStringLiteral("id"), double(t.id.value)},
                           {QStringLiteral("guid"), t.guid},
                           {QStringLiteral("name"), t.fields.name},
                           {QStringLiteral("path"), t.path},
                           {QStringLiteral("concept"), t.fields.organisingConcept},
                           {QStringLiteral("status"), themeStatusName(t.fields.status)},
                           {QStringLiteral("color"), t.fields.color},
                           {QStringLiteral("memo"), t.fields.memo},
                           {QStringLiteral("codes"), codes},
                           {QStringLiteral("codings"), total.codings},
                           {QStringLiteral("documents"), total.documents},
                           {QStringLiteral("speakers"), total.speakers}};
    });
}

QJsonObject participantJson(const Project& project, const Participant& participant)
{
    QJsonArray speakers;
    for (const Speaker& s : project.speakersOfParticipant(participant.id)) {
        const auto document = project.document(s.documentId);
        speakers.append(
            QJsonObject{{QStringLiteral("document"), document ? document->name : QString()},
                        {QStringLiteral("label"), s.label},
                        {QStringLiteral("role"), speakerRoleName(s.role)}});
    }
    QJsonObject attributes;
    const auto values = project.participantAttributes(participant.id);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        attributes.insert(it.key(), it.value());
    }
    return QJsonObject{{QStringLiteral("id"), double(participant.id.value)},
                       {QStringLiteral("pseudonym"), participant.pseudonym},
                       {QStringLiteral("speakers"), speakers},
                       {QStringLiteral("attributes"), attributes},
                       {QStringLiteral("memo"), participant.memo}};
}

QJsonObject speakerSuggestionJson(const SpeakerLinkSuggestion& s)
{
    return QJsonObject{{QStringLiteral("speaker_id"), double(s.speaker.value)},
                       {QStringLiteral("label"), s.label},
                       {QStringLiteral("role"), speakerRoleName(s.role)},
                       {QStringLiteral("pseudonym"), s.pseudonym},
                       {QStringLiteral("existing"), s.participant.has_value()},
                       {QStringLiteral("reason"), s.reason}};
}

QJsonObject attributeDefinitionJson(const Project& project, const AttributeDefinition& definition)
{
    QJsonValue survey(QJsonValue::Null);
    if (definition.survey) {
        if (const auto s = project.survey(*definition.survey)) {
            survey = s->name;
        }
    }
    return QJsonObject{
        {QStringLiteral("name"), definition.name},
        {QStringLiteral("type"), attributeTypeName(definition.type)},
        {QStringLiteral("categories"), QJsonArray::fromStringList(definition.categories)},
        {QStringLiteral("multi_select"), definition.multiSelect},
        {QStringLiteral("survey"), survey}};
}

QJsonObject surveyJson(const Project& project, const Survey& survey)
{
    QJsonArray questions;
    for (const SurveyQuestion& q : survey.questions) {
        QJsonValue document(QJsonValue::Null);
        if (q.document) {
            if (const auto d = project.document(*q.document)) {
                document = d->name;
            }
        }
        questions.append(QJsonObject{{QStringLiteral("question"), q.name},
                                     {QStringLiteral("kind"), questionKindName(q.kind)},
                                     {QStringLiteral("multi_select"), q.multiSelect},
                                     {QStringLiteral("document"), document}});
    }
    return QJsonObject{{QStringLiteral("id"), double(survey.id.value)},
                       {QStringLiteral("name"), survey.name},
                       {QStringLiteral("source"), survey.sourceName},
                       {QStringLiteral("respondents"), survey.respondents},
                       {QStringLiteral("questions"), questions}};
}

QJsonObject surveySummaryJson(const SurveySummary& summary)
{
    QJsonArray questions;
    for (const QuestionSummary& q : summary.questions) {
        QJsonArray categories;
        for (const CategoryCount& c : q.categories) {
            categories.append(QJsonObject{{QStringLiteral("value"), c.value},
                                          {QStringLiteral("n"), c.n},
                                          {QStringLiteral("percent"), c.percent},
                                          {QStringLiteral("label"), c.label}});
        }
        questions.append(QJsonObject{{QStringLiteral("question"), q.question},
                                     {QStringLiteral("answered"), q.answered},
                                     {QStringLiteral("multi_select"), q.multiSelect},
                                     {QStringLiteral("categories"), categories}});
    }
    return QJsonObject{{QStringLiteral("survey"), summary.survey},
                       {QStringLiteral("respondents"), summary.respondents},
                       {QStringLiteral("questions"), questions}};
}

QString matrixRowsName(MatrixRows rows)
{
    return rows == MatrixRows::Themes ? QStringLiteral("themes") : QStringLiteral("codes");
}

QJsonObject matrixJson(const AttributeMatrix& matrix)
{
    QJsonArray columnParticipants;
    for (int n : matrix.columnParticipants) {
        columnParticipants.append(n);
    }
    QJsonArray rows;
    for (const MatrixRow& row : matrix.matrixRows) {
        QJsonArray counts;
        for (const MatrixCell& cell : row.cells) {
            counts.append(cell.participants);
        }
        rows.append(QJsonObject{{QStringLiteral("name"), row.name},
                                {QStringLiteral("path"), row.path},
                                {QStringLiteral("depth"), row.depth},
                                {QStringLiteral("counts"), counts},
                                {QStringLiteral("total"), row.total.participants}});
    }
    return QJsonObject{{QStringLiteral("rows_kind"), matrixRowsName(matrix.rows)},
                       {QStringLiteral("attribute"), matrix.attribute},
                       {QStringLiteral("columns"), QJsonArray::fromStringList(matrix.columns)},
                       {QStringLiteral("column_participants"), columnParticipants},
                       {QStringLiteral("total_participants"), matrix.totalParticipants},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("unlinked_speakers"), matrix.unlinkedSpeakers}};
}

QJsonObject jointDisplayJson(const JointDisplay& display, MatrixRows qualitativeRows)
{
    // "theme"/"code" say what a qualitative row is; "survey" marks a survey item.
    const QString qualitative =
        qualitativeRows == MatrixRows::Themes ? QStringLiteral("theme") : QStringLiteral("code");
    QJsonArray rows;
    for (const JointRow& row : display.rows) {
        QJsonArray cells;
        for (const JointCell& cell : row.cells) {
            cells.append(QJsonObject{{QStringLiteral("n"), cell.n},
                                     {QStringLiteral("total"), cell.total},
                                     {QStringLiteral("label"), cell.label}});
        }
        rows.append(QJsonObject{{QStringLiteral("kind"), row.kind == JointRow::Kind::Survey
                                                             ? QStringLiteral("survey")
                                                             : qualitative},
                                {QStringLiteral("name"), row.name},
                                {QStringLiteral("depth"), row.depth},
                                {QStringLiteral("cells"), cells}});
    }
    return QJsonObject{{QStringLiteral("attribute"), display.attribute},
                       {QStringLiteral("columns"), QJsonArray::fromStringList(display.columns)},
                       {QStringLiteral("rows"), rows}};
}

} // namespace tessera::cli
